import Foundation

/// The type of a declared script argument; `--arg key=value` text is converted to it.
public enum ArgumentType: String, Sendable, Hashable, CaseIterable {
    /// Any text.
    case string
    /// A number (integer or decimal).
    case number
    /// A whole number.
    case integer
    /// true/false, yes/no, 1/0, on/off.
    case boolean
    /// A calendar date, YYYY-MM-DD (also YYYY-MM or YYYY), passed to Lua as that string.
    case date
    /// A comma-separated list, passed to Lua as a list of strings.
    case list
}

/// One argument a script declares in its `args` table.
public struct ArgumentDeclaration: Sendable, Hashable {
    /// The argument's name, as used in `--arg name=value` and `ctx.args.name`.
    public var name: String
    /// Its type.
    public var type: ArgumentType
    /// One line of help.
    public var help: String
    /// The value used when the argument is not given.
    public var defaultValue: LuaValue?
    /// Whether the run refuses to start without it.
    public var required: Bool
    /// The only values allowed, if the script lists them.
    public var choices: [String]?

    /// Creates a declaration.
    public init(name: String, type: ArgumentType = .string, help: String = "", defaultValue: LuaValue? = nil,
                required: Bool = false, choices: [String]? = nil) {
        self.name = name
        self.type = type
        self.help = help
        self.defaultValue = defaultValue
        self.required = required
        self.choices = choices
    }

    /// Converts the text given on the command line to this argument's type.
    public func convert(_ text: String) throws(ArgumentProblem) -> LuaValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value: LuaValue
        switch type {
        case .string:
            value = .string(text)
        case .integer:
            guard let integer = Int64(trimmed) else { throw problem("expects a whole number, got '\(text)'") }
            value = .integer(integer)
        case .number:
            guard let number = Double(trimmed), number.isFinite else { throw problem("expects a number, got '\(text)'") }
            value = number == number.rounded() && abs(number) < 1e15 && !trimmed.contains(".") ? .integer(Int64(number)) : .number(number)
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "1", "on": value = .boolean(true)
            case "false", "no", "0", "off": value = .boolean(false)
            default: throw problem("expects true or false, got '\(text)'")
            }
        case .date:
            guard ArgumentDeclaration.isDate(trimmed) else {
                throw problem("expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got '\(text)'")
            }
            value = .string(trimmed)
        case .list:
            value = .list(text.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 != .string("") })
        }
        if let choices, case .string(let chosen) = value, !choices.contains(chosen) {
            throw problem("must be one of \(choices.joined(separator: ", ")), got '\(text)'")
        }
        return value
    }

    private func problem(_ text: String) -> ArgumentProblem {
        ArgumentProblem(message: "argument '\(name)' \(text)")
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }
}

/// A problem with the arguments given to a script.
public struct ArgumentProblem: Error, Sendable, Hashable {
    /// What is wrong, naming the argument.
    public var message: String
}

/// Checks `--arg` values against a script's declarations and produces `ctx.args`.
public enum ArgumentBinder {
    /// Converts `given` (name to text) into typed values, filling defaults. Throws on an
    /// unknown name (suggesting the closest declared one), a wrong type or a missing
    /// required argument.
    public static func bind(_ given: [String: String], to declarations: [ArgumentDeclaration]) throws(ArgumentProblem) -> [String: LuaValue] {
        let byName = Dictionary(declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var values: [String: LuaValue] = [:]
        for name in given.keys.sorted() {
            guard let declaration = byName[name] else {
                let known = declarations.map(\.name).sorted()
                var message = "unknown argument '\(name)'"
                if let suggestion = closest(to: name, in: known) { message += " (did you mean '\(suggestion)'?)" }
                message += known.isEmpty ? "; this script takes no arguments" : "; known: \(known.joined(separator: ", "))"
                throw ArgumentProblem(message: message)
            }
            values[name] = try declaration.convert(given[name]!)
        }
        for declaration in declarations where values[declaration.name] == nil {
            if let defaultValue = declaration.defaultValue {
                values[declaration.name] = defaultValue
            } else if declaration.required {
                throw ArgumentProblem(message: "missing required argument '\(declaration.name)' (\(declaration.type.rawValue)): give it with --arg \(declaration.name)=VALUE")
            }
        }
        return values
    }

    static func closest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= max(2, name.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
