/// Entity-level exact-match scoring, as CoNLL's `conlleval` does it: a predicted entity is
/// correct only when its type and both boundaries equal a gold entity's.
public struct EntityScore: Sendable, Equatable {
    /// Counts for one entity type, or for all types together.
    public struct Counts: Sendable, Equatable {
        /// Predicted entities that match a gold entity exactly.
        public var correct = 0
        /// All predicted entities.
        public var predicted = 0
        /// All gold entities.
        public var gold = 0

        /// Correct / predicted, as a percentage (0 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        /// Correct / gold, as a percentage (0 when there is no gold entity).
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        /// The harmonic mean of precision and recall, as a percentage.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    private var perType = [Counts](repeating: Counts(), count: NamedEntityType.allCases.count)

    /// An empty score.
    public init() {}

    /// Adds one sentence's gold and predicted entities.
    public mutating func add(gold: [EntitySpan], predicted: [EntitySpan]) {
        let goldSet = Set(gold)
        for span in predicted {
            perType[Int(span.type.rawValue)].predicted += 1
            if goldSet.contains(span) { perType[Int(span.type.rawValue)].correct += 1 }
        }
        for span in gold { perType[Int(span.type.rawValue)].gold += 1 }
    }

    /// The counts for one type.
    public func counts(for type: NamedEntityType) -> Counts { perType[Int(type.rawValue)] }

    /// The counts over all types (micro-averaged, as conlleval reports "overall").
    public var overall: Counts {
        perType.reduce(into: Counts()) { sum, c in
            sum.correct += c.correct
            sum.predicted += c.predicted
            sum.gold += c.gold
        }
    }

    /// A plain-text table: one row per type and an overall row with P, R, F1 and counts.
    public func table() -> String {
        func pct(_ x: Double) -> String {
            let s = String(Int((x * 100).rounded()))
            let padded = String(repeating: "0", count: max(0, 3 - s.count)) + s
            return "\(padded.dropLast(2)).\(padded.suffix(2))"
        }
        func pad(_ s: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - s.count)) + s
        }
        var lines = ["type       precision   recall       F1     gold  predicted  correct"]
        let rows = NamedEntityType.allCases.map { ($0.label, counts(for: $0)) } + [("overall", overall)]
        for (name, c) in rows {
            lines.append(name + String(repeating: " ", count: max(0, 8 - name.count))
                + pad(pct(c.precision), 12) + pad(pct(c.recall), 9) + pad(pct(c.f1), 9)
                + pad(String(c.gold), 9) + pad(String(c.predicted), 11) + pad(String(c.correct), 9))
        }
        return lines.joined(separator: "\n")
    }
}
