import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Pattern syntax: token items")
struct PatternSyntaxTests {
    let text = "Trade rose. The trade deal: TRADE exports rose 12 percent, and U.S. exporters exported more."

    @Test func quotedLiteralIsCaseSensitive() throws {
        #expect(try PatternFixture.texts(#""trade""#, in: text) == ["trade"])
        #expect(try PatternFixture.texts(#""Trade""#, in: text) == ["Trade"])
    }

    @Test func quotedLiteralWithIFlagIgnoresCase() throws {
        #expect(try PatternFixture.texts(#""trade"i"#, in: text) == ["Trade", "trade", "TRADE"])
    }

    @Test func bareWordIsCaseInsensitive() throws {
        #expect(try PatternFixture.texts("trade rose", in: text) == ["Trade rose"])
        #expect(try PatternFixture.texts("the trade deal", in: text) == ["The trade deal"])
    }

    @Test func literalWithSpacesIsASequence() throws {
        #expect(try PatternFixture.texts(#""trade deal""#, in: text) == ["trade deal"])
        #expect(try PatternFixture.texts(#""U.S." exporters"#, in: text) == ["U.S. exporters"])
    }

    @Test func tokenClasses() throws {
        #expect(try PatternFixture.texts("[number]", in: text) == ["12"])
        #expect(try PatternFixture.texts("[number] [word]", in: text) == ["12 percent"])
        #expect(try PatternFixture.texts("[punct]", in: text) == [".", ":", ",", "."])
        #expect(try PatternFixture.texts("[upper] [lower]", in: text) == ["TRADE exports", "U.S. exporters"])
        #expect(try PatternFixture.texts("[capitalized] [lower]", in: text) == ["Trade rose", "The trade", "TRADE exports", "U.S. exporters"])
        #expect(try PatternFixture.texts("[capitalized word] [capitalized word]", in: text) == [])
        #expect(try PatternFixture.texts("deal . [upper]", in: text) == ["deal: TRADE"])
        #expect(try PatternFixture.texts("deal [any] [any]", in: text) == ["deal: TRADE"])
    }

    @Test func regexItems() throws {
        #expect(try PatternFixture.texts("/^export(s|ed|ers)?$/", in: text) == ["exports", "exporters", "exported"])
        #expect(try PatternFixture.texts("/port/", in: text) == ["exports", "exporters", "exported"])
        #expect(try PatternFixture.texts("/^[A-Z]+$/", in: text) == ["TRADE"])
        #expect(try PatternFixture.texts("/^t.ade$/i", in: text) == ["Trade", "trade", "TRADE"])
        #expect(try PatternFixture.texts(#"/^\d+$/ percent"#, in: text) == ["12 percent"])
        #expect(try PatternFixture.texts(#"/^[^a-z]+$/"#, in: "Pakistan USA 12 ok") == ["USA", "12"])
    }

    @Test func negation() throws {
        #expect(try PatternFixture.texts(#"rose ![punct]"#, in: text) == ["rose 12"])
        #expect(try PatternFixture.texts(#"!"the"i trade"#, in: "the trade and a trade") == ["a trade"])
    }

    @Test func possessiveMatchesBothApostrophes() throws {
        let doc = PatternFixture.document("Pakistan’s exports and China's imports.")
        #expect(doc.tokens.map(\.kind).filter { $0 == .possessive }.count == 2)
        #expect(try PatternFixture.texts(#"[capitalized] "'s""#, doc) == ["Pakistan’s", "China's"])
        #expect(try PatternFixture.texts(#"[capitalized] "’s""#, doc) == ["Pakistan’s", "China's"])
        #expect(try PatternFixture.texts("[capitalized] [possessive]", doc) == ["Pakistan’s", "China's"])
    }
}

@Suite("Pattern token regex")
struct PatternRegexTests {
    func matches(_ regex: String, _ text: String, i: Bool = false) throws -> Bool {
        try TokenRegex(regex, caseInsensitive: i).matches(i ? text.lowercased() : text)
    }

    @Test func subset() throws {
        #expect(try matches("^ab*c$", "ac"))
        #expect(try matches("^ab*c$", "abbbc"))
        #expect(try !matches("^ab+c$", "ac"))
        #expect(try matches("^(ab|cd)+$", "abcdab"))
        #expect(try !matches("^(ab|cd)+$", "abc"))
        #expect(try matches("^colou?r$", "color"))
        #expect(try matches("^[a-c0-9_]+$", "ab_09"))
        #expect(try matches(#"^\$$"#, "$"))
        #expect(try matches("^[A-Z]$", "q", i: true))
        #expect(try matches("^é+$", "éé"))
        #expect(try !matches("^$", "x"))
        #expect(try matches("x$", "box"))
    }

    @Test func pathologicalRegexIsLinear() throws {
        let text = String(repeating: "a", count: 500)
        #expect(try !matches("^(a*)*(a|b)*b$", text))
    }

    @Test func errorsHaveOffsets() {
        #expect(throws: RegexSyntaxError.self) { try TokenRegex("(ab", caseInsensitive: false) }
        #expect(throws: RegexSyntaxError.self) { try TokenRegex("*a", caseInsensitive: false) }
        #expect(throws: RegexSyntaxError.self) { try TokenRegex("[z-a]", caseInsensitive: false) }
    }
}
