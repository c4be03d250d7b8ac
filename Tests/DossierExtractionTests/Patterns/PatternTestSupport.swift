import DossierModel
@testable import DossierExtraction

/// Hand-built documents for pattern tests: real tokens from the segmenter, entities added
/// by hand with one mention per occurrence of a phrase.
enum PatternFixture {
    /// An entity to add: every occurrence of `phrase` becomes a mention.
    struct EntitySpec {
        var kind: EntityKind
        var phrase: String
        var attributes: [String: AttributeValue] = [:]
    }

    static func document(_ text: String, _ entities: [EntitySpec] = []) -> Document {
        var doc = Segmenter().segment(SourceDocument(id: "test", text: text, origin: SourceOrigin(path: "test.txt", format: .text)))
        for (number, spec) in entities.enumerated() {
            let mentions = occurrences(of: spec.phrase, in: text).map { span in
                Mention(span: span, text: spec.phrase, sentence: doc.sentences.firstIndex { $0.span.contains(span) })
            }
            doc.entities.append(Entity(id: "e\(number + 1)", kind: spec.kind, name: spec.phrase,
                                       attributes: spec.attributes, mentions: mentions))
        }
        return doc
    }

    /// Byte spans of every occurrence of `phrase`.
    static func occurrences(of phrase: String, in text: String) -> [Span] {
        let bytes = Array(text.utf8), needle = Array(phrase.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
            .map { Span(start: $0, end: $0 + needle.count) }
    }

    /// The texts of the matches of `pattern` in `doc`.
    static func texts(_ pattern: String, _ doc: Document, library: PatternLibrary = .init(), all: Bool = false) throws -> [String] {
        try TokenPattern(pattern, library: library).matches(in: doc, all: all).map { doc.text(of: $0.span) }
    }

    /// The texts of the matches of `pattern` in a plain text without entities.
    static func texts(_ pattern: String, in text: String, library: PatternLibrary = .init()) throws -> [String] {
        try texts(pattern, document(text), library: library)
    }

    /// The error compiling `pattern`, or nil when it compiles.
    static func error(_ pattern: String, library: PatternLibrary = .init()) -> PatternError? {
        do {
            _ = try TokenPattern(pattern, library: library)
            return nil
        } catch {
            return error
        }
    }
}
