import Foundation

/// Problems found while loading gazetteer files: a malformed line, an unknown country code,
/// an unreadable file. Loading never stops at one: the line is skipped and noted here.
public struct GazetteerDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file, by name.
    public let file: String
    /// The 1-based line number, or 0 for the whole file.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: message".
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// Collects diagnostics while tables load.
struct DiagnosticLog: Sendable {
    private(set) var items: [GazetteerDiagnostic] = []

    mutating func note(_ url: URL, line: Int = 0, _ message: String) {
        items.append(GazetteerDiagnostic(file: url.lastPathComponent, line: line, message: message))
    }

    mutating func note(file: String, line: Int, _ message: String) {
        items.append(GazetteerDiagnostic(file: file, line: line, message: message))
    }

    mutating func append(contentsOf other: DiagnosticLog) {
        items += other.items
    }
}
