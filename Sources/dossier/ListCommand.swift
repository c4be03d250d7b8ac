import ArgumentParser
import DossierRunner
import DossierScripting

/// `dossier list`: the bundled scripts with their categories and descriptions.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bundled scripts with their categories and descriptions."
    )

    func run() throws {
        let names = BundledScripts.names
        let width = names.map(\.count).max() ?? 0
        for name in names {
            guard let path = BundledScripts.path(of: name) else { continue }
            do {
                let metadata = try ReportScript(path: path, displayPath: name).metadata
                let categories = metadata.categories.isEmpty ? "" : "  [" + metadata.categories.joined(separator: ", ") + "]"
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + metadata.description + categories)
            } catch {
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  (cannot be loaded: \(error.summary))")
            }
        }
        if let directory = BundledScripts.directory {
            print("\nBundled scripts are in \(directory.path); copy one to change it. `dossier help NAME` shows its arguments.")
        }
    }
}
