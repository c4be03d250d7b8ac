import DossierModel
import Foundation

/// Turns one parsed JSON object into a document, shared by JSON Lines and `.json` files.
///
/// Fields: `text` (required string); `id` (string or number); `title`, `date`, `source`,
/// `url` into metadata; every other string, number or boolean field into
/// `metadata.extra` as a string, so scripts can use it. Nested objects and arrays are
/// ignored: metadata is flat.
enum JSONRecord {
    enum Outcome {
        case document(SourceDocument, warnings: [String])
        case skipped(reason: String)
    }

    /// - Parameters:
    ///   - defaultID: the id when the record has none (`base#line`).
    ///   - source: how messages name the record (`path:line`).
    static func make(_ value: Any, defaultID: String, origin: SourceOrigin, source: String) -> Outcome {
        guard let object = value as? [String: Any] else {
            return .skipped(reason: "expected a JSON object with a \"text\" field, found \(describeType(value))")
        }
        guard let rawText = object["text"] else {
            let keys = object.keys.sorted().prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
            let found = keys.isEmpty ? "the object is empty" : "found \(keys)"
            return .skipped(reason: "record has no \"text\" field (\(found)); every record needs the article in \"text\"")
        }
        guard let text = rawText as? String else {
            return .skipped(reason: "\"text\" is \(describeType(rawText)), expected a string")
        }
        if isBlank(text) { return .skipped(reason: "empty (\"text\" has no content)") }

        var warnings: [String] = []
        var id = defaultID
        if let rawID = object["id"], !(rawID is NSNull) {
            if let scalar = scalarString(rawID), !scalar.isEmpty {
                id = scalar
            } else {
                warnings.append("\(source): \"id\" is \(describeType(rawID)), expected a string or number; using \"\(defaultID)\" instead")
            }
        }
        var metadata = SourceMetadata()
        for (key, value) in object where key != "text" && key != "id" {
            guard let string = scalarString(value) else { continue }
            switch key {
            case "title": metadata.title = string
            case "date": metadata.date = string
            case "source": metadata.source = string
            case "url": metadata.url = string
            default: metadata.extra[key] = string
            }
        }
        let document = SourceDocument(id: id, text: normalizeNewlines(text), metadata: metadata, origin: origin)
        return .document(document, warnings: warnings)
    }

    /// Strings as they are; numbers and booleans spelled as JSON spells them (ids such as
    /// 42 or 1.0 become "42" and "1"); nil for null, objects and arrays.
    static func scalarString(_ value: Any) -> String? {
        if let string = value as? String { return string }
        guard let number = value as? NSNumber else { return nil }
        // JSONSerialization returns booleans as NSNumber; their type code tells them apart.
        let type = String(cString: number.objCType)
        if type == "c" || type == "B" { return number.boolValue ? "true" : "false" }
        if type == "d" || type == "f" {
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return "\(double)"
        }
        return number.stringValue
    }

    static func describeType(_ value: Any) -> String {
        switch value {
        case is String: return "a string"
        case is NSNull: return "null"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case let number as NSNumber:
            let type = String(cString: number.objCType)
            return type == "c" || type == "B" ? "a boolean" : "a number"
        default: return "a \(type(of: value))"
        }
    }
}
