import DossierModel
import Foundation
import Testing
@testable import DossierInput

@Suite("Failures, limits and unique ids")
struct AccountingTests {
    @Test("a missing path fails with 'no such file or directory', and the run goes on")
    func missing() throws {
        let fixture = try Fixture()
        let present = try fixture.write("a.txt", "A")
        let missing = fixture.path("nope.txt")
        let result = events([missing, present])
        #expect(result[0] == .failed(source: missing, reason: "no such file or directory"))
        #expect(result[1].document?.text == "A")
    }

    @Test("an unreadable path fails with the system's reason")
    func systemReason() throws {
        let fixture = try Fixture()
        let file = try fixture.write("a.txt", "A")
        #expect(events([file + "/child.txt"]) == [.failed(source: file + "/child.txt", reason: "not a directory")])
    }

    @Test("a file without read permission fails with 'permission denied'",
          .enabled(if: getuid() != 0, "root can read any file"))
    func permission() throws {
        let fixture = try Fixture()
        let file = try fixture.write("secret.txt", "A")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
        #expect(events([file]) == [.failed(source: file, reason: "permission denied")])
    }

    @Test("files over the size limit are skipped with the limit named; standard input too")
    func sizeLimit() throws {
        let fixture = try Fixture()
        let path = try fixture.write("big.txt", String(repeating: "word ", count: 1000))
        let result = events([path], options: InputOptions(maxFileBytes: 1024))
        #expect(result.count == 1)
        #expect(result[0].skipReason?.contains("1 KiB size limit") == true)
        let piped = events([], options: InputOptions(maxFileBytes: 1024), stdin: .text(String(repeating: "x", count: 5000)))
        #expect(piped.first?.skipReason?.contains("size limit") == true)
        #expect(InputOptions().maxFileBytes == 256 * 1024 * 1024)
    }

    @Test("duplicate ids get ~2, ~3 and a warning; the documents are kept")
    func duplicates() throws {
        let fixture = try Fixture()
        let a = try fixture.write("a.jsonl", "{\"id\": \"x\", \"text\": \"1\"}\n{\"id\": \"x\", \"text\": \"2\"}\n{\"id\": \"x~2\", \"text\": \"3\"}\n")
        try fixture.write("one/same.txt", "first")
        try fixture.write("two/same.txt", "second")
        let result = events([a, fixture.path("one"), fixture.path("two")])
        #expect(result.documents.map(\.id) == ["x", "x~2", "x~2~2", "same.txt", "same.txt~2"])
        #expect(result[0].warnings.isEmpty)
        #expect(result[1].warnings == ["\(a):2: duplicate id \"x\" (an earlier document in this run has it); renamed to \"x~2\" so ids stay unique"])
        #expect(result[4].warnings.first?.contains("renamed to \"same.txt~2\"") == true)
        #expect(result[4].document?.text == "second")
    }

    @Test("an empty path is a failure, not a crash")
    func emptyPath() {
        #expect(events([""]).first?.failureReason == "empty path")
    }

    @Test("events print as one-line messages")
    func descriptions() {
        #expect(InputEvent.skipped(source: "a.png", reason: "unsupported file type (.png)").description
            == "skipped a.png: unsupported file type (.png)")
        #expect(InputEvent.failed(source: "x", reason: "no such file or directory").description
            == "failed x: no such file or directory")
    }
}
