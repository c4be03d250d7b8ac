/// One article as a reader produced it, before any extraction: its text and whatever
/// metadata the input format carried.
public struct SourceDocument: Codable, Sendable, Hashable {
    /// A stable identifier: the record's own `id`, else the path relative to the input root
    /// (with `#line` appended for JSON Lines records that carry no id).
    public var id: String
    /// The article text as UTF-8, already repaired (invalid bytes become U+FFFD).
    public var text: String
    /// Title, date, source and URL when the input carried them.
    public var metadata: SourceMetadata
    /// Where the document came from, for messages and the run summary.
    public var origin: SourceOrigin

    /// Creates a document from its parts.
    public init(id: String, text: String, metadata: SourceMetadata = .init(), origin: SourceOrigin) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }
}

/// Metadata an input format can carry alongside the text.
public struct SourceMetadata: Codable, Sendable, Hashable {
    /// The headline, if known.
    public var title: String?
    /// The publication date as given by the input (not yet normalized).
    public var date: String?
    /// The publisher or agency.
    public var source: String?
    /// The article's address.
    public var url: String?
    /// Any other string fields a JSON Lines record carried, kept for scripts.
    public var extra: [String: String]

    /// Creates metadata; every field is optional.
    public init(title: String? = nil, date: String? = nil, source: String? = nil,
                url: String? = nil, extra: [String: String] = [:]) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.extra = extra
    }
}

/// The input formats Dossier reads.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    /// Plain text.
    case text
    /// Markdown, read as text (markup characters of headings and emphasis removed).
    case markdown
    /// HTML: visible text only.
    case html
    /// JSON Lines: one record per line with at least `text`.
    case jsonl
}

/// Where a document was read from.
public struct SourceOrigin: Codable, Sendable, Hashable {
    /// The file path as given or found ("-" for standard input).
    public var path: String
    /// The 1-based line for JSON Lines records, else nil.
    public var line: Int?
    /// The format the reader used.
    public var format: InputFormat

    /// Creates an origin.
    public init(path: String, line: Int? = nil, format: InputFormat) {
        self.path = path
        self.line = line
        self.format = format
    }

    /// `path` or `path:line`, for messages.
    public var description: String {
        if let line { return "\(path):\(line)" }
        return path
    }
}
