import Foundation
import DossierScripting

/// What happened in a run: every input accounted for, every failure with its reason.
public struct RunSummary: Sendable {
    /// Documents read and handed to scripts.
    public var documentsRead = 0
    /// Items not read, with the reason (binary, empty, unsupported, malformed record, ...).
    public var skipped: [(source: String, reason: String)] = []
    /// Items that failed: unreadable inputs and documents a script failed on.
    public var failed: [(source: String, reason: String)] = []
    /// Warnings from readers (repaired UTF-8, renamed duplicate ids).
    public var warnings: [String] = []
    /// Script errors in the order they happened, with tracebacks.
    public var scriptErrors: [ScriptError] = []
    /// Scripts that ran (loaded and started).
    public var scriptsRun: [String] = []
    /// Scripts that could not be loaded or failed in on_start/on_finish.
    public var scriptsFailed: [String] = []
    /// Wall-clock time of the whole run.
    public var elapsed: Duration = .zero
    /// Whether `--fail-fast` stopped the run early.
    public var stoppedEarly = false

    /// Creates an empty summary.
    public init() {}

    /// 0 when everything went well, 1 when any document or script failed.
    public var exitCode: Int32 { failed.isEmpty && scriptsFailed.isEmpty && !stoppedEarly ? 0 : 1 }

    /// The summary printed on standard error.
    public var report: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let scripts = scriptsRun.isEmpty && scriptsFailed.isEmpty ? "" : String(format: "; %d script%@ run%@",
            scriptsRun.count, scriptsRun.count == 1 ? "" : "s", scriptsFailed.isEmpty ? "" : ", \(scriptsFailed.count) failed")
        var lines = [String(format: "dossier: %d document%@ read, %d skipped, %d failed%@ in %.2f s",
                            documentsRead, documentsRead == 1 ? "" : "s", skipped.count, failed.count, scripts, seconds)]
        for item in skipped { lines.append("  skipped \(item.source): \(item.reason)") }
        for item in failed { lines.append("  failed \(item.source): \(item.reason)") }
        for warning in warnings { lines.append("  warning: \(warning)") }
        if stoppedEarly { lines.append("  stopped at the first failure (--fail-fast)") }
        return lines.joined(separator: "\n")
    }
}
