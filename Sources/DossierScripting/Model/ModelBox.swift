import CLua
import CLuaSupport
import DossierModel

/// One parsed document shared by its `doc` userdata and every model object made from it.
/// Objects keep the box (not a copy of the model), so an entity kept past its hook stays
/// valid for as long as the script holds it, and the document is freed with its last object.
final class ModelBox {
    let document: Document
    let tracker: ObjectTracker
    // Built on the first lookup by id: most reports never look up an entity by id.
    private var entityPositions: [String: Int]?

    init(_ document: Document, tracker: ObjectTracker) {
        self.document = document
        self.tracker = tracker
    }

    /// The position of the entity with `id` in `document.entities`.
    func entityIndex(_ id: String) -> Int? {
        if let entityPositions { return entityPositions[id] }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(document.entities.count)
        for (offset, entity) in document.entities.enumerated() where positions[entity.id] == nil {
            positions[entity.id] = offset
        }
        entityPositions = positions
        return positions[id]
    }
}

/// What a model userdata points at. Plain bytes in the userdata: the box is retained once
/// per userdata and released by `__gc`, so no Swift object is allocated per Lua object.
struct ModelRef {
    var box: UnsafeMutableRawPointer?
    var index: Int

    var model: ModelBox? {
        box.map { Unmanaged<ModelBox>.fromOpaque($0).takeUnretainedValue() }
    }
}

/// The userdata types of the model, each with its own metatable.
enum ModelType: Int, CaseIterable {
    case entity = 0, relation = 1, event = 2, entityList = 3, relationList = 4, eventList = 5

    var metatableName: String {
        switch self {
        case .entity: return "dossier.Entity"
        case .relation: return "dossier.Relation"
        case .event: return "dossier.Event"
        case .entityList, .relationList, .eventList: return "dossier.List"
        }
    }

    var isList: Bool { rawValue >= 3 }
}

/// Creating, finding and releasing model userdata.
enum ModelObjects {
    /// Registry key of the weak table `box address -> identity table`.
    static let identityKey = "dossier.model.identity"

    /// The model reference of the userdata at `index` if it has type `type`'s metatable.
    static func ref(_ L: LuaStatePointer, _ index: Int32, _ type: ModelType) -> ModelRef? {
        guard let slot = luaL_testudata(L, index, type.metatableName) else { return nil }
        let ref = slot.load(as: ModelRef.self)
        return ref.box == nil ? nil : ref
    }

    /// Pushes the object `type` at `index` of `box`'s document. Entities, relations and
    /// events are interned per document while any of them is alive, so the same entity is
    /// the same Lua value and works as a table key.
    static func push(_ box: ModelBox, _ type: ModelType, _ index: Int, state: LuaState) {
        let L = state.L
        guard !type.isList else { return pushNew(box, type, index, state: state) }
        pushIdentityTable(box, L)
        let key = Int64(index) * 4 + Int64(type.rawValue)
        if lua_rawgeti(L, -1, key) == LUA_TUSERDATA {
            lua_remove(L, -2)
            return
        }
        lua_pop(L, 1)
        pushNew(box, type, index, state: state)
        lua_pushvalue(L, -2)
        lua_setiuservalue(L, -2, 2)  // the object anchors the identity table
        lua_pushvalue(L, -1)
        lua_rawseti(L, -3, key)
        lua_remove(L, -2)
    }

    private static func pushNew(_ box: ModelBox, _ type: ModelType, _ index: Int, state: LuaState) {
        let L = state.L
        let slot = lua_newuserdatauv(L, MemoryLayout<ModelRef>.size, 2)!
        slot.storeBytes(of: ModelRef(box: Unmanaged.passRetained(box).toOpaque(), index: index), as: ModelRef.self)
        box.tracker.retained()
        if luaL_newmetatable(L, type.metatableName) != 0 { fillMetatable(type, state: state) }
        lua_setmetatable(L, -2)
    }

    /// The identity table of `box` (weak values), created on first use. It lives while any
    /// object of the document holds it in its second user value, so an address reused by
    /// a later box never finds a stale table.
    private static func pushIdentityTable(_ box: ModelBox, _ L: LuaStatePointer) {
        if lua_getfield(L, LUA_REGISTRYINDEX_VALUE, identityKey) != LUA_TTABLE {
            lua_pop(L, 1)
            newWeakTable(L)
            lua_pushvalue(L, -1)
            lua_setfield(L, LUA_REGISTRYINDEX_VALUE, identityKey)
        }
        let address = UnsafeRawPointer(Unmanaged.passUnretained(box).toOpaque())
        if lua_rawgetp(L, -1, address) != LUA_TTABLE {
            lua_pop(L, 1)
            newWeakTable(L)
            lua_pushvalue(L, -1)
            lua_rawsetp(L, -3, address)
        }
        lua_remove(L, -2)
    }

    private static func newWeakTable(_ L: LuaStatePointer) {
        lua_createtable(L, 0, 0)
        lua_createtable(L, 0, 1)
        lua_pushstring(L, "v")
        lua_setfield(L, -2, "__mode")
        lua_setmetatable(L, -2)
    }

    private static func fillMetatable(_ type: ModelType, state: LuaState) {
        let L = state.L
        state.setField("__gc", HostFunction("__gc") { call in
            if let slot = lua_touserdata(call.L, 1), lua_rawlen(call.L, 1) == MemoryLayout<ModelRef>.size {
                let ref = slot.load(as: ModelRef.self)
                slot.storeBytes(of: ModelRef(box: nil, index: 0), as: ModelRef.self)
                if let pointer = ref.box {
                    let box = Unmanaged<ModelBox>.fromOpaque(pointer)
                    box.takeUnretainedValue().tracker.released()
                    box.release()
                }
            }
            return 0
        })
        switch type {
        case .entity: EntityBinding.fillMetatable(state)
        case .relation: RelationBinding.fillMetatable(state)
        case .event: EventBinding.fillMetatable(state)
        case .entityList, .relationList, .eventList: ListBinding.fillMetatable(state)
        }
        lua_pushswiftstring(L, type.metatableName)
        lua_setfield(L, -2, "__metatable")
    }

    /// Fields computed once per object live in the object's first user value (the object
    /// is at stack index 1); `build` pushes the value.
    static func cached(_ L: LuaStatePointer, _ key: String, build: () -> Void) {
        if lua_getiuservalue(L, 1, 1) != LUA_TTABLE {
            lua_pop(L, 1)
            lua_createtable(L, 0, 4)
            lua_pushvalue(L, -1)
            lua_setiuservalue(L, 1, 1)
        }
        if lua_getfield(L, -1, key) != LUA_TNIL {
            lua_remove(L, -2)
            return
        }
        lua_pop(L, 1)
        build()
        lua_pushvalue(L, -1)
        lua_setfield(L, -3, key)
        lua_remove(L, -2)
    }

    /// Pushes the entity with `id`, or nil.
    static func pushEntity(id: String?, _ box: ModelBox, state: LuaState) {
        if let id, let index = box.entityIndex(id) { push(box, .entity, index, state: state) } else { lua_pushnil(state.L) }
    }

    /// Pushes attributes as a new table.
    static func pushAttributes(_ attributes: [String: AttributeValue], _ L: LuaStatePointer) {
        LuaValue.record(attributes.mapValues(luaValue)).push(L)
    }

    static func luaValue(_ value: AttributeValue) -> LuaValue {
        switch value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(Int64(number))
        case .number(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .list(let items): return .list(items.map(luaValue))
        }
    }

    /// Pushes the text of `span`, or nil.
    static func pushText(_ span: Span?, _ document: Document, _ L: LuaStatePointer) {
        if let span { lua_pushswiftstring(L, document.text(of: span)) } else { lua_pushnil(L) }
    }

    /// Pushes an optional string.
    static func pushOptional(_ text: String?, _ L: LuaStatePointer) {
        if let text { lua_pushswiftstring(L, text) } else { lua_pushnil(L) }
    }
}
