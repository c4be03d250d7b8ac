/// Recognizes a calendar date as datelines write it, without interpreting it: "30 July 2022",
/// "Jan 5", "Oct. 12", "March 3, 2021", "Friday, January 4, 2019", "Tuesday", "2022-07-30".
/// Normalization happens in a later stage; this only finds where the date ends.
enum DatePhrase {
    /// The end of the date that starts exactly at `i`, or nil when none starts there.
    /// Never reads at or past `hi`.
    static func match(_ text: UTF8Text, at i: Int, limit hi: Int) -> Int? {
        let scanner = Scanner(text: text, hi: hi)
        if let numeric = scanner.numericDate(at: i) { return numeric }
        var start = i
        var weekdayEnd: Int?
        if let (wStart, wEnd) = scanner.word(at: i), weekdays.contains(text, wStart, wEnd, fold: .lower) {
            weekdayEnd = scanner.skipPeriod(wEnd)
            // "Friday, January 4" or "Friday 4 January": the date proper follows.
            start = scanner.skipSpaces(scanner.skipComma(weekdayEnd!))
        }
        if let end = scanner.dayMonthYear(at: start) ?? scanner.monthDayYear(at: start) { return end }
        return weekdayEnd
    }

    private static let months = ShortWordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    private static let weekdays = ShortWordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ])

    private static let ordinalSuffixes = ShortWordSet(["st", "nd", "rd", "th"])

    /// Position-level helpers bound to one text and limit.
    private struct Scanner {
        let text: UTF8Text
        let hi: Int

        func byte(_ i: Int) -> UInt8? { i < hi ? text[i] : nil }

        /// An ASCII letter run starting at `i`.
        func word(at i: Int) -> (Int, Int)? {
            var j = i
            while let b = byte(j), (b | 0x20) &- 0x61 < 26 { j += 1 }
            return j > i ? (i, j) : nil
        }

        /// A run of 1...`maxDigits` ASCII digits starting at `i`, not followed by another digit.
        func digits(at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
            var j = i, value = 0
            while let b = byte(j), b &- 0x30 < 10 {
                value = value * 10 + Int(b - 0x30)
                j += 1
                if j - i > maxDigits { return nil }
            }
            return j > i ? (value, j) : nil
        }

        func skipSpaces(_ i: Int) -> Int {
            var j = i
            while let b = byte(j), b == 0x20 || b == 0x09 { j += 1 }
            // A no-break space (C2 A0) is common between day and month in typeset text.
            if j + 1 < hi, text[j] == 0xC2, text[j + 1] == 0xA0 { return skipSpaces(j + 2) }
            return j
        }

        func skipComma(_ i: Int) -> Int { byte(i) == 0x2C ? i + 1 : i }
        func skipPeriod(_ i: Int) -> Int { byte(i) == 0x2E ? i + 1 : i }

        /// Whether position `i` ends a word: end of the limit or no letter or digit follows.
        func atBoundary(_ i: Int) -> Bool {
            guard let b = byte(i) else { return true }
            return !((b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10)
        }

        /// A day of the month with an optional ordinal suffix ("4", "4th").
        func day(at i: Int) -> Int? {
            guard let (value, end) = digits(at: i, maxDigits: 2), (1...31).contains(value) else { return nil }
            if let (s, e) = word(at: end), ordinalSuffixes.contains(text, s, e, fold: .lower) { return e }
            return atBoundary(end) ? end : nil
        }

        /// A four-digit year after optional spaces and comma, or nil.
        func year(after i: Int) -> Int? {
            let start = skipSpaces(skipComma(i))
            guard let (value, end) = digits(at: start, maxDigits: 4),
                  end - start == 4, (1000...2999).contains(value), atBoundary(end) else { return nil }
            return end
        }

        /// A month name with an optional abbreviation period.
        func month(at i: Int) -> Int? {
            guard let (s, e) = word(at: i), months.contains(text, s, e, fold: .lower),
                  text[s] &- 0x41 < 26 else { return nil }  // capitalized: "may" is a verb
            return skipPeriod(e)
        }

        /// "30 July 2022", "4th January", or nil.
        func dayMonthYear(at i: Int) -> Int? {
            guard let dayEnd = day(at: i) else { return nil }
            let m = skipSpaces(dayEnd)
            guard m > dayEnd, let monthEnd = month(at: m) else { return nil }
            return year(after: monthEnd) ?? monthEnd
        }

        /// "January 4, 2019", "Jan 5", "Oct. 12", "July 2022", or nil.
        func monthDayYear(at i: Int) -> Int? {
            guard let monthEnd = month(at: i) else { return nil }
            let d = skipSpaces(monthEnd)
            guard d > monthEnd || text[monthEnd - 1] == 0x2E else { return nil }
            if let dayEnd = day(at: d) { return year(after: dayEnd) ?? dayEnd }
            // "July 2022": a month needs a day or year to count as a date on its own.
            if let yearEnd = year(after: monthEnd) { return yearEnd }
            return nil
        }

        /// "2022-07-30", "30/07/2022", "30.07.2022".
        func numericDate(at i: Int) -> Int? {
            guard let (_, end1) = digits(at: i, maxDigits: 4), let sep = byte(end1),
                  sep == 0x2D || sep == 0x2F || sep == 0x2E,
                  let (_, end2) = digits(at: end1 + 1, maxDigits: 2), byte(end2) == sep,
                  let (_, end3) = digits(at: end2 + 1, maxDigits: 4), atBoundary(end3) else { return nil }
            let first = end1 - i, last = end3 - end2 - 1
            guard (first == 4 && last <= 2) || (first <= 2 && (last == 4 || last == 2)) else { return nil }
            return end3
        }
    }
}
