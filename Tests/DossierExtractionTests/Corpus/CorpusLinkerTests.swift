import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Corpus identity")
struct CorpusLinkerTests {
    /// Links documents made of the given entities, in order, and returns their corpus ids.
    func link(_ documents: [[Entity]], aliases: AliasTable = AliasTable()) -> [[String]] {
        let linker = CorpusLinker(aliases: aliases)
        return documents.map { entities in
            var document = Document(id: "d", text: "", entities: entities)
            linker.link(&document)
            return document.entities.map { $0.attributes["corpus_id"]?.stringValue ?? "" }
        }
    }

    func person(_ name: String) -> Entity { Entity(id: "e1", kind: .person, name: name) }

    @Test("a person's short forms in other articles join the one full name they are part of")
    func personAcrossDocuments() {
        let ids = link([[person("Bilawal Bhutto Zardari")], [person("Bilawal")], [person("Bhutto Zardari")], [person("Zardari")]])
        #expect(ids == [["person:bilawal-bhutto-zardari"], ["person:bilawal-bhutto-zardari"],
                        ["person:bilawal-bhutto-zardari"], ["person:bilawal-bhutto-zardari"]])
    }

    @Test("an ambiguous short form stays its own identity")
    func ambiguousShortForm() {
        let ids = link([[person("Asif Ali Zardari"), person("Bilawal Bhutto Zardari")], [person("Zardari")]])
        #expect(ids[1] == ["person:zardari"])
    }

    @Test("gazetteer identifiers for places, nationalities, organizations and dates")
    func gazetteerIdentity() {
        let ids = link([[
            Entity(id: "e1", kind: .country, name: "United States", attributes: ["iso": .string("US")]),
            Entity(id: "e2", kind: .city, name: "Almaty", attributes: ["geonames_id": .integer(1526384)]),
            Entity(id: "e3", kind: .organization, name: "Shanghai Cooperation Organization", attributes: ["acronym": .string("SCO")]),
            Entity(id: "e4", kind: .nationality, name: "Pakistani", attributes: ["country": .string("PK")]),
            Entity(id: "e5", kind: .date, name: "December 1991", attributes: ["normalized": .string("1991-12")]),
            Entity(id: "e6", kind: .location, name: "Red Sea"),
        ]])
        #expect(ids[0] == ["country:us", "city:1526384", "organization:sco", "nationality:pk", "date:1991-12", "location:red-sea"])
    }

    @Test("a user alias file overrides identity")
    func aliasFile() throws {
        let aliases = try AliasTable(text: "# people\nXi Jinping\tPresident Xi\tXi Dada\n", source: "aliases.tsv")
        let ids = link([[person("Xi Dada")], [person("XI JINPING")]], aliases: aliases)
        #expect(ids == [["person:xi-jinping"], ["person:xi-jinping"]])
    }

    @Test("a malformed alias line is reported with its file and line")
    func malformedAliasFile() {
        #expect { try AliasTable(text: "ok\tfine\nonly-one-field\n", source: "a.tsv") } throws: { error in
            (error as? AliasFileError)?.message == "a.tsv:2: expected a canonical name and at least one variant separated by tabs"
        }
    }

    @Test("parsed articles get the same id for the same country across documents")
    func throughThePipeline() {
        let linker = CorpusLinker()
        let ids = ["Officials of the United States met in Geneva on Monday.", "The U.S. delegation left Geneva on Tuesday."].map { text in
            var document = PipelineFixture.parse(text)
            linker.link(&document)
            return document.entities.first { $0.kind == .country }?.attributes["corpus_id"]?.stringValue
        }
        #expect(ids == ["country:us", "country:us"])
    }
}
