import CLua
import Foundation

/// Loads a script file into a fresh sandboxed state and runs its main chunk, leaving the
/// table it returned on the stack: the part reports and extractors share.
enum ScriptFile {
    static func load(path: String, displayPath: String, limits: ScriptLimits, expecting what: String,
                     example: String) throws(ScriptError) -> LuaState {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read it" : "no such file"
            throw ScriptError(kind: .unreadable, script: displayPath, message: "\(displayPath): \(reason)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let shownFolder = (displayPath as NSString).deletingLastPathComponent
        let root = ModuleRoot(path: folder.isEmpty ? "." : folder, displayPrefix: shownFolder.isEmpty ? "" : shownFolder + "/")
        let state: LuaState
        do {
            state = try LuaState(limits: limits, moduleRoots: [root])
        } catch {
            throw ScriptError(kind: .memoryLimit, script: displayPath, message: "\(displayPath): cannot create a Lua state")
        }
        DossierLibrary.install(into: state)
        try state.load(Array(data), chunkName: "@" + displayPath, script: displayPath)
        try state.call(arguments: 0, results: 1, script: displayPath, documentID: nil, hook: "main chunk")
        guard lua_type(state.L, -1) == LUA_TTABLE else {
            let got = lua_swifttypename(state.L, -1)
            lua_pop(state.L, 1)
            throw ScriptError(kind: .invalidScript, script: displayPath, message:
                "\(displayPath): the script must return a table describing the \(what) (it returned \(got)); end it with: \(example)")
        }
        return state
    }

    static func fallbackName(_ displayPath: String) -> String {
        ((displayPath as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
