import DossierRunner
import DossierScripting
import Foundation

/// `dossier help SCRIPT`: prints a script's metadata and arguments without processing any
/// document. `dossier help run` (a subcommand name) is left to the argument parser.
enum ScriptHelpCommand {
    /// Handles `dossier help SCRIPT`, returning an exit code, or nil when the arguments are
    /// something else.
    static func handle(_ arguments: [String], subcommands: Set<String>) -> Int32? {
        guard arguments.count == 3, arguments[1] == "help", !subcommands.contains(arguments[2]),
              !arguments[2].hasPrefix("-") else { return nil }
        let reference = arguments[2]
        do {
            let path = try ScriptLocator.resolve(reference)
            let script = try ReportScript(path: path, displayPath: reference)
            print(script.metadata.helpText)
            return 0
        } catch let error as RunnerError {
            Diagnostics.error(error.message)
            return 64
        } catch let error as ScriptError {
            Diagnostics.error(error.description)
            return 1
        } catch {
            Diagnostics.error("\(error)")
            return 1
        }
    }
}
