import DossierModel

/// Years and the periods named by them: "1992", "2019–2021", "2019/20", "the 1990s", "’90s",
/// "the 19th century", "the twenty-first century", "the first quarter of 2019", "Q1 2019",
/// "summer 2019".
///
/// A bare four-digit number is a year only in date context, because news counts with the
/// same digits ("1992 people" is not a year, nor "more than 1500"):
/// - always after a preposition of time ("in", "since", "by", "until", "from", "of",
///   "during", "before", "after", "between", "through"), "born" or "year", for 1000–2100,
///   unless a plural noun follows ("of 2000 people");
/// - for 1800–2100 also after a determiner or possessive ("the 1973 building", "Trump’s 2020
///   campaign"), at the start of a sentence or clause ("2018 saw ..."), before punctuation
///   ("... in the summer, 1992."), or after "and"/"or" and another year ("2018 and 2019");
/// - never after a quantity modifier ("about", "more than"), inside a name ("Vision 2030",
///   "COVID-19"), or before a percent sign, currency, scale word or count noun.
extension ValueScan {
    /// A year, year range, decade, or ordinal century or quarter at the number token `i`.
    func yearForm(at i: Int, strong: Bool) -> DateMatch? {
        guard let n = number(i) else { return nil }
        switch n.suffix {
        case .plural:
            return decade(at: i, n)
        case .ordinal:
            guard let ordinal = n.plainInteger else { return nil }
            return period(ordinal: ordinal, first: i, unitAt: i + 1)
        case .none:
            guard n.integerDigits == 4, let year = n.plainInteger, (1000...2100).contains(year) else { return nil }
            if let range = yearRange(at: i, start: year) { return range }
            guard strong || isYearContext(i, year) else { return nil }
            return DateMatch(first: i, end: i + 1, value: .calendar(CalendarDate(year: year)!))
        }
    }

    /// "1990s", "the ’90s" (the century chosen so the decade is not after the reference).
    private func decade(at i: Int, _ n: NumberToken) -> DateMatch? {
        guard let value = n.plainInteger, value % 10 == 0 else { return nil }
        if n.integerDigits == 4, (1000...2090).contains(value) {
            return DateMatch(first: i, end: i + 1, value: .decade(value))
        }
        guard n.integerDigits == 2, i > lo, adjacent(i - 1, i), tokens[i - 1].kind == .punctuation,
              text.classify(tokens[i - 1].span.start).0 == .apostrophe else { return nil }
        let now = reference?.year ?? 2000
        var year = (now / 100) * 100 + value
        if year > now { year -= 100 }
        var match = DateMatch(first: i - 1, end: i + 1, value: .decade(year))
        match.relative = reference != nil
        return match
    }

    /// "2019–2021", "2019-21", "2019/20", "1939 – 45".
    private func yearRange(at i: Int, start: Int) -> DateMatch? {
        let k = i + 1
        guard k + 1 < hi else { return nil }
        let slash = isByte(k, 0x2F)
        let spaced = !(adjacent(i, k) && adjacent(k, k + 1))
        guard slash || isDash(k), !(spaced && (slash || isHyphen(k))),
              let n = number(k + 1), n.suffix == .none, let second = n.plainInteger else { return nil }
        var end: Int
        switch n.integerDigits {
        case 4: end = second
        case 2: end = start / 100 * 100 + second
        default: return nil
        }
        guard end > start, end <= 2100, end - start <= (slash ? 1 : 200) else { return nil }
        if k + 2 < hi, adjacent(k + 1, k + 2), isHyphen(k + 2) || tokens[k + 2].kind == .number { return nil }
        return DateMatch(first: i, end: k + 2,
                         value: .range(.calendar(CalendarDate(year: start)!), .calendar(CalendarDate(year: end)!)))
    }

    /// Whether the four-digit number `year` at `i` stands in date context (see above).
    func isYearContext(_ i: Int, _ year: Int) -> Bool {
        let next = i + 1
        let nextPlural = next < hi && isPluralCount(next)
        if next < hi {
            switch lex[next].kind {
            case .percent, .currencyNoun, .currencyCode, .scale, .shortScale, .countNoun, .timeSuffix, .calendarUnit:
                return false
            default: break
            }
        }
        if followsName(i) || isHyphenatedToPrevious(i) { return false }
        let prev = i - 1
        if prev >= lo {
            let kind = lex[prev].kind
            if kind == .modifier || kind == .identifier || kind == .currencySymbol || kind == .currencyCode
                || wordIs(prev, "than") || wordIs(prev, "least") || wordIs(prev, "most") { return false }
            if isTimePreposition(prev) || wordIs(prev, "born") { return !nextPlural }
            if kind == .calendarUnit, lex[prev].value == CalendarUnit.year.rawValue { return true }
        }
        guard year >= 1800 else { return false }
        if prev < lo || isSentenceStart(i) { return !nextPlural }
        if isDeterminer(prev) { return true }
        if tokens[prev].kind == .punctuation, !isDash(prev), !isByte(prev, 0x2F) { return !nextPlural }
        if next >= hi || tokens[next].kind == .possessive { return true }
        if tokens[next].kind == .punctuation, !isDash(next), !isByte(next, 0x2F) { return true }
        if wordIs(prev, "and") || wordIs(prev, "or"), prev - 1 >= lo, let n = number(prev - 1), n.integerDigits == 4 {
            return true
        }
        return false
    }

    /// "the", "a", "this", "its", "their", a possessive: words before a year used as an adjective.
    private func isDeterminer(_ i: Int) -> Bool {
        if tokens[i].kind == .possessive || lex[i].kind == .article { return true }
        return wordIs(i, "the") || wordIs(i, "this") || wordIs(i, "that") || wordIs(i, "its") || wordIs(i, "their")
            || wordIs(i, "his") || wordIs(i, "her") || wordIs(i, "our")
    }

    /// Whether the word at `i` is a plural noun a number could count: "people", "troops",
    /// "years", a lowercase word ending in a single "s".
    func isPluralCount(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        switch lex[i].kind {
        case .countNoun: return true
        case .none, .calendarUnit: break
        default: return false
        }
        let span = tokens[i].span
        guard span.length >= 4, isLowercase(i) else { return false }
        let last = text[span.end - 1], before = text[span.end - 2]
        return last == 0x73 && before != 0x73 && before != 0x75 && before != 0x69  // not -ss, -us, -is
    }

    /// "19th century", "twenty-first century", "first quarter of 2019", at the ordinal `first`.
    func period(ordinal: Int, first: Int, unitAt j: Int) -> DateMatch? {
        guard j < hi, lex[j].kind == .calendarUnit, let unit = CalendarUnit(rawValue: lex[j].value) else { return nil }
        switch unit {
        case .century:
            guard (1...30).contains(ordinal) else { return nil }
            return DateMatch(first: first, end: j + 1, value: .century((ordinal - 1) * 100))
        case .quarter:
            guard (1...4).contains(ordinal), let (year, end) = yearAfter(wordIs(j + 1, "of") ? j + 2 : j + 1) else {
                return nil
            }
            return DateMatch(first: first, end: end, value: .quarter(year: year, quarter: ordinal))
        default:
            return nil
        }
    }

    /// An ordinal word and a period: "twentieth century", "twenty-first century", "third quarter of 2019".
    func ordinalPeriod(at i: Int) -> DateMatch? {
        if lex[i].kind == .ordinal { return period(ordinal: Int(lex[i].value), first: i, unitAt: i + 1) }
        let tens = Int(lex[i].value)
        guard tens >= 20, tens % 10 == 0, isHyphen(i + 1), i + 2 < hi, lex[i + 2].kind == .ordinal,
              lex[i + 2].value < 10 else { return nil }
        return period(ordinal: tens + Int(lex[i + 2].value), first: i, unitAt: i + 3)
    }

    /// "summer 2019", "the autumn of 1992".
    func seasonDate(at i: Int) -> DateMatch? {
        guard let (year, end) = yearAfter(wordIs(i + 1, "of") ? i + 2 : i + 1) else { return nil }
        return DateMatch(first: i, end: end, value: .season(year: year, season: Int(lex[i].value)))
    }

    /// "Q1 2019", "Q3 of 2020".
    func quarterCode(at i: Int) -> DateMatch? {
        let span = tokens[i].span
        guard span.length == 2, text[span.start] == 0x51, (0x31...0x34).contains(text[span.start + 1]),
              let (year, end) = yearAfter(wordIs(i + 1, "of") ? i + 2 : i + 1) else { return nil }
        return DateMatch(first: i, end: end, value: .quarter(year: year, quarter: Int(text[span.start + 1] - 0x30)))
    }
}
