import DossierModel

/// What one extractor call asked to add. Collected while the Lua hook runs and applied to the
/// document only when the hook returns without error, so a failing extractor changes nothing.
final class ExtractorAdditions {
    let producer: String
    let text: String
    private(set) var document: Document
    private var nextEntity: Int
    private var nextRelation: Int
    private var nextEvent: Int

    init(document: Document, producer: String) {
        self.document = document
        self.producer = producer
        text = document.text
        nextEntity = (document.entities.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        nextRelation = (document.relations.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        nextEvent = (document.events.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
    }

    /// Checks a Lua span (1-based, inclusive byte positions) and converts it.
    func span(first: Int64, last: Int64) throws -> Span {
        let count = Int64(text.utf8.count)
        guard first >= 1, last >= first - 1, last <= count else {
            throw LuaCallError("span \(first)..\(last) is outside the document text (1..\(count))")
        }
        let span = Span(start: Int(first - 1), end: Int(last))
        guard text.slice(span) != nil else {
            throw LuaCallError("span \(first)..\(last) cuts a UTF-8 character in two; use byte positions from doc.text, a mention or a token")
        }
        return span
    }

    private func sentence(of span: Span) -> Int? {
        document.sentences.firstIndex { $0.span.contains(span) }
    }

    private func index(ofEntity id: String) throws -> Int {
        guard let index = document.entities.firstIndex(where: { $0.id == id }) else {
            throw LuaCallError("no entity '\(id)' in this document")
        }
        return index
    }

    func addEntity(kind: String, span: Span, name: String?, attributes: [String: AttributeValue]) -> String {
        let id = "e\(nextEntity)"
        nextEntity += 1
        let mentionText = text.slice(span).map(String.init) ?? ""
        document.entities.append(Entity(id: id, kind: EntityKind(rawValue: kind), name: name ?? mentionText,
                                        attributes: attributes,
                                        mentions: [Mention(span: span, text: mentionText, sentence: sentence(of: span))],
                                        producer: producer))
        return id
    }

    func addMention(entity: String, span: Span, form: Mention.Form) throws {
        let index = try index(ofEntity: entity)
        document.entities[index].mentions.append(Mention(span: span, text: text.slice(span).map(String.init) ?? "",
                                                         sentence: sentence(of: span), form: form,
                                                         resolution: "added by \(producer)"))
        document.entities[index].mentions.sort { $0.span < $1.span }
    }

    func setAttribute(entity: String, key: String, value: AttributeValue) throws {
        document.entities[try index(ofEntity: entity)].attributes[key] = value
    }

    func addRelation(kind: String, subject: String, object: String?, attributes: [String: AttributeValue], evidence: Span?) throws -> String {
        _ = try index(ofEntity: subject)
        if let object { _ = try index(ofEntity: object) }
        let id = "r\(nextRelation)"
        nextRelation += 1
        document.relations.append(Relation(id: id, kind: kind, subject: subject, object: object, attributes: attributes,
                                           evidence: evidence, producer: producer))
        return id
    }

    func addEvent(kind: String, participants: [Event.Participant], place: String?, date: String?,
                  attributes: [String: AttributeValue], evidence: Span?) throws -> String {
        for id in participants.map(\.entity) + [place, date].compactMap({ $0 }) { _ = try index(ofEntity: id) }
        let id = "v\(nextEvent)"
        nextEvent += 1
        document.events.append(Event(id: id, kind: kind, participants: participants, place: place, date: date,
                                     attributes: attributes, evidence: evidence, producer: producer))
        return id
    }
}
