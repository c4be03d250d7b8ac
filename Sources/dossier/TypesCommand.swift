import ArgumentParser
import DossierRunner

/// `dossier types [FOLDER]`: editor support for script authors.
struct TypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "types",
        abstract: "Write LuaLS annotations, a .luarc.json and a .luacheckrc for writing scripts.",
        discussion: "Writes FOLDER/.dossier/dossier.d.lua (always), and .luarc.json and .luacheckrc unless they exist (--force replaces them)."
    )

    @Argument(help: "The folder of your scripts.")
    var folder: String = "."

    @Flag(help: "Replace an existing .luarc.json and .luacheckrc.")
    var force = false

    func run() throws {
        do {
            for path in try EditorSupport.write(into: folder, overwrite: force) { print("wrote \(path)") }
        } catch {
            Diagnostics.error(error.message)
            throw ExitCode.failure
        }
    }
}
