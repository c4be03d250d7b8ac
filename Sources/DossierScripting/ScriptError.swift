/// An error from loading or running a script, with what a user needs to act on it:
/// which script, which document, the `file:line` message and a Lua traceback.
public struct ScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable, Hashable {
        /// The script does not compile.
        case syntax
        /// The script raised an error while running.
        case runtime
        /// A call ran past its wall-clock limit.
        case timeLimit = "time limit"
        /// The script used up its wall-clock allowance for the whole run.
        case runTimeLimit = "run time limit"
        /// A call executed more Lua instructions than allowed.
        case instructionLimit = "instruction limit"
        /// The script's Lua state allocated more memory than allowed.
        case memoryLimit = "memory limit"
        /// The script loaded, but is not a valid report or extractor (wrong shape).
        case invalidScript = "invalid script"
        /// Arguments given with `--arg` do not match the script's declaration.
        case arguments
        /// The script file cannot be read.
        case unreadable
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The script's display name (its path as given, or its declared name).
    public var script: String
    /// The document being processed when the error happened, if any.
    public var documentID: String?
    /// The hook that was running ("on_document"), if any.
    public var hook: String?
    /// The message, normally starting with `file:line:`.
    public var message: String
    /// The Lua traceback, without host internals, if one was captured.
    public var traceback: String?

    /// Creates an error.
    public init(kind: Kind, script: String, documentID: String? = nil, hook: String? = nil,
                message: String, traceback: String? = nil) {
        self.kind = kind
        self.script = script
        self.documentID = documentID
        self.hook = hook
        self.message = message
        self.traceback = traceback
    }

    /// Whether this error came from a resource limit.
    public var isLimit: Bool {
        switch kind {
        case .timeLimit, .runTimeLimit, .instructionLimit, .memoryLimit: return true
        default: return false
        }
    }

    /// One line: `script: message (document 'id', in on_document)`.
    public var summary: String {
        var context: [String] = []
        if let documentID { context.append("document '\(documentID)'") }
        if let hook { context.append("in \(hook)") }
        let suffix = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
        return "\(message)\(suffix)"
    }

    /// The summary followed by the traceback, for the run's error report.
    public var description: String {
        guard let traceback, !traceback.isEmpty else { return summary }
        return summary + "\n" + traceback
    }
}
