import Foundation

/// The public JSON form of a parsed document (`dossier parse --format jsonl`), documented in
/// docs/model.md. `schema` changes only when a field's meaning changes or one is removed.
public struct DocumentRecord: Codable, Sendable {
    /// The current schema version.
    public static let schemaVersion = 1

    /// The schema version of this record.
    public var schema: Int
    /// The document.
    public var document: Document

    /// Wraps a document at the current schema version.
    public init(_ document: Document) {
        schema = DocumentRecord.schemaVersion
        self.document = document
    }

    private enum Keys: String, CodingKey {
        case schema, id, metadata, text, paragraphs, sentences, tokens, entities, relations, events
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(document.id, forKey: .id)
        try container.encode(document.metadata, forKey: .metadata)
        try container.encode(document.text, forKey: .text)
        try container.encode(document.paragraphs, forKey: .paragraphs)
        try container.encode(document.sentences, forKey: .sentences)
        try container.encode(document.tokens, forKey: .tokens)
        try container.encode(document.entities, forKey: .entities)
        try container.encode(document.relations, forKey: .relations)
        try container.encode(document.events, forKey: .events)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        guard schema <= DocumentRecord.schemaVersion else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: container,
                debugDescription: "schema \(schema) is newer than this Dossier understands (\(DocumentRecord.schemaVersion))")
        }
        document = Document(
            id: try container.decode(String.self, forKey: .id),
            metadata: try container.decode(DocumentMetadata.self, forKey: .metadata),
            text: try container.decode(String.self, forKey: .text),
            paragraphs: try container.decode([Paragraph].self, forKey: .paragraphs),
            sentences: try container.decode([Sentence].self, forKey: .sentences),
            tokens: try container.decode([Token].self, forKey: .tokens),
            entities: try container.decode([Entity].self, forKey: .entities),
            relations: try container.decode([Relation].self, forKey: .relations),
            events: try container.decode([Event].self, forKey: .events))
    }

    /// An encoder configured for records: sorted keys, no escaped slashes, compact.
    public static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
