import DossierInput
import DossierModel
import DossierScripting

/// What `dossier parse` needs: inputs, how to read them, and how to write the model.
public struct ParseRequest: Sendable {
    /// How parsed documents are written.
    public enum Format: String, Sendable, CaseIterable {
        /// One JSON record per line (schema in docs/model.md).
        case jsonl
        /// One JSON array of records, pretty-printed.
        case json
        /// A readable listing for people.
        case text
    }

    /// Files, folders and "-"; empty means standard input.
    public var inputs: [String]
    /// Reader options.
    public var inputOptions: InputOptions
    /// Output format.
    public var format: Format
    /// Write here (atomically) instead of standard output.
    public var outputPath: String?
    /// Where "-" reads from.
    public var standardInput: StandardInput
    /// A file of name variants for corpus identity (see docs/model.md), if any.
    public var aliasPath: String?
    /// Extractor scripts run after the built-in extraction, in dependency order.
    public var extractors: [String] = []
    /// Limits for extractor scripts.
    public var limits: ScriptLimits = .default

    /// Creates a request.
    public init(inputs: [String] = [], inputOptions: InputOptions = InputOptions(), format: Format = .jsonl,
                outputPath: String? = nil, standardInput: StandardInput = .process, aliasPath: String? = nil) {
        self.aliasPath = aliasPath
        self.inputs = inputs
        self.inputOptions = inputOptions
        self.format = format
        self.outputPath = outputPath
        self.standardInput = standardInput
    }
}
