import CLua
import DossierModel

/// The `add` object an extractor receives: `add.entity{...}`, `add.mention{...}`,
/// `add.attribute{...}`, `add.relation{...}`, `add.event{...}`. Each returns the new id.
final class ExtractorBinding {
    /// The additions of the call in progress (nil between calls: `add` kept past its call
    /// refuses politely).
    var current: ExtractorAdditions?

    func push(into state: LuaState) {
        lua_createtable(state.L, 0, 5)
        define(state, "entity") { fields, additions, call in
            let kind = try Self.text(fields, "kind", call)
            guard kind.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !kind.isEmpty else {
                throw call.argumentError(1, "kind must be a word such as \"trade_volume\"")
            }
            let span = try Self.span(fields, additions, call)!
            let name = try Self.optionalText(fields, "name", call)
            return additions.addEntity(kind: kind, span: span, name: name, attributes: try Self.attributes(fields, call))
        }
        define(state, "mention") { fields, additions, call in
            let entity = try Self.text(fields, "entity", call)
            let form = Mention.Form(rawValue: try Self.optionalText(fields, "form", call) ?? "name") ?? .name
            try additions.addMention(entity: entity, span: try Self.span(fields, additions, call)!, form: form)
            return entity
        }
        define(state, "attribute") { fields, additions, call in
            let entity = try Self.text(fields, "entity", call)
            guard let value = fields["value"], let converted = Self.attribute(value) else {
                throw call.argumentError(1, "'value' must be a string, number, boolean or a list of them")
            }
            try additions.setAttribute(entity: entity, key: try Self.text(fields, "key", call), value: converted)
            return entity
        }
        define(state, "relation") { fields, additions, call in
            try additions.addRelation(kind: try Self.text(fields, "kind", call), subject: try Self.text(fields, "subject", call),
                                      object: try Self.optionalText(fields, "object", call),
                                      attributes: try Self.attributes(fields, call),
                                      evidence: try Self.span(fields, additions, call, key: "evidence", required: false))
        }
        define(state, "event") { fields, additions, call in
            var participants: [Event.Participant] = []
            if case .list(let items)? = fields["participants"] {
                for item in items {
                    switch item {
                    case .string(let id): participants.append(.init(entity: id))
                    case .record(let record):
                        guard case .string(let id)? = record["entity"] else { throw call.argumentError(1, "each participant needs an 'entity' id") }
                        participants.append(.init(entity: id, role: record["role"].map(\.text)))
                    default: throw call.argumentError(1, "participants must be ids or { entity = id, role = ... }")
                    }
                }
            }
            return try additions.addEvent(kind: try Self.text(fields, "kind", call), participants: participants,
                                          place: try Self.optionalText(fields, "place", call), date: try Self.optionalText(fields, "date", call),
                                          attributes: try Self.attributes(fields, call),
                                          evidence: try Self.span(fields, additions, call, key: "evidence", required: false))
        }
    }

    private func define(_ state: LuaState, _ name: String,
                        _ body: @escaping ([String: LuaValue], ExtractorAdditions, LuaCall) throws -> String) {
        state.setField(name, HostFunction("add.\(name)") { [unowned self] call in
            guard let additions = self.current else { throw LuaCallError("add.\(name) can only be used while extract() runs") }
            try call.requireTable(1)
            guard case .record(let fields) = try call.value(1) else { throw call.argumentError(1, "expected a table of named fields") }
            call.push(try body(fields, additions, call))
            return 1
        })
    }

    private static func text(_ fields: [String: LuaValue], _ key: String, _ call: LuaCall) throws -> String {
        guard let text = try optionalText(fields, key, call) else { throw call.argumentError(1, "'\(key)' is required") }
        return text
    }

    private static func optionalText(_ fields: [String: LuaValue], _ key: String, _ call: LuaCall) throws -> String? {
        switch fields[key] {
        case nil, .nil?: return nil
        case .string(let text)?: return text
        default: throw call.argumentError(1, "'\(key)' must be a string")
        }
    }

    /// `first = a, last = b` or `span = { a, b }` (or `evidence = { a, b }`).
    private static func span(_ fields: [String: LuaValue], _ additions: ExtractorAdditions, _ call: LuaCall,
                             key: String = "span", required: Bool = true) throws -> Span? {
        var bounds: (Int64, Int64)?
        if case .list(let pair)? = fields[key], pair.count == 2, case .integer(let a) = pair[0], case .integer(let b) = pair[1] {
            bounds = (a, b)
        } else if key == "span", case .integer(let a)? = fields["first"], case .integer(let b)? = fields["last"] {
            bounds = (a, b)
        }
        guard let (first, last) = bounds else {
            if !required && fields[key] == nil { return nil }
            throw call.argumentError(1, key == "span" ? "give the text's position as first = ..., last = ... (1-based byte positions) or span = { first, last }"
                                                       : "'\(key)' must be { first, last }")
        }
        return try additions.span(first: first, last: last)
    }

    private static func attributes(_ fields: [String: LuaValue], _ call: LuaCall) throws -> [String: AttributeValue] {
        guard let given = fields["attributes"] else { return [:] }
        guard case .record(let record) = given else {
            if case .list(let items) = given, items.isEmpty { return [:] }
            throw call.argumentError(1, "'attributes' must be a table of name = value")
        }
        var result: [String: AttributeValue] = [:]
        for (key, value) in record {
            guard let converted = attribute(value) else {
                throw call.argumentError(1, "attribute '\(key)' must be a string, number, boolean or a list of them")
            }
            result[key] = converted
        }
        return result
    }

    static func attribute(_ value: LuaValue) -> AttributeValue? {
        switch value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(Int(number))
        case .number(let number): return number.isFinite ? .number(number) : nil
        case .boolean(let flag): return .boolean(flag)
        case .list(let items):
            let converted = items.compactMap(attribute)
            return converted.count == items.count ? .list(converted) : nil
        case .nil, .record: return nil
        }
    }
}
