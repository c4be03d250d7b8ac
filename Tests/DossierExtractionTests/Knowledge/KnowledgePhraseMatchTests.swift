import Foundation
import Testing
@testable import DossierExtraction

@Suite struct KnowledgePhraseMatchTests {
    let g = KnowledgeFixtures.gazetteer

    @Test func longestPhraseWins() throws {
        let tokens = ["the", "Shanghai", "Cooperation", "Organization", "(", "SCO", ")"]
        let m = try #require(g.longestMatch(in: tokens, at: 1))
        #expect(m.range == 1..<4)
        #expect(m.hits.first?.entry == .organization(try #require(g.organizations.organization(id: "sco"))))
        let city = try #require(g.longestMatch(in: ["Shanghai", "is", "big"], at: 0))
        #expect(city.range == 0..<1)
        guard case .city(let shanghai) = city.hits.first?.entry else {
            Issue.record("expected a city")
            return
        }
        #expect(shanghai.countryCode == "CN")
        #expect(g.longestMatch(in: tokens, at: 0) == nil, "no match starts at an article")
        let acronym = try #require(g.longestMatch(in: tokens, at: 5))
        #expect(acronym.hits.first?.role == .acronym)
    }

    @Test func hyphenatedNameMatchesWholeOrSplit() throws {
        let split = KnowledgeFixtures.tokens("the Conference on Interaction and Confidence-Building Measures in Asia, which Mongolia joined")
        #expect(split.contains("-"))
        let m = try #require(g.longestMatch(in: split, at: 1))
        #expect(m.hits.first?.entry.name == "Conference on Interaction and Confidence-Building Measures in Asia")
        #expect(split[m.range.upperBound] == ",")
        let whole = ["Conference", "on", "Interaction", "and", "Confidence-Building", "Measures", "in", "Asia"]
        #expect(g.longestMatch(in: whole, at: 0)?.range == 0..<8)
    }

    @Test func possessivesAndDottedAcronyms() throws {
        let tokens = KnowledgeFixtures.tokens("Kazakhstan’s Foreign Minister met the U.S. envoy")
        #expect(tokens[1] == "’s")
        let kz = try #require(g.longestMatch(in: tokens, at: 0, kinds: .countries))
        #expect(kz.range == 0..<1)
        #expect(kz.hits.first?.entry.countryCodes == ["KZ"])
        let title = try #require(g.longestMatch(in: tokens, at: 2, kinds: .titles))
        #expect(title.range == 2..<4)
        guard case .title(let t) = title.hits.first?.entry else { Issue.record("expected a title"); return }
        #expect(t.normalized == "foreign minister")
        let us = try #require(g.longestMatch(in: tokens, at: tokens.firstIndex(of: "U.S.")!, kinds: .countries))
        #expect(us.hits.first?.entry.countryCodes == ["US"])
        let splitUS = ["the", "U", ".", "S", ".", "envoy"]
        #expect(g.longestMatch(in: splitUS, at: 1, kinds: .countries)?.range == 1..<4)
        #expect(g.longestMatch(in: ["give", "us", "time"], at: 1, kinds: .countries) == nil)
        #expect(g.longestMatch(in: ["Kazakhstan", "’s"], at: 1) == nil, "never starts at punctuation")
    }

    @Test func organizationListSentence() {
        let text = "Envoys of the Organization of Islamic Cooperation (OIC) and the Economic Cooperation Organization "
            + "(ECO) joined delegates of the Shanghai Cooperation Organization (SCO), the Central Asia Regional Economic "
            + "Cooperation (CAREC) and the Conference on Interaction and Confidence-Building Measures in Asia (CICA), "
            + "where Turkey and Azerbaijan spoke first."
        let tokens = KnowledgeFixtures.tokens(text)
        let orgs = g.matches(in: tokens, kinds: .organizations).compactMap { m -> String? in
            if case .organization(let o) = m.hits.first?.entry { return o.id }
            return nil
        }
        #expect(orgs == ["oic", "oic", "eco", "eco", "sco", "sco", "carec", "carec", "cica", "cica"])
        let all = g.matches(in: tokens)
        let countries = all.flatMap(\.hits).compactMap { hit -> String? in
            if case .country(let c) = hit.entry { return c.code }
            return nil
        }
        #expect(countries == ["TR", "AZ"])
    }

    @Test func demonymsRegionsAndTitlesInText() throws {
        let tokens = KnowledgeFixtures.tokens(
            "Deputy Prime Minister Aigul Sadykova said 800 Pakistani engineers work in Kazakhstani towns of Central Asia")
        let all = g.matches(in: tokens)
        let first = try #require(all.first)
        #expect(first.range == 0..<3)
        #expect(first.hits.contains { if case .title(let t) = $0.entry { t.normalized == "deputy prime minister" } else { false } })
        let kinds = all.map { $0.hits.first!.entry.kind }
        #expect(kinds.contains(.demonym))
        #expect(kinds.contains(.region))
        let region = try #require(all.last)
        #expect(region.hits.first?.entry.name == "Central Asia")
        #expect(g.lookup("Pakistani").first.flatMap { g.country(for: $0.entry) }?.code == "PK")
    }

    @Test func caseRules() throws {
        #expect(g.longestMatch(in: ["one", "of", "the"], at: 1) == nil, "lowercase 'of' is not the town Of")
        #expect(g.longestMatch(in: ["china", "plates"], at: 0) == nil)
        #expect(g.longestMatch(in: ["the", "pakistani", "side"], at: 1)?.hits.first?.entry.kind == .demonym)
        #expect(g.longestMatch(in: ["the", "foreign", "minister"], at: 1)?.range == 1..<3)
        #expect(g.longestMatch(in: ["the", "first", "three", "ships"], at: 1) == nil, "a modifier alone")
        let acting = try #require(g.longestMatch(in: ["Acting", "Foreign", "Minister"], at: 0))
        #expect(acting.range == 0..<1 && acting.hits.first?.isModifier == true)
        let plural = try #require(g.longestMatch(in: ["two", "Foreign", "Ministers"], at: 1))
        guard case .title(let t) = plural.hits.first?.entry else { Issue.record("expected a title"); return }
        #expect(t.normalized == "foreign minister")
    }

    /// Every gazetteer phrase of the reference article, as a recognizer would see them.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: KnowledgeFixtures.referenceArticle.path)))
    func wholeReferenceArticle() throws {
        let text = try String(contentsOf: KnowledgeFixtures.referenceArticle, encoding: .utf8)
        let found = g.matches(in: KnowledgeFixtures.tokens(text)).map { m -> String in
            switch m.hits[0].entry {
            case .country(let c): "country:\(c.code)"
            case .city(let c): "city:\(c.name)/\(c.countryCode)"
            case .demonym(let d): "demonym:\(d.countryCode)"
            case .region(let r): "region:\(r.id)"
            case .organization(let o): "org:\(o.id)"
            case .title(let t): "title:\(t.normalized)"
            case .firstName(let f): "first:\(f.name)"
            }
        }
        let expected = [
            "city:Tashkent/UZ", "org:sco", "title:foreign minister", "city:Tashkent/UZ", "title:foreign minister",
            "country:PK", "title:foreign minister", "country:KZ", "title:deputy prime minister", "country:KZ",
            "title:foreign minister", "title:foreign minister", "country:PK", "title:minister", "country:PK",
            "region:central-asia", "title:foreign minister", "country:PK", "region:central-asia", "country:PK",
            "country:KZ", "country:PK", "region:central-asia", "title:foreign minister", "country:TJ", "country:PK",
            "country:PK", "country:KZ", "country:PK", "country:KZ", "country:SUHH", "country:PK", "country:KZ",
            "country:PK", "country:KZ", "org:oic", "org:oic", "org:eco", "org:eco", "org:sco", "org:sco", "org:carec",
            "org:carec", "org:cica", "country:PK", "country:KZ", "org:cica", "demonym:PK", "country:KZ",
            "demonym:KZ", "demonym:PK", "city:Almaty/KZ",
        ]
        #expect(found == expected)
    }

    @Test func lookupAcrossKinds() {
        let hits = g.lookup("Mexico")
        #expect(hits.first?.entry.kind == .country)
        #expect(g.lookup("James", kinds: .firstNames).first?.entry.name == "James")
        #expect(g.lookup("James").isEmpty, "first names are not in the standard kinds")
    }
}
