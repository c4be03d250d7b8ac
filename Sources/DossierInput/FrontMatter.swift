import Foundation
import DossierModel

/// YAML front matter at the top of a Markdown file (`---` ... `---`), as static site
/// generators and note tools write it. Only flat `key: value` pairs are read: that is
/// where title, date, source and URL live, and a YAML parser would be a dependency.
enum FrontMatter {
    /// The metadata and the number of lines the block occupies, or nil when the text does
    /// not start with a closed front matter block.
    static func parse(_ lines: [String]) -> (SourceMetadata, lineCount: Int)? {
        guard let first = lines.first, first.trimmingSpaces == "---" else { return nil }
        guard let close = lines.indices.dropFirst().prefix(500).first(where: {
            let line = lines[$0].trimmingSpaces
            return line == "---" || line == "..."
        }) else { return nil }
        var metadata = SourceMetadata()
        for line in lines[1..<close] {
            guard !line.hasPrefix(" "), !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = unquote(line[line.index(after: colon)...].trimmingSpaces)
            guard !key.isEmpty, !value.isEmpty, !value.hasPrefix("[") || value.hasSuffix("]") else { continue }
            switch key {
            case "title", "headline": metadata.title = metadata.title ?? value
            case "date", "published", "published_at", "pubdate": metadata.date = metadata.date ?? value
            case "source", "publisher": metadata.source = metadata.source ?? value
            case "url", "link", "canonical_url": metadata.url = metadata.url ?? value
            default: metadata.extra[key] = value
            }
        }
        return (metadata, close + 1)
    }

    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            let inner = String(value.dropFirst().dropLast())
            return quote == "\"" ? inner.replacingOccurrences(of: "\\\"", with: "\"") : inner.replacingOccurrences(of: "''", with: "'")
        }
        return value
    }
}
