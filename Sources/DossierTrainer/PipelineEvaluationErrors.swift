import DossierExtraction
import DossierModel

/// Tallies the pipeline's errors against the gold entities, to show where recognition loses
/// points. Each wrong gold entity is classified once (wrong type, wrong boundaries or
/// missed), and each prediction overlapping no gold entity is spurious, so the classes add
/// up to the misses and false alarms behind precision and recall.
struct ErrorTally {
    /// Error classes without the text ("type gold ORG -> LOC"): what to work on.
    private(set) var classes: [String: Int] = [:]
    /// Error classes with the text ("gold ORG predicted LOC: \"Barcelona\""): examples.
    private(set) var patterns: [String: Int] = [:]
    /// Totals per broad class: missed, spurious, type, boundary, extra type.
    private(set) var totals: [String: Int] = [:]

    /// Adds one article's errors.
    mutating func add(_ article: EvaluationArticle, predicted: [PredictedName]) {
        let exact = Set(predicted.compactMap { p in p.tokens.map { EntitySpan(range: $0, type: p.type) } })
        let goldRanges = Set(article.gold.map(\.range))
        let goldBytes = article.gold.map { article.bytes(of: $0.range) }
        for (gold, bytes) in zip(article.gold, goldBytes) where !exact.contains(gold) {
            let label = gold.type.label
            let text = quoted(article.text(of: gold.range))
            if let other = predicted.first(where: { $0.tokens == gold.range }) {
                record("type", "type      gold \(label) -> \(other.type.label)",
                       "gold \(label) predicted \(other.type.label): \(text)")
                continue
            }
            let overlapping = predicted.filter { $0.bytes.overlaps(bytes) }
            guard let first = overlapping.first else {
                record("missed", "missed    \(label)", "missed \(label): \(text)")
                continue
            }
            let shape = first.bytes.contains(bytes) ? "predicted covers gold"
                : bytes.contains(first.bytes) ? "predicted inside gold" : "crossing"
            let shown = overlapping.map { "\($0.type.label) \(quoted($0.text))" }.joined(separator: " + ")
            record("boundary", "boundary  gold \(label) -> \(first.type.label), \(shape)",
                   "boundary: gold \(label) \(text), predicted \(shown)")
        }
        for p in predicted {
            if let range = p.tokens, exact.contains(EntitySpan(range: range, type: p.type)) { continue }
            if let range = p.tokens, goldRanges.contains(range) {
                // Counted above as a type error unless another prediction got the type right.
                if article.gold.contains(where: { $0.range == range && exact.contains($0) }) {
                    record("extra type", "extra     \(p.type.label) beside a correct name",
                           "extra \(p.type.label) for a correct name: \(quoted(p.text))")
                }
                continue
            }
            guard !goldBytes.contains(where: { $0.overlaps(p.bytes) }) else { continue }
            let edges = p.tokens == nil ? " (off token edges)" : ""
            record("spurious", "spurious  \(p.type.label)\(edges)", "spurious \(p.type.label)\(edges): \(quoted(p.text))")
        }
    }

    /// The totals, the most frequent classes and the `top` most frequent patterns.
    func report(top: Int) -> String {
        let order = ["missed", "spurious", "type", "boundary", "extra type"]
        var lines = ["errors: " + order.map { "\($0) \(totals[$0, default: 0])" }.joined(separator: ", ")]
        lines.append("most frequent error classes:")
        lines += ranked(classes, limit: 12)
        lines.append("\(top) most frequent error patterns:")
        lines += ranked(patterns, limit: top)
        return lines.joined(separator: "\n")
    }

    private mutating func record(_ total: String, _ errorClass: String, _ pattern: String) {
        totals[total, default: 0] += 1
        classes[errorClass, default: 0] += 1
        patterns[pattern, default: 0] += 1
    }

    private func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// Count-descending, then by text so that equal counts print in a stable order.
    private func ranked(_ counts: [String: Int], limit: Int) -> [String] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
            .map { key, count in String(repeating: " ", count: max(0, 6 - String(count).count)) + "\(count)  \(key)" }
    }
}
