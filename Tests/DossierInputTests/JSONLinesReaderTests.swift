import DossierModel
import Foundation
import Testing
@testable import DossierInput

@Suite("JSON Lines")
struct JSONLinesReaderTests {
    @Test("records become documents with ids, metadata and extra fields")
    func records() throws {
        let fixture = try Fixture()
        let path = try fixture.write("feed.jsonl", """
        {"id": "a-1", "text": "First.", "title": "T", "date": "2022-07-30", "source": "TDI", "url": "https://x", "lang": "en", "words": 2, "nested": {"x": 1}}
        {"text": "Second, no id."}
        {"id": 42, "text": "Numeric id."}

        """)
        let result = events([path])
        #expect(result.count == 3)
        let docs = result.documents
        #expect(docs.map(\.id) == ["a-1", "\(path)#2", "42"])
        #expect(docs[0].metadata == SourceMetadata(title: "T", date: "2022-07-30", source: "TDI", url: "https://x",
                                                   extra: ["lang": "en", "words": "2"]))
        #expect(docs[1].origin == SourceOrigin(path: path, line: 2, format: .jsonl))
        #expect(result.allSatisfy { $0.warnings.isEmpty })
    }

    @Test("a malformed line is skipped with its line number and the parse problem; the rest is read")
    func malformed() throws {
        let fixture = try Fixture()
        let path = try fixture.write("feed.ndjson", "{\"text\": \"one\"}\n{\"text\": oops}\n{\"text\": \"three\"}\n")
        let result = events([path])
        #expect(result.count == 3)
        #expect(result.documents.map(\.text) == ["one", "three"])
        #expect(result.documents.map(\.id) == ["\(path)#1", "\(path)#3"])
        guard case .skipped(let source, let reason) = result[1] else {
            Issue.record("expected a skip, got \(result[1])")
            return
        }
        #expect(source == "\(path):2")
        #expect(reason.contains("not valid JSON"))
        #expect(reason.contains("character"), "the parser's problem should be named: \(reason)")
    }

    @Test("records without text, with non-string text, or not objects are skipped with their line")
    func badRecords() throws {
        let fixture = try Fixture()
        let path = try fixture.write("feed.jsonl", "{\"title\": \"no text\"}\n{\"text\": 5}\n[1, 2]\n{\"text\": \"  \"}\n")
        let result = events([path])
        #expect(result.map(\.source) == ["\(path):1", "\(path):2", "\(path):3", "\(path):4"])
        #expect(result[0].skipReason?.contains("no \"text\" field") == true)
        #expect(result[1].skipReason == "\"text\" is a number, expected a string")
        #expect(result[2].skipReason?.contains("found an array") == true)
        #expect(result[3].skipReason?.hasPrefix("empty") == true)
    }

    @Test("CRLF line endings, a BOM and blank lines are handled; text inside records is normalized")
    func lineEndings() throws {
        let fixture = try Fixture()
        let path = try fixture.write("feed.jsonl", bytes: [0xEF, 0xBB, 0xBF]
            + Array("{\"text\": \"a\\r\\nb\"}\r\n\r\n   \r\n{\"text\": \"c\"}\r\n".utf8))
        let result = events([path])
        #expect(result.map(\.document?.text) == ["a\nb", "c"])
        #expect(result.documents.map(\.origin.line) == [1, 4])
    }

    @Test("invalid UTF-8 in a line is repaired with a warning naming the line and file offset")
    func invalidUTF8() throws {
        let fixture = try Fixture()
        let first = Array("{\"text\": \"ok\"}\n".utf8)
        let second = Array("{\"text\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8)
        let path = try fixture.write("feed.jsonl", bytes: first + second)
        let result = events([path])
        #expect(result[1].document?.text == "caf\u{FFFD}")
        let warning = try #require(result[1].warnings.first)
        #expect(warning.contains("\(path):2"))
        #expect(warning.contains("byte offset \(first.count + 13)"))
    }

    @Test("a file with no records is skipped as empty")
    func noRecords() throws {
        let fixture = try Fixture()
        let path = try fixture.write("feed.jsonl", "\n  \n")
        #expect(events([path]) == [.skipped(source: path, reason: "empty (no JSON Lines records)")])
    }

    @Test("a line over the size limit is skipped while it streams past, and reading continues")
    func longLine() throws {
        let fixture = try Fixture()
        let long = "{\"text\": \"" + String(repeating: "x", count: 300_000) + "\"}"
        let path = try fixture.write("feed.jsonl", "{\"text\": \"a\"}\n\(long)\n{\"text\": \"b\"}")
        let result = events([path], options: InputOptions(maxFileBytes: 100_000))
        #expect(result.count == 3)
        #expect(result[1].source == "\(path):2")
        #expect(result[1].skipReason?.contains("longer than") == true)
        #expect(result[2].document?.text == "b")
        #expect(result[2].document?.origin.line == 3)
        // A too-long last line without a newline is still reported.
        let tail = try fixture.write("tail.jsonl", "{\"text\": \"a\"}\n\(long)")
        let tailResult = events([tail], options: InputOptions(maxFileBytes: 100_000))
        #expect(tailResult.count == 2)
        #expect(tailResult.last?.source == "\(tail):2")
        #expect(tailResult.last?.skipReason?.contains("longer than") == true)
    }

    @Test("a large file streams: the first record arrives with only a small part of the file in memory")
    func streaming() throws {
        let fixture = try Fixture()
        let line = "{\"text\": \"" + String(repeating: "Ministers met in Tashkent. ", count: 10) + "\"}\n"
        let count = 40_000
        let url = fixture.root.appendingPathComponent("big.jsonl")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let block = Data(String(repeating: line, count: 1000).utf8)
        for _ in 0..<(count / 1000) { handle.write(block) }
        try handle.close()
        let fileSize = try #require(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(fileSize > 10_000_000)

        var iterator = DocumentSource(inputs: [url.path]).makeIterator()
        #expect(iterator.next()?.document?.origin.line == 1)
        let held = try #require(iterator.streamBufferedBytes)
        #expect(held <= 2 * JSONLinesReader.chunkSize, "held \(held) bytes of \(fileSize)")
        var seen = 1
        var maxHeld = held
        while let event = iterator.next() {
            #expect(event.document != nil)
            seen += 1
            maxHeld = max(maxHeld, iterator.streamBufferedBytes ?? 0)
        }
        #expect(seen == count)
        #expect(maxHeld <= 2 * JSONLinesReader.chunkSize)
    }
}
