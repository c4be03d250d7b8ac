import DossierModel
import Testing
@testable import DossierExtraction

/// Events on short articles of different shapes (Fixtures/*.txt, written for these tests).
@Suite struct EventFixtureTests {
    @Test func stateVisitHasHostAndVisitor() throws {
        let doc = try EventFixtures.parse("state_visit")
        let hosting = try #require(doc.eventsOfKind("hosting").first)
        #expect(doc.participantNames(hosting, role: "host") == ["Emmanuel Macron"])
        #expect(doc.participantNames(hosting, role: "visitor") == ["William Ruto"])
        #expect(hosting.attributes["cameo"] == .string("043"))
        #expect(doc.entityName(hosting.date) == "4 May 2023")
        let visit = try #require(doc.eventsOfKind("visit").first)
        #expect(doc.participantNames(visit, role: "visitor") == ["William Ruto"])
        #expect(doc.participantNames(visit, role: "host") == ["France"])
        #expect(doc.entityName(visit.place) == "Paris")
        #expect(doc.entity(visit.date ?? "")?.attributes["normalized"] == .string("2023-05-03"))
        #expect(visit.attributes["cameo"] == .string("042"))
        #expect(visit.attributes["trigger"] == .string("arrived"))
    }

    @Test func phoneCallHasNoDatelinePlace() throws {
        let doc = try EventFixtures.parse("phone_call")
        let call = try #require(doc.eventsOfKind("call").first)
        #expect(call.participants.count == 2)
        #expect(doc.participantNames(call).contains("Kyriakos Mitsotakis"))
        #expect(call.attributes["cameo"] == .string("041"))
        #expect(call.place == nil)
        #expect(call.date != nil && call.attributes["date_from"] == nil)
    }

    @Test func summitIsAnEventAndTheSideMeetingPointsToIt() throws {
        let doc = try EventFixtures.parse("summit")
        let summit = try #require(doc.eventsOfKind("conference").first)
        #expect(doc.participantNames(summit, role: "convener") == ["BRICS"])
        #expect(doc.participantNames(summit, role: "attendee") == ["Brazil", "China", "India", "South Africa"])
        #expect(doc.entityName(summit.place) == "Johannesburg")
        #expect(summit.attributes["place_from"] == nil)
        let meeting = try #require(doc.eventsOfKind("meeting").first)
        #expect(doc.participantNames(meeting) == ["Narendra Modi", "Xi Jinping"])
        #expect(meeting.attributes["occasion"] == .string(summit.participants[0].entity))
        #expect(meeting.attributes["occasion_event"] == .string(summit.id))
        #expect(meeting.attributes["cameo"] == .string("044"))
        let statement = try #require(doc.eventsOfKind("statement").first)
        #expect(doc.participantNames(statement, role: "speaker") == ["Xi Jinping"])
    }

    @Test func agreementsAreCounted() throws {
        let doc = try EventFixtures.parse("agreements")
        let agreement = try #require(doc.eventsOfKind("agreement").first)
        #expect(doc.participantNames(agreement, role: "signatory") == ["United States", "Vietnam"])
        #expect(agreement.attributes["count"] == .integer(9))
        #expect(agreement.attributes["instrument"] == .string("agreements"))
        #expect(agreement.attributes["cameo"] == .string("057"))
    }

    @Test func twoMeetingsStayApart() throws {
        let doc = try EventFixtures.parse("several_meetings")
        let meetings = doc.eventsOfKind("meeting")
        #expect(meetings.count == 2)
        #expect(meetings.map { doc.participantNames($0) } == [["Jens Stoltenberg", "Sauli Niinisto"], ["Jens Stoltenberg", "Magdalena Andersson"]])
        #expect(meetings.map { doc.entityName($0.place) } == ["Brussels", "Stockholm"])
        #expect(meetings.compactMap { doc.entity($0.date ?? "")?.attributes["normalized"]?.stringValue } == ["2022-06-13", "2022-06-14"])
    }

    @Test func outlineAndDetailAreOneMeeting() throws {
        let doc = try EventFixtures.parse("name_change")
        let meetings = doc.eventsOfKind("meeting")
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(doc.participantNames(meeting) == ["Luiz Inacio Lula da Silva", "Xi Jinping"])
        #expect(doc.entityName(meeting.place) == "Beijing")
        #expect(meeting.attributes["cameo"] == .string("040"))
        // "Xi" later is the same person as "President Xi Jinping".
        let statement = try #require(doc.eventsOfKind("statement").first)
        #expect(doc.participantNames(statement, role: "speaker") == ["Xi Jinping"])
    }

    @Test func statementsCarrySpeakerAndCode() throws {
        let doc = try EventFixtures.parse("statement")
        let statements = doc.eventsOfKind("statement")
        #expect(statements.count == 2)
        #expect(statements.allSatisfy { doc.participantNames($0, role: "speaker") == ["Antonio Guterres"] })
        #expect(statements.map { $0.attributes["cameo"] } == [.string("020"), .string("010")])
        #expect(statements.map { $0.attributes["trigger"] } == [.string("urged"), .string("said")])
        #expect(statements.allSatisfy { $0.attributes["place_from"] == .string("dateline") && doc.entityName($0.place) == "Geneva" })
    }

    @Test func recognitionAndRelationsAreDatedHistory() throws {
        let recognition = try EventFixtures.parse("recognition")
        let event = try #require(recognition.eventsOfKind("recognition").first)
        #expect(recognition.participantNames(event, role: "recognizer") == ["Spain"])
        #expect(event.attributes["cameo"] == .string("054"))
        #expect(event.place == nil)
        let relations = try EventFixtures.parse("relations")
        let established = try #require(relations.eventsOfKind("relations_established").first)
        #expect(relations.participantNames(established) == ["China", "Honduras"])
        #expect(relations.entity(established.date ?? "")?.attributes["normalized"] == .string("2023-03-26"))
    }

    @Test func plannedVisitIsIntent() throws {
        let doc = try EventFixtures.parse("planned_visit")
        let visit = try #require(doc.eventsOfKind("visit").first)
        #expect(doc.participantNames(visit, role: "visitor") == ["Fumio Kishida"])
        #expect(doc.participantNames(visit, role: "host") == ["India"])
        #expect(visit.attributes["cameo"] == .string("036"))
        #expect(visit.attributes["status"] == .string("planned"))
    }

    /// Trigger words used in other senses: an award received, the Met Office, visiting the
    /// wounded, a committee meeting alone, a treaty signed by nobody named.
    @Test func lookalikesAreNotEvents() throws {
        let doc = try EventFixtures.parse("no_events")
        #expect(doc.eventsOfKind("hosting").isEmpty)
        #expect(doc.eventsOfKind("visit").isEmpty)
        #expect(doc.eventsOfKind("meeting").isEmpty)
        #expect(doc.eventsOfKind("agreement").isEmpty)
    }

    @Test func idsContinueAfterExistingEvents() throws {
        var doc = try EventFixtures.parse("agreements")
        let count = doc.events.count
        doc.events = [Event(id: "v7", kind: "custom")]
        EventStage(gazetteer: Gazetteer.shared).apply(to: &doc)
        #expect(doc.events.count == count + 1)
        #expect(Set(doc.events.map(\.id)).count == doc.events.count)
        #expect(doc.events.dropFirst().first?.id == "v8")
    }
}
