import Testing
@testable import DossierExtraction

@Suite("Tagger: conlleval-style scoring")
struct TaggerScoreTests {
    @Test("only exact type and boundaries count")
    func exactMatch() {
        var score = EntityScore()
        // Sentence 1: PER right, LOC with a wrong boundary, ORG with the wrong type.
        score.add(
            gold: [EntitySpan(range: 0..<2, type: .person), EntitySpan(range: 4..<6, type: .location),
                   EntitySpan(range: 8..<9, type: .organization)],
            predicted: [EntitySpan(range: 0..<2, type: .person), EntitySpan(range: 4..<5, type: .location),
                        EntitySpan(range: 8..<9, type: .location)])
        // Sentence 2: a MISC found, an extra PER predicted.
        score.add(gold: [EntitySpan(range: 1..<2, type: .miscellaneous)],
                  predicted: [EntitySpan(range: 1..<2, type: .miscellaneous), EntitySpan(range: 3..<4, type: .person)])
        let all = score.overall
        #expect(all.gold == 4 && all.predicted == 5 && all.correct == 2)
        #expect(abs(all.precision - 40) < 1e-9)
        #expect(abs(all.recall - 50) < 1e-9)
        #expect(abs(all.f1 - 2 * 40 * 50 / 90.0) < 1e-9)
        #expect(score.counts(for: .person) == .init(correct: 1, predicted: 2, gold: 1))
        #expect(score.counts(for: .location) == .init(correct: 0, predicted: 2, gold: 1))
        #expect(score.counts(for: .organization).f1 == 0)
        #expect(score.counts(for: .miscellaneous).f1 == 100)
    }

    @Test("the table has a row per type and an overall row")
    func table() {
        var score = EntityScore()
        score.add(gold: [EntitySpan(range: 0..<1, type: .person)], predicted: [EntitySpan(range: 0..<1, type: .person)])
        let lines = score.table().split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[1].hasPrefix("PER") && lines[1].contains("100.00"))
        #expect(lines[5].hasPrefix("overall"))
    }
}
