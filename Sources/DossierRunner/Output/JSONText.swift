import DossierModel
import DossierScripting

/// Minimal, allocation-light JSON writing for output records (keys kept in the given order).
enum JSONText {
    static func object(_ fields: [(String, LuaValue)]) -> String {
        "{" + fields.map { string($0.0) + ":" + value($0.1) }.joined(separator: ",") + "}"
    }

    static func value(_ value: LuaValue) -> String {
        switch value {
        case .nil: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return number.isFinite ? "\(number)" : "null"
        case .string(let text): return string(text)
        case .list(let items): return "[" + items.map(Self.value).joined(separator: ",") + "]"
        case .record(let fields): return object(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    static func string(_ text: String) -> String { JSONString.quoted(text) }
}
