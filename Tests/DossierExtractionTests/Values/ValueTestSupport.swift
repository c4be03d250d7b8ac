import DossierModel
import Foundation
@testable import DossierExtraction

/// Shorthands for value tests: segment a text, recognize its values, read them back.
enum Val {
    /// A value as a test reads it: its text, kind and attributes.
    struct Found: CustomStringConvertible {
        var text: String
        var kind: EntityKind
        var attributes: [String: AttributeValue]
        var counted: String?

        subscript(_ key: String) -> AttributeValue? { attributes[key] }
        func string(_ key: String) -> String? { attributes[key]?.stringValue }
        func number(_ key: String) -> Double? { attributes[key]?.numberValue }
        func flag(_ key: String) -> Bool { attributes[key] == .boolean(true) }

        var description: String {
            let attrs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            return "\(kind.rawValue)[\(text)] \(attrs)"
        }
    }

    static func document(_ text: String, date: String? = nil) -> Document {
        Segmenter().segment(SourceDocument(id: "test", text: text, metadata: SourceMetadata(date: date),
                                           origin: SourceOrigin(path: "test.txt", format: .text)))
    }

    /// The values of `text`, with `reference` as "YYYY-MM-DD" (or nil).
    static func values(_ text: String, reference: String? = "2019-01-04") -> [Found] {
        let doc = document(text)
        let ref = reference.flatMap { DateText.parse($0)?.date }
        return ValueRecognizer().values(in: doc, reference: ref).map { mention in
            Found(text: doc.text(of: mention.span), kind: mention.kind, attributes: mention.attributes,
                  counted: mention.counted.map { doc.text(of: $0) })
        }
    }

    /// The single value of `text` whose text is `phrase`, if any.
    static func value(_ phrase: String, in text: String, reference: String? = "2019-01-04") -> Found? {
        values(text, reference: reference).first { $0.text == phrase }
    }

    /// The texts of all values of `kind`.
    static func texts(_ text: String, kind: EntityKind? = nil, reference: String? = "2019-01-04") -> [String] {
        values(text, reference: reference).filter { kind == nil || $0.kind == kind }.map(\.text)
    }

    static let referenceArticle = SharedData.referenceArticle
    static var hasReferenceArticle: Bool { SharedData.available }
    static var hasWikinews: Bool { SharedData.hasWikinews }
    static func wikinewsFiles() throws -> [URL] { try SharedData.wikinewsFiles() }

    /// The reference date of a Wikinews file: its date line, else the date in its name.
    static func reference(of doc: Document, file: URL) -> CalendarDate? {
        if let date = doc.metadata.date, let parsed = DateText.parse(date) { return parsed.date }
        let name = file.lastPathComponent
        let parts = name.split(separator: "_")
        return parts.count > 1 ? DateText.parse(String(parts[1]))?.date : nil
    }
}

extension Val {
    /// Token and sentence texts, for diagnosing a failing case.
    static func debugTokens(_ text: String) -> [[String]] {
        let doc = document(text)
        return doc.sentences.map { s in s.tokenRange.map { doc.text(of: doc.tokens[$0].span) } }
    }
}
