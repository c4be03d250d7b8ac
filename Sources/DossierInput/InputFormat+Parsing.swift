import Foundation
import DossierModel

/// A format name the user typed that Dossier does not know.
public struct InputFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The value as the user gave it.
    public let value: String

    /// Names the bad value and lists the valid ones.
    public var description: String {
        "unknown input format \"\(value)\"; valid formats: txt (or text), md (or markdown), "
            + "html (or htm), jsonl (or ndjson)"
    }
}

extension InputFormat {
    /// Parses a user-given format name, case-insensitively: `txt`/`text`, `md`/`markdown`,
    /// `html`/`htm`, `jsonl`/`ndjson`.
    /// - Throws: ``InputFormatError`` listing the valid names.
    public init(parsing name: String) throws(InputFormatError) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        let trimmed = key.hasPrefix(".") ? String(key.dropFirst()) : key
        switch trimmed {
        case "txt", "text", "plain": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson", "jsonlines": self = .jsonl
        default: throw InputFormatError(value: name)
        }
    }

    /// The format a file extension names, or nil when the extension is not one Dossier
    /// reads. `ext` is lower-case and without the dot.
    static func forExtension(_ ext: String) -> InputFormat? {
        switch ext {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}
