import DossierModel

/// What happened to one input item: every file, stdin and JSON Lines record ends in exactly
/// one event, so a run summary can account for all of them.
///
/// `source` names the item for users: a path as given or found, `stdin` for standard
/// input, and `path:line` for a JSON Lines record. Reasons are short, lower-case phrases
/// meant to follow `source: ` in a message. Warnings are complete sentences that already
/// name their source.
public enum InputEvent: Sendable, Hashable {
    /// A document was read; `warnings` lists recoverable problems (repaired UTF-8, a
    /// renamed duplicate id, ...).
    case document(SourceDocument, warnings: [String])
    /// The item was deliberately not read (binary, empty, unsupported type, too large, a
    /// JSON Lines line that is not a record, ...).
    case skipped(source: String, reason: String)
    /// The item could not be read (missing path, permission denied, I/O error).
    case failed(source: String, reason: String)

    /// The item the event is about: the document's origin or the skipped/failed source.
    public var source: String {
        switch self {
        case .document(let document, _): return document.origin.displayName
        case .skipped(let source, _), .failed(let source, _): return source
        }
    }
}

extension InputEvent: CustomStringConvertible {
    /// A one-line message such as `skipped photos/a.png: unsupported file type (.png)`.
    public var description: String {
        switch self {
        case .document(let document, let warnings):
            let suffix = warnings.isEmpty ? "" : " (\(warnings.count) warning\(warnings.count == 1 ? "" : "s"))"
            return "read \(document.origin.displayName) as \(document.id)\(suffix)"
        case .skipped(let source, let reason): return "skipped \(source): \(reason)"
        case .failed(let source, let reason): return "failed \(source): \(reason)"
        }
    }
}

extension SourceOrigin {
    /// The origin as users should see it: `stdin` rather than `-`.
    var displayName: String {
        let name = path == "-" ? "stdin" : path
        if let line { return "\(name):\(line)" }
        return name
    }
}
