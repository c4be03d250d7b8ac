import CLua
import DossierModel

/// A filter table such as `{ kind = { "person", "country" }, attributes = { country = "PK" } }`,
/// read raw so no script metamethod runs in Swift. Unknown keys are refused rather than
/// ignored: a misspelled key would otherwise silently match everything.
struct ModelFilter {
    /// One accepted value of an attribute or field: a string, number or boolean.
    enum Value: Equatable {
        case string(String), number(Double), boolean(Bool)

        func matches(_ attribute: AttributeValue) -> Bool {
            switch (self, attribute) {
            case (.string(let wanted), .string(let text)): return wanted == text
            case (.string(let wanted), .integer), (.string(let wanted), .number): return wanted == attribute.description
            case (.number(let wanted), _): return attribute.numberValue == wanted
            case (.boolean(let wanted), .boolean(let flag)): return wanted == flag
            case (_, .list(let items)): return items.contains { matches($0) }
            default: return false
            }
        }
    }

    var kinds: [String]?
    var name: String?
    var subject: String?
    var object: String?
    var involving: String?
    var role: String?
    /// Attribute name and the values any of which it must have (`true`: present at all).
    var attributes: [(String, [Value])] = []

    /// The keys each list accepts besides `kind` and `attributes`.
    static func keys(for type: ModelType) -> [String] {
        switch type {
        case .entityList: return ["kind", "name", "attributes"]
        case .relationList: return ["kind", "subject", "object", "attributes"]
        default: return ["kind", "involving", "role", "attributes"]
        }
    }

    /// Reads the filter table at `index`; messages are completed by the caller.
    init(_ L: LuaStatePointer, _ index: Int32, type: ModelType, box: ModelBox) throws(FilterProblem) {
        let allowed = ModelFilter.keys(for: type)
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            defer { lua_pop(L, 1) }
            guard lua_type(L, -2) == LUA_TSTRING, let key = lua_swiftstring(L, -2), allowed.contains(key) else {
                let shown = lua_type(L, -2) == LUA_TSTRING ? "'\(lua_swiftstring(L, -2) ?? "")'" : "a \(lua_swifttypename(L, -2)) key"
                throw FilterProblem("unknown filter \(shown); expected \(allowed.joined(separator: ", "))")
            }
            switch key {
            case "kind": kinds = try ModelFilter.strings(L, key)
            case "name": name = try ModelFilter.string(L, key)
            case "role": role = try ModelFilter.string(L, key)
            case "subject": subject = try ModelFilter.entityID(L, key, box)
            case "object": object = try ModelFilter.entityID(L, key, box)
            case "involving": involving = try ModelFilter.entityID(L, key, box)
            default: attributes = try ModelFilter.attributes(L)
            }
        }
    }

    private static func string(_ L: LuaStatePointer, _ key: String) throws(FilterProblem) -> String {
        guard lua_type(L, -1) == LUA_TSTRING, let text = lua_swiftstring(L, -1) else {
            throw FilterProblem("filter '\(key)' must be a string, got \(lua_swifttypename(L, -1))")
        }
        return text
    }

    private static func strings(_ L: LuaStatePointer, _ key: String) throws(FilterProblem) -> [String] {
        if lua_type(L, -1) == LUA_TSTRING { return [lua_swiftstring(L, -1) ?? ""] }
        let problem = FilterProblem("filter '\(key)' must be a string or a list of strings, got \(lua_swifttypename(L, -1))")
        guard lua_type(L, -1) == LUA_TTABLE else { throw problem }
        var result: [String] = []
        var position: Int64 = 1
        while lua_rawgeti(L, -1, position) != LUA_TNIL {
            defer { lua_pop(L, 1) }
            guard lua_type(L, -1) == LUA_TSTRING else { throw problem }
            result.append(lua_swiftstring(L, -1) ?? "")
            position += 1
        }
        lua_pop(L, 1)
        return result
    }

    /// An entity object or an id string.
    private static func entityID(_ L: LuaStatePointer, _ key: String, _ box: ModelBox) throws(FilterProblem) -> String {
        if let ref = ModelObjects.ref(L, -1, .entity), let other = ref.model { return other.document.entities[ref.index].id }
        if lua_type(L, -1) == LUA_TSTRING { return lua_swiftstring(L, -1) ?? "" }
        throw FilterProblem("filter '\(key)' must be an entity or an entity id, got \(lua_swifttypename(L, -1))")
    }

    private static func attributes(_ L: LuaStatePointer) throws(FilterProblem) -> [(String, [Value])] {
        guard lua_type(L, -1) == LUA_TTABLE else {
            throw FilterProblem("filter 'attributes' must be a table, got \(lua_swifttypename(L, -1))")
        }
        var result: [(String, [Value])] = []
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            defer { lua_pop(L, 1) }
            guard lua_type(L, -2) == LUA_TSTRING, let name = lua_swiftstring(L, -2) else {
                throw FilterProblem("attribute filter names must be strings")
            }
            var values: [Value] = []
            if lua_type(L, -1) == LUA_TTABLE {
                var position: Int64 = 1
                while lua_rawgeti(L, -1, position) != LUA_TNIL {
                    defer { lua_pop(L, 1) }
                    guard let value = scalar(L) else { throw FilterProblem("attribute '\(name)': values must be strings, numbers or booleans") }
                    values.append(value)
                    position += 1
                }
                lua_pop(L, 1)
            } else if let value = scalar(L) {
                values = [value]
            } else {
                throw FilterProblem("attribute '\(name)' must be a string, number, boolean or list of them")
            }
            result.append((name, values))
        }
        return result
    }

    private static func scalar(_ L: LuaStatePointer) -> Value? {
        switch lua_type(L, -1) {
        case LUA_TSTRING: return .string(lua_swiftstring(L, -1) ?? "")
        case LUA_TNUMBER: return .number(lua_tonumberx(L, -1, nil))
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, -1) != 0)
        default: return nil
        }
    }

    // MARK: Matching

    private func matchesAttributes(_ values: [String: AttributeValue]) -> Bool {
        attributes.allSatisfy { name, wanted in
            guard let value = values[name] else { return wanted == [.boolean(false)] }
            // `true` asks only that the attribute exists (and is not false).
            if wanted == [.boolean(true)], value != .boolean(false) { return true }
            return wanted.contains { $0.matches(value) }
        }
    }

    func matches(_ entity: Entity) -> Bool {
        (kinds.map { $0.contains(entity.kind.rawValue) } ?? true)
            && (name.map { $0 == entity.name } ?? true)
            && matchesAttributes(entity.attributes)
    }

    func matches(_ relation: Relation) -> Bool {
        (kinds.map { $0.contains(relation.kind) } ?? true)
            && (subject.map { $0 == relation.subject } ?? true)
            && (object.map { $0 == relation.object } ?? true)
            && matchesAttributes(relation.attributes)
    }

    func matches(_ event: Event) -> Bool {
        (kinds.map { $0.contains(event.kind) } ?? true)
            && (involving.map { id in event.participants.contains { $0.entity == id && (role == nil || $0.role == role) } }
                ?? role.map { role in event.participants.contains { $0.role == role } } ?? true)
            && matchesAttributes(event.attributes)
    }
}

/// Why a filter table was refused.
struct FilterProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
