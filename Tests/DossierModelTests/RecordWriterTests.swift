import Foundation
import Testing
@testable import DossierModel

@Suite("RecordWriter")
struct RecordWriterTests {
    static let document: Document = {
        let text = "Bishkek, 14 June 2021 (KGW): Ana met \"Rojas\"\tin Osh.\n\u{1}x"
        var document = Document(
            id: "doc/1", metadata: DocumentMetadata(title: "T", date: "14 June 2021", place: "Bishkek", source: "KGW",
                                                    origin: SourceOrigin(path: "a.jsonl", line: 3, format: .jsonl), extra: ["b": "2", "a": "1"]),
            text: text,
            paragraphs: [Paragraph(span: Span(start: 0, end: 29), kind: .dateline)],
            sentences: [Sentence(span: Span(start: 30, end: 60), paragraph: 0, firstToken: 0, tokenCount: 2)],
            tokens: [Token(span: Span(start: 30, end: 37), kind: .word), Token(span: Span(start: 38, end: 41), kind: .possessive)])
        document.entities = [
            Entity(id: "e1", kind: .city, name: "Almaty", aliases: ["Alma-Ata"],
                   attributes: ["population": .integer(1_977_011), "country": .string("KZ"), "share": .number(3.25),
                                "value": .number(-0.5), "members": .list([.string("KZ"), .boolean(true)])],
                   mentions: [Mention(span: Span(start: 0, end: 8), text: "Bishkek", sentence: nil, form: .name, resolution: "dateline"),
                              Mention(span: Span(start: 30, end: 37), text: "Ana", sentence: 0)]),
        ]
        document.relations = [Relation(id: "r1", kind: "member_of", subject: "e1", object: "e2", attributes: ["since": .integer(1992)], evidence: Span(start: 1, end: 2))]
        document.events = [Event(id: "v1", kind: "meeting", participants: [.init(entity: "e1", role: "host"), .init(entity: "e2")],
                                 place: "e1", date: nil, attributes: ["cameo": .string("040")], evidence: Span(start: 0, end: 5))]
        return document
    }()

    @Test("writes exactly what JSONEncoder with sorted keys writes")
    func matchesEncoder() throws {
        let expected = try DocumentRecord.makeEncoder().encode(DocumentRecord(Self.document))
        let written = RecordWriter().json(Self.document)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test("what it writes decodes back to the same document")
    func roundTrip() throws {
        let decoded = try JSONDecoder().decode(DocumentRecord.self, from: Data(RecordWriter().json(Self.document)))
        #expect(decoded.document == Self.document)
        #expect(decoded.schema == DocumentRecord.schemaVersion)
    }

    @Test("a record from a newer schema is refused with a clear message")
    func newerSchema() {
        let json = #"{"schema": 99, "id": "x"}"#
        #expect { try JSONDecoder().decode(DocumentRecord.self, from: Data(json.utf8)) } throws: { error in
            "\(error)".contains("newer than this Dossier understands")
        }
    }
}
