import DossierInput
import Foundation
import Testing
@testable import DossierRunner

@Suite("Runner")
struct RunnerTests {
    static let listing = """
    return {
      name = "listing",
      on_document = function(doc, ctx) ctx.out:row { id = doc.id, sentences = #doc.sentences } end,
    }
    """

    @Test("every document reaches the script; skipped and failed inputs are accounted for")
    func accounting() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("listing.lua", Self.listing)
        fixture.write("in/a.txt", "First article. It has two sentences.")
        fixture.write("in/b.md", "# Title\n\nSecond article.")
        fixture.write("in/empty.txt", "")
        let request = RunRequest(scripts: [script], inputs: [fixture.path("in"), fixture.path("missing.txt")], format: .csv)
        let (summary, output, _) = try fixture.run(request)
        #expect(summary.documentsRead == 2)
        #expect(summary.skipped.map(\.source).contains { $0.hasSuffix("empty.txt") })
        #expect(summary.failed.map(\.source).contains { $0.hasSuffix("missing.txt") })
        #expect(summary.exitCode == 1)
        #expect(output == "id,sentences\r\na.txt,2\r\nb.md,2\r\n")
        #expect(summary.report.hasPrefix("dossier: 2 documents read, 1 skipped, 1 failed; 1 script run in "))
    }

    @Test("a failing document does not stop the run; the failure names the document")
    func failingDocumentContinues() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("picky.lua", """
        return { on_document = function(doc, ctx)
          if doc.id == "b.txt" then error("cannot handle " .. doc.id) end
          print(doc.id)
        end }
        """)
        for name in ["a", "b", "c"] { fixture.write("in/\(name).txt", "Text of \(name).") }
        let (summary, output, messages) = try fixture.run(RunRequest(scripts: [script], inputs: [fixture.path("in")]))
        #expect(output == "a.txt\nc.txt\n")
        #expect(summary.failed.count == 1)
        #expect(summary.failed[0].source == "b.txt")
        #expect(summary.failed[0].reason.contains("picky.lua:2: cannot handle b.txt"))
        #expect(messages.first?.contains("stack traceback") == true)
        #expect(summary.exitCode == 1)
    }

    @Test("--fail-fast stops at the first failure")
    func failFast() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("bad.lua", "return { on_document = function(doc) error('no') end }")
        for name in ["a", "b"] { fixture.write("in/\(name).txt", "Text.") }
        let (summary, _, _) = try fixture.run(RunRequest(scripts: [script], inputs: [fixture.path("in")], failFast: true))
        #expect(summary.failed.count == 1)
        #expect(summary.stoppedEarly)
    }

    @Test("standard input is read when no input is given")
    func standardInput() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("listing.lua", Self.listing)
        let request = RunRequest(scripts: [script], format: .jsonl, standardInput: .text("One. Two. Three."))
        let (summary, output, _) = try fixture.run(request)
        #expect(summary.documentsRead == 1)
        #expect(output == "{\"table\":\"listing\",\"id\":\"stdin\",\"sentences\":3}\n")
    }

    @Test("unknown script arguments and a missing script are usage errors")
    func usageErrors() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("listing.lua", Self.listing)
        #expect { try fixture.run(RunRequest(scripts: [script], arguments: [("colour", "red")], standardInput: .text("x"))) } throws: {
            ($0 as? RunnerError)?.isUsage == true && ($0 as? RunnerError)?.message.contains("unknown argument 'colour'") == true
        }
        #expect { try fixture.run(RunRequest(scripts: [fixture.path("nope.lua")], standardInput: .text("x"))) } throws: {
            ($0 as? RunnerError)?.isUsage == true && ($0 as? RunnerError)?.message.contains("script not found") == true
        }
    }

    @Test("a script that fails to load is reported and the run exits 1")
    func brokenScript() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("broken.lua", "return {")
        let (summary, _, messages) = try fixture.run(RunRequest(scripts: [script], standardInput: .text("x")))
        #expect(summary.exitCode == 1)
        #expect(summary.scriptsFailed == [script])
        #expect(messages.first?.contains("broken.lua:1:") == true)
    }

    @Test("--output writes atomically: the file appears whole, and a failed run leaves the old file alone")
    func atomicOutput() throws {
        let fixture = RunnerFixture()
        let good = fixture.write("listing.lua", Self.listing)
        let target = fixture.path("out.csv")
        fixture.write("out.csv", "previous contents")
        let broken = fixture.write("broken.lua", "return {")
        #expect(throws: RunnerError.self) {
            try fixture.run(RunRequest(scripts: [broken], outputPath: target, failFast: true, standardInput: .text("x")))
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous contents")
        _ = try fixture.run(RunRequest(scripts: [good], format: .csv, outputPath: target, standardInput: .text("One.")))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "id,sentences\r\nstdin,1\r\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("an output file in a missing folder is a clear error")
    func unwritableOutput() throws {
        let fixture = RunnerFixture()
        let script = fixture.write("listing.lua", Self.listing)
        #expect { try fixture.run(RunRequest(scripts: [script], outputPath: fixture.path("no/such/dir/out.txt"), standardInput: .text("x"))) } throws: {
            ($0 as? RunnerError)?.message.contains("cannot write") == true
        }
    }
}
