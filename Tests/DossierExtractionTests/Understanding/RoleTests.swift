import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Queries the role and coreference tests share.
extension Document {
    /// The holds_role relations of the person named `name`, as (title, country code).
    func roles(of name: String) -> [(title: String, country: String?)] {
        guard let person = entity(named: name) else { return [] }
        return relations.filter { $0.kind == "holds_role" && $0.subject == person.id }.map {
            ($0.attributes["title"]?.stringValue ?? "", $0.attributes["country"]?.stringValue)
        }
    }

    /// The holds_role relation of `name` with normalized title `title`.
    func role(of name: String, _ title: String) -> Relation? {
        guard let person = entity(named: name) else { return nil }
        return relations.first { $0.kind == "holds_role" && $0.subject == person.id && $0.attributes["title"]?.stringValue == title }
    }

    /// Mentions of `form` of the entity named `name`, as their texts.
    func mentionTexts(of name: String, _ form: Mention.Form) -> [String] {
        entity(named: name)?.mentions.filter { $0.form == form }.map(\.text) ?? []
    }
}

@Suite("Roles: titles and offices")
struct RoleTests {
    @Test("possessive country before the title, several roles sharing it")
    func coordinatedTitles() throws {
        let doc = PipelineFixture.parse("Deputy Prime Minister and Norway’s Foreign Minister Henrik Solberg met reporters in Oslo on Monday.")
        let roles = doc.roles(of: "Henrik Solberg")
        #expect(Set(roles.map(\.title)) == ["deputy prime minister", "foreign minister"])
        #expect(roles.allSatisfy { $0.country == "NO" })
        let person = try #require(doc.entity(named: "Henrik Solberg"))
        #expect(person.attributes["nationality"] == .string("NO"))
        #expect(person.attributes["roles"] == .list([.string("deputy prime minister"), .string("foreign minister")]))
        let relation = try #require(doc.role(of: "Henrik Solberg", "foreign minister"))
        #expect(relation.object == doc.entity(named: "Norway")?.id)
        #expect(doc.text(of: try #require(relation.evidence)) == "Norway’s Foreign Minister")
    }

    @Test("title of a country, then a comma and the name")
    func titleOfCountry() throws {
        let doc = PipelineFixture.parse("The talks were opened by the Minister of Foreign Affairs of Chile, Rodrigo Alvarez, in Santiago.")
        let relation = try #require(doc.role(of: "Rodrigo Alvarez", "foreign minister"))
        #expect(relation.attributes["country"] == .string("CL"))
        #expect(relation.attributes["title_text"] == .string("Minister of Foreign Affairs"))
    }

    @Test("country adjectives and abbreviations before the title")
    func adjectives() {
        let doc = PipelineFixture.parse("U.S. Secretary of State Antony Blinken spoke with Chinese President Xi Jinping by phone.")
        #expect(doc.roles(of: "Antony Blinken").map(\.title) == ["secretary of state"])
        #expect(doc.roles(of: "Antony Blinken").first?.country == "US")
        #expect(doc.roles(of: "Xi Jinping").map(\.title) == ["president"])
        #expect(doc.roles(of: "Xi Jinping").first?.country == "CN")
        #expect(doc.entity(named: "Xi Jinping")?.attributes["nationality"] == .string("CN"))
    }

    @Test("an organization's office")
    func organization() throws {
        let doc = PipelineFixture.parse("UN Secretary-General António Guterres called for calm on Tuesday.")
        let relation = try #require(doc.role(of: "António Guterres", "secretary-general"))
        let object = try #require(relation.object.flatMap { doc.entity($0) })
        #expect(object.kind == .organization)
        #expect(relation.attributes["country"] == nil)
    }

    @Test("an ambassador of one country to another, as an appositive")
    func ambassador() throws {
        let doc = PipelineFixture.parse("Zhang Xiao, the Chinese ambassador to Kazakhstan, visited Astana on Friday.")
        let relation = try #require(doc.role(of: "Zhang Xiao", "ambassador"))
        #expect(relation.attributes["country"] == .string("CN"))
        #expect(relation.attributes["to"] == .string("KZ"))
    }

    @Test("appositives after the name")
    func appositives() {
        let doc = PipelineFixture.parse("""
            Jaishankar Rao, India's foreign minister, arrived in Delhi. Maria Lopez, the foreign minister of Peru, \
            joined him later.
            """)
        #expect(doc.roles(of: "Jaishankar Rao").map(\.title) == ["foreign minister"])
        #expect(doc.roles(of: "Jaishankar Rao").first?.country == "IN")
        #expect(doc.roles(of: "Maria Lopez").map(\.title) == ["foreign minister"])
        #expect(doc.roles(of: "Maria Lopez").first?.country == "PE")
    }

    @Test("titles inside organization names are not offices")
    func notInsideNames() {
        let doc = PipelineFixture.parse("The Nordic Council of Foreign Ministers met in Oslo.")
        #expect(!doc.relations.contains { $0.kind == "holds_role" })
    }
}

@Suite("Roles: reference article", .enabled(if: SharedData.available, SharedData.skipMessage))
struct RoleReferenceTests {
    static let document: Document = {
        let text = (try? String(contentsOf: SharedData.referenceArticle, encoding: .utf8)) ?? ""
        return PipelineFixture.parse(text, id: "reference")
    }()

    @Test("Tleuberdi: deputy prime minister and foreign minister, both of Kazakhstan")
    func tleuberdi() {
        let roles = Self.document.roles(of: "Mukhtar Tleuberdi")
        #expect(Set(roles.map(\.title)) == ["deputy prime minister", "foreign minister"])
        #expect(roles.count == 2 && roles.allSatisfy { $0.country == "KZ" })
        #expect(Self.document.entity(named: "Mukhtar Tleuberdi")?.attributes["nationality"] == .string("KZ"))
    }

    @Test("Bhutto Zardari: foreign minister of Pakistan")
    func bhuttoZardari() {
        let roles = Self.document.roles(of: "Bilawal Bhutto Zardari")
        #expect(roles.map(\.title) == ["foreign minister"])
        #expect(roles.first?.country == "PK")
        #expect(Self.document.entity(named: "Bilawal Bhutto Zardari")?.attributes["nationality"] == .string("PK"))
    }
}
