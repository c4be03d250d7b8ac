import Testing
@testable import DossierScripting

@Suite("Model dates")
struct ModelDateTests {
    @Test("dates compare by their first day, with dates and ISO strings")
    func comparison() throws {
        let output = try ModelFixture.run("""
            local d, m, y = dossier.date("2022-07-30"), dossier.date("1991-12"), dossier.date("1992")
            print(m < y, y < d, d <= d, d == dossier.date("2022-07-30"), m == dossier.date("1991-12-01"), d ~= m)
            print(d >= "2022-07", d > "2022-07-30", "1991" < m, doc.events[1].date == d, doc.events[2].date < doc.events[1].date)
            print(pcall(function() return d < 5 end))
            print(pcall(function() return d < "July" end))
        """)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "true\ttrue\ttrue\ttrue\ttrue\ttrue")
        #expect(lines[1] == "true\tfalse\ttrue\ttrue\ttrue")
        #expect(lines[2].hasPrefix("false\t") && lines[2].hasSuffix("attempt to compare a date with number (dates compare with dates and 'YYYY[-MM[-DD]]' strings)"))
        #expect(lines[3].hasSuffix("attempt to compare a date with 'July' (dates compare with dates and 'YYYY[-MM[-DD]]' strings)"))
    }

    @Test("fields, tostring keeps precision, format")
    func fieldsAndFormat() throws {
        let output = try ModelFixture.run("""
            local d, m = dossier.date("2022-07-30"), dossier.date("1991-12")
            print(d.year, d.month, d.day, d.precision, tostring(d), m.year, m.month, m.day, m.precision, tostring(m))
            print(d:format("%d %B %Y"), d:format("%A %e %b %y (%F) 100%%"), m:format("%d %B %Y"), m:format("%m/%Y"))
            print(dossier.date("2000-02-29"), dossier.date(nil), dossier.date(d) == d, doc:entity("e8").date, doc:entity("e1").date)
            print(pcall(d.format, d, "%Q"))
            print(pcall(dossier.date, "2021-02-29"))
        """)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "2022\t7\t30\tday\t2022-07-30\t1991\t12\tnil\tmonth\t1991-12")
        #expect(lines[1] == "30 July 2022\tSaturday 30 Jul 22 (2022-07-30) 100%\tDecember 1991\t12/1991")
        #expect(lines[2] == "2000-02-29\tnil\ttrue\t1991-12\tnil")
        #expect(lines[3].contains("bad argument #1 to 'format' (unknown format directive '%Q'"))
        #expect(lines[4].contains("bad argument #1 to 'date' (a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' expected, got '2021-02-29')"))
    }

    @Test("the ISO parser and weekday arithmetic")
    func parser() {
        #expect(DateValue(iso: "1992")?.precision == .year)
        #expect(DateValue(iso: "2022-07-30/2022-08-02")?.iso == "2022-07-30")
        for bad in ["", "92", "1992-1", "1992-13", "1992-00", "abcd", "1992-02-30", "1992-02-03-04"] {
            #expect(DateValue(iso: bad) == nil, "\(bad)")
        }
        #expect(DateValue(iso: "1970-01-01")?.weekday == 3)
        #expect(DateValue(iso: "2000-02-29")?.weekday == 1)
        #expect(DateValue(iso: "1600-03-01")?.weekday == 2)
    }
}
