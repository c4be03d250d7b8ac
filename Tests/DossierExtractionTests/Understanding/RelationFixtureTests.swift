import DossierModel
import Testing
@testable import DossierExtraction

/// Relations on short articles (Fixtures/*.txt, written for these tests).
@Suite struct RelationFixtureTests {
    @Test func joinedAndBothMembers() throws {
        let doc = try EventFixtures.parse("membership")
        let joined = try #require(doc.relationLinking("member_of", "Finland", "North Atlantic Treaty Organization"))
        #expect(joined.attributes["how"] == .string("joined"))
        #expect(joined.attributes["since"] == .string("2023-04-04"))
        #expect(doc.relationLinking("member_of", "Finland", "European Union") != nil)
        #expect(doc.relationLinking("member_of", "Sweden", "European Union")?.attributes["gazetteer_confirms"] == .boolean(true))
        #expect(doc.relationsOfKind("member_of").count == 3)
    }

    @Test func recognitionWithDate() throws {
        let doc = try EventFixtures.parse("recognition")
        let recognized = try #require(doc.relationsOfKind("recognized").first)
        #expect(doc.entityName(recognized.subject) == "Spain")
        #expect(doc.entity(recognized.object ?? "")?.attributes["iso"] == .string("PS"))
        #expect(recognized.attributes["date"] == .string("2024-05-28"))
        #expect(recognized.evidence.map { doc.text(of: $0) }?.hasPrefix("Spain formally recognized") == true)
    }

    @Test func theTwoCountriesAreTheOnesDiscussed() throws {
        let doc = try EventFixtures.parse("relations")
        let relation = try #require(doc.relationsOfKind("diplomatic_relations").first)
        #expect(Set([doc.entityName(relation.subject), doc.entityName(relation.object)]) == ["Honduras", "China"])
        #expect(relation.attributes["date"] == .string("2023-03-26"))
        #expect(relation.attributes["status"] == .string("established"))
    }

    @Test func populationAndWhereMostLive() throws {
        let doc = try EventFixtures.parse("population")
        let country = try #require(doc.relationLinking("resides_in", "Philippine", "Qatar"))
        #expect(country.attributes["count"] == .integer(4500))
        let city = try #require(doc.relationLinking("resides_in", "Philippine", "Doha"))
        #expect(city.attributes["share"] == .string("majority"))
    }

    @Test func citiesInTheirCountries() throws {
        let doc = try EventFixtures.parse("state_visit")
        #expect(doc.relationLinking("located_in", "Paris", "France")?.attributes["cooccur"] == .boolean(true))
        let geneva = try EventFixtures.parse("statement")
        // Switzerland is never named: the relation keeps the code, without an object.
        #expect(geneva.relationLinking("located_in", "Geneva", nil)?.attributes["country"] == .string("CH"))
    }

    @Test func idsContinueAfterExistingRelations() throws {
        var doc = try EventFixtures.parse("membership")
        doc.relations = [Relation(id: "r4", kind: "holds_role", subject: "e1")]
        RelationStage(gazetteer: Gazetteer.shared).apply(to: &doc)
        #expect(doc.relations.count > 1)
        #expect(doc.relations.dropFirst().first?.id == "r5")
        #expect(Set(doc.relations.map(\.id)).count == doc.relations.count)
    }
}
