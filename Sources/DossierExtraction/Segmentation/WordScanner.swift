import DossierModel

/// Words, numbers, URLs, e-mail addresses and clitics: the tokens that are more than one
/// character. See ``TokenScanner`` for the rules.
extension TokenScanner {
    /// A word starting at the letter or digit at `start`.
    mutating func scanWord(from start: Int) -> ScannedToken {
        let limit = min(end, start + TokenScanner.maxTokenBytes)
        var i = start
        var segmentLetters = 0, internalPeriods = false, shortSegments = true
        scan: while i < limit {
            let b = text[i]
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 { segmentLetters += 1; i += 1; continue }
                if b &- 0x30 < 10 { i += 1; continue }
            }
            let (cls, length) = text.classify(i)
            switch cls {
            case .upper, .lower, .caseless:
                segmentLetters += 1
            case .digit, .mark:
                break
            case .apostrophe:
                let split = apostropheSplit(wordStart: start, at: i, length: length)
                if split < i + length { i = split; break scan }
            case .period where b == 0x2E:
                let next = i + 1
                if next < end, text[next] != 0x2E, joinsAcrossPeriod(at: next, segmentLetters: segmentLetters) {
                    internalPeriods = true
                    shortSegments = shortSegments && segmentLetters <= 2
                    segmentLetters = 0
                    break
                }
                // The word ends at this period; an abbreviation takes it along, and "..." never.
                guard next >= end || text[next] != 0x2E,
                      let abbreviation = abbreviationClass(start, i, segmentLetters: segmentLetters,
                                                           internalPeriods: internalPeriods,
                                                           shortSegments: shortSegments) else { break scan }
                return ScannedToken(token: Token(span: Span(start: start, end: next), kind: .word),
                                    role: .abbreviation(abbreviation))
            case .ampersand:
                // "AT&T", "S&P", "Q&A": capitals on both sides keep the ampersand inside.
                guard i > start, text[i - 1] &- 0x41 < 26, i + 1 < limit, text[i + 1] &- 0x41 < 26 else { break scan }
            case .at:
                if let e = emailEnd(at: i), i > start { return make(start, e, .word) }
                break scan
            default:
                break scan
            }
            i += length
        }
        return make(start, i, .word)
    }

    /// Whether a word continues across the period before `next`: into lowercase ("a.m",
    /// "Znak.com") or from one short segment into another that ends in a period ("U.S.",
    /// "Ph.D.").
    private func joinsAcrossPeriod(at next: Int, segmentLetters: Int) -> Bool {
        let (cls, _) = text.classify(next)
        guard cls == .lower || cls == .upper || cls == .caseless else { return false }
        if cls == .lower { return true }
        guard segmentLetters <= 2 else { return false }
        var j = next, letters = 0
        while j < end, letters <= 2 {
            let (c, length) = text.classify(j)
            guard c.isLetter else { break }
            letters += 1
            j += length
        }
        return letters <= 2 && j < end && text[j] == 0x2E
    }

    /// Whether the period after `text[start..<periodAt]` belongs to the word, and how it
    /// behaves at a sentence end.
    private func abbreviationClass(_ start: Int, _ periodAt: Int, segmentLetters: Int,
                                   internalPeriods: Bool, shortSegments: Bool) -> AbbreviationClass? {
        if let known = Abbreviations.lookup(text, start, periodAt) { return known }
        if internalPeriods { return shortSegments && (1...2).contains(segmentLetters) ? .starter : nil }
        // A single capital is an initial ("George W. Bush").
        if segmentLetters == 1, text.classify(start).0 == .upper, text.scalar(at: start).length == periodAt - start {
            return .wordLike
        }
        return nil
    }

    /// Where a word ends at the apostrophe at `i`: `i + length` or more to keep going
    /// ("O'Rourke"), `i` before a clitic ("Kazakhstan|’s"), `i - 1` before "n't" ("do|n't").
    private func apostropheSplit(wordStart: Int, at i: Int, length: Int) -> Int {
        let after = i + length
        guard after < end, text.classify(after).0.isLetter else { return i }
        if cliticEnd(after: after) != nil { return i }
        if i - 1 > wordStart, text[i - 1] | 0x20 == 0x6E, isWordEnd(after + 1), text[after] | 0x20 == 0x74 {
            return i - 1
        }
        return after
    }

    /// Whether no letter, digit or mark follows at `i`.
    func isWordEnd(_ i: Int) -> Bool {
        i >= end || !text.classify(i).0.isWordCharacter
    }

    /// The end of the clitic "s", "re", "ve", "ll", "d" or "m" starting at `after` (just past
    /// an apostrophe), and whether it is "s".
    func cliticEnd(after: Int) -> (end: Int, isS: Bool)? {
        var j = after
        while j < end, j - after < 3, (text[j] | 0x20) &- 0x61 < 26 { j += 1 }
        guard j > after, isWordEnd(j) else { return nil }
        let a = text[after] | 0x20, n = j - after
        if n == 1 { return a == 0x73 ? (j, true) : (a == 0x64 || a == 0x6D ? (j, false) : nil) }  // s d m
        guard n == 2 else { return nil }
        let b = text[after + 1] | 0x20
        let known = (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65) || (a == 0x6C && b == 0x6C)  // re ve ll
        return known ? (j, false) : nil
    }

    /// At an "n" directly after a word, the end of the clitic "n't" if one starts there.
    func negationClitic(at start: Int) -> Int? {
        guard let p = previous, p.span.end == start, p.kind == .word, text[start] | 0x20 == 0x6E,
              start + 1 < end, text.classify(start + 1).0 == .apostrophe else { return nil }
        let t = start + 1 + text.scalar(at: start + 1).length
        guard t < end, text[t] | 0x20 == 0x74, isWordEnd(t + 1) else { return nil }
        return t + 1
    }

    /// A number starting at the digit at `start`; digit-led words ("4G") go to ``scanWord``.
    mutating func scanNumber(from start: Int) -> ScannedToken {
        let limit = min(end, start + TokenScanner.maxTokenBytes)
        var i = start
        while i < limit {
            let b = text[i]
            if b &- 0x30 < 10 { i += 1; continue }
            // Separators count only between digits: "1,000", "3.2", "10:30".
            if b == 0x2E || b == 0x2C || b == 0x3A, i + 1 < limit, text[i + 1] &- 0x30 < 10 { i += 2; continue }
            guard b >= 0x80 else { break }
            let (cls, length) = text.classify(i)
            guard cls == .digit || cls == .mark else { break }
            i += length
        }
        guard i < limit, text.classify(i).0.isLetter, text.classify(i).0 != .ideograph else {
            return make(start, i, .number)
        }
        var j = i
        while j < end, j - i < 4, (text[j] | 0x20) &- 0x61 < 26 { j += 1 }
        if j > i, isWordEnd(j) {
            if TokenScanner.numberSuffixes.contains(text, i, j, fold: .lower) { return make(start, j, .number) }
            if TokenScanner.units.contains(text, i, j) { return make(start, i, .number) }
        }
        return scanWord(from: start)
    }

    /// Ordinal and plural endings that stay on a number ("2nd", "1990s").
    private static let numberSuffixes = ShortWordSet(["st", "nd", "rd", "th", "s"])

    /// Units and multipliers that split off a number ("6am" -> "6" "am"), case-sensitive so
    /// that "4G" stays a word while "5g" splits.
    private static let units = ShortWordSet([
        "am", "pm", "AM", "PM", "km", "kg", "g", "mg", "m", "cm", "mm", "ft", "lb", "lbs", "oz",
        "mph", "kph", "kmh", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "GB", "MB", "TB", "KB",
        "bn", "mn", "tn", "k", "K", "M", "b", "B", "h", "hr", "hrs", "min", "mins", "sec", "secs",
        "ms", "yr", "yrs", "ml", "l", "L", "mi", "x",
    ])

    /// The end of a URL starting at `start` ("https://...", "www..."), trailing punctuation
    /// excluded, or nil.
    func urlEnd(at start: Int) -> Int? {
        let first = text[start] | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x66 else { return nil }  // h w f
        var prefix = 0
        for candidate: StaticString in ["https://", "http://", "www.", "ftp://"]
        where BoilerplatePatterns.hasPrefix(text, start, end, candidate) {
            prefix = candidate.withUTF8Buffer { $0.count }
            break
        }
        guard prefix > 0 else { return nil }
        let cap = min(end, start + TokenScanner.maxTokenBytes * 4)
        var e = start + prefix, opened = 0, closed = 0
        while e < cap {
            let b = text[e]
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E { break }
            if b == 0x28 { opened += 1 } else if b == 0x29 { closed += 1 }
            if b >= 0x80 {
                let (cls, length) = text.classify(e)
                if cls.isSpace || cls == .opener || cls == .closer || cls == .apostrophe || e + length > cap { break }
                e += length
            } else {
                e += 1
            }
        }
        while e > start + prefix {
            let b = text[e - 1]
            if b == 0x29, closed > opened { closed -= 1; e -= 1; continue }
            guard b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x27
                || b == 0x5D else { break }
            e -= 1
        }
        return e > start + prefix ? e : nil
    }

    /// The end of an e-mail address whose "@" is at `at` (the local part precedes it).
    private func emailEnd(at: Int) -> Int? {
        var e = at + 1, dotted = false
        let limit = min(end, at + TokenScanner.maxTokenBytes)
        while e < limit {
            let b = text[e]
            let alnum = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
            if alnum || (b == 0x2D && e > at + 1) {
                e += 1
            } else if b == 0x2E, e > at + 1, e + 1 < limit, (text[e + 1] | 0x20) &- 0x61 < 26 || text[e + 1] &- 0x30 < 10 {
                dotted = true
                e += 1
            } else {
                break
            }
        }
        return dotted ? e : nil
    }
}
