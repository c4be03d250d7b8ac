import Testing
@testable import DossierExtraction

@Suite struct KnowledgeTitleTests {
    let g = KnowledgeFixtures.gazetteer

    @Test(arguments: [
        ("Minister of Foreign Affairs", "foreign minister"), ("Foreign Minister", "foreign minister"),
        ("foreign minister", "foreign minister"), ("Minister for Foreign Affairs", "foreign minister"),
        ("Foreign Secretary", "foreign minister"), ("Deputy Prime Minister", "deputy prime minister"),
        ("Secretary-General", "secretary-general"), ("Secretary General", "secretary-general"),
        ("Prime Minister", "prime minister"), ("President", "president"), ("Ambassador", "ambassador"),
        ("Senator", "senator"), ("Governor", "governor"), ("King", "king"), ("Queen", "queen"),
        ("Chancellor", "chancellor"), ("Mr.", "mr"), ("Mr", "mr"), ("Dr", "dr"), ("Sir", "sir"),
        ("Defence Minister", "defense minister"), ("Minister of Defense", "defense minister"),
    ])
    func normalizedRoles(form: String, role: String) {
        #expect(g.titles.normalizedRole(of: form) == role, "\(form)")
    }

    @Test func modifiersAndKinds() throws {
        let deputy = try #require(g.titles.lookup("Deputy").first)
        #expect(deputy.isModifier)
        #expect(g.titles.lookup("Mrs").first?.kind == "honorific")
        #expect(g.titles.lookup("President").first?.kind == "head-of-state")
        #expect(g.titles.all.count > 500)
    }

    @Test func firstNames() throws {
        let james = try #require(g.firstNames.lookup("James"))
        #expect(james.sex == "M")
        #expect(g.firstNames.lookup("Mary")?.sex == "F")
        #expect(g.firstNames.all.count > 5000)
        #expect(g.firstNames.lookup("Zardari") == nil)
    }
}
