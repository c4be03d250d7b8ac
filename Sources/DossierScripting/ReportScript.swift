import CLua
import DossierModel
import Foundation

/// A loaded report script in its own sandboxed state: metadata, typed arguments and hooks.
/// Owned by one thread at a time, like its ``LuaState``.
public final class ReportScript {
    /// The script's path as the user gave it (used in messages).
    public let displayPath: String
    /// What the script declared about itself.
    public let metadata: ScriptMetadata
    /// The state the script runs in.
    public let state: LuaState
    private var hookReferences: [ReportHook: Int32] = [:]
    private var contextReference: Int32 = 0
    private var output: OutputWriter?

    /// Loads the script at `path` and reads its metadata (running its top-level code, but no
    /// hook). Module `require`s resolve in the script's own folder.
    public init(path: String, displayPath: String? = nil, limits: ScriptLimits = .default) throws(ScriptError) {
        let shown = displayPath ?? path
        self.displayPath = shown
        state = try ScriptFile.load(path: path, displayPath: shown, limits: limits, expecting: "report",
                                    example: "return { name = \"...\", on_document = function(doc, ctx) ... end }")
        let L = state.L
        let fallbackName = ScriptFile.fallbackName(shown)
        let parsed: ScriptMetadata
        do {
            parsed = try MetadataReader(L: L, tableIndex: lua_gettop(L), fallbackName: fallbackName).read()
        } catch {
            lua_pop(L, 1)
            throw ScriptError(kind: .invalidScript, script: shown, message: "\(shown): \(error.message)")
        }
        for hook in parsed.hooks {
            lua_getfield(L, -1, hook.rawValue)
            hookReferences[hook] = luaL_ref(L, LUA_REGISTRYINDEX_VALUE)
        }
        lua_pop(L, 1)
        metadata = parsed
    }

    /// Binds `--arg` values, builds `ctx` and connects output. Call once before the hooks.
    public func prepare(arguments: [String: String], sink: OutputSink) throws(ScriptError) {
        let values: [String: LuaValue]
        do {
            values = try ArgumentBinder.bind(arguments, to: metadata.arguments)
        } catch {
            throw ScriptError(kind: .arguments, script: displayPath, message: "\(displayPath): \(error.message)")
        }
        let writer = OutputWriter(sink: sink, script: metadata.name)
        output = writer
        state.textSink = { [unowned writer] line in writer.text(line) }
        let L = state.L
        lua_createtable(L, 0, 3)
        LuaValue.record(values).push(L)
        lua_setfield(L, -2, "args")
        writer.push(into: state)
        lua_setfield(L, -2, "out")
        LuaValue.record(["name": .string(metadata.name), "path": .string(displayPath)]).push(L)
        lua_setfield(L, -2, "script")
        contextReference = luaL_ref(L, LUA_REGISTRYINDEX_VALUE)
    }

    /// Calls `on_start(ctx)` if the script defines it.
    public func start() throws(ScriptError) { try invoke(.onStart, document: nil) }

    /// Calls `on_document(doc, ctx)` if the script defines it.
    public func process(_ document: Document) throws(ScriptError) { try invoke(.onDocument, document: document) }

    /// Calls `on_finish(ctx)` if the script defines it.
    public func finish() throws(ScriptError) { try invoke(.onFinish, document: nil) }

    private func invoke(_ hook: ReportHook, document: Document?) throws(ScriptError) {
        guard let reference = hookReferences[hook] else { return }
        precondition(contextReference != 0, "prepare(arguments:sink:) must be called before hooks")
        let L = state.L
        lua_rawgeti(L, LUA_REGISTRYINDEX_VALUE, Int64(reference))
        var arguments: Int32 = 1
        if let document {
            DocumentBinding.push(document, into: state)
            arguments += 1
        }
        lua_rawgeti(L, LUA_REGISTRYINDEX_VALUE, Int64(contextReference))
        try state.call(arguments: arguments, results: 0, script: displayPath, documentID: document?.id, hook: hook.rawValue)
    }
}
