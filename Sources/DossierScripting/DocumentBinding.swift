import CLua
import CLuaSupport
import DossierModel

/// Documents as Lua userdata: fields are read lazily from the Swift value (nothing is copied
/// until a script asks), list fields are built once and cached. The userdata keeps its own
/// reference to the immutable document, so one kept past its hook is a frozen copy, never a
/// dangling pointer.
final class DocumentObject {
    let document: Document
    private let tracker: ObjectTracker
    init(_ document: Document, tracker: ObjectTracker) {
        self.document = document
        self.tracker = tracker
        tracker.retained()
    }
    deinit { tracker.released() }
}

enum DocumentBinding {
    static let typeName = "dossier.Document"

    /// Pushes `document` as a userdata with the document metatable.
    static func push(_ document: Document, into state: LuaState) {
        let L = state.L
        let slot = lua_newuserdatauv(L, MemoryLayout<UnsafeMutableRawPointer?>.size, 1)!
        slot.storeBytes(of: Unmanaged.passRetained(DocumentObject(document, tracker: state.objects)).toOpaque(), as: UnsafeMutableRawPointer?.self)
        if luaL_newmetatable(L, typeName) != 0 { fillMetatable(state) }
        lua_setmetatable(L, -2)
    }

    private static func object(_ L: LuaStatePointer, _ index: Int32) -> DocumentObject? {
        guard let slot = luaL_testudata(L, index, typeName),
              let pointer = slot.load(as: UnsafeMutableRawPointer?.self) else { return nil }
        return Unmanaged<DocumentObject>.fromOpaque(pointer).takeUnretainedValue()
    }

    private static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("document field") { call in
            guard let object = object(call.L, 1) else { throw call.argumentError(1, "document expected") }
            let key = try call.string(2)
            return index(object.document, key: key, call: call)
        })
        state.setField("__gc", HostFunction("__gc") { call in
            if let slot = luaL_testudata(call.L, 1, typeName), let pointer = slot.load(as: UnsafeMutableRawPointer?.self) {
                slot.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
                Unmanaged<DocumentObject>.fromOpaque(pointer).release()
            }
            return 0
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            call.push(object(call.L, 1).map { "document \($0.document.id)" } ?? "document (released)")
            return 1
        })
        lua_pushstring(state.L, typeName)
        lua_setfield(state.L, -2, "__metatable")
    }

    /// Cached list fields live in the userdata's user value table.
    private static func cached(_ L: LuaStatePointer, _ key: String, build: () -> Void) {
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

    private static func index(_ document: Document, key: String, call: LuaCall) -> Int32 {
        let L = call.L
        let metadata = document.metadata
        switch key {
        case "id": call.push(document.id)
        case "text": call.push(document.text)
        case "title": pushOptional(metadata.title, call)
        case "date": pushOptional(metadata.date, call)
        case "place": pushOptional(metadata.place, call)
        case "source": pushOptional(metadata.source, call)
        case "url": pushOptional(metadata.url, call)
        case "metadata":
            cached(L, key) { metadataValue(document).push(L) }
        case "paragraphs":
            cached(L, key) {
                LuaValue.list(document.paragraphs.enumerated().map { offset, paragraph in
                    .record(["index": .integer(Int64(offset + 1)), "kind": .string(paragraph.kind.rawValue),
                             "text": .string(document.text(of: paragraph.span)),
                             "first": .integer(Int64(paragraph.span.start + 1)), "last": .integer(Int64(paragraph.span.end))])
                }).push(L)
            }
        case "sentences":
            cached(L, key) {
                LuaValue.list(document.sentences.enumerated().map { offset, sentence in
                    .record(["index": .integer(Int64(offset + 1)), "paragraph": .integer(Int64(sentence.paragraph + 1)),
                             "text": .string(document.text(of: sentence.span)),
                             "first": .integer(Int64(sentence.span.start + 1)), "last": .integer(Int64(sentence.span.end))])
                }).push(L)
            }
        default: call.pushNil()
        }
        return 1
    }

    private static func pushOptional(_ value: String?, _ call: LuaCall) {
        if let value { call.push(value) } else { call.pushNil() }
    }

    private static func metadataValue(_ document: Document) -> LuaValue {
        let metadata = document.metadata
        var fields = metadata.extra.mapValues { LuaValue.string($0) }
        let known: [(String, String?)] = [("title", metadata.title), ("date", metadata.date), ("place", metadata.place),
                                          ("source", metadata.source), ("url", metadata.url),
                                          ("path", metadata.origin?.path), ("format", metadata.origin?.format.rawValue)]
        for (key, value) in known { if let value { fields[key] = .string(value) } }
        if let line = metadata.origin?.line { fields["line"] = .integer(Int64(line)) }
        return .record(fields)
    }
}
