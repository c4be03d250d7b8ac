import CLua

/// A Lua value copied into Swift (or to be pushed into Lua): scalars, lists and records.
public enum LuaValue: Sendable, Hashable {
    /// nil.
    case `nil`
    /// true or false.
    case boolean(Bool)
    /// A Lua integer.
    case integer(Int64)
    /// A Lua float.
    case number(Double)
    /// A string (Lua strings are bytes; invalid UTF-8 is repaired when read).
    case string(String)
    /// A table whose keys are exactly 1...n.
    case list([LuaValue])
    /// A table with string keys, sorted by key for a deterministic order.
    case record([String: LuaValue])

    /// Why a Lua value could not be copied.
    struct ReadProblem: Error, CustomStringConvertible {
        var description: String
    }

    /// Tables nested deeper than this are refused (also stops reference cycles).
    static let maximumDepth = 32

    /// Reads the value at `index` without calling metamethods.
    static func read(_ L: LuaStatePointer, _ index: Int32, depth: Int = 0) throws -> LuaValue {
        let index = lua_absindex(L, index)
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            var isInteger: Int32 = 0
            let integer = lua_tointegerx(L, index, &isInteger)
            return lua_isinteger(L, index) != 0 && isInteger != 0 ? .integer(integer) : .number(lua_tonumberx(L, index, nil))
        case LUA_TSTRING: return .string(lua_swiftstring(L, index) ?? "")
        case LUA_TTABLE:
            guard depth < maximumDepth else { throw ReadProblem(description: "tables nested too deeply (or a cycle)") }
            return try readTable(L, index, depth: depth)
        default:
            throw ReadProblem(description: "a \(lua_swifttypename(L, index)) value cannot be used here")
        }
    }

    private static func readTable(_ L: LuaStatePointer, _ index: Int32, depth: Int) throws -> LuaValue {
        var list: [Int64: LuaValue] = [:]
        var record: [String: LuaValue] = [:]
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            defer { lua_pop(L, 1) }
            let value = try read(L, -1, depth: depth + 1)
            switch lua_type(L, -2) {
            case LUA_TNUMBER where lua_isinteger(L, -2) != 0:
                list[lua_tointegerx(L, -2, nil)] = value
            case LUA_TSTRING:
                record[lua_swiftstring(L, -2) ?? ""] = value
            default:
                lua_pop(L, 2)
                throw ReadProblem(description: "table keys must be strings or integers")
            }
        }
        if record.isEmpty, !list.isEmpty {
            guard list.keys.min() == 1, list.keys.max() == Int64(list.count) else {
                throw ReadProblem(description: "a list must have keys 1..n without holes")
            }
            return .list((1...Int64(list.count)).map { list[$0]! })
        }
        guard list.isEmpty else {
            throw ReadProblem(description: "a table mixes list items and named fields")
        }
        return .record(record)
    }

    /// Pushes the value (records and lists become new tables).
    func push(_ L: LuaStatePointer) {
        switch self {
        case .nil: lua_pushnil(L)
        case .boolean(let value): lua_pushboolean(L, value ? 1 : 0)
        case .integer(let value): lua_pushinteger(L, value)
        case .number(let value): lua_pushnumber(L, value)
        case .string(let value): lua_pushswiftstring(L, value)
        case .list(let items):
            lua_createtable(L, Int32(clamping: items.count), 0)
            for (offset, item) in items.enumerated() {
                item.push(L)
                lua_rawseti(L, -2, Int64(offset + 1))
            }
        case .record(let fields):
            lua_createtable(L, 0, Int32(clamping: fields.count))
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                value.push(L)
                lua_setfield(L, -2, key)
            }
        }
    }

    /// The value as text for output: numbers as Lua prints them, lists joined with ", ".
    public var text: String {
        switch self {
        case .nil: return ""
        case .boolean(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return LuaValue.format(value)
        case .string(let value): return value
        case .list(let items): return items.map(\.text).joined(separator: ", ")
        case .record(let fields):
            return fields.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value.text)" }.joined(separator: ", ")
        }
    }

    /// Formats a float the way Lua's `%.14g` does, with ".0" for integral values.
    static func format(_ number: Double) -> String {
        if number.isNaN { return number.sign == .minus ? "-nan" : "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) + ".0" }
        var description = "\(number)"
        if description.hasSuffix(".0") { description.removeLast(2) }
        return description
    }
}
