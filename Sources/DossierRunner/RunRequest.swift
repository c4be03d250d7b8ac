import DossierInput
import DossierScripting
import Foundation

/// Everything `dossier run` needs to know: which scripts, over which inputs, with which
/// arguments, limits and output.
public struct RunRequest {
    /// Script references: paths to `.lua` files (names of bundled scripts come later).
    public var scripts: [String]
    /// Files, folders and "-" (standard input); empty means standard input.
    public var inputs: [String]
    /// Reader options (forced format, size limit).
    public var inputOptions: InputOptions
    /// `--arg` values: `key` applies to every script that declares it; `script.key` to one.
    public var arguments: [(key: String, value: String)]
    /// Limits for every script.
    public var limits: ScriptLimits
    /// How output is rendered.
    public var format: OutputFormat
    /// Write output here (atomically) instead of standard output.
    public var outputPath: String?
    /// Stop at the first failing document or script.
    public var failFast: Bool
    /// Where "-" reads from (the process's standard input unless a test injects text).
    public var standardInput: StandardInput
    /// Extractor scripts run before the reports, in dependency order.
    public var extractors: [String] = []

    /// Creates a request.
    public init(scripts: [String], inputs: [String] = [], inputOptions: InputOptions = InputOptions(),
                arguments: [(key: String, value: String)] = [], limits: ScriptLimits = .default,
                format: OutputFormat = .text, outputPath: String? = nil, failFast: Bool = false,
                standardInput: StandardInput = .process) {
        self.scripts = scripts
        self.inputs = inputs
        self.inputOptions = inputOptions
        self.arguments = arguments
        self.limits = limits
        self.format = format
        self.outputPath = outputPath
        self.failFast = failFast
        self.standardInput = standardInput
    }
}

/// A problem that stops a run before it starts or while writing its output: bad usage
/// (exit 64) or an output that cannot be written (exit 1).
public struct RunnerError: Error, Sendable, CustomStringConvertible {
    /// Whether the user invoked the command wrongly (exit code 64) rather than the run failing.
    public var isUsage: Bool
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(usage: Bool, _ message: String) {
        isUsage = usage
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
