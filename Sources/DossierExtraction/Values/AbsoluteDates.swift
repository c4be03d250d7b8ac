import DossierModel

/// Calendar dates written with a month or as digits: "30 July 2022", "30th of July 2022",
/// "July 30, 2022", "July 30 2022", "Dec. 1991", "May of 2019", "Friday, January 4, 2019",
/// "2022-07-30", "30/07/2022", "30.07.2022", and, with date context, a month alone ("in June").
///
/// A day or month without a year takes its year from the reference date (see
/// ``ValueScan/inferYear(month:day:first:end:)``).
///
/// Numeric dates: year first is ISO order. Otherwise the order is decided by the numbers
/// when it can be (a first number over 12 is a day, a second over 12 makes the order
/// month/day); when both could be the month the date is read day first, as most of the
/// world's English news writes it, and marked `ambiguous` with the month-first reading as
/// `alternative`. Two-digit years and dates without a year ("9/11") are not read.
extension ValueScan {
    /// A single date (not a range) starting at `i`. `strong` tells that the caller saw date
    /// context already ("from", "mid-"), so that a bare year or month needs no more.
    func singleDate(at i: Int, strong: Bool) -> DateMatch? {
        switch lex[i].kind {
        case .number:
            return numericDate(at: i) ?? dayMonth(at: i, strong: strong) ?? yearForm(at: i, strong: strong)
        case .month, .monthAbbreviation:
            return monthFirst(at: i, strong: strong)
        case .weekday, .weekdayAbbreviation:
            return weekdayLed(at: i)
        case .ordinal, .cardinal:
            return ordinalPeriod(at: i)
        case .season:
            return seasonDate(at: i)
        case .none:
            return quarterCode(at: i)
        default:
            return nil
        }
    }

    /// A day of the month at `i`: "4", "04", "4th".
    func dayNumber(at i: Int) -> Int? {
        guard let n = number(i), n.suffix != .plural, n.integerDigits <= 2, let day = n.plainInteger,
              (1...31).contains(day) else { return nil }
        return day
    }

    /// The month named at `i`, capitalized ("may" is a verb, "march" a walk).
    func monthAt(_ i: Int) -> Int? {
        guard i >= lo, i < hi, lex[i].kind == .month || lex[i].kind == .monthAbbreviation, isCapitalized(i)
        else { return nil }
        return Int(lex[i].value)
    }

    /// A four-digit year at `i`, after an optional comma: its value and end. Directly after a
    /// month a year is always one ("September 2015 deaths"); after a comma it may be a count
    /// ("On 5 March, 2000 people marched").
    func yearAfter(_ i: Int, afterMonth: Bool = false) -> (year: Int, end: Int)? {
        var j = i
        if isByte(j, 0x2C) { j += 1 }
        guard let n = number(j), n.suffix == .none, n.integerDigits == 4, let year = n.plainInteger,
              (1000...2999).contains(year) else { return nil }
        if j + 1 < hi, lex[j + 1].kind == .scale || lex[j + 1].kind == .percent || lex[j + 1].kind == .currencyNoun {
            return nil
        }
        if j + 1 < hi, !(afterMonth && j == i), isPluralCount(j + 1) { return nil }
        return (year, j + 1)
    }

    /// "30 July 2022", "30th of July 2022", "30 July, 2022", "5 March".
    func dayMonth(at i: Int, strong: Bool) -> DateMatch? {
        guard let day = dayNumber(at: i) else { return nil }
        var j = i + 1
        if wordIs(j, "of") { j += 1 }
        guard let month = monthAt(j) else { return nil }
        if let (year, end) = yearAfter(j + 1) {
            return CalendarDate(year: year, month: month, day: day).map { DateMatch(first: i, end: end, value: .calendar($0)) }
        }
        return yearless(month: month, day: day, lastDay: nil, first: i, end: j + 1)
    }

    /// "July 30, 2022", "July 30th 2022", "June 1–3, 2023", "Dec. 1991", "May of 2019", "in June".
    private func monthFirst(at i: Int, strong: Bool) -> DateMatch? {
        guard let month = monthAt(i) else { return nil }
        let j = i + 1
        if let day = dayNumber(at: j) {
            var k = j + 1
            var lastDay = day
            if isDash(k) || wordIs(k, "to"), let second = dayNumber(at: k + 1), second > day {
                lastDay = second
                k += 2
            }
            if let (year, end) = yearAfter(k) {
                guard let start = CalendarDate(year: year, month: month, day: day),
                      let last = CalendarDate(year: year, month: month, day: lastDay) else { return nil }
                let value: DateValue = day == lastDay ? .calendar(start) : .range(.calendar(start), .calendar(last))
                return DateMatch(first: i, end: end, value: value)
            }
            if let dated = yearless(month: month, day: day, lastDay: lastDay, first: i, end: k) { return dated }
        }
        if let (year, end) = yearAfter(j, afterMonth: true) ?? (wordIs(j, "of") ? yearAfter(j + 1, afterMonth: true) : nil) {
            return CalendarDate(year: year, month: month).map { DateMatch(first: i, end: end, value: .calendar($0)) }
        }
        if wordIs(j, "of"), let dated = yearless(month: month, day: nil, lastDay: nil, first: i, end: j),
           !dated.yearInferred { return dated }  // "March of this year"
        // A month alone is a date only after a preposition of time: "in June", "until March".
        guard lex[i].kind == .month, strong || (i > lo && isTimePreposition(i - 1)) else { return nil }
        return inferYear(month: month, day: nil, first: i, end: j)
    }

    /// A day, day range or month without a year: "of last year" after it gives the year,
    /// else the reference does ("March 3 to 6 of last year", "on 5 March").
    private func yearless(month: Int, day: Int?, lastDay: Int?, first: Int, end: Int) -> DateMatch? {
        var match: DateMatch
        if wordIs(end, "of"), end + 2 < hi, lex[end + 1].kind == .relative, lex[end + 2].kind == .calendarUnit,
           lex[end + 2].value == CalendarUnit.year.rawValue,
           let word = RelativeWord(rawValue: lex[end + 1].value), word == .last || word == .this || word == .next {
            let delta = word == .last ? -1 : (word == .this ? 0 : 1)
            match = DateMatch(first: first, end: end + 3, value: nil, precision: day == nil ? .month : .day)
            match.relative = true
            if let reference { match.value = CalendarDate(year: reference.year + delta, month: month, day: day).map(DateValue.calendar) }
        } else {
            guard let inferred = inferYear(month: month, day: day, first: first, end: end) else { return nil }
            match = inferred
        }
        if let day, let lastDay, lastDay != day, case .calendar(let start)? = match.value {
            guard let last = CalendarDate(year: start.year, month: month, day: lastDay) else { return nil }
            match.value = .range(.calendar(start), .calendar(last))
            match.precision = .range
        }
        return match
    }

    /// Whether the token at `i` is a preposition that introduces a time: "in", "since", "of".
    func isTimePreposition(_ i: Int) -> Bool {
        guard lex[i].kind == .datePreposition, let word = DateWord(rawValue: lex[i].value) else { return false }
        switch word {
        case .in, .since, .by, .until, .from, .of, .during, .before, .after, .between, .through, .circa: return true
        default: return false
        }
    }

    /// "Friday, January 4, 2019", "Tuesday 8 January": a weekday before a full date joins it.
    private func weekdayLed(at i: Int) -> DateMatch? {
        var j = i + 1
        if isByte(j, 0x2C) { j += 1 }
        guard j < hi, var date = dayMonth(at: j, strong: true) ?? monthFirst(at: j, strong: true),
              date.precision == .day else { return nil }
        date.first = i
        return date
    }

    /// "2022-07-30", "2022/07/30", "30/07/2022", "07-30-2022", "30.07.2022".
    private func numericDate(at i: Int) -> DateMatch? {
        var parts: [(value: Int, digits: Int)] = []
        var end = i + 1
        if let n = number(i) {
            guard n.suffix == .none, let a = n.plainInteger, i + 4 < hi, isByte(i + 1, 0x2D) || isByte(i + 1, 0x2F),
                  tokens[i + 3].span.length == 1, text[tokens[i + 3].span.start] == text[tokens[i + 1].span.start],
                  (i..<(i + 4)).allSatisfy({ adjacent($0, $0 + 1) }),
                  let b = number(i + 2)?.plainInteger, let c = number(i + 4)?.plainInteger else { return nil }
            parts = [(a, n.integerDigits), (b, tokens[i + 2].span.length), (c, tokens[i + 4].span.length)]
            end = i + 5
            if end < hi, adjacent(i + 4, end), tokens[end].kind == .number || isHyphen(end) { return nil }
        } else {
            parts = dottedParts(tokens[i].span)
        }
        guard parts.count == 3 else { return nil }
        if parts[0].digits == 4, parts[1].digits <= 2, parts[2].digits <= 2 {
            return CalendarDate(year: parts[0].value, month: parts[1].value, day: parts[2].value)
                .map { DateMatch(first: i, end: end, value: .calendar($0)) }
        }
        guard parts[0].digits <= 2, parts[1].digits <= 2, parts[2].digits == 4 else { return nil }
        let (a, b, year) = (parts[0].value, parts[1].value, parts[2].value)
        let dayFirst = CalendarDate(year: year, month: b, day: a), monthFirst = CalendarDate(year: year, month: a, day: b)
        guard let chosen = dayFirst ?? monthFirst else { return nil }
        var match = DateMatch(first: i, end: end, value: .calendar(chosen))
        if let dayFirst, let monthFirst, dayFirst != monthFirst { match.alternative = monthFirst }
        return match
    }

    /// The three numbers of a dotted date token ("30.07.2022"), which the number reader refuses.
    private func dottedParts(_ span: Span) -> [(value: Int, digits: Int)] {
        var parts: [(value: Int, digits: Int)] = []
        var value = 0, digits = 0
        for k in span.start..<span.end {
            let b = text[k]
            if b &- 0x30 < 10, digits < 4 {
                value = value * 10 + Int(b - 0x30)
                digits += 1
            } else if b == 0x2E, digits > 0, parts.count < 2 {
                parts.append((value, digits))
                value = 0
                digits = 0
            } else {
                return []
            }
        }
        guard digits > 0 else { return [] }
        parts.append((value, digits))
        return parts
    }
}
