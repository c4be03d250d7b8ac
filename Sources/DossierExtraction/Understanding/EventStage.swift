import DossierModel

/// Meetings, visits, calls, agreements, statements, conferences.
///
/// Each body sentence is scanned once for trigger words; a trigger's kind decides how the
/// mentions around it fill the roles (visitor before "visited", host after it; speaker
/// before "said"). Place and date come from the sentence, else from the dateline (marked
/// "place_from"/"date_from"). Events told twice (headline sentence, then the detail) are
/// merged afterwards, and CAMEO codes are decided once participants and place are final.
struct EventStage {
    let gazetteer: Gazetteer

    func apply(to document: inout Document) {
        let index = EventRelationIndex(document)
        var finder = EventFinder(index: index, affiliation: EventFinder.affiliations(index))
        for s in document.sentences.indices where index.isBody[s] { finder.scan(s) }
        var drafts = EventMerger(index: index, affiliation: finder.affiliation).merge(finder.drafts)
        let next = EventRelationIndex.nextNumber(document.events.map(\.id), prefix: "v")
        var conferenceIDs: [Int: String] = [:]
        for i in drafts.indices {
            let id = "v\(next + i)"
            if drafts[i].trigger == nil, let org = drafts[i].gathering { conferenceIDs[org] = id }
        }
        document.events += drafts.indices.map { i in
            if let org = drafts[i].occasion, let id = conferenceIDs[org] { drafts[i].attributes["occasion_event"] = .string(id) }
            return drafts[i].event(id: "v\(next + i)", index: index)
        }
    }
}

/// An event under construction: entity indexes instead of ids, the sentences it came from.
struct DraftEvent {
    var kind: String
    /// nil for a gathering (conference) found from its name rather than a verb.
    var trigger: EventTrigger?
    var participants: [(entity: Int, role: String)] = []
    var place: Int?
    var placeFromDateline = false
    var date: Int?
    var dateFromDateline = false
    var attributes: [String: AttributeValue] = [:]
    var sentences: [Int]
    /// The sentence given as evidence (the detailed telling when merged).
    var evidenceSentence: Int
    /// The organization whose gathering this is (conferences).
    var gathering: Int?
    /// The gathering organization a meeting took place at.
    var occasion: Int?
    var planned = false

    init(kind: String, trigger: EventTrigger?, sentences: [Int]) {
        self.kind = kind
        self.trigger = trigger
        self.sentences = sentences
        evidenceSentence = sentences[0]
    }

    func event(id: String, index: EventRelationIndex) -> Event {
        var attributes = self.attributes
        if placeFromDateline { attributes["place_from"] = .string("dateline") }
        if dateFromDateline { attributes["date_from"] = .string("dateline") }
        if let occasion { attributes["occasion"] = .string(index.id(occasion)) }
        if sentences.count > 1 { attributes["sentences"] = .list(sentences.map { .integer($0) }) }
        let evidence = index.document.sentences[evidenceSentence].span
        return Event(id: id, kind: kind, participants: participants.map { Event.Participant(entity: index.id($0.entity), role: $0.role) },
                     place: place.map(index.id), date: date.map(index.id), attributes: attributes, evidence: evidence)
    }
}
