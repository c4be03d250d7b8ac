import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Segmentation: tokens")
struct SegmentationTokenizerTests {
    private func kinds(_ text: String) -> [Token.Kind] { Seg.document(text).tokens.map(\.kind) }

    @Test func wordsAndPunctuation() {
        #expect(Seg.tokens("The two Ministers met, briefly.") == ["The", "two", "Ministers", "met", ",", "briefly", "."])
    }

    @Test func possessiveCliticIsSplitWithBothApostrophes() {
        let doc = Seg.document("Kazakhstan’s policy and Pakistan's aim.")
        let texts = doc.tokens.map { doc.text(of: $0.span) }
        #expect(texts == ["Kazakhstan", "’s", "policy", "and", "Pakistan", "'s", "aim", "."])
        #expect(doc.tokens[1].kind == .possessive)
        #expect(doc.tokens[5].kind == .possessive)
        #expect(doc.tokens[0].span.end == doc.tokens[1].span.start, "the clitic is adjacent to its host")
    }

    @Test func allCapsPossessive() {
        #expect(Seg.tokens("KAZAKHSTAN'S POLICY") == ["KAZAKHSTAN", "'S", "POLICY"])
    }

    @Test func pronounCliticIsNotPossessive() {
        let doc = Seg.document("It's late and he’s gone.")
        #expect(doc.tokens.map { doc.text(of: $0.span) } == ["It", "'s", "late", "and", "he", "’s", "gone", "."])
        #expect(doc.tokens[1].kind == .word)
        #expect(doc.tokens[5].kind == .word)
    }

    @Test func pluralPossessiveAndSingleQuotes() {
        let doc = Seg.document("The Ministers’ meeting backed the ‘Vision’ policy and the 'Plan' too.")
        let tokens = doc.tokens.map { (doc.text(of: $0.span), $0.kind) }
        #expect(tokens[2] == ("’", .possessive))
        #expect(tokens.contains { $0 == ("‘", .punctuation) })
        #expect(tokens[8] == ("’", .punctuation), "a quote that was opened closes, it is no possessive")
        #expect(tokens.filter { $0.1 == .possessive }.count == 1)
    }

    @Test func contractionsFollowThePennTreebank() {
        #expect(Seg.tokens("don't") == ["do", "n't"])
        #expect(Seg.tokens("They can’t say we're sure I'd go.") ==
                ["They", "ca", "n’t", "say", "we", "'re", "sure", "I", "'d", "go", "."])
    }

    @Test func apostrophesInsideNamesStay() {
        #expect(Seg.tokens("O'Rourke visited Côte d’Ivoire at 5 o'clock.") ==
                ["O'Rourke", "visited", "Côte", "d’Ivoire", "at", "5", "o'clock", "."])
    }

    @Test func hyphensAreAlwaysTokensOfTheirOwn() {
        let doc = Seg.document("the Pakistan-Kazakhstan Inter-Governmental side-by-side COVID-19 talks -- and more")
        let texts = doc.tokens.map { doc.text(of: $0.span) }
        #expect(texts == ["the", "Pakistan", "-", "Kazakhstan", "Inter", "-", "Governmental", "side", "-", "by", "-",
                          "side", "COVID", "-", "19", "talks", "--", "and", "more"])
        // No space around a compound's hyphen: the spans say so.
        #expect(doc.tokens[1].span.end == doc.tokens[2].span.start && doc.tokens[2].span.end == doc.tokens[3].span.start)
    }

    @Test(arguments: ["Mr.", "Mrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen.",
                      "Rep.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Corp.", "Co.", "vs.", "etc.", "e.g.",
                      "i.e.", "No.", "Nos.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.",
                      "Nov.", "Dec.", "Mon.", "Tue.", "U.S.", "U.K.", "U.N.", "E.U.", "a.m.", "p.m.", "Ph.D.",
                      "N.Y.", "D.C."])
    func abbreviationsKeepTheirPeriod(_ abbreviation: String) {
        let tokens = Seg.tokens("x \(abbreviation) y")
        #expect(tokens == ["x", abbreviation, "y"])
    }

    @Test func initialsKeepTheirPeriod() {
        #expect(Seg.tokens("J. R. R. Tolkien and George W. Bush") ==
                ["J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush"])
        #expect(Seg.tokens("J.K. Rowling") == ["J.K.", "Rowling"])
    }

    @Test func ordinaryWordsDoNotKeepAPeriod() {
        #expect(Seg.tokens("It ended.") == ["It", "ended", "."])
        #expect(Seg.tokens("the US.") == ["the", "US", "."])
    }

    @Test func domainsKeepTheirDotsButNotAFinalPeriod() {
        #expect(Seg.tokens("Znak.com reported it on Znak.com.") == ["Znak.com", "reported", "it", "on", "Znak.com", "."])
    }

    @Test func numbers() {
        let doc = Seg.document("1,000 people, 3.2 percent, in 1991, 12% of $5 and €3, the 2nd in the 1990s at 10:30.")
        let tokens = doc.tokens.map { (doc.text(of: $0.span), $0.kind) }
        for number in ["1,000", "3.2", "1991", "12", "5", "3", "2nd", "1990s", "10:30"] {
            #expect(tokens.contains { $0 == (number, .number) }, "\(number) is one number token")
        }
        for symbol in ["%", "$", "€"] {
            #expect(tokens.contains { $0 == (symbol, .symbol) }, "\(symbol) is a symbol token")
        }
    }

    @Test func unitsSplitFromNumbersButCodesStayWhole() {
        #expect(Seg.tokens("at 6am over 10km on 4G") == ["at", "6", "am", "over", "10", "km", "on", "4G"])
    }

    @Test func symbolsAndAmpersands() {
        let doc = Seg.document("AT&T and S&P rose; R & D fell £2 #tag @user")
        let tokens = doc.tokens.map { (doc.text(of: $0.span), $0.kind) }
        #expect(tokens.map(\.0) == ["AT&T", "and", "S&P", "rose", ";", "R", "&", "D", "fell", "£", "2", "#", "tag", "@", "user"])
        #expect(tokens[6].1 == .symbol && tokens[9].1 == .symbol && tokens[3].1 == .word)
    }

    @Test func typographicPunctuationIsOneTokenEach() {
        let doc = Seg.document("“Yes” – no — maybe… or... what?! (fine) [ok]")
        let texts = doc.tokens.map { doc.text(of: $0.span) }
        #expect(texts == ["“", "Yes", "”", "–", "no", "—", "maybe", "…", "or", "...", "what", "?!", "(", "fine", ")", "[", "ok", "]"])
        #expect(doc.tokens.filter { doc.text(of: $0.span) != "Yes" && $0.kind != .word }.allSatisfy { $0.kind == .punctuation })
    }

    @Test func urlsAndEmailsAreSingleTokens() {
        #expect(Seg.tokens("See https://example.org/a_b?c=1 (or www.un.org/en). Mail press.office@un.org now.") ==
                ["See", "https://example.org/a_b?c=1", "(", "or", "www.un.org/en", ")", ".", "Mail",
                 "press.office@un.org", "now", "."])
    }

    @Test func nonLatinLetters() {
        #expect(Seg.tokens("Jarosław Kaczyński met Владимир Путин and عمران خان.") ==
                ["Jarosław", "Kaczyński", "met", "Владимир", "Путин", "and", "عمران", "خان", "."])
        #expect(Seg.tokens("北京市") == ["北", "京", "市"], "Han characters are one token each")
    }

    @Test func combiningMarksAndEmojiStayWithTheirCharacter() {
        #expect(Seg.tokens("Cafe\u{301} 👍🏽 ok") == ["Cafe\u{301}", "👍🏽", "ok"])
        #expect(Seg.tokens("👩‍💻!") == ["👩‍💻", "!"])
    }

    @Test func veryLongWordsAreCutIntoBoundedTokens() {
        let word = String(repeating: "abc", count: 1_000)
        let doc = Seg.document(word)
        #expect(doc.tokens.count == (3_000 + TokenScanner.maxTokenBytes - 1) / TokenScanner.maxTokenBytes)
        #expect(doc.tokens.allSatisfy { $0.span.length <= TokenScanner.maxTokenBytes })
        #expect(Seg.invariantViolations(doc).isEmpty)
    }
}
