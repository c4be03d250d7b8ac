import CLua
import DossierModel

/// The model helpers of the `dossier` table: `dossier.date(text)` and
/// `dossier.names(list [, conjunction])`.
enum ModelLibrary {
    /// Adds the helpers to the global `dossier` table, raw (a script may have given that table
    /// a metatable; none of its metamethods may run outside a protected call).
    static func install(into state: LuaState) {
        let L = state.L
        lua_rawgeti(L, LUA_REGISTRYINDEX_VALUE, Int64(LUA_RIDX_GLOBALS))
        lua_pushstring(L, "dossier")
        lua_rawget(L, -2)
        defer { lua_pop(L, 2) }
        guard lua_type(L, -1) == LUA_TTABLE else { return }
        lua_pushstring(L, "date")
        state.push(HostFunction("date") { [unowned state] call in
            if lua_isnoneornil(call.L, 1) { call.pushNil(); return 1 }
            if luaL_testudata(call.L, 1, DateValue.typeName) != nil { lua_settop(call.L, 1); return 1 }
            let text = try call.string(1)
            guard let date = DateValue(iso: text) else {
                throw call.argumentError(1, "a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' expected, got '\(text)'")
            }
            DateValue.push(date, state: state)
            return 1
        })
        lua_rawset(L, -3)
        lua_pushstring(L, "names")
        state.push(HostFunction("names") { [unowned state] call in
            call.push(try names(call, state: state))
            return 1
        })
        lua_rawset(L, -3)
    }

    /// "A", "A and B", "A, B and C" from entities, participants (`{ entity = e }`), tables
    /// with a `name` field, or strings.
    private static func names(_ call: LuaCall, state: LuaState) throws -> String {
        let L = call.L
        let conjunction = try call.optionalString(2) ?? "and"
        var names: [String] = []
        if let ref = ModelObjects.ref(L, 1, .entityList), let box = ref.model, let type = ModelType(rawValue: ref.index) {
            guard type == .entityList else { throw call.argumentError(1, "a list of entities expected, got \(ListBinding.name(type))") }
            names = box.document.entities.map(\.name)
        } else {
            try call.requireTable(1)
            var position: Int64 = 1
            while lua_rawgeti(L, 1, position) != LUA_TNIL {
                defer { lua_pop(L, 1) }
                guard let name = name(L) else {
                    throw call.argumentError(1, "item \(position) is a \(lua_swifttypename(L, -1)); entities, participants or strings expected")
                }
                names.append(name)
                position += 1
            }
        }
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names.last!
        }
    }

    /// The name of the value on top of the stack.
    private static func name(_ L: LuaStatePointer) -> String? {
        if let ref = ModelObjects.ref(L, -1, .entity), let box = ref.model { return box.document.entities[ref.index].name }
        if lua_type(L, -1) == LUA_TSTRING { return lua_swiftstring(L, -1) }
        guard lua_type(L, -1) == LUA_TTABLE else { return nil }
        lua_pushstring(L, "entity")
        lua_rawget(L, -2)
        defer { lua_pop(L, 1) }
        if let ref = ModelObjects.ref(L, -1, .entity), let box = ref.model { return box.document.entities[ref.index].name }
        lua_pop(L, 1)
        lua_pushstring(L, "name")
        lua_rawget(L, -2)
        return lua_type(L, -1) == LUA_TSTRING ? lua_swiftstring(L, -1) : nil
    }
}
