import DossierModel

/// Dates as a whole: which form starts at a token, modifiers ("early 2019", "mid-1990s") and
/// ranges ("from 1 to 3 June 2023", "2019–2021", "between 2010 and 2015", "5 March to 3 April
/// 2020"). The single forms are in ``AbsoluteDates``, ``YearPatterns`` and ``RelativeDates``.
extension ValueScan {
    /// The date starting at token `i`, as a value.
    func matchDate(at i: Int) -> ValueMatch? {
        guard let date = dateExpression(at: i) else { return nil }
        return ValueMatch(first: date.first, end: date.end, kind: .date, attributes: date.attributes(reference: reference))
    }

    /// The date starting at token `i`, if any.
    func dateExpression(at i: Int) -> DateMatch? {
        switch lex[i].kind {
        case .datePreposition:
            let word = DateWord(rawValue: lex[i].value)
            guard word == .from || word == .between else { return nil }
            return rangeWithOpener(at: i, between: word == .between)
        case .dateModifier:
            return modifiedDate(at: i)
        case .number, .month, .monthAbbreviation, .weekday, .weekdayAbbreviation, .ordinal, .season, .cardinal,
             .article, .relative, .none:
            if lex[i].kind == .number, let days = dayRange(at: i) { return days }
            if let single = singleDate(at: i, strong: false) { return extendToRange(single) }
            return relativeDate(at: i)
        default:
            return nil
        }
    }

    /// "early 2019", "mid-1990s", "late December", "early last year", "in early March".
    private func modifiedDate(at i: Int) -> DateMatch? {
        var j = i + 1
        if isHyphen(j), adjacent(i, j), j + 1 < hi, adjacent(j, j + 1) { j += 1 }
        guard j < hi, var base = singleDate(at: j, strong: true) ?? relativeDate(at: j) else { return nil }
        base.first = i
        base.modifier = ["early", "mid", "late"][Int(lex[i].value) - 1]
        return base
    }

    /// A date followed by a dash or "to" and a second date: one range. An end that states no
    /// year takes the other's ("5 March to 3 April 2020", "3 April 2020 to 5 May").
    private func extendToRange(_ first: DateMatch, opener: Int? = nil, between: Bool = false) -> DateMatch {
        let j = first.end
        guard j + 1 < hi else { return first }
        let word = lex[j].kind == .datePreposition ? DateWord(rawValue: lex[j].value) : nil
        let joins = between ? word == .and
            : isDash(j) || word == .to || word == .through || (opener != nil && word == .until)
        guard joins, var second = singleDate(at: j + 1, strong: true),
              var startValue = first.value, var endValue = second.value else { return first }
        if first.yearInferred && !second.yearInferred, let year = endValue.year, let moved = startValue.inYear(year) {
            startValue = moved
        } else if second.yearInferred && !first.yearInferred, let year = startValue.year,
                  let moved = endValue.inYear(year) {
            endValue = moved
            second.yearInferred = false
        }
        guard let s = startValue.start, let e = endValue.start, s < e else { return first }
        second.first = opener ?? first.first
        second.value = .range(startValue, endValue)
        second.precision = .range
        second.relative = first.relative || second.relative
        second.modifier = first.modifier
        second.alternative = nil
        return second
    }

    /// "from 2010 to 2015", "between 2010 and 2015", "from March to June", "from 1 to 3 June".
    private func rangeWithOpener(at i: Int, between: Bool) -> DateMatch? {
        guard i + 1 < hi else { return nil }
        if let days = dayRange(at: i + 1, opener: i) { return days }
        guard let first = singleDate(at: i + 1, strong: true) else { return nil }
        var range = extendToRange(first, opener: i, between: between)
        range.first = i
        return range.precision == .range ? range : nil
    }

    /// "1–3 June 2023", "1 to 3 June", "between 1 and 3 June 2023": days of one month.
    func dayRange(at i: Int, opener: Int? = nil) -> DateMatch? {
        guard let startDay = dayNumber(at: i), i + 2 < hi else { return nil }
        let connector = i + 1
        let word = lex[connector].kind == .datePreposition ? DateWord(rawValue: lex[connector].value) : nil
        let between = opener.map { wordIs($0, "between") } ?? false
        guard between ? word == .and : (isDash(connector) || word == .to),
              var second = dayMonth(at: connector + 1, strong: true),
              case .calendar(let end)? = second.value, let endDay = end.day, startDay < endDay,
              let start = CalendarDate(year: end.year, month: end.month, day: startDay) else { return nil }
        second.first = opener ?? i
        second.value = .range(.calendar(start), .calendar(end))
        second.precision = .range
        return second
    }
}
