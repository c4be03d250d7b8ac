import DossierModel

/// The document's tokens as text, with the small predicates the recognition rules share.
struct TokenView {
    let document: Document
    let texts: [Substring]

    init(_ document: Document) {
        self.document = document
        texts = document.tokens.map { document.text.slice($0.span) ?? "" }
    }

    var count: Int { texts.count }

    subscript(_ index: Int) -> Substring { texts[index] }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0, index < texts.count, let first = texts[index].first else { return false }
        return first.isUppercase
    }

    /// Whether the token is all capitals of at least two letters ("SCO", "U.S." counts).
    func isAcronym(_ index: Int) -> Bool {
        guard index >= 0, index < texts.count else { return false }
        let letters = texts[index].filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 10 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether tokens `a` and `b` touch with no space between them.
    func touching(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < texts.count && document.tokens[a].span.end == document.tokens[b].span.start
    }

    /// The text from the first byte of token `range.lowerBound` to the last of the range.
    func text(_ range: Range<Int>) -> String {
        document.text(of: span(range))
    }

    /// The bytes covered by a token range.
    func span(_ range: Range<Int>) -> Span {
        Span(start: document.tokens[range.lowerBound].span.start, end: document.tokens[range.upperBound - 1].span.end)
    }

    /// The token is one of `words` (case-sensitive).
    func `is`(_ index: Int, _ words: Set<Substring>) -> Bool {
        index >= 0 && index < texts.count && words.contains(texts[index])
    }
}
