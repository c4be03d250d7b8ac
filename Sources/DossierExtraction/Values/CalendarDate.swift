/// A date in the proleptic Gregorian calendar at day, month or year precision: what a news
/// article can state ("30 July 2022", "December 1991", "1992").
///
/// Its text form is ISO 8601 cut to its precision: "2022-07-30", "1991-12", "1992".
/// Ordering compares the year, then the month, then the day, with a missing field before
/// any present one ("1991" < "1991-01" < "1991-01-01"), so sorting is chronological by start.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 through 9999.
    public let year: Int
    /// The month, 1 through 12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// Creates a date, or returns nil when the fields do not name one (month 13, 30 February,
    /// a day without a month, a year outside 1...9999).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day, !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The precision the fields give: `.day`, `.month` or `.year`.
    public var precision: DatePrecision { day != nil ? .day : (month != nil ? .month : .year) }

    /// ISO 8601 text at the date's precision: "2022-07-30", "1991-12", "1992".
    public var iso: String {
        var text = CalendarDate.pad(year, 4)
        if let month { text += "-" + CalendarDate.pad(month, 2) }
        if let day { text += "-" + CalendarDate.pad(day, 2) }
        return text
    }

    /// The ISO text.
    public var description: String { iso }

    /// Chronological order by year, month, then day.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return (lhs.month ?? 0) < (rhs.month ?? 0) }
        return (lhs.day ?? 0) < (rhs.day ?? 0)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// How much of a date a text states, from a single day to a range of dates.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable {
    /// A single day: "30 July 2022", "yesterday".
    case day
    /// An ISO week: "last week" ("2019-W01").
    case week
    /// A month: "December 1991", "last month".
    case month
    /// A quarter of a year: "the first quarter of 2019" ("2019-Q1").
    case quarter
    /// A season of a year: "summer 2019" ("2019-SU").
    case season
    /// A year: "1992", "this year".
    case year
    /// A decade: "the 1990s" ("199X").
    case decade
    /// A century: "the 19th century" ("18XX").
    case century
    /// A span between two dates: "from 1 to 3 June 2023", "2019–2021".
    case range
}

// Day arithmetic on day numbers (days since 1970-01-01), after Howard Hinnant's
// days_from_civil: exact for every Gregorian date and free of Foundation's time zones.
extension CalendarDate {
    /// Creates the date `dayNumber` days after 1970-01-01 (nil outside years 1...9999).
    init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01 of the date's first day (the 1st for a month, 1 January for a year).
    var dayNumber: Int {
        let m = month ?? 1, d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday of the date's first day: 1 is Monday, 7 is Sunday.
    var weekday: Int {
        let n = dayNumber
        return ((n % 7 + 7 + 3) % 7) + 1  // 1970-01-01 was a Thursday
    }

    /// The day `days` later (earlier when negative), at day precision.
    func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// The month `months` later, at month precision.
    func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month ?? 1) - 1 + months
        return CalendarDate(year: index / 12, month: index % 12 + 1)
    }

    /// The date cut to month precision (a year stays a year).
    var monthOnly: CalendarDate? { month.flatMap { CalendarDate(year: year, month: $0) } }

    /// The date cut to year precision.
    var yearOnly: CalendarDate? { CalendarDate(year: year) }

    /// The ISO week-numbering year and week of the date's first day.
    var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = dayNumber - weekday + 4
        guard let t = CalendarDate(dayNumber: thursday) else { return (year, 1) }
        let jan1 = CalendarDate(year: t.year, month: 1, day: 1)!.dayNumber
        return (t.year, (thursday - jan1) / 7 + 1)
    }
}
