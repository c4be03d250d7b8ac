/// How script output is rendered.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Text for a terminal: aligned tables, headings underlined.
    case text
    /// Markdown: `#` headings and pipe tables.
    case markdown
    /// CSV per RFC 4180: one header line per table, then its rows; text lines are left out.
    case csv
    /// JSON Lines: one object per row, text line or heading, streamed.
    case jsonl
    /// One JSON document: `{"blocks": [...]}` with headings, text and tables in order.
    case json
    /// A self-contained HTML page (inline style, no scripts).
    case html

    /// Parses a user-supplied format name.
    public init?(name: String) {
        switch name.lowercased() {
        case "text", "txt": self = .text
        case "markdown", "md": self = .markdown
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        case "json": self = .json
        case "html", "htm": self = .html
        default: return nil
        }
    }
}
