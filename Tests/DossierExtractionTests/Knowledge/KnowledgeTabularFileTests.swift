import Foundation
import Testing
@testable import DossierExtraction

@Suite struct KnowledgeTabularFileTests {
    @Test func partsCoverTheFileAtLineStartsWithRightLineNumbers() {
        var text = "# header\n"
        for i in 1...200 { text += i % 17 == 0 ? "\n" : "row\(i)\tvalue \(i) \t a|b | |c\n" }
        text += "last\tline without newline"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var whole: [(Int, String)] = []
            _ = TabularFile.scan(buffer, range: 0..<buffer.count, firstLine: 1) { line, row in
                whole.append((line, row.string(0)))
                return nil
            }
            for parts in 1...5 {
                let slices = TabularFile.lineAlignedParts(buffer, parts: parts)
                #expect(slices.count == parts)
                #expect(slices.first?.range.lowerBound == 0 && slices.last?.range.upperBound == buffer.count)
                var pieces: [(Int, String)] = []
                for slice in slices {
                    #expect(slice.range.lowerBound == 0 || buffer[slice.range.lowerBound - 1] == 0x0A)
                    _ = TabularFile.scan(buffer, range: slice.range, firstLine: slice.firstLine) { line, row in
                        pieces.append((line, row.string(0)))
                        return nil
                    }
                }
                #expect(pieces.map(\.0) == whole.map(\.0))
                #expect(pieces.map(\.1) == whole.map(\.1))
            }
            #expect(whole.first! == (2, "row1"))
            #expect(whole.last! == (202, "last"))
        }
    }

    @Test func rowFields() {
        let bytes = Array("42\t  Almaty \tAlma-Ata| Vernyi |\t\t-7\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let problems = TabularFile.scan(buffer, range: 0..<buffer.count, firstLine: 1) { _, row in
                #expect(row.count == 5)
                #expect(row.int(0) == 42)
                #expect(row.string(1) == "Almaty")
                #expect(row.list(2) == ["Alma-Ata", "Vernyi"])
                #expect(row.text(3) == nil && row.isEmpty(3))
                #expect(row.int(4) == nil, "only plain decimal digits")
                #expect(row.string(9) == "")
                return "noted"
            }
            #expect(problems.map(\.0) == [1])
        }
    }
}
