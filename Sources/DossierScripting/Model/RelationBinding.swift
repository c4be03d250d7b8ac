import CLua
import DossierModel

/// Relations as userdata: `r.id`, `r.kind`, `r.subject`, `r.object` (entity objects),
/// `r.attributes`, `r.evidence` (text), `r.producer`.
enum RelationBinding {
    static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("relation field") { [unowned state] call in
            let L = call.L
            guard let ref = ModelObjects.ref(L, 1, .relation), let box = ref.model else {
                throw call.argumentError(1, "relation expected")
            }
            guard lua_type(L, 2) == LUA_TSTRING, let key = lua_swiftstring(L, 2) else { call.pushNil(); return 1 }
            let relation = box.document.relations[ref.index]
            switch key {
            case "id": call.push(relation.id)
            case "kind": call.push(relation.kind)
            case "producer": call.push(relation.producer)
            case "subject": ModelObjects.pushEntity(id: relation.subject, box, state: state)
            case "object": ModelObjects.pushEntity(id: relation.object, box, state: state)
            case "evidence": ModelObjects.pushText(relation.evidence, box.document, L)
            case "attributes": ModelObjects.cached(L, key) { ModelObjects.pushAttributes(relation.attributes, L) }
            default: call.pushNil()
            }
            return 1
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            guard let ref = ModelObjects.ref(call.L, 1, .relation), let box = ref.model else { call.push("relation (released)"); return 1 }
            let relation = box.document.relations[ref.index]
            let name = { (id: String?) in id.flatMap { box.entityIndex($0) }.map { box.document.entities[$0].name } ?? id ?? "?" }
            call.push(relation.object == nil ? "\(relation.kind)(\(name(relation.subject)))"
                      : "\(relation.kind)(\(name(relation.subject)), \(name(relation.object)))")
            return 1
        })
    }
}
