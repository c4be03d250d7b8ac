import CLua
import DossierModel

/// Events as userdata: `ev.id`, `ev.kind`, `ev.participants` (`{ entity, role }`),
/// `ev.place` (entity), `ev.date` (date value), `ev.date_entity`, `ev.attributes`,
/// `ev.cameo`, `ev.evidence` (text), `ev.producer`.
enum EventBinding {
    static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("event field") { [unowned state] call in
            let L = call.L
            guard let ref = ModelObjects.ref(L, 1, .event), let box = ref.model else {
                throw call.argumentError(1, "event expected")
            }
            guard lua_type(L, 2) == LUA_TSTRING, let key = lua_swiftstring(L, 2) else { call.pushNil(); return 1 }
            let event = box.document.events[ref.index]
            switch key {
            case "id": call.push(event.id)
            case "kind": call.push(event.kind)
            case "producer": call.push(event.producer)
            case "place": ModelObjects.pushEntity(id: event.place, box, state: state)
            case "date_entity": ModelObjects.pushEntity(id: event.date, box, state: state)
            case "date":
                if let date = date(of: event, box) { DateValue.push(date, state: state) } else { call.pushNil() }
            case "cameo": ModelObjects.pushOptional(event.attributes["cameo"]?.description, L)
            case "evidence": ModelObjects.pushText(event.evidence, box.document, L)
            case "attributes": ModelObjects.cached(L, key) { ModelObjects.pushAttributes(event.attributes, L) }
            case "participants":
                ModelObjects.cached(L, key) {
                    lua_createtable(L, Int32(clamping: event.participants.count), 0)
                    for (offset, participant) in event.participants.enumerated() {
                        lua_createtable(L, 0, 2)
                        ModelObjects.pushEntity(id: participant.entity, box, state: state)
                        lua_setfield(L, -2, "entity")
                        ModelObjects.pushOptional(participant.role, L)
                        lua_setfield(L, -2, "role")
                        lua_rawseti(L, -2, Int64(offset + 1))
                    }
                }
            default: call.pushNil()
            }
            return 1
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            guard let ref = ModelObjects.ref(call.L, 1, .event), let box = ref.model else { call.push("event (released)"); return 1 }
            let event = box.document.events[ref.index]
            call.push("\(event.kind) \(event.id)")
            return 1
        })
    }

    /// The event's date: its date entity's normalized value.
    static func date(of event: Event, _ box: ModelBox) -> DateValue? {
        guard let id = event.date, let index = box.entityIndex(id),
              let text = box.document.entities[index].attributes["normalized"]?.stringValue else { return nil }
        return DateValue(iso: text)
    }
}
