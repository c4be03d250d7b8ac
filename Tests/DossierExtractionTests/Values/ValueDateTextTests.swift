import DossierModel
import Testing
@testable import DossierExtraction

/// Metadata dates and the calendar arithmetic under every date.
@Suite("Values: DateText and CalendarDate")
struct ValueDateTextTests {
    @Test("Metadata dates", arguments: [
        ("30 July 2022", "2022-07-30", DatePrecision.day),
        ("Friday, January 4, 2019", "2019-01-04", .day),
        ("Friday, January 4, 2019 ", "2019-01-04", .day),
        ("2023-09-08", "2023-09-08", .day),
        ("2019-01-04T10:00:00Z", "2019-01-04", .day),
        ("2019-01-04 10:00", "2019-01-04", .day),
        ("20190104", "2019-01-04", .day),
        ("Fri, 04 Jan 2019 10:00:00 +0000", "2019-01-04", .day),
        ("December 1991", "1991-12", .month),
        ("2019-01", "2019-01", .month),
        ("1992", "1992", .year),
        ("30 July 2022 (TDI)", "2022-07-30", .day),
        ("1990s", "1990", .decade),
    ])
    func parse(text: String, iso: String, precision: DatePrecision) throws {
        let parsed = try #require(DateText.parse(text))
        #expect(parsed.date.iso == iso)
        #expect(parsed.precision == precision)
    }

    @Test("Dates without a year need a reference")
    func yearless() throws {
        let reference = CalendarDate(year: 2019, month: 1, day: 4)
        #expect(DateText.parse("Jan 5", reference: reference)?.date.iso == "2019-01-05")
        #expect(DateText.parse("Sept. 8", reference: reference)?.date.iso == "2018-09-08")
        #expect(DateText.parse("yesterday", reference: reference)?.date.iso == "2019-01-03")
        #expect(DateText.parse("Jan 5") == nil)
        #expect(DateText.parse("yesterday") == nil)
    }

    @Test("Text that starts with no date gives nil")
    func notDates() {
        for text in ["", "   ", "Tashkent", "TDI", "5 people", "2019-13-45", "31 February 2019", "99999999",
                     "May we go?", "\u{0}\u{1}garbage", "١٢ يوليو"] {
            #expect(DateText.parse(text) == nil, "\(text)")
        }
    }

    @Test("Calendar dates validate, order and print as ISO")
    func calendarDate() throws {
        #expect(CalendarDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2020, month: 2, day: 29)?.iso == "2020-02-29")
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2019, day: 4) == nil)
        #expect(CalendarDate(year: 0) == nil && CalendarDate(year: 10_000) == nil)
        #expect(CalendarDate(year: 1991, month: 12)?.iso == "1991-12")
        #expect(CalendarDate(year: 992)?.iso == "0992")
        let year = try #require(CalendarDate(year: 1991)), month = try #require(CalendarDate(year: 1991, month: 1))
        let day = try #require(CalendarDate(year: 1991, month: 1, day: 1))
        #expect(year < month && month < day && day < CalendarDate(year: 1992)!)
        #expect(year.precision == .year && month.precision == .month && day.precision == .day)
    }

    @Test("Day arithmetic, weekdays and ISO weeks")
    func arithmetic() throws {
        let friday = try #require(CalendarDate(year: 2019, month: 1, day: 4))
        #expect(friday.weekday == 5)
        #expect(friday.adding(days: -4)?.iso == "2018-12-31")
        #expect(friday.adding(days: 365 * 400 + 97)?.iso == "2419-01-04")
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CalendarDate(year: 1969, month: 12, day: 31)?.dayNumber == -1)
        let newYear = try #require(CalendarDate(year: 2018, month: 12, day: 31)).isoWeek
        #expect(newYear.year == 2019 && newYear.week == 1)
        let week53 = try #require(CalendarDate(year: 2021, month: 1, day: 3)).isoWeek
        #expect(week53.year == 2020 && week53.week == 53)
        #expect(CalendarDate(year: 2019, month: 1)?.adding(months: -18)?.iso == "2017-07")
        for n in stride(from: -800_000, through: 2_900_000, by: 997) {
            guard let date = CalendarDate(dayNumber: n) else { continue }
            #expect(date.dayNumber == n)
        }
    }
}
