import ArgumentParser
import DossierRunner

/// The root `dossier` command: subcommands only.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Parse news articles into an entity model and run Lua reports over it.",
        discussion: """
        Exit codes: 0 all documents and scripts succeeded; 1 some document or script failed \
        (the run still finishes the rest; see the summary on stderr); 64 usage error (bad \
        option, unknown script argument, missing script).
        `dossier help SCRIPT` prints a script's description and arguments.
        """,
        version: DossierVersion.string,
        subcommands: [ParseCommand.self, RunCommand.self, ListCommand.self, ReplCommand.self, TypesCommand.self]
    )
}
