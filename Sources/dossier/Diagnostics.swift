import Foundation

/// Messages for people, on standard error.
enum Diagnostics {
    static func error(_ message: String) { write("dossier: error: " + message) }
    static func note(_ message: String) { write(message) }
    static func write(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
