import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

@Suite("Coreference: pronouns and descriptions")
struct CoreferenceTests {
    @Test("he and his go to the subject of the sentence before; his country to his country")
    func malePronouns() throws {
        let doc = PipelineFixture.parse("""
            Norway’s Foreign Minister Henrik Solberg met Peru's Foreign Minister Maria Lopez in Oslo. \
            He said his country wanted closer ties.
            """)
        #expect(doc.mentionTexts(of: "Henrik Solberg", .pronoun) == ["He", "his"])
        #expect(doc.mentionTexts(of: "Maria Lopez", .pronoun).isEmpty)
        let country = try #require(doc.entity(named: "Norway"))
        #expect(country.mentions.contains { $0.form == .description && $0.text == "his country" })
        let he = try #require(doc.entity(named: "Henrik Solberg")?.mentions.first { $0.text == "He" })
        #expect(he.resolution?.hasPrefix("pronoun:") == true)
    }

    @Test("she goes to the female person, not to the nearest subject")
    func femalePronoun() {
        let doc = PipelineFixture.parse("Maria Lopez met John Smith in Lima on Monday. Later she flew to Quito.")
        #expect(doc.mentionTexts(of: "Maria Lopez", .pronoun) == ["she"])
        #expect(doc.mentionTexts(of: "John Smith", .pronoun).isEmpty)
    }

    @Test("a pronoun with two possible men and no subject is left alone")
    func ambiguous() {
        let doc = PipelineFixture.parse("Talks between John Miller and David Brown lasted hours. Afterwards he left.")
        #expect(doc.mentionTexts(of: "John Miller", .pronoun).isEmpty)
        #expect(doc.mentionTexts(of: "David Brown", .pronoun).isEmpty)
    }

    @Test("they and their go to a group; the two Ministers to both")
    func groups() {
        let doc = PipelineFixture.parse("""
            Norway’s Foreign Minister Henrik Solberg met Peru's Foreign Minister Maria Lopez in Oslo. \
            The two Ministers praised their cooperation, and they agreed to meet again.
            """)
        for name in ["Henrik Solberg", "Maria Lopez"] {
            #expect(doc.mentionTexts(of: name, .description) == ["The two Ministers"])
            #expect(doc.mentionTexts(of: name, .pronoun) == ["their", "they"])
        }
        let group = doc.entity(named: "Maria Lopez")?.mentions.first { $0.form == .description }
        #expect(group?.resolution?.contains("group of 2") == true)
    }

    @Test("the two nations: the two countries most mentioned; its to the nearest country")
    func nations() {
        let doc = PipelineFixture.parse("""
            Chile signed a deal with Peru. Chile and Peru share a border. Trade between the two nations grew, \
            and Chile opened its ports.
            """)
        #expect(doc.mentionTexts(of: "Chile", .description) == ["the two nations"])
        #expect(doc.mentionTexts(of: "Peru", .description) == ["the two nations"])
        #expect(doc.mentionTexts(of: "Chile", .pronoun) == ["its"])
    }

    @Test("a description before the name is linked to the holder found later (cataphora)")
    func cataphora() throws {
        let doc = PipelineFixture.parse("""
            On Monday the foreign minister of Chile arrived in Lima. Foreign Minister of Chile, Rodrigo Alvarez, \
            met officials. Later the foreign minister of Chile left.
            """)
        let descriptions = doc.entity(named: "Rodrigo Alvarez")?.mentions.filter { $0.form == .description } ?? []
        #expect(descriptions.map(\.text) == ["the foreign minister of Chile", "the foreign minister of Chile"])
        #expect(descriptions.first?.resolution == "description: the only person with role foreign minister of CL")
    }

    @Test("a description matching two people is not linked")
    func ambiguousDescription() {
        let doc = PipelineFixture.parse("""
            Foreign Minister Henrik Solberg met Foreign Minister Maria Lopez in Oslo. The foreign minister smiled.
            """)
        #expect(doc.mentionTexts(of: "Henrik Solberg", .description).isEmpty)
        #expect(doc.mentionTexts(of: "Maria Lopez", .description).isEmpty)
    }
}

@Suite("Coreference: reference article", .enabled(if: SharedData.available, SharedData.skipMessage))
struct CoreferenceReferenceTests {
    static let document: Document = {
        let text = (try? String(contentsOf: SharedData.referenceArticle, encoding: .utf8)) ?? ""
        return PipelineFixture.parse(text, id: "reference")
    }()

    var document: Document { Self.document }

    @Test("every he and his is Bilawal Bhutto Zardari")
    func malePronouns() throws {
        let bilawal = try #require(document.entity(named: "Bilawal Bhutto Zardari"))
        let pronouns = bilawal.mentions.filter { $0.form == .pronoun }.map { $0.text.lowercased() }.filter { $0 == "he" || $0 == "his" }
        #expect(pronouns == ["his", "he", "he"])
        for entity in document.entities where entity.id != bilawal.id {
            #expect(!entity.mentions.contains { ["he", "his"].contains($0.text.lowercased()) })
        }
        // "his country" is Pakistan.
        #expect(document.mentionTexts(of: "Pakistan", .description).contains("his country"))
    }

    @Test("the two Ministers and their/they: both ministers")
    func group() {
        for name in ["Mukhtar Tleuberdi", "Bilawal Bhutto Zardari"] {
            #expect(document.mentionTexts(of: name, .description).contains("The two Ministers"))
            #expect(document.mentionTexts(of: name, .pronoun).filter { $0 != "his" && $0.lowercased() != "he" } == ["their", "their", "they"])
        }
    }

    @Test("the foreign ministers of the first sentence, before their names")
    func cataphora() {
        #expect(document.mentionTexts(of: "Bilawal Bhutto Zardari", .description)
            .filter { $0.lowercased() == "the foreign minister of pakistan" }.count == 2)
        #expect(document.mentionTexts(of: "Mukhtar Tleuberdi", .description).contains("the Foreign minister of Kazakhstan"))
    }

    @Test("the two nations are Pakistan and Kazakhstan")
    func nations() {
        for name in ["Pakistan", "Kazakhstan"] {
            #expect(document.mentionTexts(of: name, .description).filter { $0 == "the two nations" }.count == 2)
        }
    }
}

@Suite("Coreference: quotations")
struct CoreferenceQuoteTests {
    @Test("pronouns inside quotations are not linked to the speaker")
    func quoted() {
        let doc = PipelineFixture.parse("John Miller spoke in Ottawa. He said: “I do not know what he wants.”")
        #expect(doc.mentionTexts(of: "John Miller", .pronoun) == ["He"])
    }
}
