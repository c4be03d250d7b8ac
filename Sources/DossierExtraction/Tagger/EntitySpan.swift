/// A recognized entity as a range of token indices within one sentence (or one tagged sequence).
public struct EntitySpan: Hashable, Sendable, CustomStringConvertible {
    /// The tokens covered, end-exclusive.
    public var range: Range<Int>
    /// The entity class.
    public var type: NamedEntityType

    /// Creates a span of `type` over `range`.
    public init(range: Range<Int>, type: NamedEntityType) {
        self.range = range
        self.type = type
    }

    /// `TYPE[lower..<upper]`, for test failures and logs.
    public var description: String { "\(type.label)[\(range.lowerBound)..<\(range.upperBound)]" }
}

extension EntitySpan {
    /// Reads the entities out of a BILOU tag sequence.
    ///
    /// The decoder only ever produces well-formed sequences, but hand-made or converted ones
    /// may not be, so this is lenient the way conlleval is: an entity starts at `B`/`U`, or at
    /// `I`/`L` that does not continue an open entity of the same type, and ends at `L`/`U`,
    /// before any tag that cannot continue it, or at the end.
    public static func spans(fromBILOU tags: [EntityTag]) -> [EntitySpan] {
        var result: [EntitySpan] = []
        var start = -1
        var openType: NamedEntityType?
        func close(at end: Int) {
            if let t = openType { result.append(EntitySpan(range: start..<end, type: t)) }
            openType = nil
        }
        for (i, tag) in tags.enumerated() {
            guard let t = tag.type else {
                close(at: i)
                continue
            }
            if tag.startsEntity || openType != t {
                close(at: i)
                start = i
                openType = t
            }
            if tag.endsEntity { close(at: i + 1) }
        }
        close(at: tags.count)
        return result
    }

    /// Encodes non-overlapping spans as a BILOU sequence of `count` tags.
    public static func bilou(_ spans: [EntitySpan], count: Int) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: count)
        for span in spans where !span.range.isEmpty {
            let r = span.range.clamped(to: 0..<count)
            guard !r.isEmpty else { continue }
            if r.count == 1 {
                tags[r.lowerBound] = .unit(span.type)
                continue
            }
            tags[r.lowerBound] = .begin(span.type)
            for i in (r.lowerBound + 1)..<(r.upperBound - 1) { tags[i] = .inside(span.type) }
            tags[r.upperBound - 1] = .last(span.type)
        }
        return tags
    }

    /// Reads the entities out of CoNLL labels in IOB1 (the scheme of the original CoNLL-2003
    /// files) or IOB2/BIO: `I-X` continues an entity of type X, `B-X` always starts a new one,
    /// and in IOB1 an `I-X` after `O` or after another type starts one too. Both schemes
    /// decode the same way, which is why this one function serves both. Unknown labels count
    /// as `O`.
    public static func spans<S: StringProtocol>(fromIOB labels: [S]) -> [EntitySpan] {
        var result: [EntitySpan] = []
        var start = -1
        var openType: NamedEntityType?
        for (i, label) in labels.enumerated() {
            let parts = label.split(separator: "-", maxSplits: 1)
            let prefix = parts.first.map { String($0) } ?? ""
            let type = parts.count == 2 ? NamedEntityType(label: parts[1]) : nil
            let continues = prefix == "I" && type != nil && type == openType
            if !continues {
                if let t = openType { result.append(EntitySpan(range: start..<i, type: t)) }
                openType = nil
                if let type, prefix == "I" || prefix == "B" {
                    start = i
                    openType = type
                }
            }
        }
        if let t = openType { result.append(EntitySpan(range: start..<labels.count, type: t)) }
        return result
    }

    /// Converts IOB1 labels (`I-X` everywhere, `B-X` only between touching entities of one
    /// type) to BIO/IOB2 labels, where every entity starts with `B-X`.
    public static func bio<S: StringProtocol>(fromIOB1 labels: [S]) -> [String] {
        let tags = bilou(spans(fromIOB: labels), count: labels.count)
        return tags.map(\.bio)
    }
}
