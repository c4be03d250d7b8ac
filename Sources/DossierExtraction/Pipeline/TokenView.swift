import DossierModel

/// The document's tokens as text, with the small predicates the recognition rules share.
struct TokenView {
    let document: Document
    let texts: [Substring]
    private let capitalized: [Bool]
    private let acronym: [Bool]

    init(_ document: Document) {
        self.document = document
        texts = document.tokens.map { document.text.slice($0.span) ?? "" }
        // Computed once from the bytes: the rules ask these questions many times per token.
        var capitalized = [Bool](repeating: false, count: texts.count)
        var acronym = [Bool](repeating: false, count: texts.count)
        for (index, text) in texts.enumerated() {
            let utf8 = text.utf8
            guard let first = utf8.first else { continue }
            if first < 0x80 {
                capitalized[index] = first >= 0x41 && first <= 0x5A
                guard capitalized[index] else { continue }
                var letters = 0, allUpper = true
                for byte in utf8 {
                    if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte >= 0x61 && byte <= 0x7A { allUpper = false; break } else if byte >= 0x80 { allUpper = false; break }
                }
                acronym[index] = allUpper && letters >= 2 && letters <= 10
            } else {
                capitalized[index] = text.first?.isUppercase ?? false
                let letters = text.filter(\.isLetter)
                acronym[index] = letters.count >= 2 && letters.count <= 10 && letters.allSatisfy(\.isUppercase)
            }
        }
        self.capitalized = capitalized
        self.acronym = acronym
    }

    var count: Int { texts.count }

    subscript(_ index: Int) -> Substring { texts[index] }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < texts.count && capitalized[index]
    }

    /// Whether the token is all capitals of at least two letters ("SCO", "U.S." counts).
    func isAcronym(_ index: Int) -> Bool {
        index >= 0 && index < texts.count && acronym[index]
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
