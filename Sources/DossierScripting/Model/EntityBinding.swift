import CLua
import DossierModel

/// Entities as userdata: `e.id`, `e.kind`, `e.name`, `e.aliases`, `e.attributes`,
/// `e.mentions`, `e.roles`, `e.country`, `e.date`, `e.producer`; `tostring(e)` is the name
/// and `==` compares document and id. Tables are built on first access and cached.
enum EntityBinding {
    static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("entity field") { [unowned state] call in
            let L = call.L
            guard let ref = ModelObjects.ref(L, 1, .entity), let box = ref.model else {
                throw call.argumentError(1, "entity expected")
            }
            guard lua_type(L, 2) == LUA_TSTRING, let key = lua_swiftstring(L, 2) else { call.pushNil(); return 1 }
            index(box, ref.index, key: key, state: state)
            return 1
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            guard let ref = ModelObjects.ref(call.L, 1, .entity), let box = ref.model else { call.push("entity (released)"); return 1 }
            call.push(box.document.entities[ref.index].name)
            return 1
        })
        state.setField("__eq", HostFunction("__eq") { call in
            guard let a = ModelObjects.ref(call.L, 1, .entity), let b = ModelObjects.ref(call.L, 2, .entity),
                  let boxA = a.model, let boxB = b.model else { call.push(false); return 1 }
            call.push(boxA === boxB ? a.index == b.index
                      : boxA.document.id == boxB.document.id
                        && boxA.document.entities[a.index].id == boxB.document.entities[b.index].id)
            return 1
        })
    }

    private static func index(_ box: ModelBox, _ position: Int, key: String, state: LuaState) {
        let L = state.L
        let document = box.document
        let entity = document.entities[position]
        switch key {
        case "id": lua_pushswiftstring(L, entity.id)
        case "kind": lua_pushswiftstring(L, entity.kind.rawValue)
        case "name": lua_pushswiftstring(L, entity.name)
        case "producer": lua_pushswiftstring(L, entity.producer)
        case "country":
            // A country's own code is `iso`; cities and nationalities name theirs in `country`.
            let code = entity.kind == .country ? entity.attributes["iso"] : entity.attributes["country"]
            ModelObjects.pushOptional(code?.stringValue, L)
        case "date":
            if entity.kind == .date, let text = entity.attributes["normalized"]?.stringValue, let date = DateValue(iso: text) {
                DateValue.push(date, state: state)
            } else {
                lua_pushnil(L)
            }
        case "aliases":
            ModelObjects.cached(L, key) { LuaValue.list(entity.aliases.map(LuaValue.string)).push(L) }
        case "attributes":
            ModelObjects.cached(L, key) { ModelObjects.pushAttributes(entity.attributes, L) }
        case "mentions":
            ModelObjects.cached(L, key) { pushMentions(entity, document, L) }
        case "roles":
            ModelObjects.cached(L, key) { pushRoles(box, entityID: entity.id, state: state) }
        default: lua_pushnil(L)
        }
    }

    /// Mentions are small plain tables: `text`, `first`, `last`, `sentence`, `form`,
    /// `resolution` and `entity` (the object at stack index 1).
    private static func pushMentions(_ entity: Entity, _ document: Document, _ L: LuaStatePointer) {
        lua_createtable(L, Int32(clamping: entity.mentions.count), 0)
        for (offset, mention) in entity.mentions.enumerated() {
            lua_createtable(L, 0, 7)
            lua_pushswiftstring(L, mention.text)
            lua_setfield(L, -2, "text")
            lua_pushinteger(L, Int64(mention.span.start + 1))
            lua_setfield(L, -2, "first")
            lua_pushinteger(L, Int64(mention.span.end))
            lua_setfield(L, -2, "last")
            if let sentence = mention.sentence {
                lua_pushinteger(L, Int64(sentence + 1))
                lua_setfield(L, -2, "sentence")
            }
            lua_pushswiftstring(L, mention.form.rawValue)
            lua_setfield(L, -2, "form")
            if let resolution = mention.resolution {
                lua_pushswiftstring(L, resolution)
                lua_setfield(L, -2, "resolution")
            }
            lua_pushvalue(L, 1)
            lua_setfield(L, -2, "entity")
            lua_rawseti(L, -2, Int64(offset + 1))
        }
    }

    /// The `holds_role` relations with this entity as subject, as
    /// `{ title, title_text, country, org, relation }`.
    private static func pushRoles(_ box: ModelBox, entityID: String, state: LuaState) {
        let L = state.L
        lua_createtable(L, 0, 0)
        var count: Int64 = 0
        for (offset, relation) in box.document.relations.enumerated()
        where relation.kind == "holds_role" && relation.subject == entityID {
            lua_createtable(L, 0, 5)
            for field in ["title", "title_text", "country"] {
                ModelObjects.pushOptional(relation.attributes[field]?.description, L)
                lua_setfield(L, -2, field)
            }
            ModelObjects.pushEntity(id: relation.object, box, state: state)
            lua_setfield(L, -2, "org")
            ModelObjects.push(box, .relation, offset, state: state)
            lua_setfield(L, -2, "relation")
            count += 1
            lua_rawseti(L, -2, count)
        }
    }
}
