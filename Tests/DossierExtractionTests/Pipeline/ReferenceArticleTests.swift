import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

@Suite("Reference article", .enabled(if: SharedData.available, SharedData.skipMessage))
struct ReferenceArticleTests {
    static let document: Document = {
        let text = (try? String(contentsOf: SharedData.referenceArticle, encoding: .utf8)) ?? ""
        return PipelineFixture.parse(text, id: "reference")
    }()

    var document: Document { Self.document }

    @Test("the dateline gives place, date and agency")
    func dateline() {
        #expect(document.metadata.place == "Tashkent")
        #expect(document.metadata.date == "30 July 2022")
        #expect(document.metadata.source == "TDI")
    }

    @Test("both ministers are persons without their titles, the short form linked")
    func persons() throws {
        let names = Set(document.entities(.person).map(\.name))
        #expect(names == ["Mukhtar Tleuberdi", "Bilawal Bhutto Zardari"])
        let bilawal = try #require(document.entity(named: "Bilawal Bhutto Zardari"))
        #expect(bilawal.mentions.filter { $0.form == .name }.count == 2)
        #expect(bilawal.aliases.contains("Bhutto Zardari"))
    }

    @Test("countries with ISO codes, the USSR as historical")
    func countries() throws {
        let codes = Set(document.entities(.country).compactMap { $0.attributes["iso"]?.stringValue })
        #expect(codes == ["PK", "KZ", "SU"])
        let ussr = try #require(document.entity(named: "USSR"))
        #expect(ussr.attributes["historical"] == .boolean(true))
        #expect(try #require(document.entity(named: "Pakistan")).mentions.count >= 9)
    }

    @Test("Tashkent and Almaty are cities with their countries; Central Asia is a region")
    func places() throws {
        let tashkent = try #require(document.entity(named: "Tashkent"))
        #expect(tashkent.kind == .city && tashkent.attributes["country"] == .string("UZ"))
        #expect(tashkent.mentions.contains { $0.sentence == nil })
        let almaty = try #require(document.entity(named: "Almaty"))
        #expect(almaty.kind == .city && almaty.attributes["country"] == .string("KZ"))
        #expect(try #require(document.entity(named: "Central Asia")).kind == .region)
    }

    @Test("all six organizations with their acronyms linked, CICA too")
    func organizations() throws {
        let expected = [
            ("Organization of Islamic Cooperation", "OIC"), ("Economic Cooperation Organization", "ECO"),
            ("Shanghai Cooperation Organization", "SCO"), ("Central Asia Regional Economic Cooperation", "CAREC"),
            ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA"),
        ]
        for (name, acronym) in expected {
            let organization = try #require(document.entity(named: name), "\(name) not found")
            #expect(organization.kind == .organization)
            #expect(organization.aliases.contains(acronym), "\(name) lacks \(acronym)")
        }
        let commission = try #require(document.entities(.organization).first { $0.name.hasPrefix("Pakistan-Kazakhstan Inter-Governmental Commission") })
        #expect(commission.name.hasSuffix("Technological, and Cultural Collaboration"))
        let cica = try #require(document.entity(named: "CICA"))
        #expect(cica.mentions.contains { $0.form == .acronym && $0.resolution?.contains("initials") == true })
    }

    @Test("the SCO body is an organization that is part of the SCO, and SCO is mentioned three times")
    func body() throws {
        let body = try #require(document.entity(named: "SCO Council of Foreign Ministers"))
        #expect(body.kind == .organization)
        #expect(body.attributes["part_of"] == .string("Shanghai Cooperation Organization"))
        #expect(try #require(document.entity(named: "Shanghai Cooperation Organization")).mentions.count == 3)
    }

    @Test("the policy, the Cold War and the nationalities")
    func policyEventNationality() throws {
        #expect(try #require(document.entity(named: "Vision Central Asia")).kind == .policy)
        #expect(try #require(document.entity(named: "Cold War")).kind == .event)
        let pakistani = try #require(document.entity(named: "Pakistani"))
        #expect(pakistani.kind == .nationality && pakistani.attributes["country"] == .string("PK"))
        #expect(document.entity(named: "Kazakhstani")?.attributes["country"] == .string("KZ"))
    }

    @Test("the heading and the Also read line are recognized and nothing is extracted from the latter")
    func structure() throws {
        let alsoRead = try #require(document.paragraphs.first { $0.kind == .boilerplate })
        // The section heading is the line right after the "Also read" line in the source.
        let afterAlsoRead = document.text[document.text.utf8.index(document.text.utf8.startIndex, offsetBy: alsoRead.span.end)...]
            .split(separator: "\n").first.map(String.init)
        let headings = document.paragraphs.filter { $0.kind == .heading }.map { document.text(of: $0.span) }
        #expect(headings.count == 1 && headings.first == afterAlsoRead)
        #expect(document.text(of: alsoRead.span).hasPrefix("Also read:"))
        let inBoilerplate = document.entities.flatMap(\.mentions).filter { alsoRead.span.contains($0.span) }
        #expect(inBoilerplate.isEmpty)
        #expect(document.entity(named: "Tajikistan") == nil)
    }

    @Test("all three dates with their precision, the dateline's included, and 559 Pakistani citizens")
    func values() throws {
        let dates = document.entities(.date).map { ($0.attributes["normalized"]?.stringValue, $0.attributes["precision"]?.stringValue) }
        #expect(dates.contains { $0 == ("2022-07-30", "day") })
        #expect(dates.contains { $0 == ("1991-12", "month") })
        #expect(dates.contains { $0 == ("1992", "year") })
        #expect(dates.count == 3)
        let citizens = try #require(document.entities(.quantity).first { $0.attributes["value"] == .integer(559) })
        #expect(citizens.attributes["counted"] == .string("Pakistani citizens"))
    }

    @Test("no mention spans a line break, every mention's text matches its span")
    func spans() {
        for entity in document.entities {
            for mention in entity.mentions {
                let text = document.text(of: mention.span)
                #expect(!text.contains("\n"), "\(entity.name) spans a line break")
                #expect(text == mention.text)
            }
        }
    }
}

@Suite("Recognition rules")
struct RecognitionRuleTests {
    @Test("a state after a place and a comma is a location with its country, not a person")
    func subdivisionAfterCity() throws {
        let document = PipelineFixture.parse("The festival opened in Frederick, Maryland on Saturday, its organizers said.")
        let maryland = try #require(document.entity(named: "Maryland"))
        #expect(maryland.kind == .location)
        #expect(maryland.attributes["subdivision"] == .string("US-MD"))
    }

    @Test("a country code in parentheses after a person is the person's country, not an acronym")
    func countryInParentheses() throws {
        let document = PipelineFixture.parse("Tim Henman (Britain) beat Doug Flach (U.S.) in three sets on Friday.")
        #expect(document.entity(named: "Doug Flach")?.aliases.isEmpty == true)
        #expect(document.entity(named: "United States")?.kind == .country)
    }

    @Test("an acronym in parentheses after an organization's name is linked to it")
    func acronymAfterName() throws {
        let document = PipelineFixture.parse("Delegates of the International Atomic Energy Agency (IAEA) met in Vienna. The IAEA said later it was satisfied.")
        let agency = try #require(document.entity(named: "International Atomic Energy Agency"))
        #expect(agency.aliases.contains("IAEA"))
        #expect(agency.mentions.count == 3)
    }
}

@Suite("Recognition rules, names with particles and armed groups")
struct ParticleAndGroupTests {
    @Test("a name split by the tagger at 'bin' is one person; armed groups come from the gazetteer")
    func particles() throws {
        let document = PipelineFixture.parse("Hamza bin Laden, a son of Osama bin Laden, was killed. Al-Qaeda and the Taliban did not comment.")
        #expect(document.entity(named: "Hamza bin Laden")?.kind == .person)
        #expect(document.entity(named: "Osama bin Laden")?.kind == .person)
        #expect(document.entity(named: "al-Qaeda")?.kind == .organization)
        #expect(document.entity(named: "Taliban")?.attributes["type"] == .string("armed-group"))
    }
}

@Suite("Recognition in capitals")
struct CapitalsTests {
    @Test("people in an all-capitals line are found, with their titles as roles")
    func allCapitals() throws {
        let document = PipelineFixture.parse("PRESIDENT JOE BIDEN MET CHANCELLOR OLAF SCHOLZ IN BERLIN ON TUESDAY.")
        let people = document.entities(.person).map(\.name)
        #expect(people == ["JOE BIDEN", "OLAF SCHOLZ"])
        #expect(document.entity(named: "Berlin")?.kind == .city)
    }
}
