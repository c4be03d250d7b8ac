import DossierModel
import Testing
@testable import DossierExtraction

/// Absolute and partial dates, numeric dates, years, decades, centuries, quarters, seasons
/// and ranges. The reference date is Friday 2019-01-04 unless a test says otherwise.
@Suite("Values: dates")
struct ValueDateTests {
    private func date(_ phrase: String, in text: String, reference: String? = "2019-01-04") -> Val.Found? {
        Val.values(text, reference: reference).first { $0.text == phrase && $0.kind == .date }
    }

    @Test("Day, month and year in every common order", arguments: [
        ("It happened on 30 July 2022 in Tashkent.", "30 July 2022"),
        ("It happened on July 30, 2022 in Tashkent.", "July 30, 2022"),
        ("It happened on July 30 2022 in Tashkent.", "July 30 2022"),
        ("It happened on the 30th of July 2022 in Tashkent.", "30th of July 2022"),
        ("It happened on 30 July, 2022 in Tashkent.", "30 July, 2022"),
        ("It happened on Saturday, July 30, 2022 in Tashkent.", "Saturday, July 30, 2022"),
        ("It happened on Saturday 30 July 2022 in Tashkent.", "Saturday 30 July 2022"),
        ("It happened on Jul. 30, 2022 in Tashkent.", "Jul. 30, 2022"),
        ("IT HAPPENED ON 30 JULY 2022 IN TASHKENT.", "30 JULY 2022"),
    ])
    func absoluteDay(text: String, phrase: String) throws {
        let found = try #require(date(phrase, in: text), "\(Val.values(text))")
        #expect(found.string("normalized") == "2022-07-30")
        #expect(found.string("precision") == "day")
        #expect(found["relative"] == .boolean(false))
        #expect(found["resolved_from"] == nil)
    }

    @Test("Month and year give month precision", arguments: [
        ("Kazakhstan became independent in December 1991.", "December 1991", "1991-12"),
        ("It was signed in Dec. 1991 in Almaty.", "Dec. 1991", "1991-12"),
        ("The deal closed in May of 2019.", "May of 2019", "2019-05"),
        ("Deaths in September 2015 rose.", "September 2015", "2015-09"),
    ])
    func monthPrecision(text: String, phrase: String, normalized: String) throws {
        let found = try #require(date(phrase, in: text), "\(Val.values(text))")
        #expect(found.string("normalized") == normalized)
        #expect(found.string("precision") == "month")
    }

    @Test("A bare year counts in date context only")
    func years() throws {
        for (text, phrase) in [("In 1974, the two states opened embassies.", "1974"),
                               ("Relations have grown since 2019.", "2019"),
                               ("The 1968 bridge was closed to trucks.", "1968"),
                               ("2017 saw 4,210 reported collisions.", "2017"),
                               ("It was part of a 2011 study.", "2011"),
                               ("The law passed in 1500, historians say.", "1500"),
                               ("Ties date back to the year 1648.", "1648"),
                               ("Trump's 2020 campaign began.", "2020"),
                               ("Qaboos was born 1940 in Salalah.", "1940")] {
            let found = try #require(date(phrase, in: text), "\(text): \(Val.values(text))")
            #expect(found.string("normalized") == phrase)
            #expect(found.string("precision") == "year")
        }
        for text in ["More than 1,000 people attended.", "There were 1992 people in the hall.",
                     "Police arrested more than 1950 protesters.", "The Vision 2030 plan was unveiled.",
                     "COVID-19 spread quickly.", "They killed 1999 soldiers in the assault.",
                     "A 2000 percent rise was reported.", "It weighs 2000 kg."] {
            #expect(Val.values(text).allSatisfy { $0.kind != .date }, "\(text): \(Val.values(text))")
        }
    }

    @Test("Numeric dates: ISO order, and day-first only where the numbers allow")
    func numericDates() throws {
        #expect(date("2022-07-30", in: "Filed on 2022-07-30 in court.")?.string("normalized") == "2022-07-30")
        #expect(date("2022/07/30", in: "Filed on 2022/07/30 in court.")?.string("normalized") == "2022-07-30")
        #expect(date("30/07/2022", in: "Filed on 30/07/2022 in court.")?.string("normalized") == "2022-07-30")
        #expect(date("30.07.2022", in: "Filed on 30.07.2022 in court.")?.string("normalized") == "2022-07-30")
        let monthFirst = try #require(date("07/30/2022", in: "Filed on 07/30/2022 in court."))
        #expect(monthFirst.string("normalized") == "2022-07-30" && monthFirst["ambiguous"] == nil)
        let ambiguous = try #require(date("03/04/2020", in: "Filed on 03/04/2020 in court."))
        #expect(ambiguous.string("normalized") == "2020-04-03")
        #expect(ambiguous.flag("ambiguous"))
        #expect(ambiguous.string("alternative") == "2020-03-04")
        #expect(date("05/05/2020", in: "Filed on 05/05/2020 in court.")?["ambiguous"] == nil)
        for text in ["The 9/11 attacks changed everything.", "Open 24/7 all year.", "Filed on 13/13/2020 in court.",
                     "Call 555-123-4567 now."] {
            #expect(Val.values(text).allSatisfy { $0.kind != .date }, "\(text): \(Val.values(text))")
        }
    }

    @Test("Decades, centuries, quarters and seasons")
    func periods() throws {
        let decade = try #require(date("1990s", in: "Trade grew in the 1990s."))
        #expect(decade.string("normalized") == "199X" && decade.string("precision") == "decade")
        #expect(decade.string("start") == "1990" && decade.string("end") == "1999")
        let mid = try #require(date("mid-1990s", in: "Trade grew in the mid-1990s."))
        #expect(mid.string("modifier") == "mid" && mid.string("normalized") == "199X")
        #expect(date("’90s", in: "Trade grew in the ’90s.")?.string("normalized") == "199X")
        let century = try #require(date("19th century", in: "It was built in the 19th century."))
        #expect(century.string("normalized") == "18XX" && century.string("precision") == "century")
        #expect(date("twenty-first century", in: "Threats of the twenty-first century grow.")?.string("normalized") == "20XX")
        let quarter = try #require(date("first quarter of 2019", in: "Profits rose in the first quarter of 2019."))
        #expect(quarter.string("normalized") == "2019-Q1" && quarter.string("start") == "2019-01")
        #expect(date("Q3 2020", in: "Profits rose in Q3 2020.")?.string("normalized") == "2020-Q3")
        #expect(date("summer of 2019", in: "It opened in the summer of 2019.")?.string("normalized") == "2019-SU")
        let early = try #require(date("early 2019", in: "It opened in early 2019."))
        #expect(early.string("normalized") == "2019" && early.string("modifier") == "early")
    }

    @Test("A day without a year takes the reference's, by the sentence's tense")
    func dayWithoutYear() throws {
        let past = try #require(date("5 March", in: "The minister visited Almaty on 5 March."))
        #expect(past.string("normalized") == "2018-03-05")
        #expect(past.flag("year_inferred") && past.flag("relative"))
        #expect(past.string("resolved_from") == "2019-01-04")
        let future = try #require(date("5 March", in: "The minister will visit Almaty on 5 March."))
        #expect(future.string("normalized") == "2019-03-05")
        let nearest = try #require(date("December 28", in: "The deadline is December 28."))
        #expect(nearest.string("normalized") == "2018-12-28")
        let unresolved = try #require(date("5 March", in: "The minister visited Almaty on 5 March.", reference: nil))
        #expect(unresolved.string("normalized") == "XXXX-03-05" && unresolved.flag("unresolved"))
        #expect(date("March of this year", in: "He was named in March of this year.")?.string("normalized") == "2019-03")
    }

    @Test("A month alone needs a preposition of time, and a capital")
    func monthAlone() throws {
        let june = try #require(date("June", in: "The talks began in June."))
        #expect(june.string("normalized") == "2018-06" && june.string("precision") == "month" && june.flag("year_inferred"))
        #expect(Val.texts("Theresa May said March was cold.", kind: .date).isEmpty)
        #expect(Val.texts("Protesters may march until dawn.", kind: .date).isEmpty)
        #expect(Val.texts("He met Jan Smith.", kind: .date).isEmpty)
    }

    @Test("Ranges have a start and an end", arguments: [
        ("The summit runs from 1 to 3 June 2023.", "from 1 to 3 June 2023", "2023-06-01", "2023-06-03"),
        ("The summit runs 1–3 June 2023.", "1–3 June 2023", "2023-06-01", "2023-06-03"),
        ("The summit runs June 1–3, 2023.", "June 1–3, 2023", "2023-06-01", "2023-06-03"),
        ("He served in 2019–2021.", "2019–2021", "2019", "2021"),
        ("He served in 2019-21.", "2019-21", "2019", "2021"),
        ("The budget for 2019/20 grew.", "2019/20", "2019", "2020"),
        ("He served between 2010 and 2015.", "between 2010 and 2015", "2010", "2015"),
        ("He served from 2010 to 2015.", "from 2010 to 2015", "2010", "2015"),
        ("It ran from 5 March to 3 April 2020.", "from 5 March to 3 April 2020", "2020-03-05", "2020-04-03"),
        ("It ran from March to June 2020.", "from March to June 2020", "2020-03", "2020-06"),
    ])
    func ranges(text: String, phrase: String, start: String, end: String) throws {
        let found = try #require(date(phrase, in: text), "\(Val.values(text))")
        #expect(found.string("precision") == "range")
        #expect(found.string("start") == start && found.string("end") == end)
        #expect(found.string("normalized") == "\(start)/\(end)")
    }

    @Test("Changes between counts are not date ranges")
    func notRanges() {
        #expect(Val.texts("The toll rose from 1,500 to 2,000.", kind: .date).isEmpty)
        #expect(Val.texts("The toll rose from 14 to 31.", kind: .date).isEmpty)
    }
}
