import DossierModel

/// One sentence's tokens as the value matchers see them: the document's bytes, tokens and
/// lexicon classes (all shared, never copied) and the sentence's token range `lo..<hi`,
/// which no matcher reads beyond.
struct ValueScan {
    let text: UTF8Text
    let tokens: UnsafeBufferPointer<Token>
    let lex: UnsafeBufferPointer<Lex>
    let lo: Int
    let hi: Int
    let reference: CalendarDate?
    /// Headings are title-cased, so capitalization says less there.
    let heading: Bool
    /// Numbers the document writes after a name somewhere ("Boeing 707"): alone elsewhere
    /// ("the 320 was refuelled") they still name, not count.
    var nameNumbers: Set<ShortKey> = []

    // MARK: Token tests

    /// Whether tokens `a` and `b` touch with no space between.
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].span.end == tokens[b].span.start }

    /// Whether the word at `i` is `word`, ignoring ASCII case.
    func wordIs(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= lo, i < hi else { return false }
        let span = tokens[i].span
        return word.withUTF8Buffer { w in
            guard w.count == span.length else { return false }
            for k in 0..<w.count where text[span.start + k] | 0x20 != w[k] | 0x20 { return false }
            return true
        }
    }

    /// Whether the token at `i` is exactly `word`, case included.
    func wordIsExactly(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= lo, i < hi else { return false }
        let span = tokens[i].span
        return word.withUTF8Buffer { w in
            guard w.count == span.length else { return false }
            for k in 0..<w.count where text[span.start + k] != w[k] { return false }
            return true
        }
    }

    /// Whether the token at `i` starts with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        let b = text[tokens[i].span.start]
        if b < 0x80 { return b &- 0x41 < 26 }
        return text.classify(tokens[i].span.start).0 == .upper
    }

    /// Whether the token at `i` is written in lowercase (its first letter).
    func isLowercase(_ i: Int) -> Bool {
        let b = text[tokens[i].span.start]
        if b < 0x80 { return b &- 0x61 < 26 }
        return text.classify(tokens[i].span.start).0 == .lower
    }

    /// Whether the token at `i` is the one-byte punctuation or symbol `byte`.
    @inline(__always) func isByte(_ i: Int, _ byte: UInt8) -> Bool {
        i >= lo && i < hi && tokens[i].span.length == 1 && text[tokens[i].span.start] == byte
    }

    /// Whether the token at `i` is a hyphen ("-", U+2010, U+2011).
    func isHyphen(_ i: Int) -> Bool {
        guard i >= lo, i < hi, tokens[i].kind == .punctuation else { return false }
        let span = tokens[i].span
        if span.length == 1 { return text[span.start] == 0x2D }
        let v = text.scalar(at: span.start).value
        return (v == 0x2010 || v == 0x2011) && span.length == 3
    }

    /// Whether the token at `i` joins the two ends of a range: a hyphen or an en or em dash.
    func isDash(_ i: Int) -> Bool {
        guard i >= lo, i < hi, tokens[i].kind == .punctuation else { return false }
        if isHyphen(i) { return true }
        let span = tokens[i].span
        guard span.length == 3 else { return false }
        let v = text.scalar(at: span.start).value
        return v == 0x2013 || v == 0x2014 || v == 0x2012
    }

    /// Whether the token at `i` is a minus sign: "-" or "−" (U+2212).
    func isMinusSign(_ i: Int) -> Bool {
        if isByte(i, 0x2D) { return true }
        let span = tokens[i].span
        return span.length == 3 && text.scalar(at: span.start).value == 0x2212
    }

    /// Whether `i` is the first word of the sentence, after any opening quotes or brackets.
    func isSentenceStart(_ i: Int) -> Bool {
        var k = i - 1
        while k >= lo, tokens[k].kind == .punctuation { k -= 1 }
        return k < lo
    }

    /// Whether the token before `i` is a capitalized word the lexicon does not know, in the
    /// middle of a sentence: the mark of a name around a number ("Boeing 737", "Vision 2030").
    func followsName(_ i: Int) -> Bool {
        guard i > lo, !heading else { return false }
        let p = i - 1
        guard tokens[p].kind == .word, lex[p].kind == .none || lex[p].kind == .countryWord, isCapitalized(p)
        else { return false }
        return true
    }

    /// The numbers of a document that follow a name (see ``nameNumbers``).
    static func nameNumbers(_ text: UTF8Text, _ tokens: UnsafeBufferPointer<Token>, _ lex: UnsafeBufferPointer<Lex>)
        -> Set<ShortKey> {
        var found: Set<ShortKey> = []
        for k in tokens.indices.dropFirst() where tokens[k].kind == .number && lex[k - 1].kind == .none
            && tokens[k - 1].kind == .word && text[tokens[k - 1].span.start] &- 0x41 < 26 {
            if let key = ShortKey(text, tokens[k].span.start, tokens[k].span.end) { found.insert(key) }
        }
        return found
    }

    /// Whether a hyphen joins the token before `i` to it ("COVID-19", "F-16", "Su-27").
    func isHyphenatedToPrevious(_ i: Int) -> Bool {
        i - 2 >= lo && isHyphen(i - 1) && adjacent(i - 1, i) && adjacent(i - 2, i - 1)
            && tokens[i - 2].kind == .word
    }

    /// The number token at `i`, parsed.
    func number(_ i: Int) -> NumberToken? {
        guard i >= lo, i < hi, tokens[i].kind == .number else { return nil }
        return NumberToken.parse(text, tokens[i].span)
    }

    /// The text of a span.
    func string(_ span: Span) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text.bytes[span.start..<span.end]), as: UTF8.self)
    }

    /// The lowercased text of tokens `range`, single-spaced.
    func phrase(_ range: Range<Int>) -> String {
        var result = ""
        for k in range {
            if k > range.lowerBound, !adjacent(k - 1, k) { result += " " }
            result += string(tokens[k].span).lowercased()
        }
        return result
    }

    /// Whether a word before `i` in the sentence makes it speak of the future ("will",
    /// "’ll", "won’t", "scheduled", "upcoming").
    func futureBefore(_ i: Int) -> Bool {
        var k = lo
        while k < i {
            if lex[k].kind == .future { return true }
            k += 1
        }
        return false
    }
}
