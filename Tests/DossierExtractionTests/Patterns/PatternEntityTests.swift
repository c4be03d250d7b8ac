import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Pattern entity items, captures and the issue's example")
struct PatternEntityTests {
    typealias Spec = PatternFixture.EntitySpec

    let doc = PatternFixture.document(
        "The United Kingdom and Pakistan signed a deal. Trade between Pakistan and the United Kingdom reached $3.2 billion.",
        [Spec(kind: .country, phrase: "United Kingdom", attributes: ["iso": .string("GB")]),
         Spec(kind: .country, phrase: "Pakistan", attributes: ["iso": .string("PK")]),
         Spec(kind: .money, phrase: "$3.2 billion", attributes: ["value": .number(3.2e9), "unit": .string("USD")])])

    @Test func entityItemConsumesTheWholeMention() throws {
        #expect(try PatternFixture.texts("[kind=country]", doc) == ["United Kingdom", "Pakistan", "Pakistan", "United Kingdom"])
        #expect(try PatternFixture.texts("the [entity=country] and", doc) == ["The United Kingdom and"])
        #expect(try PatternFixture.texts("[country] reached [money]", doc) == ["United Kingdom reached $3.2 billion"])
        // A mention cannot be entered half-way: "Kingdom" alone is no country.
        #expect(try PatternFixture.texts("united [country]", doc) == [])
    }

    @Test func attributeTests() throws {
        #expect(try PatternFixture.texts("[kind=country iso=PK]", doc) == ["Pakistan", "Pakistan"])
        #expect(try PatternFixture.texts("[iso=GB]", doc) == ["United Kingdom", "United Kingdom"])
        #expect(try PatternFixture.texts("[kind=country iso=PK|GB] and", doc) == ["United Kingdom and", "Pakistan and"])
        #expect(try PatternFixture.texts("[kind=money|percent unit=USD]", doc) == ["$3.2 billion"])
        #expect(try PatternFixture.texts(#"[kind=country iso="XX"]"#, doc) == [])
    }

    @Test func capturesCarryTokensSpansAndEntities() throws {
        let pattern = try TokenPattern("between (?<a> [country]) and the? (?<b> [country]) (?<verb> [lower]) [money]")
        #expect(pattern.captureNames == ["a", "b", "verb"])
        let matches = pattern.matches(in: doc)
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.sentence == 1)
        #expect(doc.text(of: match.span) == "between Pakistan and the United Kingdom reached $3.2 billion")
        #expect(match.captures["a"]?.entity == "e2")
        #expect(match.captures["b"].map { doc.text(of: $0.span) } == "United Kingdom")
        #expect(match.captures["b"]?.tokens.count == 2)
        #expect(match.captures["b"]?.entity == "e1")
        #expect(match.captures["verb"]?.entity == nil)
        #expect(match.captures["verb"].map { doc.text(of: $0.span) } == "reached")
        #expect(match.entities.map(\.entity) == ["e2", "e1", "e3"])
        #expect(match.entities.last.map { doc.text(of: $0.span) } == "$3.2 billion")
        #expect(doc.text(of: match.span) == doc.tokens[match.tokens].map { doc.text(of: $0.span) }.joined(separator: " ")
            .replacingOccurrences(of: "$ ", with: "$"))
    }

    @Test func optionalCaptureIsAbsentWhenSkipped() throws {
        let matches = try TokenPattern("(?<article> the)? [country]").matches(in: doc)
        #expect(matches.map { $0.captures["article"] != nil } == [true, false, false, true])
    }

    @Test func issueExample() throws {
        let doc = PatternFixture.document(
            "Pakistan’s exports to China rose to 120 containers. Kazakhstan exports to Pakistan fell 30 tonnes. China's exports to Pakistan rose.",
            [Spec(kind: .country, phrase: "Pakistan"), Spec(kind: .country, phrase: "China"),
             Spec(kind: .country, phrase: "Kazakhstan"),
             Spec(kind: .quantity, phrase: "120 containers"), Spec(kind: .quantity, phrase: "30 tonnes")])
        let pattern = try TokenPattern(#"[entity=country] "'s"? "exports" "to" [entity=country] ("rose" | "fell") "to"? [quantity]"#)
        let matches = pattern.matches(in: doc)
        #expect(matches.map { doc.text(of: $0.span) } == [
            "Pakistan’s exports to China rose to 120 containers",
            "Kazakhstan exports to Pakistan fell 30 tonnes",
        ])
        #expect(matches.map(\.sentence) == [0, 1])
        #expect(matches.first?.entities.map(\.entity) == ["e1", "e2", "e4"])
    }

    @Test func designExample() throws {
        let doc = PatternFixture.document(
            "Pakistan and United Kingdom trade reached $3.2 billion. Pakistan trade $3.2 billion.",
            [Spec(kind: .country, phrase: "Pakistan"), Spec(kind: .country, phrase: "United Kingdom"),
             Spec(kind: .money, phrase: "$3.2 billion", attributes: ["value": .number(3.2e9)])])
        let pattern = try TokenPattern(#"[kind=country] ("and" [kind=country])? "trade" "reached"? [kind=money]"#)
        let matches = pattern.matches(in: doc)
        #expect(matches.map { doc.text(of: $0.span) } == ["Pakistan and United Kingdom trade reached $3.2 billion",
                                                          "Pakistan trade $3.2 billion"])
        #expect(matches.map { $0.entities.last?.entity } == ["e3", "e3"])
        #expect(try PatternFixture.texts("[kind=money value=3200000000]", doc).count == 2)
    }

    @Test func noMatchAcrossSentences() throws {
        let doc = PatternFixture.document("Exports rose. Pakistan said so.", [Spec(kind: .country, phrase: "Pakistan")])
        #expect(try PatternFixture.texts(#"rose "." [country]"#, doc) == [])
        #expect(try PatternFixture.texts(#"rose [any]*"#, doc) == ["rose."])
        #expect(try PatternFixture.texts(#". [country]"#, doc) == [])
    }
}
