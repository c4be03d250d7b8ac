import ArgumentParser
import DossierRunner
import DossierModel
import DossierScripting
import Foundation

/// `dossier repl [INPUT ...]`: an interactive Lua prompt with the parsed documents loaded.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "An interactive Lua prompt over parsed articles (docs, doc).",
        discussion: """
        The articles are parsed first; `docs` holds them all and `doc` the first. Type an \
        expression to see its value, or a statement to run it; an unfinished statement \
        continues on the next line. The sandbox and limits are those of reports. Commands \
        are read from standard input, so inputs cannot be '-'. End with Ctrl-D.
        """
    )

    @Argument(help: "Files or folders to load.")
    var inputs: [String] = []

    @OptionGroup var limits: LimitOptions

    func run() throws {
        guard !inputs.contains("-") else { throw ValidationError("repl reads commands from standard input: give files or folders") }
        let documents: [Document]
        let summary: RunSummary
        do {
            (documents, summary) = try DocumentLoader.load(inputs)
        } catch {
            Diagnostics.error(error.message)
            throw ExitCode.failure
        }
        let interactive = isatty(0) != 0
        if interactive { Diagnostics.note(summary.report + "\n`docs` holds \(documents.count) document(s), `doc` the first. Ctrl-D ends.") }
        let session = try ReplSession(documents: documents, limits: limits.scriptLimits())
        while true {
            if interactive { FileHandle.standardError.write(Data((session.isContinuing ? ".. " : "> ").utf8)) }
            guard let line = readLine() else { break }
            let shown = session.evaluate(line)
            if !shown.isEmpty { print(shown) }
        }
    }
}
