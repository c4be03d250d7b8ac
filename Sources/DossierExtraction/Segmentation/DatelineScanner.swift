import DossierModel

/// The pieces of dateline grammar: place words, the agency in parentheses, the separator.
/// Every read is bounded by `hi`, the end of the part of the line a dateline may occupy.
struct DatelineScanner {
    let text: UTF8Text
    let hi: Int

    /// The byte at `i`, or nil at or past the limit.
    func byte(_ i: Int) -> UInt8? { i < hi ? text[i] : nil }

    /// The class of the scalar at `i`, or nil at or past the limit.
    func charClass(_ i: Int) -> CharClass? { i < hi ? text.classify(i).0 : nil }

    /// The first position at or after `i` that is not an in-line space.
    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < hi {
            let (cls, length) = text.classify(j)
            guard cls == .space else { break }
            j += length
        }
        return j
    }

    /// The first position at or after `i` that is neither a space nor a line break.
    func skipSpacesAndBreaks(_ i: Int) -> Int {
        var j = i
        while j < hi {
            let (cls, length) = text.classify(j)
            guard cls.isSpace else { break }
            j += length
        }
        return j
    }

    /// `end` moved back over trailing spaces (including no-break spaces), not below `lowerBound`.
    func trimEnd(from end: Int, lowerBound: Int) -> Int {
        var j = end
        while j > lowerBound {
            let s = text.scalarStart(before: j)
            guard text.classify(s).0.isSpace else { break }
            j = s
        }
        return j
    }

    /// Lowercase words that may join the capitalized words of a place ("Rio de Janeiro").
    private static let particles = ShortWordSet([
        "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el", "al",
        "of", "upon", "on", "en", "am", "im", "van", "von", "der", "den", "sur", "bin", "y",
    ])

    /// One comma-free component of a place: up to five capitalized words, possibly joined by
    /// particles. `inCapitals` says whether every word is written in capitals.
    func placeComponent(at i: Int) -> (end: Int, firstWordEnd: Int, inCapitals: Bool)? {
        guard let first = placeWord(at: i) else { return nil }
        var end = first.end, inCapitals = first.inCapitals, words = 1
        while words < 5 {
            var next = skipSpaces(end)
            guard next > end else { break }
            if charClass(next) != .upper {
                var particleEnd = next
                while let b = byte(particleEnd), b &- 0x61 < 26 { particleEnd += 1 }
                guard particleEnd > next, DatelineScanner.particles.contains(text, next, particleEnd) else { break }
                let after = skipSpaces(particleEnd)
                guard after > particleEnd, charClass(after) == .upper else { break }
                next = after
            }
            guard let word = placeWord(at: next) else { break }
            end = word.end
            inCapitals = inCapitals && word.inCapitals
            words += 1
        }
        // Several datelined places: "GENEVA/LONDON".
        if byte(end) == 0x2F, let other = placeComponent(at: end + 1) {
            return (other.end, first.end, inCapitals && other.inCapitals)
        }
        return (end, first.end, inCapitals)
    }

    /// A capitalized word of a place name, with internal hyphens, apostrophes and periods
    /// ("Ust-Kamenogorsk", "N'Djamena", "N.Y.") and the period of an abbreviation ("St.", "Calif.").
    func placeWord(at i: Int) -> (end: Int, inCapitals: Bool)? {
        guard charClass(i) == .upper else { return nil }
        var j = i, letters = 0, inCapitals = true, internalPeriod = false
        scan: while j < hi {
            let (cls, length) = text.classify(j)
            switch cls {
            case .upper, .caseless:
                letters += 1
            case .lower:
                letters += 1
                inCapitals = false
            case .mark:
                break
            case .apostrophe, .hyphen:
                guard charClass(j + length)?.isLetter == true else { break scan }
            case .period:
                if charClass(j + 1)?.isLetter == true {
                    internalPeriod = true
                } else {
                    if internalPeriod || letters == 1 || Abbreviations.lookup(text, i, j) != nil { j += 1 }
                    break scan
                }
            default:
                break scan
            }
            j += length
        }
        return (j, inCapitals && letters >= 2)
    }

    /// The agency starting at the `(` or `/` at `i` and ending at the matching `)` or `/`: a
    /// short name of letters, spaces, periods, slashes and ampersands ("Reuters", "AP", "dpa",
    /// "AFP/Getty", "/PRNewswire/").
    func agency(at i: Int) -> (content: Span, end: Int)? {
        var j = i + 1, letters = 0, spaces = 0
        let limit = min(hi, i + 42)
        let close: UInt8 = text[i] == 0x28 ? 0x29 : 0x2F
        while j < limit {
            let b = text[j]
            if b == close { break }
            let (cls, length) = text.classify(j)
            switch cls {
            case .upper, .lower, .caseless: letters += 1
            case .space: spaces += 1
            case .period, .mark, .digit: break
            default: if b != 0x2F && b != 0x26 { return nil }  // / &
            }
            j += length
        }
        // Agency names are a few words at most; a longer aside is a parenthetical remark.
        guard j < limit, letters >= 2, spaces <= 2, charClass(i + 1)?.isLetter == true,
              text.classify(text.scalarStart(before: j)).0 != .period || text[j - 3] == 0x2E else { return nil }
        let contentEnd = DatelineScanner(text: text, hi: j).trimEnd(from: j, lowerBound: i + 1)
        return (Span(start: i + 1, end: contentEnd), j + 1)
    }

    /// The separator that ends a dateline: ":", a spaced "-", "--", or a dash. `spaced` says
    /// whether white space precedes it: a bare "-" could be part of a hyphenated word.
    func separator(at k: Int, spaced: Bool) -> (end: Int, isDash: Bool)? {
        guard let cls = charClass(k) else { return nil }
        switch cls {
        case .punctuation where text[k] == 0x3A:
            return followedBySpace(k + 1) ? (k + 1, false) : nil
        case .hyphen:
            var end = k
            while byte(end) == 0x2D { end += 1 }
            if end == k { end = k + text.scalar(at: k).length }
            guard end - k > 1 || spaced, followedBySpace(end) else { return nil }
            return (end, true)
        case .dash:
            var end = k
            while charClass(end) == .dash { end += text.scalar(at: end).length }
            return (end, true)
        default:
            return nil
        }
    }

    private func followedBySpace(_ i: Int) -> Bool {
        i >= text.count || text.classify(i).0.isSpace
    }
}
