import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Events and relations on the reference article (../shared/seeds), and model invariants
/// on the Wikinews sample; skipped when ../shared is absent.
@Suite(.enabled(if: SharedData.available, SharedData.skipMessage))
struct EventRelationReferenceTests {
    static func reference() throws -> Document {
        PipelineFixture.parse(try String(contentsOf: SharedData.referenceArticle, encoding: .utf8), id: "reference")
    }

    @Test func oneSideMeetingAtTheConference() throws {
        let doc = try Self.reference()
        let meetings = doc.eventsOfKind("meeting")
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(doc.participantNames(meeting) == ["Bilawal Bhutto Zardari", "Mukhtar Tleuberdi"])
        #expect(doc.entityName(meeting.place) == "Tashkent")
        #expect(doc.entity(meeting.date ?? "")?.attributes["normalized"] == .string("2022-07-30"))
        #expect(meeting.attributes["cameo"] == .string("044") || meeting.attributes["cameo"] == .string("040"))
        #expect(doc.entityName(meeting.attributes["occasion"]?.stringValue) == "SCO Council of Foreign Ministers")
        let conference = try #require(doc.eventsOfKind("conference").first)
        #expect(doc.participantNames(conference) == ["SCO Council of Foreign Ministers"])
        #expect(doc.entityName(conference.place) == "Tashkent")
        #expect(meeting.attributes["occasion_event"] == .string(conference.id))
    }

    @Test func statementsByBhuttoZardari() throws {
        let doc = try Self.reference()
        let statements = doc.eventsOfKind("statement").filter { doc.participantNames($0, role: "speaker") == ["Bilawal Bhutto Zardari"] }
        let triggers = Set(statements.compactMap { $0.attributes["trigger"]?.stringValue })
        #expect(triggers.isSuperset(of: ["underlined", "reaffirmed", "emphasized"]))
        #expect(statements.allSatisfy { $0.attributes["cameo"] == .string("010") })
    }

    @Test func recognitionAndRelationsEstablished() throws {
        let doc = try Self.reference()
        let recognized = try #require(doc.relationLinking("recognized", "Pakistan", "Kazakhstan"))
        #expect(recognized.attributes["date"] == .string("1991-12"))
        #expect(recognized.attributes["object"] == .string("independence"))
        let recognition = try #require(doc.eventsOfKind("recognition").first)
        #expect(recognition.attributes["cameo"] == .string("054"))
        #expect(doc.entityName(recognition.date) == "December 1991")
        let relations = try #require(doc.relationsOfKind("diplomatic_relations").first)
        #expect(Set([doc.entityName(relations.subject), doc.entityName(relations.object)]) == ["Pakistan", "Kazakhstan"])
        #expect(relations.attributes["date"] == .string("1992"))
        #expect(doc.eventsOfKind("relations_established").first.map { doc.entityName($0.date) } == "1992")
    }

    @Test func membershipsOverTheList() throws {
        let doc = try Self.reference()
        for country in ["Pakistan", "Kazakhstan"] {
            for organization in ["Organization of Islamic Cooperation", "Economic Cooperation Organization",
                                 "Shanghai Cooperation Organization", "Central Asia Regional Economic Cooperation",
                                 "Conference on Interaction and Confidence-Building Measures in Asia"] {
                #expect(doc.relationLinking("member_of", country, organization) != nil, "\(country) in \(organization)")
            }
        }
        #expect(doc.relationsOfKind("member_of").count == 10)
    }

    @Test func bodiesPlacesAndPopulation() throws {
        let doc = try Self.reference()
        #expect(doc.relationLinking("part_of", "SCO Council of Foreign Ministers", "Shanghai Cooperation Organization") != nil)
        let commission = doc.relationsOfKind("bilateral_body_of")
        #expect(Set(commission.map { doc.entityName($0.object) }) == ["Pakistan", "Kazakhstan"])
        #expect(doc.relationLinking("located_in", "Almaty", "Kazakhstan") != nil)
        #expect(doc.relationLinking("located_in", "Kazakhstan", "Central Asia") != nil)
        #expect(doc.relationLinking("resides_in", "Pakistani", "Kazakhstan")?.attributes["count"] == .integer(559))
        #expect(doc.relationLinking("resides_in", "Pakistani", "Almaty")?.attributes["share"] == .string("majority"))
    }

    /// Every id is unique, every reference resolves, every evidence span is in the text.
    @Test func wikinewsInvariants() throws {
        let files = try FileManager.default.contentsOfDirectory(at: SharedData.wikinews, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.prefix(40)
        for file in files {
            let doc = PipelineFixture.parse(try String(contentsOf: file, encoding: .utf8), id: file.lastPathComponent)
            let ids = Set(doc.entities.map(\.id))
            #expect(Set(doc.events.map(\.id)).count == doc.events.count)
            #expect(Set(doc.relations.map(\.id)).count == doc.relations.count)
            for event in doc.events {
                #expect(event.participants.allSatisfy { ids.contains($0.entity) }, "\(file.lastPathComponent) \(event.id)")
                #expect([event.place, event.date].allSatisfy { $0 == nil || ids.contains($0!) })
                #expect(event.evidence.map { $0.end <= doc.text.utf8.count } ?? false)
            }
            for relation in doc.relations {
                #expect(ids.contains(relation.subject) && (relation.object == nil || ids.contains(relation.object!)))
            }
        }
    }
}
