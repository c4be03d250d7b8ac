import Testing
@testable import DossierExtraction

@Suite struct KnowledgeRegionTests {
    let g = KnowledgeFixtures.gazetteer

    @Test func centralAsia() throws {
        let region = try #require(g.regions.lookup("Central Asia").first)
        #expect(Set(region.members) == ["KZ", "UZ", "TJ", "KG", "TM"])
        #expect(region.m49 == "143")
        #expect(g.regions.lookup("Central Asian Republics").first?.id == "central-asia")
        #expect(g.regions.lookup("Central Asian").first?.id == "central-asia")
    }

    @Test func includesResolveToMembers() throws {
        let asia = try #require(g.regions.region(id: "asia"))
        #expect(asia.members.contains("KZ") && asia.members.contains("JP") && asia.members.contains("TR"))
        let world = try #require(g.regions.region(id: "world"))
        #expect(world.members.count >= 249)
    }

    @Test(arguments: ["South Asia", "Middle East", "Southeast Asia", "Western Europe", "Eastern Europe", "Balkans",
                      "Caucasus", "Sub-Saharan Africa", "North Africa", "Latin America", "the Gulf", "Horn of Africa",
                      "Sahel", "Scandinavia", "the Pacific", "Asia", "Europe", "Africa"])
    func namedRegionsExist(name: String) {
        #expect(!g.regions.lookup(name).isEmpty, "\(name)")
    }

    @Test func everyRegionHasASourceAndKnownMembers() {
        for r in g.regions.all {
            #expect(!r.source.isEmpty, "\(r.id)")
            for m in r.members { #expect(g.countries.country(code: m) != nil, "\(r.id): \(m)") }
        }
        #expect(g.regions.regions(containing: "PK").contains { $0.id == "southern-asia" })
    }
}
