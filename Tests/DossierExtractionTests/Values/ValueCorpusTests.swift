import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// The reference article and the Wikinews corpus, read in place from `../shared` (never
/// copied into the repository); skipped where that folder is absent.
@Suite("Values: corpus")
struct ValueCorpusTests {
    @Test("Reference article", .enabled(if: Val.hasReferenceArticle, "../shared/seeds is absent: reference article check skipped"))
    func referenceArticle() throws {
        let text = try String(contentsOf: Val.referenceArticle, encoding: .utf8)
        let doc = Val.document(text)
        // The dateline is metadata, not a sentence: its date comes from DateText.
        #expect(doc.metadata.date == "30 July 2022")
        let datelineText = try #require(doc.metadata.date)
        let dateline = try #require(DateText.parse(datelineText))
        #expect(dateline.date.iso == "2022-07-30" && dateline.precision == .day)

        let mentions = ValueRecognizer().values(in: doc, reference: dateline.date)
        let found = mentions.map { (text: doc.text(of: $0.span), mention: $0) }
        let december = try #require(found.first { $0.text == "December 1991" }?.mention)
        #expect(december.kind == .date)
        #expect(december.attributes["normalized"] == .string("1991-12"))
        #expect(december.attributes["precision"] == .string("month"))
        #expect(december.attributes["relative"] == .boolean(false))
        let year = try #require(found.first { $0.text == "1992" }?.mention)
        #expect(year.kind == .date)
        #expect(year.attributes["normalized"] == .string("1992"))
        #expect(year.attributes["precision"] == .string("year"))
        let citizens = try #require(found.first { $0.text == "559" }?.mention)
        #expect(citizens.kind == .quantity)
        #expect(citizens.attributes["value"]?.numberValue == 559)
        #expect(citizens.attributes["counted"] == .string("Pakistani citizens"))
        #expect(citizens.attributes["unit"] == .string("citizens"))
        #expect(citizens.counted.map { doc.text(of: $0) } == "Pakistani citizens")
        // The sentence, found independently in the raw text: from the previous full stop to the next one.
        let raw = doc.text
        let number = try #require(raw.range(of: " 559 "))
        let previousStop = try #require(raw[..<number.lowerBound].lastIndex(of: "."))
        let nextStop = try #require(raw[number.upperBound...].firstIndex(of: "."))
        let expected = raw[raw.index(after: previousStop)...nextStop].trimmingCharacters(in: .whitespaces)
        #expect(doc.text(of: doc.sentences[citizens.sentence].span) == expected)

        // Nothing else is a value but the "two" that count ministers and nations.
        let summary = found.map { "\($0.mention.kind.rawValue):\($0.text)" }
        #expect(summary == ["quantity:two", "quantity:two", "date:December 1991", "date:1992", "quantity:two",
                            "quantity:559"], "\(summary)")
        let twos = found.filter { $0.text == "two" }.map { $0.mention.attributes["counted"]?.stringValue }
        #expect(twos == ["Ministers", "nations", "nations"])
    }

    @Test("Wikinews corpus", .enabled(if: Val.hasWikinews, "../shared/data/wikinews is absent: corpus check skipped"))
    func wikinews() throws {
        let files = try Val.wikinewsFiles()
        #expect(files.count >= 100)
        var counts: [EntityKind: Int] = [:]
        var unresolved = 0
        for file in files {
            let doc = Val.document(try String(contentsOf: file, encoding: .utf8))
            let reference = Val.reference(of: doc, file: file)
            #expect(reference != nil, "\(file.lastPathComponent) has a reference date")
            for m in ValueRecognizer().values(in: doc, reference: reference) {
                counts[m.kind, default: 0] += 1
                #expect(doc.sentences[m.sentence].span.contains(m.span))
                if m.kind == .date {
                    #expect(m.attributes["precision"] != nil)
                    if m.attributes["unresolved"] != nil { unresolved += 1 }
                    else { #expect(m.attributes["normalized"] != nil, "\(file.lastPathComponent): \(doc.text(of: m.span))") }
                } else {
                    #expect(m.attributes["value"]?.numberValue?.isFinite == true)
                }
                if m.kind == .money { #expect(m.attributes["currency"]?.stringValue?.count == 3) }
            }
        }
        // Every article has a date, so nothing stays unresolved; the corpus is rich in every kind.
        #expect(unresolved == 0)
        #expect(counts[.date, default: 0] > 300)
        #expect(counts[.quantity, default: 0] > 300)
        #expect(counts[.money, default: 0] >= 15)
        #expect(counts[.percent, default: 0] >= 25)
    }

    /// Writes every value of the corpus with its sentence to the file named by
    /// DOSSIER_VALUES_DUMP, for reading by eye.
    @Test("Wikinews dump", .enabled(if: Val.hasWikinews && ProcessInfo.processInfo.environment["DOSSIER_VALUES_DUMP"] != nil))
    func dump() throws {
        var out = ""
        for file in try Val.wikinewsFiles() {
            let doc = Val.document(try String(contentsOf: file, encoding: .utf8))
            let reference = Val.reference(of: doc, file: file)
            out += "== \(file.lastPathComponent) ref=\(reference?.iso ?? "-")\n"
            for m in ValueRecognizer().values(in: doc, reference: reference) {
                let attrs = m.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                let sentence = doc.text(of: doc.sentences[m.sentence].span)
                out += "\(m.kind.rawValue)\t[\(doc.text(of: m.span))]\t\(attrs)\t| \(sentence.prefix(160))\n"
            }
        }
        try out.write(toFile: ProcessInfo.processInfo.environment["DOSSIER_VALUES_DUMP"]!, atomically: true, encoding: .utf8)
    }

    /// Words per second of the value stage alone over the corpus (segmentation excluded);
    /// run in release with DOSSIER_VALUES_SPEED=1. Prints, asserts nothing: speed is shown
    /// by benchmarks, not unit tests.
    @Test("Wikinews speed", .enabled(if: Val.hasWikinews && ProcessInfo.processInfo.environment["DOSSIER_VALUES_SPEED"] != nil))
    func speed() throws {
        let docs = try Val.wikinewsFiles().map { Val.document(try String(contentsOf: $0, encoding: .utf8)) }
        let references = docs.map { $0.metadata.date.flatMap { DateText.parse($0)?.date } }
        let words = docs.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        let recognizer = ValueRecognizer()
        var found = 0
        let rounds = 50
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for (doc, reference) in zip(docs, references) { found += recognizer.values(in: doc, reference: reference).count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("values: \(words * rounds) words in \(seconds) s = \(Int(Double(words * rounds) / seconds)) words/s (\(found / rounds) values per pass)")
    }
}
