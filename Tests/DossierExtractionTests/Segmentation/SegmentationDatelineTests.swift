import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Segmentation: datelines")
struct SegmentationDatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let dateline: String
        let place: String?
        let date: String?
        let source: String?
        var testDescription: String { dateline }
    }

    static let cases: [Case] = [
        Case(dateline: "Bishkek, 14 June 2021 (KGW):", place: "Bishkek", date: "14 June 2021", source: "KGW"),
        Case(dateline: "WASHINGTON (Reuters) -", place: "WASHINGTON", date: nil, source: "Reuters"),
        Case(dateline: "WASHINGTON (Reuters) —", place: "WASHINGTON", date: nil, source: "Reuters"),
        Case(dateline: "LONDON, Jan 5 (Reuters) -", place: "LONDON", date: "Jan 5", source: "Reuters"),
        Case(dateline: "LONDON, Jan 5 -", place: "LONDON", date: "Jan 5", source: nil),
        Case(dateline: "PARIS, March 3, 2021 (AFP) --", place: "PARIS", date: "March 3, 2021", source: "AFP"),
        Case(dateline: "NEW YORK, N.Y. —", place: "NEW YORK, N.Y.", date: nil, source: nil),
        Case(dateline: "Kabul, Afghanistan (AP) —", place: "Kabul, Afghanistan", date: nil, source: "AP"),
        Case(dateline: "BEIJING, Oct. 12 (Xinhua) --", place: "BEIJING", date: "Oct. 12", source: "Xinhua"),
        Case(dateline: "ISLAMABAD:", place: "ISLAMABAD", date: nil, source: nil),
        Case(dateline: "Moscow, 2 June 2023 -", place: "Moscow", date: "2 June 2023", source: nil),
        Case(dateline: "RIO DE JANEIRO, Brazil (AP) —", place: "RIO DE JANEIRO, Brazil", date: nil, source: "AP"),
        Case(dateline: "Rio de Janeiro, 4th May (dpa) -", place: "Rio de Janeiro", date: "4th May", source: "dpa"),
        Case(dateline: "ST. LOUIS (AP) —", place: "ST. LOUIS", date: nil, source: "AP"),
        Case(dateline: "Kabul, Afghanistan —", place: "Kabul, Afghanistan", date: nil, source: nil),
        Case(dateline: "WASHINGTON—", place: "WASHINGTON", date: nil, source: nil),
        Case(dateline: "14 June 2021 (KGW):", place: nil, date: "14 June 2021", source: "KGW"),
        Case(dateline: "GENEVA/LONDON (Reuters) -", place: "GENEVA/LONDON", date: nil, source: "Reuters"),
        Case(dateline: "NEW YORK, Jan. 5, 2021 /PRNewswire/ --", place: "NEW YORK", date: "Jan. 5, 2021",
             source: "PRNewswire"),
        Case(dateline: "(Reuters) -", place: nil, date: nil, source: "Reuters"),
        Case(dateline: "KYIV, Ukraine, Feb 24 (Reuters) —", place: "KYIV, Ukraine", date: "Feb 24", source: "Reuters"),
        Case(dateline: "WASHINGTON, D.C. (AP) —", place: "WASHINGTON, D.C.", date: nil, source: "AP"),
        Case(dateline: "UNITED NATIONS (AP) –", place: "UNITED NATIONS", date: nil, source: "AP"),
    ]

    @Test(arguments: cases)
    func datelineGoesToMetadataAndItsOwnParagraph(_ c: Case) {
        let body = "The ministers met on Monday."
        let doc = Seg.document("\(c.dateline) \(body)\nA second paragraph follows.")
        #expect(doc.metadata.place == c.place)
        #expect(doc.metadata.date == c.date)
        #expect(doc.metadata.source == c.source)
        #expect(doc.paragraphs.map(\.kind) == [.dateline, .body, .body])
        #expect(doc.text(of: doc.paragraphs[0].span) == c.dateline)
        #expect(doc.text(of: doc.paragraphs[1].span) == body, "the body starts after the separator")
        #expect(doc.sentences.first.map { doc.text(of: $0.span) } == body)
        #expect(doc.sentences.first?.paragraph == 1)
    }

    @Test func publicParserReportsSpans() throws {
        let text = "Astana, 12 May 2023 (KZW): During the meeting"
        let d = try #require(DatelineParser().parse(text))
        #expect(text.slice(d.span) == "Astana, 12 May 2023 (KZW):")
        #expect(d.place.flatMap { text.slice($0) } == "Astana")
        #expect(d.date.flatMap { text.slice($0) } == "12 May 2023")
        #expect(d.source.flatMap { text.slice($0) } == "KZW")
    }

    @Test(arguments: ["Friday, January 4, 2019\u{00A0}", "Monday, August 3, 2020  ", "4 January 2019", "2019-01-04"])
    func aFirstLineThatIsOnlyADateIsTheDateline(_ line: String) {
        let doc = Seg.document("\(line)\n\n\nA bridge reopened on Monday.")
        #expect(doc.paragraphs.map(\.kind) == [.dateline, .body])
        #expect(doc.metadata.date == line.trimmingCharacters(in: .whitespaces))
        #expect(doc.metadata.place == nil)
        #expect(doc.sentences.count == 1)
    }

    @Test func aDateLineMayBeFollowedByAPlaceDateline() {
        let doc = Seg.document("Friday, January 4, 2019\nMOSCOW (AP) — A building collapsed.")
        #expect(doc.paragraphs.map(\.kind) == [.dateline, .dateline, .body])
        #expect(doc.metadata.date == "Friday, January 4, 2019")
        #expect(doc.metadata.place == "MOSCOW")
        #expect(doc.metadata.source == "AP")
    }

    @Test func inputMetadataWins() {
        let doc = Seg.document("LONDON, Jan 5 (Reuters) - Talks began.",
                               metadata: SourceMetadata(date: "2022-01-05", source: "Wire"))
        #expect(doc.metadata.date == "2022-01-05")
        #expect(doc.metadata.source == "Wire")
        #expect(doc.metadata.place == "LONDON", "the input format has no place, so the dateline's is kept")
        #expect(doc.paragraphs.first?.kind == .dateline)
    }

    @Test func aDatelineAloneOnItsLine() {
        let doc = Seg.document("Bishkek, 14 June 2021 (KGW):\nThe ministers met.")
        #expect(doc.paragraphs.map(\.kind) == [.dateline, .body])
        #expect(doc.metadata.place == "Bishkek")
    }

    @Test(arguments: [
        "Background: the talks have a long history.",
        "UPDATE: The talks resumed on Monday.",
        "BREAKING - The talks collapsed.",
        "During the ASEAN foreign ministers meeting in Jakarta, the ministers met.",
        "Senator Chuck Schumer (D-N.Y.) — said no.",
        "Thursday, Canadian naval forces rescued a fishing crew.",
        "Pakistan: A Modern History is a book.",
        "The U.S. (AP) said nothing.",
        "(The meeting was postponed.) - Officials",
        "Islamabad: the capital of Pakistan.",
    ])
    func notDatelines(_ line: String) {
        let doc = Seg.document(line)
        #expect(!doc.paragraphs.contains { $0.kind == .dateline })
        #expect(doc.metadata.place == nil && doc.metadata.source == nil)
    }

    @Test func datelinesAreOnlyLookedForAtTheStart() {
        let doc = Seg.document("The talks began.\nLONDON (Reuters) - More talks.")
        #expect(!doc.paragraphs.contains { $0.kind == .dateline })
    }
}
