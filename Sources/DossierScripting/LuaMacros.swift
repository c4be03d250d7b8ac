import CLua
import CLuaSupport

// Lua's function-like macros, re-expressed for Swift (Swift imports none of them).
// Only non-raising operations live here; see docs/architecture.md for the error rules.

typealias LuaStatePointer = OpaquePointer

@inline(__always) func lua_pop(_ L: LuaStatePointer, _ n: Int32) { lua_settop(L, -n - 1) }
@inline(__always) func lua_newtable(_ L: LuaStatePointer) { lua_createtable(L, 0, 0) }
@inline(__always) func lua_insert(_ L: LuaStatePointer, _ index: Int32) { lua_rotate(L, index, 1) }
@inline(__always) func lua_remove(_ L: LuaStatePointer, _ index: Int32) {
    lua_rotate(L, index, -1)
    lua_pop(L, 1)
}
@inline(__always) func lua_pcall(_ L: LuaStatePointer, _ nargs: Int32, _ nresults: Int32, _ handler: Int32) -> Int32 {
    lua_pcallk(L, nargs, nresults, handler, 0, nil)
}
@inline(__always) func lua_isnoneornil(_ L: LuaStatePointer, _ index: Int32) -> Bool { lua_type(L, index) <= 0 }
@inline(__always) func lua_pushcfunction(_ L: LuaStatePointer, _ f: lua_CFunction) { lua_pushcclosure(L, f, 0) }
@inline(__always) func lua_upvalueindex(_ i: Int32) -> Int32 { clua_upvalueindex(i) }
let LUA_REGISTRYINDEX_VALUE: Int32 = clua_registryindex()

/// Pushes a Swift string as a Lua string (bytes, not NUL-terminated).
@inline(__always) func lua_pushswiftstring(_ L: LuaStatePointer, _ string: String) {
    var string = string
    string.withUTF8 { bytes in
        _ = lua_pushlstring(L, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, bytes.count)
    }
}

/// The string at `index` (strings only: numbers are not converted, so the stack is untouched).
@inline(__always) func lua_swiftstring(_ L: LuaStatePointer, _ index: Int32) -> String? {
    guard lua_type(L, index) == LUA_TSTRING else { return nil }
    var length = 0
    guard let pointer = lua_tolstring(L, index, &length) else { return nil }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
}

/// The type name Lua would print for the value at `index` ("nil", "table", ...).
func lua_swifttypename(_ L: LuaStatePointer, _ index: Int32) -> String {
    String(cString: lua_typename(L, lua_type(L, index)))
}
