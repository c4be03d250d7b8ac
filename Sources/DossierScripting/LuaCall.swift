import CLua

/// The arguments and results of one call from Lua into a ``HostFunction``.
///
/// Readers never raise Lua errors: they throw ``LuaCallError`` with the conventional
/// "bad argument #n to 'f' (x expected, got y)" message instead.
public struct LuaCall {
    let L: LuaStatePointer
    /// The function's name, for messages.
    public let functionName: String

    init(_ L: LuaStatePointer, functionName: String) {
        self.L = L
        self.functionName = functionName
    }

    /// How many arguments were passed.
    public var argumentCount: Int32 { lua_gettop(L) }

    /// The Lua type of argument `index`.
    public func type(_ index: Int32) -> LuaType { LuaType(rawValue: lua_type(L, index)) ?? .none }

    /// A "bad argument" error for argument `index`.
    public func argumentError(_ index: Int32, _ problem: String) -> LuaCallError {
        LuaCallError("bad argument #\(index) to '\(functionName)' (\(problem))")
    }

    private func expected(_ index: Int32, _ what: String) -> LuaCallError {
        argumentError(index, "\(what) expected, got \(lua_type(L, index) == LUA_TNONE ? "no value" : lua_swifttypename(L, index))")
    }

    /// Argument `index` as a string (numbers are accepted and formatted as Lua would).
    public func string(_ index: Int32) throws -> String {
        switch lua_type(L, index) {
        case LUA_TSTRING: return lua_swiftstring(L, index) ?? ""
        case LUA_TNUMBER: return numberText(index)
        default: throw expected(index, "string")
        }
    }

    /// Argument `index` as a string, or nil when absent or nil.
    public func optionalString(_ index: Int32) throws -> String? {
        lua_isnoneornil(L, index) ? nil : try string(index)
    }

    /// Argument `index` as an integer (a float with an exact integer value is accepted).
    public func integer(_ index: Int32) throws -> Int64 {
        var isInteger: Int32 = 0
        let value = lua_tointegerx(L, index, &isInteger)
        guard isInteger != 0, lua_type(L, index) == LUA_TNUMBER else { throw expected(index, "integer") }
        return value
    }

    /// Argument `index` as a number.
    public func number(_ index: Int32) throws -> Double {
        guard lua_type(L, index) == LUA_TNUMBER else { throw expected(index, "number") }
        return lua_tonumberx(L, index, nil)
    }

    /// Argument `index` as a boolean (only `true` and `false` are accepted).
    public func boolean(_ index: Int32) throws -> Bool {
        guard lua_type(L, index) == LUA_TBOOLEAN else { throw expected(index, "boolean") }
        return lua_toboolean(L, index) != 0
    }

    /// Checks that argument `index` is a table.
    public func requireTable(_ index: Int32) throws {
        guard lua_type(L, index) == LUA_TTABLE else { throw expected(index, "table") }
    }

    /// A scalar or nested value converted to ``LuaValue`` (tables are read raw, without
    /// metamethods; cycles and functions are refused).
    public func value(_ index: Int32) throws -> LuaValue {
        do {
            return try LuaValue.read(L, index)
        } catch let problem as LuaValue.ReadProblem {
            throw argumentError(index, problem.description)
        }
    }

    /// Pushes a result.
    public func push(_ value: LuaValue) { value.push(L) }

    /// Pushes a string result.
    public func push(_ string: String) { lua_pushswiftstring(L, string) }

    /// Pushes an integer result.
    public func push(_ integer: Int) { lua_pushinteger(L, Int64(integer)) }

    /// Pushes a number result.
    public func push(_ number: Double) { lua_pushnumber(L, number) }

    /// Pushes a boolean result.
    public func push(_ boolean: Bool) { lua_pushboolean(L, boolean ? 1 : 0) }

    /// Pushes nil.
    public func pushNil() { lua_pushnil(L) }

    private func numberText(_ index: Int32) -> String {
        var isInteger: Int32 = 0
        let integer = lua_tointegerx(L, index, &isInteger)
        if isInteger != 0 { return String(integer) }
        return LuaValue.format(lua_tonumberx(L, index, nil))
    }
}

/// Lua's basic types.
public enum LuaType: Int32, Sendable {
    /// No value at that index.
    case none = -1
    /// nil.
    case `nil` = 0
    /// true or false.
    case boolean = 1
    /// A light userdata (host pointer).
    case lightUserdata = 2
    /// An integer or float.
    case number = 3
    /// A byte string.
    case string = 4
    /// A table.
    case table = 5
    /// A function.
    case function = 6
    /// A full userdata (host object).
    case userdata = 7
    /// A coroutine.
    case thread = 8
}
