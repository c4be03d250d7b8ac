import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Checks over the reference article and the Wikinews development corpus, read in place from
/// `../shared` (never copied into the repository); skipped where that folder is absent.
@Suite("Segmentation: corpus")
struct SegmentationCorpusTests {
    @Test("Reference article", .enabled(if: Seg.hasReferenceArticle, "../shared/seeds is absent: reference article check skipped"))
    func referenceArticle() throws {
        let text = try String(contentsOf: Seg.referenceArticle, encoding: .utf8)
        let doc = Seg.document(text)
        #expect(Seg.invariantViolations(doc).isEmpty)
        #expect(doc.text == text)

        #expect(doc.metadata.place == "Tashkent")
        #expect(doc.metadata.date == "30 July 2022")
        #expect(doc.metadata.source == "TDI")

        let paragraphs = doc.paragraphs.map { (kind: $0.kind, text: doc.text(of: $0.span)) }
        #expect(paragraphs.count == 15)
        // The first line of the source, split at its first colon: dateline, then body.
        let firstLine = try #require(text.split(separator: "\n").first)
        let colon = try #require(firstLine.firstIndex(of: ":"))
        #expect(paragraphs[0].kind == .dateline && paragraphs[0].text == String(firstLine[...colon]))
        #expect(paragraphs[1].kind == .body && paragraphs[1].text == firstLine[firstLine.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        #expect(paragraphs[8].kind == .boilerplate && paragraphs[8].text.hasPrefix("Also read:"))
        #expect(paragraphs[9].kind == .heading && paragraphs[9].text == "Pakistan and Kazakhstan Relations")
        #expect(paragraphs.filter { $0.kind == .body }.count == 12)

        // Sentences per paragraph: one each, two in "In 1992 ...", three in the last.
        let perParagraph = doc.paragraphs.indices.map { p in doc.sentences.filter { $0.paragraph == p }.count }
        #expect(perParagraph == [0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 3])

        let tokens = doc.tokens.map { doc.text(of: $0.span) }
        #expect(!tokens.contains("Kazakhstan’s"))
        let i = try #require(tokens.firstIndex(of: "’s"))
        #expect(tokens[i - 1] == "Kazakhstan" && doc.tokens[i].kind == .possessive)
        #expect(tokens.contains("Pakistan") && !tokens.contains("Pakistan-Kazakhstan"))

        // "(CICA)." closes the long membership sentence instead of starting a new one.
        let members = try #require(doc.sentences.first { doc.text(of: $0.span).hasPrefix("In several organizations") })
        #expect(doc.text(of: members.span).hasSuffix("are both members (CICA)."))
        #expect(Array(tokens[members.tokenRange].suffix(4)) == ["(", "CICA", ")", "."])
    }

    @Test("Wikinews smoke test", .enabled(if: Seg.hasWikinews, "../shared/data/wikinews is absent: corpus smoke test skipped"))
    func wikinews() throws {
        let files = try Seg.wikinewsFiles()
        #expect(files.count >= 100)
        var words = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let doc = Seg.document(text)
            let problems = Seg.invariantViolations(doc)
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems.prefix(3))")
            #expect(doc.text == text)
            #expect(!doc.sentences.isEmpty, "\(file.lastPathComponent) has sentences")
            // Wikinews files that open with a date line get it as the dateline.
            let firstLine = text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}")))
            if firstLine.range(of: #"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$"#, options: .regularExpression) != nil {
                #expect(doc.metadata.date == firstLine, "\(file.lastPathComponent)")
                #expect(doc.paragraphs.first?.kind == .dateline)
            }
            // No sentence ends in a lone abbreviation period glued to an ordinary capitalized
            // next sentence inside a body paragraph ("Mr." never ends a sentence).
            for s in doc.sentences {
                let last = doc.text(of: doc.tokens[s.firstToken + s.tokenCount - 1].span)
                #expect(!["Mr.", "Mrs.", "Dr.", "Gen.", "Sen.", "Gov."].contains(last), "\(file.lastPathComponent)")
            }
            words += doc.tokens.filter { $0.kind == .word }.count
        }
        #expect(words > 30_000)
    }
}
