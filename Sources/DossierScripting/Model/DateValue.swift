import CLua
import DossierModel

/// A calendar date of year, month or day precision: `dossier.date("1991-12")`, `ev.date`.
/// Partial dates compare as their first day but keep their precision for printing.
struct DateValue: Equatable {
    /// How much of the date is known.
    enum Precision: UInt8 { case year = 0, month = 1, day = 2 }

    var year: Int32
    var month: UInt8
    var day: UInt8
    var precision: Precision

    static let typeName = "dossier.Date"
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; of a range `start/end`, the start.
    init?(iso text: String) {
        let first = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = first.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let year = Int32(parts[0]) else { return nil }
        let month = parts.count > 1 ? UInt8(parts[1])! : 1
        let day = parts.count > 2 ? UInt8(parts[2])! : 1
        guard (1...12).contains(month), day >= 1, day <= DateValue.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day, precision: Precision(rawValue: UInt8(parts.count - 1))!)
    }

    init(year: Int32, month: UInt8, day: UInt8, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    static func daysIn(month: UInt8, year: Int32) -> UInt8 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day it covers, as one comparable number.
    var firstDay: Int64 { Int64(year) * 10_000 + Int64(month) * 100 + Int64(day) }

    /// ISO text at its own precision.
    var iso: String {
        let y = pad(Int(year), 4)
        switch precision {
        case .year: return y
        case .month: return "\(y)-\(pad(Int(month), 2))"
        case .day: return "\(y)-\(pad(Int(month), 2))-\(pad(Int(day), 2))"
        }
    }

    /// 0 = Monday (days-from-civil, valid for the proleptic Gregorian calendar).
    var weekday: Int {
        let y = Int64(year) - (month <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468  // days since 1970-01-01, a Thursday
        return Int(((days % 7) + 7 + 3) % 7)
    }

    /// A small strftime: %Y %y %m %d %e %B %b %A %a %F %%. Parts finer than the precision
    /// print as nothing (a month date has no day), and the result is trimmed.
    func format(_ pattern: String) throws(LuaCallError) -> String {
        var out = ""
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else { out.append(character); continue }
            guard let directive = iterator.next() else { throw LuaCallError("format ends with '%'") }
            let hasMonth = precision != .year, hasDay = precision == .day
            switch directive {
            case "Y": out += pad(Int(year), 4)
            case "y": out += pad(Int(year) % 100, 2)
            case "m": if hasMonth { out += pad(Int(month), 2) }
            case "B": if hasMonth { out += DateValue.monthNames[Int(month) - 1] }
            case "b": if hasMonth { out += String(DateValue.monthNames[Int(month) - 1].prefix(3)) }
            case "d": if hasDay { out += pad(Int(day), 2) }
            case "e": if hasDay { out += String(day) }
            case "A": if hasDay { out += DateValue.weekdayNames[weekday] }
            case "a": if hasDay { out += String(DateValue.weekdayNames[weekday].prefix(3)) }
            case "F": out += iso
            case "%": out += "%"
            default: throw LuaCallError("unknown format directive '%\(directive)' (use %Y %y %m %d %e %B %b %A %a %F %%)")
            }
        }
        return out.trimmingSpaces()
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

// MARK: Lua binding

extension DateValue {
    /// Pushes a date userdata (plain bytes: nothing to release, so no `__gc`).
    static func push(_ date: DateValue, state: LuaState) {
        let L = state.L
        let slot = lua_newuserdatauv(L, MemoryLayout<DateValue>.size, 0)!
        slot.storeBytes(of: date, as: DateValue.self)
        if luaL_newmetatable(L, typeName) != 0 { fillMetatable(state) }
        lua_setmetatable(L, -2)
    }

    /// The date at `index`: a date userdata, or a string in ISO form (so `ev.date >= "2022"`
    /// and script arguments of type date compare directly).
    static func read(_ L: LuaStatePointer, _ index: Int32) -> DateValue? {
        if let slot = luaL_testudata(L, index, typeName) { return slot.load(as: DateValue.self) }
        if lua_type(L, index) == LUA_TSTRING, let text = lua_swiftstring(L, index) { return DateValue(iso: text) }
        return nil
    }

    private static func operands(_ call: LuaCall) throws -> (DateValue, DateValue) {
        for index: Int32 in 1...2 where read(call.L, index) == nil {
            let shown = lua_type(call.L, index) == LUA_TSTRING ? "'\(lua_swiftstring(call.L, index) ?? "")'" : lua_swifttypename(call.L, index)
            throw LuaCallError("attempt to compare a date with \(shown) (dates compare with dates and 'YYYY[-MM[-DD]]' strings)")
        }
        return (read(call.L, 1)!, read(call.L, 2)!)
    }

    private static func fillMetatable(_ state: LuaState) {
        state.setField("__index", HostFunction("date field") { call in
            guard let date = luaL_testudata(call.L, 1, typeName)?.load(as: DateValue.self) else {
                throw call.argumentError(1, "date expected")
            }
            switch lua_swiftstring(call.L, 2) {
            case "year": call.push(Int(date.year))
            case "month": if date.precision != .year { call.push(Int(date.month)) } else { call.pushNil() }
            case "day": if date.precision == .day { call.push(Int(date.day)) } else { call.pushNil() }
            case "precision": call.push(["year", "month", "day"][Int(date.precision.rawValue)])
            case "format":
                lua_getmetatable(call.L, 1)
                lua_pushstring(call.L, "format")
                lua_rawget(call.L, -2)
            default: call.pushNil()
            }
            return 1
        })
        state.setField("format", HostFunction("format") { call in
            guard let date = luaL_testudata(call.L, 1, typeName)?.load(as: DateValue.self) else {
                throw call.argumentError(1, "date expected")
            }
            // Numbered as a method call: the pattern is argument #1 of d:format(pattern).
            guard lua_type(call.L, 2) == LUA_TSTRING, let pattern = lua_swiftstring(call.L, 2) else {
                throw call.argumentError(1, "string expected, got \(lua_swifttypename(call.L, 2))")
            }
            do throws(LuaCallError) {
                call.push(try date.format(pattern))
            } catch {
                throw call.argumentError(1, error.message)
            }
            return 1
        })
        state.setField("__tostring", HostFunction("__tostring") { call in
            call.push(luaL_testudata(call.L, 1, typeName)?.load(as: DateValue.self).iso ?? "date")
            return 1
        })
        state.setField("__eq", HostFunction("__eq") { call in
            call.push((read(call.L, 1)?.firstDay).map { $0 == read(call.L, 2)?.firstDay } ?? false)
            return 1
        })
        state.setField("__lt", HostFunction("__lt") { call in
            let (a, b) = try operands(call)
            call.push(a.firstDay < b.firstDay)
            return 1
        })
        state.setField("__le", HostFunction("__le") { call in
            let (a, b) = try operands(call)
            call.push(a.firstDay <= b.firstDay)
            return 1
        })
        lua_pushstring(state.L, typeName)
        lua_setfield(state.L, -2, "__metatable")
    }
}
