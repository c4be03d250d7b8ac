import DossierModel
import Foundation
import Testing
@testable import DossierInput

@Suite("Standard input")
struct StandardInputTests {
    @Test("no inputs at all reads standard input, with id stdin and path -")
    func noInputs() {
        let result = events([], stdin: .text("Plain article."))
        #expect(result == [.document(SourceDocument(id: "stdin", text: "Plain article.",
                                                    origin: SourceOrigin(path: "-", format: .text)), warnings: [])])
    }

    @Test("- reads standard input between other inputs; a second - is accounted for")
    func dash() throws {
        let fixture = try Fixture()
        let path = try fixture.write("a.txt", "A")
        let result = events([path, "-", "-"], stdin: .text("From stdin"))
        #expect(result.documents.map(\.id) == [path, "stdin"])
        #expect(result[2].source == "stdin")
        #expect(result[2].skipReason?.contains("already read") == true)
    }

    @Test("standard input is detected by content: JSON Lines and HTML")
    func detection() {
        let jsonl = events(["-"], stdin: .text("{\"text\": \"one\"}\n{\"text\": \"two\"}\n"))
        #expect(jsonl.documents.map(\.id) == ["stdin#1", "stdin#2"])
        #expect(jsonl.documents.allSatisfy { $0.origin.format == .jsonl && $0.origin.path == "-" })
        let html = events(["-"], stdin: .text("<!DOCTYPE html><html><body><p>Hi</p><script>x()</script></body></html>"))
        #expect(html.documents.map(\.text) == ["Hi"])
        #expect(html.documents.first?.origin.format == .html)
    }

    @Test("a forced format applies to standard input")
    func forced() {
        let result = events(["-"], options: InputOptions(forcedFormat: .markdown), stdin: .text("# Title\n*Body*"))
        #expect(result.documents.first?.text == "Title\n\nBody")
        #expect(result.documents.first?.origin.format == .markdown)
    }

    @Test("standard input can be a file handle, read incrementally")
    func fileHandle() throws {
        let fixture = try Fixture()
        let path = try fixture.write("in.jsonl", "{\"id\": \"x\", \"text\": \"via handle\"}\n")
        let handle = try #require(FileHandle(forReadingAtPath: path))
        let result = events([], stdin: .fileHandle(handle))
        #expect(result.documents.map(\.id) == ["x"])
    }

    @Test("empty standard input is accounted for")
    func empty() {
        #expect(events([], stdin: .text("")) == [.skipped(source: "stdin", reason: "empty")])
    }
}
