import Testing
@testable import DossierExtraction

@Suite struct KnowledgeOrganizationTests {
    let g = KnowledgeFixtures.gazetteer

    @Test(arguments: [
        ("SCO", "Shanghai Cooperation Organization", "sco"),
        ("OIC", "Organization of Islamic Cooperation", "oic"),
        ("ECO", "Economic Cooperation Organization", "eco"),
        ("CAREC", "Central Asia Regional Economic Cooperation", "carec"),
        ("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", "cica"),
    ])
    func referenceArticleOrganizations(acronym: String, name: String, id: String) {
        #expect(g.organizations.lookup(acronym).map(\.id) == [id])
        #expect(g.organizations.lookup(name).map(\.id) == [id])
        #expect(g.organizations.organization(id: id)?.members.contains("PK") == true)
        #expect(g.organizations.organization(id: id)?.members.contains("KZ") == true)
    }

    @Test func spellingsAndDottedAcronyms() {
        #expect(g.organizations.lookup("Organisation of Islamic Cooperation").first?.id == "oic")
        #expect(g.organizations.lookup("Shanghai Cooperation Organisation").first?.id == "sco")
        #expect(g.organizations.lookup("U.N.").first?.id == "un")
        #expect(g.organizations.lookup("UN").first?.id == "un")
        #expect(g.organizations.lookup("the United Nations").first?.id == "un")
        #expect(g.organizations.lookup("World Health Organisation").first?.id == "who")
        #expect(g.organizations.lookup("who").isEmpty)
        #expect(g.organizations.lookup("Arab League").first?.id == "league-of-arab-states")
    }

    @Test(arguments: ["UN", "NATO", "EU", "ASEAN", "AU", "OPEC", "WHO", "IMF", "World Bank", "WTO", "G7", "G20",
                      "BRICS", "OSCE", "CIS", "CSTO", "EAEU", "SAARC", "GCC", "Arab League", "African Union"])
    func majorOrganizationsPresent(name: String) {
        #expect(!g.organizations.lookup(name).isEmpty, "\(name)")
    }

    @Test func atLeastTwoHundredWithSources() {
        #expect(g.organizations.all.count >= 200)
        for o in g.organizations.all {
            #expect(!o.source.isEmpty, "\(o.id) has no source")
            #expect(!o.type.isEmpty)
            #expect(o.members.isEmpty || o.membersAsOf != nil, "\(o.id) members without a year")
            for m in o.members {
                #expect(g.countries.country(code: m) != nil, "\(o.id): \(m)")
            }
        }
        #expect(Set(g.organizations.all.map(\.id)).count == g.organizations.all.count)
    }

    @Test(arguments: [("sco", 10), ("oic", 57), ("eco", 10), ("carec", 11), ("cica", 28), ("eu", 27), ("nato", 32),
                      ("asean", 10), ("g7", 7), ("gcc", 6), ("eaeu", 5), ("csto", 6), ("saarc", 8), ("au", 55)])
    func memberCounts(id: String, count: Int) {
        #expect(g.organizations.organization(id: id)?.members.count == count)
    }

    @Test func memberships() {
        let kazakh = Set(g.organizations.memberships(of: "KZ").map(\.id))
        #expect(kazakh.isSuperset(of: ["sco", "oic", "eco", "carec", "cica", "cis", "csto", "eaeu", "un"]))
    }
}
