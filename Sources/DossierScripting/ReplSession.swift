import CLua
import DossierModel

/// An interactive Lua prompt over parsed documents (`dossier repl`): the same sandbox and
/// limits as reports, with `docs` (every document) and `doc` (the first) as globals.
public final class ReplSession {
    /// The state the prompt evaluates in.
    public let state: LuaState
    private var pending = ""
    private var printed: [String] = []

    /// Creates the session with `documents` loaded.
    public init(documents: [Document], limits: ScriptLimits = .default) throws {
        state = try LuaState(limits: limits)
        DossierLibrary.install(into: state)
        state.textSink = { [unowned self] line in self.printed.append(line) }
        let L = state.L
        lua_createtable(L, Int32(clamping: documents.count), 0)
        for (offset, document) in documents.enumerated() {
            DocumentBinding.push(document, into: state)
            lua_rawseti(L, -2, Int64(offset + 1))
        }
        lua_pushvalue(L, -1)
        lua_setglobal(L, "docs")
        lua_rawgeti(L, -1, 1)
        lua_setglobal(L, "doc")
        lua_pop(L, 1)
        try load(ReplSession.formatter, name: "=repl")
        try? state.call(arguments: 0, results: 0, script: "repl", documentID: nil, hook: nil)
    }

    /// Whether the last line left an unfinished statement (the prompt shows "..").
    public var isContinuing: Bool { !pending.isEmpty }

    /// Evaluates one line: an expression prints its values, a statement runs; an unfinished
    /// statement waits for more lines. Returns what to show (possibly empty).
    public func evaluate(_ line: String) -> String {
        let source = pending.isEmpty ? line : pending + "\n" + line
        printed.removeAll()
        var chunk = "return __repl_format(" + source + "\n)"
        if (try? load(chunk, name: "=stdin")) == nil {
            chunk = source
            do {
                try load(chunk, name: "=stdin")
            } catch {
                if error.message.hasSuffix("<eof>") {
                    pending = source
                    return ""
                }
                pending = ""
                return error.message
            }
        }
        pending = ""
        do {
            try state.call(arguments: 0, results: 1, script: "repl", documentID: nil, hook: nil)
            let result = lua_swiftstring(state.L, -1)
            lua_pop(state.L, 1)
            return (printed + (result.map { [$0] } ?? [])).joined(separator: "\n")
        } catch {
            return (printed + [error.description]).joined(separator: "\n")
        }
    }

    private func load(_ source: String, name: String) throws(ScriptError) {
        try state.load(Array(source.utf8), chunkName: name, script: "repl")
    }

    /// Shows values the way a person wants to read them: tables one level deep.
    static let formatter = """
    local function show(value)
      if type(value) ~= "table" then return tostring(value) end
      local parts, n = {}, 0
      for k, v in pairs(value) do
        n = n + 1
        if n > 20 then parts[#parts + 1] = "..."; break end
        local shown = type(v) == "table" and "{...}" or tostring(v)
        parts[#parts + 1] = (math.type(k) == "integer" and "" or tostring(k) .. " = ") .. shown
      end
      return "{ " .. table.concat(parts, ", ") .. " }"
    end
    function __repl_format(...)
      local n = select("#", ...)
      if n == 0 then return nil end
      local parts = {}
      for i = 1, n do parts[i] = show((select(i, ...))) end
      return table.concat(parts, "\\t")
    end
    """
}
