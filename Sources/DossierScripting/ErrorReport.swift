import CLua
import CLuaSupport

/// Turns what a failed protected call left behind into a ``ScriptError`` users can act on.
enum ErrorReport {
    static func make(raw: String, status: Int32, stop: Int32, limits: ScriptLimits, runLimitBinds: Bool,
                     script: String, documentID: String?, hook: String?) -> ScriptError {
        let (message, traceback) = split(raw)
        let location = locationPrefix(of: message)
        let kind: ScriptError.Kind
        let text: String
        switch stop {
        case Int32(CLUA_STOP_TIME.rawValue):
            if let runLimit = limits.timePerRun, runLimitBinds {
                kind = .runTimeLimit
                text = "\(location)run time limit exceeded (\(runLimit) for the whole run)"
            } else {
                kind = .timeLimit
                text = "\(location)time limit exceeded (\(limits.timePerCall.map { "\($0)" } ?? "?") per call; raise it with --timeout)"
            }
        case Int32(CLUA_STOP_INSTRUCTIONS.rawValue):
            kind = .instructionLimit
            text = "\(location)instruction limit exceeded (\(limits.instructionsPerCall ?? 0) per call; raise it with --max-instructions)"
        case Int32(CLUA_STOP_MEMORY.rawValue):
            kind = .memoryLimit
            text = "\(location)memory limit exceeded (\(formatBytes(limits.memoryBytes ?? 0)); raise it with --memory-limit)"
        default:
            kind = status == LUA_ERRMEM ? .memoryLimit : .runtime
            text = message
        }
        return ScriptError(kind: kind, script: script, documentID: documentID, hook: hook,
                           message: text, traceback: traceback)
    }

    /// Splits "message\nstack traceback:\n..." and drops frames that only show host plumbing.
    static func split(_ raw: String) -> (String, String?) {
        guard let range = raw.range(of: "\nstack traceback:") else { return (raw, nil) }
        let message = String(raw[..<range.lowerBound])
        let frames = raw[range.upperBound...].split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingPrefix("\t") }
            .filter { $0 != "[C]: in ?" && !$0.isEmpty }
        guard !frames.isEmpty else { return (message, nil) }
        return (message, "stack traceback:\n" + frames.map { "  " + $0 }.joined(separator: "\n"))
    }

    /// "file.lua:12: " when the message starts with a location, else "".
    static func locationPrefix(of message: String) -> String {
        let parts = message.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return "" }
        return "\(parts[0]):\(parts[1]): "
    }

    static func formatBytes(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
