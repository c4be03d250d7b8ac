import CLua
import CLuaSupport
import DossierModel

/// Documents as Lua userdata: fields are read lazily from the Swift value (nothing is copied
/// until a script asks), list fields are built once and cached. The userdata keeps its own
/// reference to the immutable document, so one kept past its hook is a frozen copy, never a
/// dangling pointer.
final class DocumentObject {
    /// Shared with every entity, relation and event object made from this document.
    let box: ModelBox
    var document: Document { box.document }
    private let tracker: ObjectTracker
    init(_ document: Document, tracker: ObjectTracker) {
        self.box = ModelBox(document, tracker: tracker)
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

    static func object(_ L: LuaStatePointer, _ index: Int32) -> DocumentObject? {
        guard let slot = luaL_testudata(L, index, typeName),
              let pointer = slot.load(as: UnsafeMutableRawPointer?.self) else { return nil }
        return Unmanaged<DocumentObject>.fromOpaque(pointer).takeUnretainedValue()
    }

    private static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("document field") { [unowned state] call in
            guard let object = object(call.L, 1) else { throw call.argumentError(1, "document expected") }
            let key = try call.string(2)
            switch key {
            case "entities": cached(call.L, key) { ListBinding.push(object.box, .entityList, state: state) }
            case "relations": cached(call.L, key) { ListBinding.push(object.box, .relationList, state: state) }
            case "events": cached(call.L, key) { ListBinding.push(object.box, .eventList, state: state) }
            case "entity", "slice":
                // Methods live in the protected metatable, so they are made once per state.
                lua_getmetatable(call.L, 1)
                lua_pushswiftstring(call.L, key)
                lua_rawget(call.L, -2)
            default: return index(object.document, key: key, call: call)
            }
            return 1
        })
        state.setField("entity", HostFunction("entity") { [unowned state] call in
            guard let object = object(call.L, 1) else { throw call.argumentError(1, "document expected (call doc:entity(id))") }
            guard lua_type(call.L, 2) == LUA_TSTRING, let id = lua_swiftstring(call.L, 2) else {
                throw LuaCallError("bad argument #1 to 'entity' (string expected, got \(lua_swifttypename(call.L, 2)))")
            }
            ModelObjects.pushEntity(id: id, object.box, state: state)
            return 1
        })
        state.setField("slice", HostFunction("slice") { call in
            guard let object = object(call.L, 1) else { throw call.argumentError(1, "document expected (call doc:slice(first, last))") }
            var bounds: [Int64] = []
            for index: Int32 in 2...3 {
                var isInteger: Int32 = 0
                let value = lua_tointegerx(call.L, index, &isInteger)
                guard lua_type(call.L, index) == LUA_TNUMBER, isInteger != 0 else {
                    throw LuaCallError("bad argument #\(index - 1) to 'slice' (integer expected, got \(lua_swifttypename(call.L, index)))")
                }
                bounds.append(value)
            }
            // string.sub's rules: negative positions count from the end; out of range clamps.
            var text = object.document.text
            let count = Int64(text.utf8.count)
            let first = max(1, bounds[0] < 0 ? count + bounds[0] + 1 : bounds[0])
            let last = min(count, bounds[1] < 0 ? count + bounds[1] + 1 : bounds[1])
            text.withUTF8 { bytes in
                if first > last { lua_pushstring(call.L, ""); return }
                let start = UnsafeRawPointer(bytes.baseAddress!).advanced(by: Int(first - 1)).assumingMemoryBound(to: CChar.self)
                _ = lua_pushlstring(call.L, start, Int(last - first + 1))
            }
            return 1
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

    /// Cached list fields live in the userdata's user value table (shared with model objects).
    private static func cached(_ L: LuaStatePointer, _ key: String, build: () -> Void) {
        ModelObjects.cached(L, key, build: build)
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
        case "tokens":
            cached(L, key) {
                LuaValue.list(document.tokens.enumerated().map { offset, token in
                    .record(["index": .integer(Int64(offset + 1)), "kind": .string(token.kind.rawValue),
                             "text": .string(document.text(of: token.span)),
                             "first": .integer(Int64(token.span.start + 1)), "last": .integer(Int64(token.span.end))])
                }).push(L)
            }
        case "sections":
            cached(L, key) { sections(document).push(L) }
        default: call.pushNil()
        }
        return 1
    }

    /// Sections: the text before the first heading (heading nil), then one per heading, each
    /// with the indices of its paragraphs.
    private static func sections(_ document: Document) -> LuaValue {
        var sections: [LuaValue] = []
        var heading: Int?
        var members: [Int] = []
        func close() {
            guard heading != nil || !members.isEmpty else { return }
            var fields: [String: LuaValue] = ["index": .integer(Int64(sections.count + 1)),
                                              "paragraphs": .list(members.map { .integer(Int64($0 + 1)) })]
            if let heading { fields["heading"] = .string(document.text(of: document.paragraphs[heading].span)) }
            sections.append(.record(fields))
        }
        for (index, paragraph) in document.paragraphs.enumerated() {
            if paragraph.kind == .heading {
                close()
                heading = index
                members = []
            } else if paragraph.kind == .body {
                members.append(index)
            }
        }
        close()
        return .list(sections)
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
