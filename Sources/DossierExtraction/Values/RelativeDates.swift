import DossierModel

/// Dates stated relative to the publication date: "yesterday", "today", "tonight", "last
/// night", "this morning", "on Tuesday", "Tuesday night", "last Friday", "next Wednesday",
/// "this week", "last month", "next year", "last June", "earlier this month", "later this
/// year", "two days ago", "a year ago", "last weekend".
///
/// They resolve against the reference date at the precision they state ("last week" is an
/// ISO week, "last month" a month); without a reference they are `unresolved`. "last" is the
/// one strictly before the reference, "next" strictly after, "this" the one in the current
/// week, month or year ("this Friday": the coming one). Bare weekdays follow the tense rule of
/// ``ValueScan/tense(at:)``. Not resolved, because they are anchored to another date of the
/// text rather than to publication: "the next day", "a week later", "the previous year";
/// nor durations: "the past week", "in the coming days", "in two weeks".
extension ValueScan {
    /// The relative date starting at `i`, if any.
    func relativeDate(at i: Int) -> DateMatch? {
        switch lex[i].kind {
        case .relative:
            return relativeWord(at: i)
        case .weekday:
            guard isCapitalized(i), !followsName(i) else { return nil }
            return withDayPart(weekdayMatch(Int(lex[i].value), first: i, end: i + 1, direction: .byTense))
        case .article, .cardinal, .number:
            return ago(at: i)
        default:
            return nil
        }
    }

    private func relativeWord(at i: Int) -> DateMatch? {
        guard let word = RelativeWord(rawValue: lex[i].value) else { return nil }
        let j = i + 1
        switch word {
        case .yesterday: return withDayPart(dayOffset(-1, first: i, end: j))
        case .today, .tonight:
            // "Russia Today", "USA Today" are names.
            guard !followsName(i) else { return nil }
            return withDayPart(dayOffset(0, first: i, end: j))
        case .tomorrow: return withDayPart(dayOffset(1, first: i, end: j))
        case .last, .next, .this, .coming:
            return anchored(word, at: i)
        case .earlier, .later:
            let modifier = word == .earlier ? "earlier" : "later"
            if j < hi, lex[j].kind == .relative, lex[j].value == RelativeWord.today.rawValue {
                var match = dayOffset(0, first: i, end: j + 1)
                match.modifier = modifier
                return match
            }
            guard j < hi, lex[j].kind == .relative, lex[j].value == RelativeWord.this.rawValue,
                  var match = anchored(.this, at: j), match.precision != .day else { return nil }
            match.first = i
            match.modifier = modifier
            return match
        default:
            return nil
        }
    }

    /// "last week", "next month", "this year", "last Friday", "last June", "last night", "this morning".
    private func anchored(_ word: RelativeWord, at i: Int) -> DateMatch? {
        let j = i + 1
        guard j < hi else { return nil }
        let delta = word == .last ? -1 : (word == .this ? 0 : 1)
        switch lex[j].kind {
        case .weekday:
            let direction: WeekdayDirection = word == .last ? .last : (word == .this || word == .coming ? .this : .next)
            return withDayPart(weekdayMatch(Int(lex[j].value), first: i, end: j + 1, direction: direction))
        case .calendarUnit where word != .coming:
            guard let unit = CalendarUnit(rawValue: lex[j].value) else { return nil }
            return unitOffset(unit, delta, first: i, end: j + 1)
        case .month where word != .coming && isCapitalized(j):
            return monthOffset(Int(lex[j].value), delta, first: i, end: j + 1)
        case .relative:
            let part = RelativeWord(rawValue: lex[j].value)
            if word == .last, part == .night { return dayOffset(-1, first: i, end: j + 1) }
            if word == .this, part == .morning { return dayOffset(0, first: i, end: j + 1) }
            return nil
        default:
            return nil
        }
    }

    /// "two days ago", "a year ago", "18 months ago", "three weeks ago".
    private func ago(at i: Int) -> DateMatch? {
        var count: Int
        switch lex[i].kind {
        case .article: count = 1
        case .cardinal: count = Int(lex[i].value)
        default:
            guard let n = number(i), n.suffix == .none, let value = n.plainInteger else { return nil }
            count = value
        }
        let j = i + 1
        guard count > 0, count <= 10_000, j + 1 < hi, lex[j].kind == .calendarUnit,
              lex[j + 1].kind == .relative, lex[j + 1].value == RelativeWord.ago.rawValue,
              let unit = CalendarUnit(rawValue: lex[j].value) else { return nil }
        switch unit {
        case .day: return dayOffset(-count, first: i, end: j + 2)
        case .fortnight: return dayOffset(-14 * count, first: i, end: j + 2)
        default: return unitOffset(unit, -count, first: i, end: j + 2)
        }
    }

    /// The reference date moved by `days`.
    private func dayOffset(_ days: Int, first: Int, end: Int) -> DateMatch {
        var match = DateMatch(first: first, end: end, value: nil, precision: .day)
        match.relative = true
        if let reference, reference.day != nil { match.value = reference.adding(days: days).map(DateValue.calendar) }
        return match
    }

    /// The week, month or year `delta` units from the reference's.
    private func unitOffset(_ unit: CalendarUnit, _ delta: Int, first: Int, end: Int) -> DateMatch? {
        let precision: DatePrecision
        var value: DateValue?
        switch unit {
        case .week, .weekend:
            precision = unit == .week ? .week : .range
            if let reference, reference.day != nil,
               let monday = reference.adding(days: 1 - reference.weekday + 7 * delta) {
                if unit == .week {
                    value = .week(monday)
                } else if let saturday = monday.adding(days: 5), let sunday = monday.adding(days: 6) {
                    value = .range(.calendar(saturday), .calendar(sunday))
                }
            }
        case .month:
            precision = .month
            value = reference?.monthOnly?.adding(months: delta).map(DateValue.calendar)
        case .year:
            precision = .year
            value = reference.flatMap { CalendarDate(year: $0.year + delta) }.map(DateValue.calendar)
        case .quarter:
            precision = .quarter
            if let reference, let month = reference.month {
                let index = reference.year * 4 + (month - 1) / 3 + delta
                value = .quarter(year: index / 4, quarter: index % 4 + 1)
            }
        default:
            return nil
        }
        var match = DateMatch(first: first, end: end, value: value, precision: precision)
        match.relative = true
        return match
    }

    /// "last June" (the latest June before this month), "next March", "this June".
    private func monthOffset(_ month: Int, _ delta: Int, first: Int, end: Int) -> DateMatch {
        var match = DateMatch(first: first, end: end, value: nil, precision: .month)
        match.relative = true
        guard let reference, let current = reference.month else { return match }
        var year = reference.year
        if delta < 0, month >= current { year -= 1 }
        if delta > 0, month <= current { year += 1 }
        match.value = CalendarDate(year: year, month: month).map(DateValue.calendar)
        return match
    }

    /// A day expression extended over a following part of the day: "Tuesday night",
    /// "yesterday morning".
    private func withDayPart(_ match: DateMatch) -> DateMatch {
        var match = match
        let j = match.end
        if j < hi, lex[j].kind == .relative, let part = RelativeWord(rawValue: lex[j].value),
           part == .night || part == .morning {
            match.end = j + 1
        }
        return match
    }
}
