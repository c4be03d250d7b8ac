import DossierModel
import Foundation

/// Reads a `.json` file: one object with `text` is one document; an array of such objects
/// is one document per element (ids `base#1`, `base#2`, ... when elements carry no id).
/// Exports from scrapers and APIs often come this way; anything else is skipped with a
/// reason that points to JSON Lines.
enum JSONFileReader {
    static func read(_ bytes: [UInt8], item: InputItem) -> FileOutcome {
        let decoded = decodeText(bytes, source: item.source)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [])
        } catch {
            return .skipped(item, "not valid JSON (\(jsonProblem(error))); a .json file must hold one object with "
                + "\"text\" or an array of them; for one record per line name it .jsonl")
        }
        let origin = SourceOrigin(path: item.path, format: .jsonl)
        if let array = value as? [Any] {
            if array.isEmpty { return .skipped(item, "empty (the array has no records)") }
            var events: [InputEvent] = []
            for (index, element) in array.enumerated() {
                let number = index + 1
                let source = "\(item.source) record \(number)"
                let outcome = JSONRecord.make(element, defaultID: "\(item.id)#\(number)", origin: origin, source: source)
                events.append(event(outcome, source: source, extraWarnings: number == 1 ? decoded.warnings : []))
            }
            return .events(events)
        }
        let outcome = JSONRecord.make(value, defaultID: item.id, origin: origin, source: item.source)
        return .events([event(outcome, source: item.source, extraWarnings: decoded.warnings)])
    }

    private static func event(_ outcome: JSONRecord.Outcome, source: String, extraWarnings: [String]) -> InputEvent {
        switch outcome {
        case .document(let document, let warnings): return .document(document, warnings: extraWarnings + warnings)
        case .skipped(let reason): return .skipped(source: source, reason: reason)
        }
    }
}
