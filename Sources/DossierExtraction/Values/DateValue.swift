import DossierModel

/// A normalized date at any precision the text can state, and its ISO-style text.
indirect enum DateValue: Equatable, Sendable {
    /// A day, month or year.
    case calendar(CalendarDate)
    /// An ISO week, given by its Monday.
    case week(CalendarDate)
    /// A quarter 1...4 of a year.
    case quarter(year: Int, quarter: Int)
    /// A season 1...4 (spring, summer, autumn, winter) of a year.
    case season(year: Int, season: Int)
    /// The decade starting in the given year (1990 for "the 1990s").
    case decade(Int)
    /// The century whose years start with the given year (1800 for "the 19th century").
    case century(Int)
    /// From one date to another.
    case range(DateValue, DateValue)

    var precision: DatePrecision {
        switch self {
        case .calendar(let date): return date.precision
        case .week: return .week
        case .quarter: return .quarter
        case .season: return .season
        case .decade: return .decade
        case .century: return .century
        case .range: return .range
        }
    }

    /// ISO 8601 where it has a form (TIMEX3 conventions for seasons, decades, centuries).
    var normalized: String {
        switch self {
        case .calendar(let date):
            return date.iso
        case .week(let monday):
            let (year, week) = monday.isoWeek
            return CalendarDate.pad(year, 4) + "-W" + CalendarDate.pad(week, 2)
        case .quarter(let year, let quarter):
            return CalendarDate.pad(year, 4) + "-Q\(quarter)"
        case .season(let year, let season):
            return CalendarDate.pad(year, 4) + "-" + ["SP", "SU", "FA", "WI"][max(0, min(3, season - 1))]
        case .decade(let year):
            return String(CalendarDate.pad(year, 4).prefix(3)) + "X"
        case .century(let year):
            return String(CalendarDate.pad(year, 4).prefix(2)) + "XX"
        case .range(let start, let end):
            return start.normalized + "/" + end.normalized
        }
    }

    /// The first day, month or year the value covers, at its own precision.
    var start: CalendarDate? {
        switch self {
        case .calendar(let date), .week(let date): return date
        case .quarter(let year, let quarter): return CalendarDate(year: year, month: quarter * 3 - 2)
        case .season(let year, _), .decade(let year), .century(let year): return CalendarDate(year: year)
        case .range(let start, _): return start.start
        }
    }

    /// The last day, month or year the value covers.
    var end: CalendarDate? {
        switch self {
        case .calendar(let date): return date
        case .week(let monday): return monday.adding(days: 6)
        case .quarter(let year, let quarter): return CalendarDate(year: year, month: quarter * 3)
        case .season(let year, _): return CalendarDate(year: year)
        case .decade(let year): return CalendarDate(year: year + 9)
        case .century(let year): return CalendarDate(year: year + 99)
        case .range(_, let end): return end.end
        }
    }

    /// The year the value starts in.
    var year: Int? { start?.year }

    /// The same value in another year, for a range's first end that states no year ("5 March
    /// to 3 April 2020").
    func inYear(_ year: Int) -> DateValue? {
        guard case .calendar(let date) = self else { return nil }
        return CalendarDate(year: year, month: date.month, day: date.day).map(DateValue.calendar)
    }
}

/// A date a matcher found, before it becomes attributes.
struct DateMatch {
    var first: Int
    var end: Int
    /// The value; nil when it depends on a reference date that is not known.
    var value: DateValue?
    /// The precision, also for unresolved values.
    var precision: DatePrecision
    /// Whether any part of the value came from the reference date.
    var relative = false
    /// Whether the year came from the reference date ("on 5 March").
    var yearInferred = false
    /// Whether the year is unknown (no reference date): the value then carries the
    /// placeholder year ``DateMatch/unknownYear``, written "XXXX".
    var yearUnknown = false
    var modifier: String?
    /// The other reading of an ambiguous numeric date ("03/04/2020").
    var alternative: CalendarDate?

    init(first: Int, end: Int, value: DateValue?, precision: DatePrecision? = nil) {
        self.first = first
        self.end = end
        self.value = value
        self.precision = precision ?? value?.precision ?? .day
    }

    /// The placeholder year of a date whose year is unknown: a leap year, so that 29 February
    /// stays valid, and one no news article speaks of.
    static let unknownYear = 4

    func attributes(reference: CalendarDate?) -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = ["precision": .string(precision.rawValue),
                                                    "relative": .boolean(relative)]
        func text(_ iso: String) -> AttributeValue {
            guard yearUnknown else { return .string(iso) }
            let parts = iso.split(separator: "/", omittingEmptySubsequences: false)
            return .string(parts.map { $0.hasPrefix("0004") ? "XXXX" + $0.dropFirst(4) : String($0) }.joined(separator: "/"))
        }
        if let value {
            attributes["normalized"] = text(value.normalized)
            switch value {
            case .calendar:
                break
            default:
                if let start = value.start { attributes["start"] = text(start.iso) }
                if let end = value.end { attributes["end"] = text(end.iso) }
            }
        }
        if relative || yearInferred {
            if reference != nil, value != nil, !yearUnknown {
                attributes["resolved_from"] = .string(reference!.iso)
            } else {
                attributes["unresolved"] = .boolean(true)
            }
        }
        if yearInferred { attributes["year_inferred"] = .boolean(true) }
        if let modifier { attributes["modifier"] = .string(modifier) }
        if let alternative {
            attributes["ambiguous"] = .boolean(true)
            attributes["alternative"] = .string(alternative.iso)
        }
        return attributes
    }
}
