/// Structured output written by a script; the host renders it in the chosen format, so a
/// script writes its results once and users pick text, CSV or JSON Lines.
public enum OutputEvent: Sendable, Hashable {
    /// A line (or lines) of free text, from `print` or `out:text`.
    case text(String)
    /// A heading, from `out:heading(text, level)`.
    case heading(String, level: Int)
    /// A table is declared: later rows with this name follow these columns.
    case table(name: String, columns: [String])
    /// A row of a declared table, one value per column (nil where a column was not given).
    case row(table: String, values: [LuaValue])
    /// A free-form structured record, from `out:record{...}` (keys sorted).
    case record([String: LuaValue])
}

/// Receives the output of scripts. Implementations render or collect it.
public protocol OutputSink: AnyObject {
    /// Takes one event written by the script named `script`.
    func emit(_ event: OutputEvent, script: String)
}

/// A sink that keeps every event in memory (for tests and for `--format json`).
public final class CollectingSink: OutputSink {
    /// The events received, with the script that wrote each.
    public private(set) var events: [(script: String, event: OutputEvent)] = []
    /// Creates an empty sink.
    public init() {}
    /// Appends the event.
    public func emit(_ event: OutputEvent, script: String) { events.append((script, event)) }
    /// Only the text lines, joined with newlines (handy in tests).
    public var text: String {
        events.compactMap { if case .text(let line) = $0.event { return line } else { return nil } }.joined(separator: "\n")
    }
}
