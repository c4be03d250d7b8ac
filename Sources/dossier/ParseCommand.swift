import ArgumentParser
import DossierInput
import DossierModel
import DossierRunner

/// `dossier parse [INPUT ...]`: writes the entity model of each article.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse articles and write their entity model.",
        discussion: """
        JSON Lines output has one document per line (schema in docs/model.md): text, \
        paragraphs, sentences, tokens, entities with mentions, relations and events; spans are \
        0-based, end-exclusive UTF-8 byte offsets into the text. Exit codes: 0 success; 1 some \
        input failed; 64 usage error.
        """
    )

    @Argument(help: "Files, folders or '-' (standard input).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format: jsonl, json or text.")
    var format: String = "jsonl"

    @Option(name: .customLong("input-format"), help: "Read every input as this format: text, markdown, html or jsonl.")
    var inputFormat: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write output to FILE (atomically).", valueName: "file"))
    var output: String?

    @OptionGroup var limits: LimitOptions

    @Option(name: .customLong("aliases"), help: ArgumentHelp("A file of name variants (canonical<TAB>variant...) for corpus identity.", valueName: "file"))
    var aliases: String?

    @Option(name: .customLong("extractor"), help: ArgumentHelp("An extractor script (path or bundled name) to run after the built-in extraction; repeatable.", valueName: "script"))
    var extractors: [String] = []

    @Flag(name: .shortAndLong, help: "Do not print the run summary on stderr.")
    var quiet = false

    func run() throws {
        guard let outputFormat = ParseRequest.Format(rawValue: format.lowercased()) else {
            throw ValidationError("unknown format '\(format)'; use one of: \(ParseRequest.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var options = InputOptions()
        if let inputFormat {
            do { options.forcedFormat = try InputFormat(parsing: inputFormat) } catch { throw ValidationError(error.description) }
        }
        var request = ParseRequest(inputs: inputs, inputOptions: options, format: outputFormat,
                                   outputPath: output, aliasPath: aliases)
        request.extractors = extractors
        request.limits = try limits.scriptLimits()
        let summary: RunSummary
        do {
            summary = try Parser().run(request)
        } catch {
            Diagnostics.error(error.message)
            throw error.isUsage ? ExitCode.validationFailure : ExitCode.failure
        }
        if !quiet { Diagnostics.note(summary.report) }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
