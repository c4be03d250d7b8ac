import CLua
import CLuaSupport
import Foundation

/// What untrusted scripts can reach. Only `base`, `string`, `table`, `math`, `utf8`,
/// `coroutine` and a read-only slice of `os` are opened; `io`, `debug` and `package` are not.
/// Removed or replaced: `dofile`, `loadfile`, `string.dump`, `os.execute`/`exit`/`getenv`/
/// `remove`/`rename`/`tmpname`/`setlocale`; `load` accepts text chunks only; `require` reads
/// Lua files from the allowed module roots only; the string metatable is protected.
enum Sandbox {
    static let removedGlobals = ["dofile", "loadfile"]
    static let keptOSFunctions: Set<String> = ["clock", "time", "date", "difftime"]

    static func open(_ state: LuaState, moduleRoots: [ModuleRoot]) {
        let L = state.L
        let libraries: [(String, lua_CFunction)] = [
            ("_G", luaopen_base), ("string", luaopen_string), ("table", luaopen_table),
            ("math", luaopen_math), ("utf8", luaopen_utf8), ("coroutine", luaopen_coroutine),
            ("os", luaopen_os),
        ]
        for (name, opener) in libraries {
            luaL_requiref(L, name, opener, 1)
            lua_pop(L, 1)
        }
        for name in removedGlobals {
            lua_pushnil(L)
            lua_setglobal(L, name)
        }
        trim(L, table: "os", keeping: keptOSFunctions)
        removeField(L, table: "string", field: "dump")
        clua_install_text_only_load(L)
        clua_install_safe_collectgarbage(L)
        clua_install_guarded_coroutines(L)
        clua_protect_string_metatable(L)
        runPrelude(state, moduleRoots: moduleRoots)
    }

    private static func trim(_ L: LuaStatePointer, table: String, keeping kept: Set<String>) {
        lua_getglobal(L, table)
        var names: [String] = []
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            if let name = lua_swiftstring(L, -2), !kept.contains(name) { names.append(name) }
            lua_pop(L, 1)
        }
        for name in names {
            lua_pushnil(L)
            lua_setfield(L, -2, name)
        }
        lua_pop(L, 1)
    }

    private static func removeField(_ L: LuaStatePointer, table: String, field: String) {
        lua_getglobal(L, table)
        lua_pushnil(L)
        lua_setfield(L, -2, field)
        lua_pop(L, 1)
    }

    /// `require`, `package.loaded` and `print`, written in Lua over two host functions so
    /// that a module's own errors propagate as ordinary Lua errors.
    static let prelude = """
    local load, find_module, emit_text = ...
    local select, tostring, concat, error, type, pcall = select, tostring, table.concat, error, type, pcall
    local loaded, loading = {}, {}
    package = { loaded = loaded }
    function require(name)
      if type(name) ~= "string" then
        error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
      end
      local value = loaded[name]
      if value ~= nil then return value end
      if loading[name] then error("module '" .. name .. "' requires itself (a require cycle)", 2) end
      local found, source, chunkname = pcall(find_module, name)
      if not found then error(source, 2) end
      local chunk, problem = load(source, "@" .. chunkname, "t")
      if not chunk then error(problem, 0) end
      loading[name] = true
      local ok, result = pcall(chunk, name, chunkname)
      loading[name] = nil
      if not ok then error(result, 0) end
      if result == nil then result = true end
      loaded[name] = result
      return result
    end
    function print(...)
      local n = select("#", ...)
      local parts = {}
      for i = 1, n do parts[i] = tostring((select(i, ...))) end
      emit_text(concat(parts, "\\t"))
    end
    """

    private static func runPrelude(_ state: LuaState, moduleRoots: [ModuleRoot]) {
        let L = state.L
        do { try state.load(Array(prelude.utf8), chunkName: "=dossier", script: "dossier") } catch {
            preconditionFailure("the sandbox prelude does not compile: \(error)")
        }
        lua_getglobal(L, "load")
        state.push(ModuleFinder(roots: moduleRoots).hostFunction)
        state.push(HostFunction("print") { [unowned state] call in
            state.textSink?(try call.string(1))
            return 0
        })
        let callStatus = lua_pcall(L, 3, 0, 0)
        precondition(callStatus == LUA_OK, "the sandbox prelude failed: \(lua_swiftstring(L, -1) ?? "")")
    }
}

/// Finds `require`d modules inside the allowed roots, refusing names that could escape them.
struct ModuleFinder: Sendable {
    var roots: [ModuleRoot]

    var hostFunction: HostFunction {
        HostFunction("require") { call in
            let name = try call.string(1)
            let (source, chunkName) = try find(name)
            call.push(source)
            call.push(chunkName)
            return 2
        }
    }

    func find(_ name: String) throws -> (String, String) {
        guard isValid(name) else {
            throw LuaCallError("invalid module name '\(name)': use letters, digits, '_' and '-' separated by dots")
        }
        let relative = name.split(separator: ".").joined(separator: "/")
        var tried: [String] = []
        for root in roots {
            for candidate in [relative + ".lua", relative + "/init.lua"] {
                let path = root.path + "/" + candidate
                tried.append(root.displayPrefix + candidate)
                guard let resolved = realpathString(path), resolved.hasPrefix(realpathString(root.path).map { $0 + "/" } ?? "\u{0}") else { continue }
                guard let data = FileManager.default.contents(atPath: resolved) else { continue }
                return (String(decoding: data, as: UTF8.self), root.displayPrefix + candidate)
            }
        }
        let places = tried.isEmpty ? "no module folders are allowed for this script" : "tried " + tried.joined(separator: ", ")
        throw LuaCallError("module '\(name)' not found (\(places)); scripts may only require Lua files from their own folder")
    }

    private func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x2D
            }
        }
    }

    private func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
