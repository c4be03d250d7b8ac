import Foundation

/// Editor support files for script authors (`dossier types`): LuaLS annotations, a
/// `.luarc.json` that points the language server at them, and a luacheck standard.
public enum EditorSupport {
    /// The LuaLS annotation file's text.
    public static var annotations: String? { file("dossier.d.lua") }

    /// The luacheck configuration's text.
    public static var luacheck: String? { file("luacheckrc") }

    /// Writes `.dossier/dossier.d.lua`, `.luarc.json` and `.luacheckrc` into `folder` and
    /// returns the paths written. Existing `.luarc.json` and `.luacheckrc` are kept unless
    /// `overwrite` is set.
    public static func write(into folder: String, overwrite: Bool) throws(RunnerError) -> [String] {
        guard let annotations, let luacheck else {
            throw RunnerError(usage: false, "the editor files are missing from this installation")
        }
        let base = URL(fileURLWithPath: folder)
        let luarc = """
        {
          "runtime.version": "Lua 5.4",
          "workspace.library": [".dossier"],
          "diagnostics.globals": ["dossier"]
        }

        """
        var written: [String] = []
        let files: [(String, String, Bool)] = [(".dossier/dossier.d.lua", annotations, true), (".luarc.json", luarc, overwrite),
                                               (".luacheckrc", luacheck, overwrite)]
        for (name, text, replace) in files {
            let url = base.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) && !replace { continue }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                throw RunnerError(usage: false, "cannot write \(url.path): \(error.localizedDescription)")
            }
            written.append(url.path)
        }
        return written
    }

    private static func file(_ name: String) -> String? {
        guard let folder = BundledScripts.resourceFolder("Editor") else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
