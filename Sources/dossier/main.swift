import Foundation

// Only dispatch here: `dossier help SCRIPT` needs to see the raw arguments before the parser.
let subcommands = Set(DossierCommand.configuration.subcommands.map { $0._commandName } + ["help"])
if let code = ScriptHelpCommand.handle(CommandLine.arguments, subcommands: subcommands) {
    exit(code)
}
DossierCommand.main()
