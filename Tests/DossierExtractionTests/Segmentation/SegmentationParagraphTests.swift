import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Segmentation: paragraphs")
struct SegmentationParagraphTests {
    @Test func eachLineIsAParagraphAndBlankLinesSeparate() {
        #expect(Seg.paragraphs("First one here.\nSecond one here.\n\n\nThird one here.\n") ==
                ["body: First one here.", "body: Second one here.", "body: Third one here."])
    }

    @Test func spansExcludeSurroundingWhiteSpaceAndLineBreaks() {
        let text = "  \u{00A0}First one here.\u{00A0} \r\n\tSecond one here.\u{2028}Third one here.\r"
        let doc = Seg.document(text)
        #expect(doc.paragraphs.map { doc.text(of: $0.span) } == ["First one here.", "Second one here.", "Third one here."])
        #expect(doc.text == text, "the text is kept byte for byte")
    }

    @Test(arguments: ["Pakistan and Kazakhstan Relations", "Background", "What Comes Next",
                      "REACTIONS FROM ABROAD", "“Vision Central Asia” Explained"])
    func headings(_ line: String) {
        let doc = Seg.document("\(line)\nThe talks began on Monday in the capital.")
        #expect(doc.paragraphs.first?.kind == .heading)
        #expect(doc.paragraphs.last?.kind == .body)
    }

    @Test(arguments: ["Bergen is where most of the fishing crews spend the winter months",
                      "He said:", "The talks ended.", "—Natasha Gownaris", "• Item one",
                      "Growth was slow, and prices, rents, wages and taxes rose across the region"])
    func notHeadings(_ line: String) {
        let doc = Seg.document("The talks began.\n\(line)")
        #expect(doc.paragraphs.last?.kind == .body)
    }

    @Test(arguments: ["Also read: Trade ministers of Chile and Peru meet", "Read more: Talks stall",
                      "Related: Earlier coverage", "RELATED ARTICLES", "See also", "Subscribe to our newsletter",
                      "Share this article", "Follow us on Twitter", "Click here to read the report",
                      "Sign up for our daily briefing", "Advertisement", "ADVERTISEMENT",
                      "(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe; Editing by John Roe",
                      "© 2022 Reuters", "Copyright 2022 The Associated Press. All rights reserved.",
                      "Image: Nicholas Moreau.", "• Related: More talks"])
    func boilerplate(_ line: String) {
        let doc = Seg.document("The talks began on Monday.\n\(line)\nThey ended on Tuesday.")
        #expect(doc.paragraphs.map(\.kind) == [.body, .boilerplate, .body])
        #expect(doc.sentences.allSatisfy { $0.paragraph != 1 }, "boilerplate has no sentences")
        #expect(!doc.tokens.contains { doc.paragraphs[1].span.contains($0.span) }, "nor tokens")
    }

    @Test(arguments: ["Share prices fell 3% on Monday.", "Subscribers to the service complained loudly.",
                      "Follow the money, he said.", "For more than a decade, the two nations traded.",
                      "Recommended by the committee, the bill passed."])
    func proseThatStartsLikeBoilerplate(_ line: String) {
        #expect(Seg.document(line).paragraphs.map(\.kind) == [.body])
    }

    @Test func sourcesSectionIsApparatus() {
        let doc = Seg.document("""
            The talks ended on Monday.
            Sources
            Jane Doe. "Talks end" — BBC News, January 4, 2019
            External links
            Official site of the ministry
            """)
        #expect(doc.paragraphs.map(\.kind) == [.body, .heading, .boilerplate, .heading, .boilerplate])
    }

    @Test func relatedLinksEndAtTheFirstProse() {
        let doc = Seg.document("""
            The talks ended on Monday.
            Related news
            Talks stall in Tashkent
            Ministers meet in Almaty
            The ministers will meet again in the spring, officials said on Monday.
            """)
        #expect(doc.paragraphs.map(\.kind) == [.body, .boilerplate, .boilerplate, .boilerplate, .body])
    }

    @Test func hardWrappedTextIsJoinedIntoParagraphs() {
        let text = """
            The foreign ministers of the two countries met on Monday in the
            capital to discuss trade. They agreed that commerce between the two
            nations should grow, officials said after the meeting ended late in
            the evening.

            A second round of talks is planned for the spring, when the
            ministers will meet again in Almaty.
            """
        let doc = Seg.document(text)
        #expect(doc.paragraphs.count == 2)
        #expect(doc.sentences.count == 3)
        #expect(doc.text(of: doc.sentences[0].span) ==
                "The foreign ministers of the two countries met on Monday in the\ncapital to discuss trade.")
        #expect(Seg.invariantViolations(doc).isEmpty)
    }

    @Test func indentedParagraphsInWrappedTextStartNewParagraphs() {
        let text = """
            The foreign ministers of the two countries met on Monday in the
            capital to discuss trade and the new pipeline across the region.
                A second round of talks is planned for the spring, when the
            ministers will meet again in Almaty to sign the final agreement.
            """
        #expect(Seg.document(text).paragraphs.count == 2)
    }

    @Test func bulletsStartNewParagraphsInWrappedText() {
        let text = """
            The foreign ministers of the two countries met on Monday in the
            capital to discuss trade and the new pipeline across the region,
            officials said on Tuesday in a statement. They listed these points:
            - a new pipeline across the region to be built within five years
            - lower tariffs on goods traded between the two neighbours
            """
        #expect(Seg.document(text).paragraphs.count == 3)
    }

    @Test func aLineEndingWithACommaJoinsTheNext() {
        let doc = Seg.document("The ministers, who met on Monday,\nSigned the deal.")
        #expect(doc.paragraphs.count == 1)
    }

    @Test func longProseStartingWithAPromotionWordIsBody() {
        let line = "Subscribe " + Array(repeating: "word", count: 50).joined(separator: " ") + "."
        #expect(Seg.document(line).paragraphs.map(\.kind) == [.body])
    }

    @Test func aLineStoppingMidSentenceJoinsTheNext() {
        let doc = Seg.document("The minister said the\nagreement was signed.\nA new line starts here.")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.sentences.count == 2)
    }

    @Test func headingsAreNeverGluedToTheNextSentence() {
        let doc = Seg.document("Background\nThe two nations established relations in 1992.")
        #expect(doc.paragraphs.map(\.kind) == [.heading, .body])
        #expect(doc.sentences.map { doc.text(of: $0.span) } == ["Background", "The two nations established relations in 1992."])
    }

    @Test func firstHeadingLineBecomesTheTitleUnlessTheInputHasOne() {
        let text = "Ministers Meet in Tashkent\n\nWASHINGTON (Reuters) - The ministers met."
        let doc = Seg.document(text)
        #expect(doc.metadata.title == "Ministers Meet in Tashkent")
        #expect(doc.paragraphs.map(\.kind) == [.heading, .dateline, .body])
        #expect(doc.metadata.place == "WASHINGTON")
        let given = Seg.document(text, metadata: SourceMetadata(title: "Given"))
        #expect(given.metadata.title == "Given")
    }
}
