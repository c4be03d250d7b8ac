import DossierModel
import Testing
@testable import DossierInput

@Suite("Format detection and forced formats")
struct DetectionTests {
    @Test("content decides when there is no extension")
    func byContent() {
        #expect(detectFormat(Array("  \n{\"text\": 1}".utf8)) == .jsonl)
        #expect(detectFormat(Array("<!doctype html><p>x".utf8)) == .html)
        #expect(detectFormat(Array("<DIV class=a>x</DIV>".utf8)) == .html)
        #expect(detectFormat(Array("\u{FEFF}<html>".utf8)) == .html)
        #expect(detectFormat(Array("<pre-release> notes".utf8)) == .text)
        #expect(detectFormat(Array("<unknown> tag".utf8)) == .text)
        #expect(detectFormat(Array("Plain text".utf8)) == .text)
    }

    @Test("extension-less and unknown-extension files named explicitly are read by content")
    func files() throws {
        let fixture = try Fixture()
        let page = try fixture.write("page", "<html><body><p>A</p><p>B</p></body></html>")
        let feed = try fixture.write("feed.dat", "{\"text\": \"rec\"}\n")
        let result = events([page, feed])
        #expect(result.documents.map(\.text) == ["A\n\nB", "rec"])
        #expect(result.documents.map(\.origin.format) == [.html, .jsonl])
    }

    @Test("the extension wins over content")
    func extensionWins() throws {
        #expect(try readText("a.txt", "<html><p>kept as text</p></html>")?.text == "<html><p>kept as text</p></html>")
    }

    @Test("a forced format overrides extension and content, also inside folders")
    func forced() throws {
        let fixture = try Fixture()
        try fixture.write("corpus/a.html", "# Not HTML\n*really*")
        try fixture.write("corpus/b.png", "image")
        let result = events([fixture.path("corpus")], options: InputOptions(forcedFormat: .markdown))
        #expect(result.first?.document?.text == "Not HTML\n\nreally")
        #expect(result.first?.document?.origin.format == .markdown)
        #expect(result.last?.skipReason?.hasPrefix("unsupported file type") == true)
        let asText = events([fixture.path("corpus/a.html")], options: InputOptions(forcedFormat: .text))
        #expect(asText.first?.document?.text == "# Not HTML\n*really*")
        let page = try fixture.write("notes.txt", "{\"text\": \"forced jsonl\"}")
        #expect(events([page], options: InputOptions(forcedFormat: .jsonl)).first?.document?.text == "forced jsonl")
    }
}
