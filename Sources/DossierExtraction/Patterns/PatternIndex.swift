import DossierModel

/// What ``TokenPattern`` needs to know about one document, computed once and shared by
/// every pattern run over it: token texts (apostrophes folded, and lowercased), token
/// classes, and the entity mentions starting at each token.
///
/// Build one per document and pass it to `TokenPattern.matches(in: index)` for each pattern
/// of a set; `matches(in: document)` builds a throwaway one. Cost is linear in tokens plus
/// mentions (times log tokens, to place each mention).
public struct PatternIndex: Sendable {
    /// The document the index was built from.
    public let document: Document
    /// Token texts, curly apostrophes folded to U+0027.
    let texts: [String]
    /// `texts`, lowercased.
    let lowered: [String]
    /// ``Flags`` per token.
    let flags: [UInt8]
    /// Mentions starting at token `i` are `mentions[mentionOffsets[i]..<mentionOffsets[i + 1]]`
    /// (a flat layout: one array for all tokens rather than one per token).
    let mentionOffsets: [Int]
    let mentions: [IndexedMention]

    /// Token class bits computed from the text once, not per pattern item.
    enum Flags {
        static let capitalized: UInt8 = 1
        static let upper: UInt8 = 2
        static let lower: UInt8 = 4
    }

    /// An entity mention as a token range.
    struct IndexedMention: Sendable {
        /// One past its last token.
        var end: Int
        /// Index into ``Document/entities``.
        var entity: Int
    }

    /// Indexes `document`.
    public init(_ document: Document) {
        self.document = document
        var texts: [String] = [], lowered: [String] = [], flags: [UInt8] = []
        texts.reserveCapacity(document.tokens.count)
        lowered.reserveCapacity(document.tokens.count)
        flags.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let text = PatternText.fold(document.text(of: token.span))
            texts.append(text)
            lowered.append(text.lowercased())
            flags.append(Self.flags(text))
        }
        self.texts = texts
        self.lowered = lowered
        self.flags = flags

        var starting: [(start: Int, mention: IndexedMention)] = []
        for (entityIndex, entity) in document.entities.enumerated() {
            for mention in entity.mentions {
                guard let range = Self.tokenRange(of: mention.span, in: document.tokens) else { continue }
                starting.append((range.lowerBound, IndexedMention(end: range.upperBound, entity: entityIndex)))
            }
        }
        // Longer mentions first at each start, so they are tried first.
        starting.sort { $0.start != $1.start ? $0.start < $1.start : $0.mention.end > $1.mention.end }
        var offsets = [Int](repeating: 0, count: document.tokens.count + 1)
        for item in starting { offsets[item.start + 1] += 1 }
        for i in 0..<document.tokens.count { offsets[i + 1] += offsets[i] }
        mentionOffsets = offsets
        mentions = starting.map(\.mention)
    }

    /// The tokens a byte span covers: from the token containing its first byte to the last
    /// token starting before its end; nil when it covers none.
    static func tokenRange(of span: Span, in tokens: [Token]) -> Range<Int>? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= span.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].span.start < span.end { end += 1 }
        return end > low ? low..<end : nil
    }

    static func flags(_ text: String) -> UInt8 {
        var hasUpper = false, hasLower = false
        for character in text where character.isLetter {
            if character.isUppercase { hasUpper = true } else if character.isLowercase { hasLower = true }
        }
        var result: UInt8 = 0
        if let first = text.first, first.isUppercase { result |= Flags.capitalized }
        if hasUpper && !hasLower { result |= Flags.upper }
        if hasLower && !hasUpper { result |= Flags.lower }
        return result
    }

    /// The byte span of tokens `range` (non-empty).
    func span(of range: Range<Int>) -> Span {
        Span(start: document.tokens[range.lowerBound].span.start, end: document.tokens[range.upperBound - 1].span.end)
    }
}
