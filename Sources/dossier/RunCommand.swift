import ArgumentParser
import DossierInput
import DossierModel
import DossierRunner
import DossierScripting
import Foundation

/// `dossier run SCRIPT [INPUT ...]`: runs a report script over articles.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a report script over articles.",
        discussion: """
        INPUT is any mix of files, folders (read recursively) and '-' for standard input; \
        with no INPUT, standard input is read. Formats: plain text, Markdown, HTML and JSON \
        Lines (one record per line with at least "text"), from the file extension or content.
        Exit codes: 0 success; 1 some document or script failed; 64 usage error.
        """
    )

    @Argument(help: "The report script: a path to a .lua file, or the name of a bundled script (dossier list); briefing when left out.")
    var script: String?

    @Argument(help: "Files, folders or '-' (standard input).")
    var inputs: [String] = []

    @Option(name: [.customShort("s"), .customLong("script")], help: ArgumentHelp("Run this report too (repeatable): several reports share one parse of the input; with -s, every positional argument is an input.", valueName: "script"))
    var scripts: [String] = []

    @Option(name: .customLong("arg"), help: ArgumentHelp("A script argument, KEY=VALUE (repeatable; SCRIPT.KEY=VALUE targets one script).", valueName: "key=value"))
    var arguments: [String] = []

    @Option(name: .customLong("input-format"), help: "Read every input as this format: text, markdown, html or jsonl.")
    var inputFormat: String?

    @Option(name: .shortAndLong, help: "Output format: text, markdown, csv, jsonl, json or html.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write output to FILE (atomically: no half-written file on failure).", valueName: "file"))
    var output: String?

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first failing document or script.")
    var failFast = false

    @OptionGroup var limits: LimitOptions

    @Option(name: .customLong("extractor"), help: ArgumentHelp("An extractor script (path or bundled name) to run after the built-in extraction; repeatable.", valueName: "script"))
    var extractors: [String] = []

    @Flag(name: .shortAndLong, help: "Do not print the run summary on stderr.")
    var quiet = false

    func run() throws {
        guard let outputFormat = OutputFormat(name: format) else {
            throw ValidationError("unknown output format '\(format)'; use one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var options = InputOptions()
        if let inputFormat {
            do { options.forcedFormat = try InputFormat(parsing: inputFormat) } catch { throw ValidationError(error.description) }
        }
        let chosen: [String]
        let inputs: [String]
        if scripts.isEmpty {
            let (single, rest) = ScriptOrInput.split(script, self.inputs)
            (chosen, inputs) = ([single], rest)
        } else {
            (chosen, inputs) = (scripts, (script.map { [$0] } ?? []) + self.inputs)
        }
        var request = RunRequest(scripts: chosen, inputs: inputs, inputOptions: options,
                                 arguments: try parsedArguments(), limits: try limits.scriptLimits(),
                                 format: outputFormat, outputPath: output, failFast: failFast)
        request.extractors = extractors
        let summary: RunSummary
        do {
            summary = try Runner().run(request)
        } catch {
            Diagnostics.error(error.message)
            throw error.isUsage ? ExitCode.validationFailure : ExitCode.failure
        }
        if !quiet { Diagnostics.note(summary.report) }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    private func parsedArguments() throws -> [(key: String, value: String)] {
        try arguments.map { pair in
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("--arg expects KEY=VALUE, got '\(pair)'")
            }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
    }
}
