import DossierModel

/// What a token may mean for the sentence it ends.
enum BoundaryRole: Equatable {
    /// Not a sentence end.
    case none
    /// A lone full stop.
    case period
    /// `?`, `!`, or a run mixing them with periods ("?!", "!!").
    case terminal
    /// `...` or `…`.
    case ellipsis
    /// An ideographic or Indic full stop: always a sentence end.
    case fullStop
    /// A word whose token includes an abbreviation period ("Mr.", "U.S.", "Jan.").
    case abbreviation(AbbreviationClass)
}

extension BoundaryRole {
    /// Whether a sentence end after this token makes its final period a token of its own:
    /// the word before it is an ordinary word ("Sun", "Jan") or a letter ("Plan B").
    var splitsPeriodAtEnd: Bool {
        switch self {
        case .abbreviation(.wordLike), .abbreviation(.number): return true
        default: return false
        }
    }
}

/// A token as the scanner found it, with its meaning for sentence splitting.
struct ScannedToken {
    var token: Token
    var role: BoundaryRole
}

/// Splits one paragraph into tokens, left to right, in one pass over its UTF-8 bytes.
///
/// The rules, chosen for entity recognition over English news:
/// - Words are runs of letters, digits and combining marks. A hyphen is always a token of
///   its own ("Pakistan-Kazakhstan" and "side-by-side" are split; a later stage sees from the
///   spans that no space surrounds it). Apostrophes followed by letters stay inside a word
///   ("O'Rourke", "d'Ivoire"); "AT&T" stays whole.
/// - Clitics are split as in the Penn Treebank: "Kazakhstan’s" -> "Kazakhstan" + "’s"
///   (kind `.possessive`, also for a lone "’" after a plural "s"), "don't" -> "do" + "n't",
///   "we're" -> "we" + "'re". "it's", "he's", "let's" give a `.word` clitic, not a possessive.
/// - Periods belong to abbreviations ("Mr.", "Jan.", "etc."), initialisms ("U.S.", "a.m.",
///   "Ph.D.") and initials ("J."); otherwise a period is its own token. Domains keep their
///   dots ("Znak.com").
/// - Numbers keep decimal and grouping separators ("1,000", "3.2", "10:30"), ordinal and
///   plural suffixes ("2nd", "1990s"); units split off ("6am" -> "6" "am", "12%" -> "12" "%").
///   A digit-led run with other letters is one word ("4G", "3D").
/// - URLs and e-mail addresses are single tokens. Han and kana characters are one token each.
/// - Every other character is a token of its own (runs of "." "?" "!" and of "-" group), with
///   combining marks and emoji modifiers kept on the character they modify.
/// - No token is longer than ``maxTokenBytes``: a longer run is cut at a character boundary.
struct TokenScanner {
    /// The longest token, in bytes; longer runs (base64 blobs, garbage) are cut.
    static let maxTokenBytes = 512

    let text: UTF8Text
    /// The end of the paragraph.
    let end: Int
    /// Where scanning resumes.
    private(set) var position: Int
    /// Opening single quotes not yet closed, to tell a closing quote from a plural possessive.
    var openSingleQuotes = 0
    /// The last token returned.
    var previous: Token?

    /// Creates a scanner over `text[start..<end]`.
    init(text: UTF8Text, start: Int, end: Int) {
        self.text = text
        self.end = end
        self.position = start
    }

    /// The next token, or nil at the end of the paragraph.
    mutating func next() -> ScannedToken? {
        var i = position
        while i < end {
            let b = text[i]
            if b == 0x20 || (b < 0x80 && UTF8Text.asciiClass(b).isSpace) { i += 1; continue }
            if b < 0x80 { break }
            let (cls, length) = text.classify(i)
            guard cls.isSpace else { break }
            i += length
        }
        guard i < end else {
            position = end
            return nil
        }
        let scanned = scanToken(at: i)
        position = scanned.token.span.end
        previous = scanned.token
        return scanned
    }

    private mutating func scanToken(at start: Int) -> ScannedToken {
        let (cls, length) = text.classify(start)
        switch cls {
        case .upper, .lower, .caseless:
            if let url = urlEnd(at: start) { return make(start, url, .word) }
            if let clitic = negationClitic(at: start) { return make(start, clitic, .word) }
            return scanWord(from: start)
        case .digit:
            return scanNumber(from: start)
        case .ideograph:
            return make(start, absorbMarks(start + length), .word)
        case .apostrophe:
            return apostrophe(at: start, length: length)
        case .period, .terminal:
            return sentencePunctuation(at: start)
        case .ellipsis:
            var e = start
            while e + length <= runLimit(start), text.classify(e).0 == .ellipsis { e += length }
            return ScannedToken(token: Token(span: Span(start: start, end: e), kind: .punctuation), role: .ellipsis)
        case .fullStop:
            return ScannedToken(token: Token(span: Span(start: start, end: start + length), kind: .punctuation), role: .fullStop)
        case .hyphen:
            var e = start + length
            if text[start] == 0x2D { while e < runLimit(start), text[e] == 0x2D { e += 1 } }  // "--" is a dash
            return make(start, absorbMarks(e), .punctuation)
        case .opener:
            if text.scalar(at: start).value == 0x2018 { openSingleQuotes += 1 }
            return make(start, absorbMarks(start + length), .punctuation)
        case .dash, .closer, .doubleQuote, .punctuation:
            return make(start, absorbMarks(start + length), .punctuation)
        case .ampersand, .at, .symbol, .mark:
            return make(start, absorbMarks(start + length), .symbol)
        case .space, .lineBreak:
            preconditionFailure("white space is skipped before scanning")
        }
    }

    /// Where a run of repeated punctuation starting at `start` must stop: runs are tokens, and
    /// tokens are bounded.
    func runLimit(_ start: Int) -> Int { min(end, start + TokenScanner.maxTokenBytes) }

    /// A token with no sentence role.
    func make(_ start: Int, _ end: Int, _ kind: Token.Kind) -> ScannedToken {
        ScannedToken(token: Token(span: Span(start: start, end: end), kind: kind), role: .none)
    }

    /// `i` moved past combining marks, variation selectors and zero-width joiners (with the
    /// character each joiner joins), so an emoji sequence or accented symbol stays whole.
    func absorbMarks(_ i: Int) -> Int {
        var j = i
        while j < end, text[j] >= 0x80 {
            let (value, length) = text.scalar(at: j)
            guard UTF8Text.unicodeClass(value) == .mark else { break }
            j += length
            if value == 0x200D, j < end, text[j] >= 0x80 {  // ZWJ: the next pictograph joins too
                j += text.scalar(at: j).length
            }
        }
        return j
    }

    /// A run of ".", "?" and "!".
    private func sentencePunctuation(at start: Int) -> ScannedToken {
        var e = start, periods = 0, others = 0
        let limit = runLimit(start)
        while e < limit {
            let b = text[e]
            if b == 0x2E { periods += 1; e += 1; continue }
            if b == 0x3F || b == 0x21 { others += 1; e += 1; continue }
            guard b >= 0x80 else { break }
            let (cls, length) = text.classify(e)
            guard e + length <= limit else { break }
            if cls == .terminal { others += 1 } else if cls == .period { periods += 1 } else { break }
            e += length
        }
        let role: BoundaryRole = others > 0 ? .terminal : (periods == 1 ? .period : .ellipsis)
        return ScannedToken(token: Token(span: Span(start: start, end: absorbMarks(e)), kind: .punctuation), role: role)
    }

    /// An apostrophe that does not sit inside a word: a clitic, a possessive after a plural,
    /// or a single quote.
    private mutating func apostrophe(at start: Int, length: Int) -> ScannedToken {
        let after = start + length
        let adjacent = previous.map { $0.span.end == start } ?? false
        let afterWord = adjacent && (previous!.kind == .word || previous!.kind == .number)
        if afterWord, let (clitic, isS) = cliticEnd(after: after) {
            let kind: Token.Kind = isS && !previousIsPronoun() ? .possessive : .word
            return make(start, clitic, kind)
        }
        let nextClass = after < end ? text.classify(after).0 : nil
        if adjacent && nextClass?.isWordCharacter != true {
            // Closes a quote, or marks a plural possessive ("the ministers' meeting").
            if openSingleQuotes > 0 {
                openSingleQuotes -= 1
            } else if afterWord, let last = previous.map({ text[$0.span.end - 1] }), last == 0x73 || last == 0x53 {
                return make(start, after, .possessive)
            }
            return make(start, after, .punctuation)
        }
        if nextClass?.isLetter == true { openSingleQuotes += 1 }
        return make(start, after, .punctuation)
    }

    /// Words before "'s" that make it "is", "has" or "us" rather than a possessive.
    private static let cliticHosts = ShortWordSet([
        "he", "she", "it", "that", "there", "what", "who", "where", "here", "how", "when", "why",
        "let", "this",
    ])

    private func previousIsPronoun() -> Bool {
        guard let p = previous else { return false }
        return TokenScanner.cliticHosts.contains(text, p.span.start, p.span.end, fold: .lower)
    }
}
