import DossierModel
@testable import DossierScripting

/// A small hand-built article with entities, mentions, relations and events, in the shape
/// the extraction stage produces, so model-binding tests do not depend on the parser.
enum ModelFixture {
    static let text = "Tashkent, 30 July 2022 (DWR): Pakistani Foreign Minister Bilawal Bhutto Zardari met "
        + "Kazakh Foreign Minister Mukhtar Tileuberdi in Tashkent. Pakistan and Kazakhstan are members of the SCO. "
        + "Pakistan recognized Kazakhstan in December 1991."

    /// The span of the `occurrence`-th (1-based) appearance of `needle`.
    static func span(_ needle: String, _ occurrence: Int = 1) -> Span {
        let bytes = Array(text.utf8), wanted = Array(needle.utf8)
        var seen = 0
        for start in 0...(bytes.count - wanted.count) where Array(bytes[start..<start + wanted.count]) == wanted {
            seen += 1
            if seen == occurrence { return Span(start: start, end: start + wanted.count) }
        }
        fatalError("\(needle) not in fixture text")
    }

    static func mention(_ needle: String, _ occurrence: Int = 1, sentence: Int?, form: Mention.Form = .name,
                        resolution: String? = nil) -> Mention {
        Mention(span: span(needle, occurrence), text: needle, sentence: sentence, form: form, resolution: resolution)
    }

    static func document(_ id: String = "article-1") -> Document {
        let sentence1 = Span(start: span("Pakistani").start, end: span("Tashkent.").end)
        let sentence2 = Span(start: span("Pakistan", 2).start, end: span("SCO.").end)
        let sentence3 = Span(start: span("Pakistan recognized").start, end: text.utf8.count)
        let entities = [
            Entity(id: "e1", kind: .city, name: "Tashkent", attributes: ["country": .string("UZ"), "population": .integer(1_978_028)],
                   mentions: [mention("Tashkent", sentence: nil, resolution: "dateline"), mention("Tashkent", 2, sentence: 0)]),
            Entity(id: "e2", kind: .date, name: "30 July 2022",
                   attributes: ["normalized": .string("2022-07-30"), "precision": .string("day")],
                   mentions: [mention("30 July 2022", sentence: nil, form: .value)]),
            Entity(id: "e3", kind: .person, name: "Bilawal Bhutto Zardari", aliases: ["Bhutto Zardari"],
                   attributes: ["nationality": .string("PK"), "roles": .list([.string("foreign minister")])],
                   mentions: [mention("Bilawal Bhutto Zardari", sentence: 0)]),
            Entity(id: "e4", kind: .country, name: "Pakistan", attributes: ["iso": .string("PK")],
                   mentions: [mention("Pakistani", sentence: 0, form: .adjective), mention("Pakistan", 2, sentence: 1),
                              mention("Pakistan", 3, sentence: 2)]),
            Entity(id: "e5", kind: .person, name: "Mukhtar Tileuberdi", attributes: ["nationality": .string("KZ")],
                   mentions: [mention("Mukhtar Tileuberdi", sentence: 0)]),
            Entity(id: "e6", kind: .country, name: "Kazakhstan", attributes: ["iso": .string("KZ")],
                   mentions: [mention("Kazakh", sentence: 0, form: .adjective), mention("Kazakhstan", sentence: 1),
                              mention("Kazakhstan", 2, sentence: 2)]),
            Entity(id: "e7", kind: .organization, name: "Shanghai Cooperation Organization", aliases: ["SCO"],
                   attributes: ["acronym": .string("SCO")],
                   mentions: [mention("SCO", sentence: 1, form: .acronym, resolution: "gazetteer")]),
            Entity(id: "e8", kind: .date, name: "December 1991",
                   attributes: ["normalized": .string("1991-12"), "precision": .string("month")],
                   mentions: [mention("December 1991", sentence: 2, form: .value)]),
        ]
        let role: [String: AttributeValue] = ["title": .string("foreign minister"), "title_text": .string("Foreign Minister")]
        let relations = [
            Relation(id: "r1", kind: "holds_role", subject: "e3", object: "e4",
                     attributes: role.merging(["country": .string("PK")]) { $1 }, evidence: sentence1),
            Relation(id: "r2", kind: "holds_role", subject: "e5", object: "e6",
                     attributes: role.merging(["country": .string("KZ")]) { $1 }, evidence: sentence1),
            Relation(id: "r3", kind: "member_of", subject: "e4", object: "e7", evidence: sentence2),
            Relation(id: "r4", kind: "member_of", subject: "e6", object: "e7", evidence: sentence2),
            Relation(id: "r5", kind: "recognized", subject: "e4", object: "e6",
                     attributes: ["date": .string("1991-12"), "among_first": .boolean(true)], evidence: sentence3),
        ]
        let events = [
            Event(id: "v1", kind: "meeting", participants: [.init(entity: "e3", role: "participant"), .init(entity: "e5", role: "participant")],
                  place: "e1", date: "e2", attributes: ["cameo": .string("040"), "date_from": .string("dateline")], evidence: sentence1),
            Event(id: "v2", kind: "recognition", participants: [.init(entity: "e4", role: "recognizer"), .init(entity: "e6", role: "recognized")],
                  date: "e8", attributes: ["cameo": .string("054")], evidence: sentence3),
        ]
        let dateline = Span(start: 0, end: span(":").end)
        return Document(id: id, metadata: DocumentMetadata(title: "Ministers meet", date: "30 July 2022", place: "Tashkent", source: "DWR"),
                        text: text,
                        paragraphs: [Paragraph(span: dateline, kind: .dateline),
                                     Paragraph(span: Span(start: sentence1.start, end: text.utf8.count), kind: .body)],
                        sentences: [Sentence(span: sentence1, paragraph: 1), Sentence(span: sentence2, paragraph: 1),
                                    Sentence(span: sentence3, paragraph: 1)],
                        entities: entities, relations: relations, events: events)
    }

    /// Runs `body` as on_document over the fixture document and returns what it printed.
    static func run(_ body: String, document: Document = ModelFixture.document()) throws -> String {
        let sink = CollectingSink()
        let script = try ScriptFixture().report(body, sink: sink)
        try script.process(document)
        return sink.text
    }

    /// Runs `body` and returns the error message it raised, or nil.
    static func error(_ body: String) throws -> String? {
        let script = try ScriptFixture().report(body)
        do {
            try script.process(document())
            return nil
        } catch {
            return error.message
        }
    }
}
