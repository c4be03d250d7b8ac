import CLua
import DossierExtraction
import DossierModel

/// `dossier.pattern(source [, { phrases = { name = { "a", "b" } } }])`: compiles a token
/// pattern once (docs/patterns.md); `p:matches(doc)` runs it in Swift and returns the
/// matches, usable both as `for m in p:matches(doc) do` and as a list (`#`, `ipairs`).
final class PatternObject {
    let pattern: TokenPattern
    private let tracker: ObjectTracker
    init(_ pattern: TokenPattern, tracker: ObjectTracker) {
        self.pattern = pattern
        self.tracker = tracker
        tracker.retained()
    }
    deinit { tracker.released() }
}

enum PatternBinding {
    static let typeName = "dossier.Pattern"

    /// Adds `dossier.pattern` to the `dossier` table at the top of the stack.
    static func install(into state: LuaState) {
        state.setField("pattern", HostFunction("pattern") { [unowned state] call in
            let source = try call.string(1)
            var phrases: [String: [String]] = [:]
            if call.type(2) == .table, case .record(let options) = try call.value(2), case .record(let lists)? = options["phrases"] {
                for (name, value) in lists {
                    guard case .list(let items) = value else { throw call.argumentError(2, "phrases.\(name) must be a list of strings") }
                    phrases[name] = items.map(\.text)
                }
            } else if call.type(2) != .none && call.type(2) != .nil {
                throw call.argumentError(2, "expected { phrases = { name = { ... } } }")
            }
            let pattern: TokenPattern
            do {
                pattern = try TokenPattern(source, library: PatternLibrary(phrases: phrases))
            } catch {
                throw LuaCallError("bad pattern: \(error)")
            }
            let L = call.L
            let slot = lua_newuserdatauv(L, MemoryLayout<UnsafeMutableRawPointer?>.size, 0)!
            slot.storeBytes(of: Unmanaged.passRetained(PatternObject(pattern, tracker: state.objects)).toOpaque(),
                            as: UnsafeMutableRawPointer?.self)
            if luaL_newmetatable(L, typeName) != 0 { fillMetatable(state) }
            lua_setmetatable(L, -2)
            return 1
        })
    }

    private static func object(_ L: LuaStatePointer, _ index: Int32) -> PatternObject? {
        guard let slot = luaL_testudata(L, index, typeName), let pointer = slot.load(as: UnsafeMutableRawPointer?.self) else { return nil }
        return Unmanaged<PatternObject>.fromOpaque(pointer).takeUnretainedValue()
    }

    private static func fillMetatable(_ state: LuaState) {
        let L = state.L
        lua_createtable(L, 0, 1)
        state.setField("matches", HostFunction("matches") { [unowned state] call in
            guard let pattern = object(call.L, 1) else { throw call.argumentError(1, "pattern expected (use p:matches(doc))") }
            guard let document = DocumentBinding.object(call.L, 2) else { throw call.argumentError(2, "document expected") }
            pushMatches(pattern.pattern.matches(in: document.document), document: document, state: state)
            return 1
        })
        lua_setfield(L, -2, "__index")
        state.setField("__gc", HostFunction("__gc") { call in
            if let slot = luaL_testudata(call.L, 1, typeName), let pointer = slot.load(as: UnsafeMutableRawPointer?.self) {
                slot.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
                Unmanaged<PatternObject>.fromOpaque(pointer).release()
            }
            return 0
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            call.push(object(call.L, 1).map { "pattern " + $0.pattern.source } ?? "pattern (released)")
            return 1
        })
        lua_pushstring(L, typeName)
        lua_setfield(L, -2, "__metatable")
    }

    /// A list of match tables whose metatable's `__call` steps through it, so the result
    /// works in a generic `for` as well as with `#` and `ipairs`.
    private static func pushMatches(_ matches: [PatternMatch], document: DocumentObject, state: LuaState) {
        let L = state.L
        let text = document.document
        lua_createtable(L, Int32(clamping: matches.count), 0)
        for (offset, match) in matches.enumerated() {
            lua_createtable(L, 0, 8)
            LuaValue.record([
                "index": .integer(Int64(offset + 1)),
                "first": .integer(Int64(match.span.start + 1)), "last": .integer(Int64(match.span.end)),
                "text": .string(text.text(of: match.span)), "sentence": .integer(Int64(match.sentence + 1)),
            ]).push(L)
            copyFields(L)
            lua_createtable(L, 0, Int32(clamping: match.captures.count))
            for (name, capture) in match.captures {
                pushCapture(capture, document: document, state: state)
                lua_setfield(L, -2, name)
            }
            lua_setfield(L, -2, "captures")
            lua_createtable(L, Int32(clamping: match.entities.count), 0)
            for (position, capture) in match.entities.enumerated() {
                pushCapture(capture, document: document, state: state)
                lua_rawseti(L, -2, Int64(position + 1))
            }
            lua_setfield(L, -2, "entities")
            lua_rawseti(L, -2, Int64(offset + 1))
        }
        lua_createtable(L, 0, 1)
        state.setField("__call", HostFunction("matches iterator") { call in
            // for m in list do: called with (list, nil, previous); the next is previous.index + 1.
            var next: Int64 = 1
            if call.type(3) == .table {
                lua_getfield(call.L, 3, "index")
                next = lua_tointegerx(call.L, -1, nil) + 1
                lua_pop(call.L, 1)
            }
            lua_rawgeti(call.L, 1, next)
            return 1
        })
        lua_setmetatable(L, -2)
    }

    /// Moves the fields of the record on top of the stack into the table below it.
    private static func copyFields(_ L: LuaStatePointer) {
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            lua_pushvalue(L, -2)
            lua_insert(L, -2)
            lua_settable(L, -5)
        }
        lua_pop(L, 1)
    }

    private static func pushCapture(_ capture: PatternCapture, document: DocumentObject, state: LuaState) {
        let L = state.L
        lua_createtable(L, 0, 4)
        LuaValue.record(["first": .integer(Int64(capture.span.start + 1)), "last": .integer(Int64(capture.span.end)),
                         "text": .string(document.document.text(of: capture.span))]).push(L)
        copyFields(L)
        ModelObjects.pushEntity(id: capture.entity, document.box, state: state)
        lua_setfield(L, -2, "entity")
    }
}
