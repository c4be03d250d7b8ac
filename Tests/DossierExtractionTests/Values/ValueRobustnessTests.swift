import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Hostile input: no crash, no infinity, spans inside their sentences, linear time.
@Suite("Values: robustness")
struct ValueRobustnessTests {
    /// Checks the invariants of every mention and that the attributes encode as finite JSON.
    private func checkSound(_ text: String, reference: CalendarDate? = CalendarDate(year: 2019, month: 1, day: 4))
        throws -> [ValueMention] {
        let doc = Val.document(text)
        let mentions = ValueRecognizer().values(in: doc, reference: reference)
        var previousEnd = 0
        for m in mentions {
            #expect(m.sentence >= 0 && m.sentence < doc.sentences.count)
            #expect(doc.sentences[m.sentence].span.contains(m.span), "\(m.span) outside its sentence")
            #expect(m.span.start >= previousEnd, "mentions overlap at \(m.span)")
            #expect(doc.text.slice(m.span) != nil)
            previousEnd = m.span.end
            for (_, value) in m.attributes {
                if case .number(let x) = value { #expect(x.isFinite) }
            }
            if let counted = m.counted { #expect(doc.sentences[m.sentence].span.contains(counted)) }
        }
        let data = try JSONEncoder().encode(mentions.map(\.attributes))
        #expect(!data.isEmpty)
        return mentions
    }

    @Test("Garbage, controls and mixed scripts")
    func garbage() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789 ,.-–/%$€£¥:;()[]'’\"aAzZ\u{0}\u{7F}\u{A0}é漢字٣ \n")
        for _ in 0..<200 {
            let text = String((0..<300).map { _ in alphabet.randomElement(using: &generator)! })
            _ = try checkSound(text)
        }
        _ = try checkSound("２０１９年１月４日、東京で５５９人が集まった。")
        _ = try checkSound("في ٣٠ يوليو ٢٠٢٢ اجتمع ٥٥٩ شخصا")
        _ = try checkSound("Am 30. Juli 2022 trafen sich 559 Bürger in Almaty.")
        _ = try checkSound("$ $ $ % % - - – 1 – – 2019 – – $")
    }

    @Test("Huge numbers are refused, not infinite")
    func hugeNumbers() throws {
        let digits = String(repeating: "9", count: 400)
        let mentions = try checkSound("They counted \(digits) stars and paid $\(digits) billion, or 10^400 dollars.")
        #expect(mentions.allSatisfy { ($0.attributes["value"]?.numberValue ?? 0).magnitude < 1e31 })
        let grouped = try checkSound("It cost $999,999,999,999,999,999,999 trillion trillion.")
        #expect(grouped.allSatisfy { ($0.attributes["value"]?.numberValue ?? 0).isFinite })
        let scaled = try checkSound("It was 999999999999999999 trillion trillion trillion dollars.")
        #expect(scaled.allSatisfy { ($0.attributes["value"]?.numberValue ?? 0).isFinite })
    }

    @Test("All capitals")
    func allCaps() throws {
        let mentions = try checkSound("ON 30 JULY 2022, 559 PAKISTANI CITIZENS PAID $5 MILLION, UP 12 PERCENT SINCE 1992.")
        let doc = Val.document("ON 30 JULY 2022, 559 PAKISTANI CITIZENS PAID $5 MILLION, UP 12 PERCENT SINCE 1992.")
        let kinds = mentions.map { "\($0.kind.rawValue):\(doc.text(of: $0.span))" }
        #expect(kinds == ["date:30 JULY 2022", "quantity:559", "money:$5 MILLION", "percent:UP 12 PERCENT", "date:1992"]
                || kinds == ["date:30 JULY 2022", "quantity:559", "money:$5 MILLION", "percent:12 PERCENT", "date:1992"],
                "\(kinds)")
    }

    @Test("A 10 MB line of digits and long runs of values take linear time")
    func longInput() throws {
        let digits = String(repeating: "1234567890", count: 1_000_000)
        let start = Date()
        _ = try checkSound(digits)
        _ = try checkSound(String(repeating: "1 - ", count: 200_000))
        _ = try checkSound(String(repeating: "on Tuesday 5 March 2019 between 1 and ", count: 20_000))
        _ = try checkSound(String(repeating: "tens of thousands of ", count: 50_000))
        #expect(Date().timeIntervalSince(start) < 120)
    }

    @Test("No sentences, no values")
    func empty() {
        let doc = Val.document("")
        #expect(ValueRecognizer().values(in: doc, reference: nil).isEmpty)
        let dateline = Val.document("Bishkek, 14 June 2021 (KGW):")
        #expect(ValueRecognizer().values(in: dateline, reference: nil).allSatisfy { $0.kind != .date || dateline.text(of: $0.span) != "14 June 2021" })
    }
}
