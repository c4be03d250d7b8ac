import Testing
@testable import DossierExtraction

@Suite struct KnowledgeCountryTests {
    let g = KnowledgeFixtures.gazetteer

    @Test func bundledDataLoadsCleanly() {
        #expect(g.diagnostics.isEmpty, "\(g.diagnostics.prefix(5))")
        #expect(g.countries.all.filter { !$0.isHistorical }.count >= 249)
        #expect(g.countries.all.contains { $0.isHistorical })
    }

    @Test func possessiveFindsKazakhstan() {
        #expect(g.countries.first(named: "Kazakhstan’s")?.code == "KZ")
        #expect(g.countries.first(named: "KAZAKHSTAN")?.code == "KZ")
    }

    @Test func shortFormsOfTheUnitedStates() {
        for form in ["the U.S.", "U.S.", "US", "USA", "United States", "America", "United States of America"] {
            #expect(g.countries.first(named: form)?.code == "US", "\(form)")
        }
        #expect(g.countries.lookup("us").isEmpty, "lowercase 'us' is a pronoun, not an acronym")
    }

    @Test func sovietUnionIsTheHistoricalEntry() throws {
        let ussr = try #require(g.countries.first(named: "USSR"))
        #expect(ussr.isHistorical)
        #expect(ussr.code == "SUHH")
        #expect(ussr.alpha2 == "SU")
        #expect(g.countries.first(named: "Soviet Union") == ussr)
        #expect(g.countries.first(named: "the Soviet Union") == ussr)
        #expect(g.countries.first(named: "Yugoslavia")?.isHistorical == true)
        #expect(g.countries.first(named: "East Germany")?.code == "DDDE")
    }

    @Test(arguments: [
        ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("Russia", "RU"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("Iran", "IR"), ("Syria", "SY"), ("Vietnam", "VN"),
        ("Laos", "LA"), ("Bolivia", "BO"), ("Venezuela", "VE"), ("Tanzania", "TZ"), ("Moldova", "MD"),
        ("Czechia", "CZ"), ("Czech Republic", "CZ"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Holland", "NL"), ("Netherlands", "NL"), ("Turkey", "TR"),
        ("Türkiye", "TR"), ("Macedonia", "MK"), ("North Macedonia", "MK"), ("Swaziland", "SZ"),
        ("Eswatini", "SZ"), ("Palestine", "PS"), ("Taiwan", "TW"), ("Kosovo", "XK"), ("Vatican", "VA"),
        ("Czechoslovakia", "CSHH"), ("West Germany", "DE"), ("Pakistan", "PK"),
    ])
    func curatedAliases(form: String, code: String) {
        #expect(g.countries.first(named: form)?.code == code, "\(form)")
    }

    @Test func codesAndNames() throws {
        let pk = try #require(g.countries.country(code: "PK"))
        #expect(pk.alpha3 == "PAK")
        #expect(pk.officialName == "Islamic Republic of Pakistan")
        #expect(g.countries.country(code: "pak") == pk)
        #expect(g.countries.country(code: "KR")?.displayName == "South Korea")
    }

    @Test func demonymsMapToCountries() {
        #expect(g.demonyms.countryCodes(for: "Pakistani") == ["PK"])
        #expect(g.demonyms.countryCodes(for: "Pakistanis") == ["PK"])
        #expect(g.demonyms.countryCodes(for: "Kazakhstani") == ["KZ"])
        #expect(g.demonyms.countryCodes(for: "Kazakh") == ["KZ"])
        #expect(g.demonyms.countryCodes(for: "Afghans") == ["AF"])
        #expect(g.demonyms.countryCodes(for: "Uzbekistani") == ["UZ"])
        #expect(g.demonyms.countryCodes(for: "American") == ["US"])
        #expect(g.demonyms.countryCodes(for: "British") == ["GB"])
        #expect(g.demonyms.countryCodes(for: "Soviet") == ["SUHH"])
        #expect(Set(g.demonyms.countryCodes(for: "Congolese")) == ["CD", "CG"])
        let pakistani = g.demonyms.lookup("Pakistani")
        #expect(pakistani.first?.roles.contains([.adjective, .person]) == true)
    }

    @Test func everyDemonymMapsToAnExistingCountry() {
        #expect(g.demonyms.all.count > 600)
        for d in g.demonyms.all {
            #expect(g.countries.country(code: d.countryCode) != nil, "\(d.form) -> \(d.countryCode)")
        }
        let covered = Set(g.demonyms.all.map(\.countryCode))
        let current = g.countries.all.filter { !$0.isHistorical }
        let without = current.filter { !covered.contains($0.code) }.map(\.code).sorted()
        // Only uninhabited or purely administrative territories lack a demonym.
        #expect(without == ["BV", "GS", "HM", "IO", "SJ", "TF", "UM"])
    }
}
