import CLua
import DossierModel

/// `doc.entities`, `doc.relations`, `doc.events`: views over the document's arrays that
/// make objects only for the items a script touches. `#list`, `list[i]`, `ipairs(list)`, `pairs(list)`,
/// and calling the list (`doc:entities { kind = "person" }`) returns a filtered iterator.
enum ListBinding {
    /// Pushes the list view of `type` (`.entityList`, `.relationList` or `.eventList`).
    static func push(_ box: ModelBox, _ type: ModelType, state: LuaState) {
        ModelObjects.push(box, type, type.rawValue, state: state)
    }

    private static func list(_ L: LuaStatePointer, _ index: Int32) -> (ModelBox, ModelType)? {
        guard let ref = ModelObjects.ref(L, index, .entityList), let box = ref.model,
              let type = ModelType(rawValue: ref.index) else { return nil }
        return (box, type)
    }

    static func count(_ box: ModelBox, _ type: ModelType) -> Int {
        switch type {
        case .entityList: return box.document.entities.count
        case .relationList: return box.document.relations.count
        default: return box.document.events.count
        }
    }

    static func itemType(_ type: ModelType) -> ModelType {
        switch type {
        case .entityList: return .entity
        case .relationList: return .relation
        default: return .event
        }
    }

    static func name(_ type: ModelType) -> String {
        switch type {
        case .entityList: return "entities"
        case .relationList: return "relations"
        default: return "events"
        }
    }

    static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("list item") { [unowned state] call in
            guard let (box, type) = list(call.L, 1) else { throw call.argumentError(1, "list expected") }
            var isInteger: Int32 = 0
            let position = lua_tointegerx(call.L, 2, &isInteger)
            guard lua_type(call.L, 2) == LUA_TNUMBER, isInteger != 0, position >= 1, position <= count(box, type) else {
                call.pushNil()
                return 1
            }
            ModelObjects.push(box, itemType(type), Int(position - 1), state: state)
            return 1
        })
        state.setField("__len", HostFunction("__len") { call in
            guard let (box, type) = list(call.L, 1) else { throw call.argumentError(1, "list expected") }
            call.push(count(box, type))
            return 1
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            guard let (box, type) = list(call.L, 1) else { call.push("list (released)"); return 1 }
            call.push("list of \(count(box, type)) \(name(type))")
            return 1
        })
        state.setField("__call", HostFunction("list") { call in try select(call) })
        state.setField("__pairs", HostFunction("pairs") { call in
            guard list(call.L, 1) != nil else { throw call.argumentError(1, "list expected") }
            lua_getmetatable(call.L, 1)
            lua_pushstring(call.L, "step")
            lua_rawget(call.L, -2)
            lua_pushvalue(call.L, 1)
            lua_pushinteger(call.L, 0)
            return 3
        })
        // pairs(list) walks positions like ipairs: (list, i) -> i + 1, item.
        state.setField("step", HostFunction("list step") { [unowned state] call in
            guard let (box, type) = list(call.L, 1) else { throw call.argumentError(1, "list expected") }
            let position = try call.integer(2) + 1
            guard position >= 1, position <= count(box, type) else { call.pushNil(); return 1 }
            call.push(Int(position))
            ModelObjects.push(box, itemType(type), Int(position - 1), state: state)
            return 2
        })
        // The iterator is one shared function: its position lives in the state table, so a
        // loop costs no new closure and no Swift allocation per step.
        state.setField("iterate", HostFunction("iterator") { [unowned state] call in
            let L = call.L
            guard lua_type(L, 1) == LUA_TTABLE else { throw call.argumentError(1, "iterator state expected") }
            lua_pushstring(L, "pos")
            lua_rawget(L, 1)
            let next = lua_tointegerx(L, -1, nil) + 1
            guard lua_rawgeti(L, 1, next) == LUA_TNUMBER else { call.pushNil(); return 1 }
            let item = Int(lua_tointegerx(L, -1, nil))
            lua_pushstring(L, "pos")
            lua_pushinteger(L, next)
            lua_rawset(L, 1)
            lua_pushstring(L, "list")
            lua_rawget(L, 1)
            guard let (box, type) = list(L, -1) else { throw call.argumentError(1, "iterator state expected") }
            ModelObjects.push(box, itemType(type), item, state: state)
            return 1
        })
    }

    /// `list(doc, filter)` from `doc:entities { ... }`, or `list(filter)` from
    /// `doc.entities { ... }`; returns the generic-for triple.
    private static func select(_ call: LuaCall) throws -> Int32 {
        let L = call.L
        guard let (box, type) = list(L, 1) else { throw call.argumentError(1, "list expected") }
        // `for e in doc.entities do` calls the list as the iterator with (nil, nil); answering
        // with an iterator would loop forever, so say what was meant.
        if lua_gettop(L) == 3, lua_type(L, 2) == LUA_TNIL {
            throw LuaCallError("'\(name(type))' is a list, not an iterator: loop with doc:\(name(type))() or ipairs(doc.\(name(type)))")
        }
        let filterIndex: Int32 = lua_type(L, 2) == LUA_TUSERDATA ? 3 : 2
        var filter: ModelFilter?
        switch lua_type(L, filterIndex) {
        case LUA_TNONE, LUA_TNIL: filter = nil
        case LUA_TTABLE:
            do {
                filter = try ModelFilter(L, filterIndex, type: type, box: box)
            } catch {
                throw LuaCallError("bad argument #1 to '\(name(type))' (\(error.message))")
            }
        default:
            throw LuaCallError("bad argument #1 to '\(name(type))' (table expected, got \(lua_swifttypename(L, filterIndex)))")
        }
        let document = box.document
        var matches: [Int] = []
        switch type {
        case .entityList:
            for (offset, entity) in document.entities.enumerated() where filter?.matches(entity) ?? true { matches.append(offset) }
        case .relationList:
            for (offset, relation) in document.relations.enumerated() where filter?.matches(relation) ?? true { matches.append(offset) }
        default:
            for (offset, event) in document.events.enumerated() where filter?.matches(event) ?? true { matches.append(offset) }
        }
        lua_getmetatable(L, 1)
        lua_pushstring(L, "iterate")
        lua_rawget(L, -2)
        lua_createtable(L, Int32(clamping: matches.count), 2)
        for (offset, match) in matches.enumerated() {
            lua_pushinteger(L, Int64(match))
            lua_rawseti(L, -2, Int64(offset + 1))
        }
        lua_pushvalue(L, 1)
        lua_setfield(L, -2, "list")
        lua_pushinteger(L, 0)
        lua_setfield(L, -2, "pos")
        lua_pushnil(L)
        return 3
    }
}
