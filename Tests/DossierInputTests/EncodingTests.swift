import DossierModel
import Testing
@testable import DossierInput

@Suite("Encodings and binary files")
struct EncodingTests {
    @Test("invalid UTF-8 is repaired with U+FFFD and a warning naming the file, offset and count")
    func invalidUTF8() throws {
        let fixture = try Fixture()
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" and na".utf8) + [0xEF, 0xBF] + Array("ve".utf8)
        let path = try fixture.write("latin.txt", bytes: bytes)
        let event = try #require(events([path]).first)
        #expect(event.document?.text == "Caf\u{FFFD} and na\u{FFFD}ve")
        #expect(event.warnings.count == 1)
        let warning = try #require(event.warnings.first)
        #expect(warning.hasPrefix("\(path): invalid UTF-8 at byte offset 3 "))
        #expect(warning.contains("2 invalid sequences"))
    }

    @Test("the offset counts the byte-order mark, so it points into the file as stored")
    func offsetWithBOM() throws {
        let fixture = try Fixture()
        let path = try fixture.write("a.txt", bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xFF])
        #expect(events([path]).first?.warnings.first?.contains("byte offset 4 (1 invalid sequence") == true)
    }

    @Test("the invalid sequence count matches the replacement characters inserted")
    func maximalSubparts() {
        let samples: [[UInt8]] = [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xE1, 0x80], [0xF1, 0x80, 0x80, 0x41], [0x80, 0x80, 0x80], [0x41, 0xC2],
        ]
        for bytes in samples {
            let replacements = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            #expect(findUTF8Problems(bytes)?.count == replacements, "\(bytes)")
        }
        #expect(findUTF8Problems(Array("Grüße, 世界 😀".utf8)) == nil)
    }

    @Test("a NUL byte in the first 8 KiB means a binary file, skipped")
    func binaryNUL() throws {
        let fixture = try Fixture()
        let path = try fixture.write("data.txt", bytes: Array("looks like text".utf8) + [0, 1, 2])
        #expect(events([path]) == [.skipped(source: path, reason: "binary file")])
    }

    @Test("mostly control characters means binary; Latin-1 text does not")
    func binaryControls() throws {
        let fixture = try Fixture()
        let controls = try fixture.write("ctl.txt", bytes: (0..<400).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) })
        #expect(events([controls]) == [.skipped(source: controls, reason: "binary file")])
        let cyrillic = try fixture.write("cp1251.txt", bytes: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0])
        #expect(events([cyrillic]).first?.document != nil)
    }

    @Test("binary content is skipped even in a .jsonl file or from stdin")
    func binaryStreams() throws {
        let fixture = try Fixture()
        let path = try fixture.write("x.jsonl", bytes: [0x7B, 0x00, 0x7D])
        #expect(events([path]) == [.skipped(source: path, reason: "binary file")])
        #expect(events([], stdin: .data(.init([0x00, 0x01]))) == [.skipped(source: "stdin", reason: "binary file")])
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        let fixture = try Fixture()
        let path = try fixture.write("win.txt", bytes: [0xFF, 0xFE] + Array("Héllo\r\nx".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(events([path]).first?.document?.text == "Héllo\nx")
    }
}
