import DossierModel

/// How dates that name no year, and weekdays, are placed relative to the reference date.
///
/// News reports mostly what happened, but also announces what will. So the sentence's tense
/// decides: a future marker ("will", "’ll", "won’t", "shall", "scheduled", "expected",
/// "upcoming") before the date makes it future: the first such day on or after the reference;
/// otherwise a past-tense verb anywhere in the sentence ("was", "said", "met", any lowercase
/// word in "-ed") makes it past: the most recent such day on or before the reference; a
/// future marker after the date and no past verb makes it future; with no marker at all the
/// nearest occurrence wins, the past one on a tie. Headlines count as past (their present
/// tense is the historic present). So with a reference of Friday 2019-01-04, "was found on
/// Tuesday" is 2019-01-01 and "will meet on Tuesday" is 2019-01-08.
extension ValueScan {
    /// Which way a sentence points in time.
    enum Tense { case past, future, unknown }

    /// The tense of the sentence as seen from token `i`.
    func tense(at i: Int) -> Tense {
        if heading { return .past }
        var past = false, futureAfter = false
        for k in lo..<hi {
            if isFutureMarker(k) {
                if k < i { return .future }
                futureAfter = true
            } else if isPastVerb(k) {
                past = true
            }
        }
        return past ? .past : (futureAfter ? .future : .unknown)
    }

    /// Whether the word at `k` points to the future: "will", "’ll", "tomorrow", and
    /// "scheduled", "expected" unless a past verb precedes them ("was expected").
    private func isFutureMarker(_ k: Int) -> Bool {
        if lex[k].kind == .relative { return lex[k].value == RelativeWord.tomorrow.rawValue }
        guard lex[k].kind == .future else { return false }
        guard wordIs(k, "scheduled") || wordIs(k, "slated") || wordIs(k, "expected") else { return true }
        return !(k > lo && lex[k - 1].kind == .pastVerb)
    }

    /// Whether the word at `k` is a past-tense verb: an irregular one or a lowercase "-ed".
    private func isPastVerb(_ k: Int) -> Bool {
        if lex[k].kind == .pastVerb { return true }
        guard lex[k].kind == .none, tokens[k].kind == .word else { return false }
        let span = tokens[k].span
        guard span.length >= 4, isLowercase(k) else { return false }
        return text[span.end - 2] == 0x65 && text[span.end - 1] == 0x64 && text[span.end - 3] != 0x65
    }

    /// Picks among candidate positions (linear keys, in order) the one the tense selects
    /// relative to `now`.
    private func choose(_ candidates: [Int], now: Int, tense: Tense) -> Int {
        switch tense {
        case .past: return candidates.last { $0 <= now } ?? candidates[0]
        case .future: return candidates.first { $0 >= now } ?? candidates[candidates.count - 1]
        case .unknown: return candidates.min { abs($0 - now) < abs($1 - now) } ?? candidates[0]
        }
    }

    /// A day or month stated without a year ("on 5 March", "in June"), placed in the year the
    /// tense selects around the reference; with no reference its year stays unknown.
    func inferYear(month: Int, day: Int?, first: Int, end: Int) -> DateMatch? {
        guard let placeholder = CalendarDate(year: DateMatch.unknownYear, month: month, day: day) else { return nil }
        var match = DateMatch(first: first, end: end, value: .calendar(placeholder))
        match.yearInferred = true
        match.relative = true
        guard let reference else {
            match.yearUnknown = true
            return match
        }
        var year = reference.year
        if let referenceMonth = reference.month {
            // Keys that order (year, month, day) roughly in days.
            func key(_ y: Int, _ m: Int, _ d: Int) -> Int { y * 372 + (m - 1) * 31 + d }
            let now = day == nil ? key(reference.year, referenceMonth, 1)
                : key(reference.year, referenceMonth, reference.day ?? 1)
            let years = [reference.year - 1, reference.year, reference.year + 1]
            let chosen = choose(years.map { key($0, month, day ?? 1) }, now: now, tense: tense(at: first))
            year = years[years.map { key($0, month, day ?? 1) }.firstIndex(of: chosen) ?? 1]
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        match.value = .calendar(date)
        return match
    }

    /// Which occurrence of a weekday a phrase names.
    enum WeekdayDirection { case byTense, last, next, this }

    /// A weekday resolved against the reference ("on Tuesday", "last Friday").
    func weekdayMatch(_ weekday: Int, first: Int, end: Int, direction: WeekdayDirection) -> DateMatch {
        var match = DateMatch(first: first, end: end, value: nil, precision: .day)
        match.relative = true
        guard let reference, reference.day != nil else { return match }
        let back = (reference.weekday - weekday + 7) % 7, forward = (weekday - reference.weekday + 7) % 7
        let offset: Int
        switch direction {
        case .last: offset = -(back == 0 ? 7 : back)
        case .next: offset = forward == 0 ? 7 : forward
        case .this: offset = forward
        case .byTense:
            switch tense(at: first) {
            case .past: offset = -back
            case .future: offset = forward
            case .unknown: offset = back <= forward ? -back : forward
            }
        }
        match.value = reference.adding(days: offset).map(DateValue.calendar)
        return match
    }
}
