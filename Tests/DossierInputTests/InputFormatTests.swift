import DossierModel
import Testing
@testable import DossierInput

@Suite("Input format names")
struct InputFormatTests {
    @Test("user names and aliases parse, case-insensitively")
    func aliases() throws {
        let cases: [(String, InputFormat)] = [
            ("txt", .text), ("text", .text), ("TXT", .text), ("md", .markdown), ("markdown", .markdown),
            ("html", .html), ("htm", .html), ("jsonl", .jsonl), ("ndjson", .jsonl), (".jsonl", .jsonl),
        ]
        for (name, format) in cases {
            #expect(try InputFormat(parsing: name) == format, "\(name)")
        }
    }

    @Test("an unknown name throws an error listing the valid names")
    func unknown() {
        #expect(throws: InputFormatError(value: "xml")) { try InputFormat(parsing: "xml") }
        let message = InputFormatError(value: "xml").description
        #expect(message.contains("\"xml\""))
        for valid in ["txt", "text", "md", "markdown", "html", "jsonl", "ndjson"] {
            #expect(message.contains(valid), "missing \(valid) in: \(message)")
        }
    }

    @Test("extensions map to formats; others are not formats")
    func extensions() {
        #expect(InputFormat.forExtension("md") == .markdown)
        #expect(InputFormat.forExtension("xhtml") == .html)
        #expect(InputFormat.forExtension("ndjson") == .jsonl)
        #expect(InputFormat.forExtension("png") == nil)
        #expect(FileReading.fileExtension("dir.v2/a.TXT") == "txt")
        #expect(FileReading.fileExtension("dir.v2/README") == "")
        #expect(FileReading.fileExtension("notes/.profile") == "")
    }
}
