import CLua

/// Reads a script's descriptive table (raw access only: no metamethod of the script's runs).
struct MetadataReader {
    struct Problem: Error {
        var message: String
    }

    let L: LuaStatePointer
    let tableIndex: Int32
    let fallbackName: String

    static let knownFields: Set<String> = ["name", "description", "categories", "author", "license", "licence",
                                           "api_version", "args", "kind"]

    func read() throws(Problem) -> ScriptMetadata {
        var metadata = ScriptMetadata(name: fallbackName)
        if let name = try string("name") {
            guard !name.isEmpty else { throw Problem(message: "'name' must not be empty") }
            metadata.name = name
        }
        metadata.description = try string("description") ?? ""
        metadata.author = try string("author")
        if let license = try string("license") { metadata.license = license } else { metadata.license = try string("licence") }
        metadata.apiVersion = try string("api_version")
        metadata.categories = try stringList("categories")
        if let kind = try string("kind"), kind != "report" {
            throw Problem(message: "'kind' is '\(kind)', but only reports can be run here")
        }
        metadata.arguments = try arguments()
        metadata.hooks = ReportHook.allCases.filter { field($0.rawValue) == LUA_TFUNCTION }
        for hook in ReportHook.allCases where ![LUA_TFUNCTION, LUA_TNIL].contains(field(hook.rawValue)) {
            throw Problem(message: "'\(hook.rawValue)' must be a function")
        }
        if let unknown = unknownHookNames().first {
            let known = ReportHook.allCases.map(\.rawValue)
            let suggestion = ArgumentBinder.closest(to: unknown, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw Problem(message: "unknown hook '\(unknown)'\(suggestion); hooks are \(known.joined(separator: ", "))")
        }
        guard !metadata.hooks.isEmpty else {
            throw Problem(message: "the report defines no hook; add on_document = function(doc, ctx) ... end")
        }
        return metadata
    }

    func field(_ name: String) -> Int32 {
        lua_pushswiftstring(L, name)
        let type = lua_rawget(L, tableIndex)
        lua_pop(L, 1)
        return type
    }

    func value(_ name: String) throws(Problem) -> LuaValue {
        lua_pushswiftstring(L, name)
        lua_rawget(L, tableIndex)
        defer { lua_pop(L, 1) }
        do {
            return try LuaValue.read(L, -1)
        } catch {
            throw Problem(message: "'\(name)': \(error)")
        }
    }

    func string(_ name: String) throws(Problem) -> String? {
        switch try value(name) {
        case .nil: return nil
        case .string(let text): return text
        case .integer(let number): return String(number)
        default: throw Problem(message: "'\(name)' must be a string")
        }
    }

    func stringList(_ name: String) throws(Problem) -> [String] {
        switch try value(name) {
        case .nil: return []
        case .string(let single): return [single]
        case .list(let items):
            return try items.map { item throws(Problem) -> String in
                guard case .string(let text) = item else { throw Problem(message: "'\(name)' must be a list of strings") }
                return text
            }
        case .record(let fields) where fields.isEmpty: return []
        default: throw Problem(message: "'\(name)' must be a list of strings")
        }
    }

    private func unknownHookNames() -> [String] {
        var names: [String] = []
        lua_pushnil(L)
        while lua_next(L, tableIndex) != 0 {
            if let key = lua_swiftstring(L, -2), key.hasPrefix("on_"), ReportHook(rawValue: key) == nil { names.append(key) }
            lua_pop(L, 1)
        }
        return names.sorted()
    }

    private func arguments() throws(Problem) -> [ArgumentDeclaration] {
        let declared: [(String, LuaValue)]
        switch try value("args") {
        case .nil: return []
        case .record(let byName): declared = byName.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .list(let items):
            declared = try items.map { item throws(Problem) -> (String, LuaValue) in
                guard case .record(let fields) = item, case .string(let name)? = fields["name"] else {
                    throw Problem(message: "each entry of 'args' needs a 'name'")
                }
                return (name, item)
            }
        default: throw Problem(message: "'args' must be a table of name = { type = ..., help = ... }")
        }
        return try declared.map { name, spec throws(Problem) in try argument(name, spec) }.sorted { $0.name < $1.name }
    }

    private func argument(_ name: String, _ spec: LuaValue) throws(Problem) -> ArgumentDeclaration {
        guard case .record(let fields) = spec else { throw Problem(message: "argument '\(name)' must be a table") }
        var declaration = ArgumentDeclaration(name: name)
        if case .string(let typeName)? = fields["type"] {
            guard let type = ArgumentType(rawValue: typeName) else {
                throw Problem(message: "argument '\(name)' has unknown type '\(typeName)' (use \(ArgumentType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            declaration.type = type
        } else if fields["type"] != nil {
            throw Problem(message: "argument '\(name)': 'type' must be a string")
        }
        if case .string(let help)? = fields["help"] { declaration.help = help }
        if case .boolean(let required)? = fields["required"] { declaration.required = required }
        if case .list(let choices)? = fields["choices"] {
            declaration.choices = choices.map(\.text)
        }
        if let given = fields["default"], given != .nil {
            do {
                declaration.defaultValue = try declaration.convert(given.text)
            } catch {
                throw Problem(message: "default of \(error.message)")
            }
            if case .list = given { declaration.defaultValue = given }
        }
        return declaration
    }
}
