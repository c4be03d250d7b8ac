import DossierModel
import Testing
@testable import DossierInput

@Suite("Plain text")
struct TextReaderTests {
    @Test("a .txt file becomes one document with its text, path id and text format")
    func plainText() throws {
        let fixture = try Fixture()
        let path = try fixture.write("a.txt", "Bishkek, 14 June 2021 (KGW): Ministers met.\n\nSecond paragraph.\n")
        let document = try #require(onlyDocument(events([path])))
        #expect(document.text == "Bishkek, 14 June 2021 (KGW): Ministers met.\n\nSecond paragraph.\n")
        #expect(document.id == path)
        #expect(document.origin == SourceOrigin(path: path, format: .text))
    }

    @Test(".text and extension-less files read as text")
    func otherNames() throws {
        #expect(try readText("note.text", "Hello")?.origin.format == .text)
        #expect(try readText("NOTES", "Hello there")?.text == "Hello there")
    }

    @Test("CRLF and lone CR line endings become LF")
    func crlf() throws {
        #expect(try readText("a.txt", "one\r\ntwo\r\n\r\nthree\rfour")?.text == "one\ntwo\n\nthree\nfour")
    }

    @Test("a UTF-8 byte-order mark is removed")
    func bom() throws {
        let fixture = try Fixture()
        let path = try fixture.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Héllo".utf8))
        let event = try #require(events([path]).first)
        #expect(event.document?.text == "Héllo")
        #expect(event.warnings.isEmpty)
    }

    @Test("empty and whitespace-only files are skipped as empty")
    func empty() throws {
        let fixture = try Fixture()
        let empty = try fixture.write("empty.txt", "")
        let blank = try fixture.write("blank.txt", " \n\t\r\n  ")
        let result = events([empty, blank])
        #expect(result == [.skipped(source: empty, reason: "empty"), .skipped(source: blank, reason: "empty")])
    }
}
