import CLua

/// The `dossier` global: version facts and the `dossier.report` declaration helper.
enum DossierLibrary {
    /// The host's version.
    static let version = "0.1.0"
    /// The Lua API version; bumped when scripts can observe an incompatible change.
    static let apiVersion = "1"

    static func install(into state: LuaState) {
        let L = state.L
        lua_createtable(L, 0, 4)
        lua_pushswiftstring(L, version)
        lua_setfield(L, -2, "version")
        lua_pushswiftstring(L, apiVersion)
        lua_setfield(L, -2, "api_version")
        state.setField("report", HostFunction("dossier.report") { call in
            try call.requireTable(1)
            lua_pushstring(call.L, "report")
            lua_setfield(call.L, 1, "kind")
            lua_settop(call.L, 1)
            return 1
        })
        state.setField("extractor", HostFunction("dossier.extractor") { call in
            try call.requireTable(1)
            lua_pushstring(call.L, "extractor")
            lua_setfield(call.L, 1, "kind")
            lua_settop(call.L, 1)
            return 1
        })
        // Returns its arguments through the binding layer; exists so benchmarks can measure
        // the cost of one host call (underscore: not part of the stable API).
        state.setField("_echo", HostFunction("dossier._echo") { call in call.argumentCount })
        PatternBinding.install(into: state)
        lua_setglobal(L, "dossier")
        ModelLibrary.install(into: state)
    }
}

/// Versions of the scripting host, for the CLI and for pack compatibility checks.
public enum ScriptingInfo {
    /// The host's version.
    public static let version = DossierLibrary.version
    /// The Lua API version scripts can rely on.
    public static let apiVersion = DossierLibrary.apiVersion
}
