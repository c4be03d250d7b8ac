import DossierModel
import Testing
@testable import DossierExtraction

/// Relative dates, resolved against Friday 2019-01-04 unless a test says otherwise.
@Suite("Values: relative dates")
struct ValueRelativeDateTests {
    private func date(_ phrase: String, in text: String, reference: String? = "2019-01-04") -> Val.Found? {
        Val.values(text, reference: reference).first { $0.text == phrase && $0.kind == .date }
    }

    @Test("Relative expressions resolve against the reference", arguments: [
        ("Divers finished the search yesterday.", "yesterday", "2019-01-03", "day"),
        ("The court rules today.", "today", "2019-01-04", "day"),
        ("The court rules tomorrow.", "tomorrow", "2019-01-05", "day"),
        ("The vote is tonight.", "tonight", "2019-01-04", "day"),
        ("Two were hurt in last night's storm.", "last night", "2019-01-03", "day"),
        ("She was found yesterday morning.", "yesterday morning", "2019-01-03", "day"),
        ("He resigned last Friday.", "last Friday", "2018-12-28", "day"),
        ("He will resign next Wednesday.", "next Wednesday", "2019-01-09", "day"),
        ("Talks were held last week.", "last week", "2018-W52", "week"),
        ("Talks are held this week.", "this week", "2019-W01", "week"),
        ("Talks resume next month.", "next month", "2019-02", "month"),
        ("Talks stalled last month.", "last month", "2018-12", "month"),
        ("Growth slowed this year.", "this year", "2019", "year"),
        ("Growth slowed last year.", "last year", "2018", "year"),
        ("Elections are due next year.", "next year", "2020", "year"),
        ("He left two days ago.", "two days ago", "2019-01-02", "day"),
        ("He left 3 weeks ago.", "3 weeks ago", "2018-W50", "week"),
        ("He left a year ago.", "a year ago", "2018", "year"),
        ("He left eighteen months ago.", "eighteen months ago", "2017-07", "month"),
        ("Prices rose last June.", "last June", "2018-06", "month"),
        ("Profits fell last quarter.", "last quarter", "2018-Q4", "quarter"),
    ])
    func relative(text: String, phrase: String, normalized: String, precision: String) throws {
        let found = try #require(date(phrase, in: text), "\(Val.values(text))")
        #expect(found.string("normalized") == normalized)
        #expect(found.string("precision") == precision)
        #expect(found.flag("relative"))
        #expect(found.string("resolved_from") == "2019-01-04")
    }

    @Test("Earlier and later this period keep their modifier")
    func earlierLater() throws {
        let earlier = try #require(date("earlier this month", in: "The study was published earlier this month."))
        #expect(earlier.string("normalized") == "2019-01" && earlier.string("modifier") == "earlier")
        let later = try #require(date("later this year", in: "A vote is expected later this year."))
        #expect(later.string("normalized") == "2019" && later.string("modifier") == "later")
        #expect(date("earlier today", in: "He spoke earlier today.")?.string("normalized") == "2019-01-04")
        #expect(date("last weekend", in: "They met last weekend.")?.string("normalized") == "2018-12-29/2018-12-30")
    }

    @Test("A weekday is the latest one on or before the reference in a past sentence, the next in a future one")
    func weekdays() throws {
        #expect(date("Tuesday", in: "The building collapsed on Tuesday.")?.string("normalized") == "2019-01-01")
        #expect(date("Friday", in: "The mayor said on Friday he may resign.")?.string("normalized") == "2019-01-04")
        #expect(date("Tuesday", in: "The ministers will meet on Tuesday.")?.string("normalized") == "2019-01-08")
        #expect(date("Monday", in: "The summit opens on Monday and leaders will attend.")?.string("normalized") == "2019-01-07")
        #expect(date("Monday", in: "On Monday, officials said they will investigate.")?.string("normalized") == "2018-12-31")
        #expect(date("Tuesday", in: "The flight was expected on Tuesday.")?.string("normalized") == "2019-01-01")
        // No tense marker: the nearest Tuesday (Jan 1 is 3 days back, Jan 8 is 4 ahead).
        #expect(date("Tuesday", in: "The vote is on Tuesday.")?.string("normalized") == "2019-01-01")
        #expect(date("Sunday", in: "The vote is on Sunday.")?.string("normalized") == "2019-01-06")
        #expect(date("Monday night", in: "Two ferries collided on Monday night.")?.string("normalized") == "2018-12-31")
        #expect(date("Thursday", in: "The ministry said Thursday's outage was the second.")?.string("normalized") == "2019-01-03")
    }

    @Test("Headlines speak in the historic present: their weekdays are past")
    func headline() throws {
        let text = "Earthquake hits Japan on Monday\n\nThe quake struck at dawn."
        let doc = Val.document(text)
        #expect(doc.paragraphs.first?.kind == .heading)
        let reference = CalendarDate(year: 2019, month: 1, day: 4)
        let monday = try #require(ValueRecognizer().values(in: doc, reference: reference).first)
        #expect(doc.text(of: monday.span) == "Monday" && monday.sentence == 0)
        #expect(monday.attributes["normalized"] == .string("2018-12-31"))
        // The same words in a body sentence have no tense marker: the nearest Monday.
        #expect(date("Monday", in: "An earthquake hits Japan on Monday, experts say.")?.string("normalized") == "2019-01-07")
    }

    @Test("Without a reference, relative dates are unresolved")
    func unresolved() throws {
        let yesterday = try #require(date("yesterday", in: "Divers finished the search yesterday.", reference: nil))
        #expect(yesterday.flag("unresolved") && yesterday.flag("relative"))
        #expect(yesterday["normalized"] == nil && yesterday["resolved_from"] == nil)
        #expect(yesterday.string("precision") == "day")
        let tuesday = try #require(date("Tuesday", in: "The building collapsed on Tuesday.", reference: nil))
        #expect(tuesday.flag("unresolved"))
        // A year-only reference still resolves years, not days.
        let years = Val.values("Growth slowed last year; he left yesterday.", reference: "2019")
        #expect(years.first { $0.text == "last year" }?.string("normalized") == "2018")
        #expect(years.first { $0.text == "yesterday" }?.flag("unresolved") == true)
    }

    @Test("Names that contain date words are not dates")
    func names() {
        #expect(Val.texts("Voters turned out on Super Tuesday.", kind: .date).isEmpty)
        #expect(Val.texts("He told Russia Today about it.", kind: .date).isEmpty)
        #expect(Val.texts("Black Friday sales rose.", kind: .date).isEmpty)
    }

    @Test("Durations and anaphoric dates are not resolved against publication")
    func notRelative() {
        #expect(Val.texts("Sales fell over the past week.", kind: .date).isEmpty)
        #expect(Val.texts("He died the next day.", kind: .date).isEmpty)
        #expect(Val.texts("It is the highest in 10 years.", kind: .date).isEmpty)
    }
}
