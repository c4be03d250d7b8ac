import DossierModel

/// Gathers title, date, source and URL from a page's markup. Several conventions compete
/// (Open Graph, Dublin Core, schema.org, plain `<meta name>`), so each field takes the
/// most specific one present.
struct HTMLMetadataCollector {
    private var title: String?
    private var properties: [String: String] = [:]
    private var canonical: String?

    /// Meta keys for the publication date, most reliable first.
    private static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "date",
        "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.created", "sailthru.date", "parsely-pub-date",
    ]

    mutating func observe(_ tag: HTMLTag) {
        guard !tag.isEnd else { return }
        switch tag.name {
        case "meta":
            guard let content = tag.attributes["content"]?.trimmingSpaces, !content.isEmpty else { return }
            for keyAttribute in ["property", "name", "itemprop"] {
                if let key = tag.attributes[keyAttribute]?.lowercased(), properties[key] == nil {
                    properties[key] = content
                }
            }
        case "link":
            let rel = tag.attributes["rel"]?.lowercased().split(separator: " ") ?? []
            if rel.contains("canonical"), canonical == nil, let href = tag.attributes["href"], !href.isEmpty {
                canonical = href
            }
        default:
            break
        }
    }

    mutating func observeTitle(_ raw: String) {
        let collapsed = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if title == nil, !collapsed.isEmpty { title = collapsed }
    }

    var metadata: SourceMetadata {
        var extra: [String: String] = [:]
        if let description = properties["description"] ?? properties["og:description"] {
            extra["description"] = description
        }
        if let author = properties["author"] ?? properties["article:author"] { extra["author"] = author }
        return SourceMetadata(
            title: title ?? properties["og:title"] ?? properties["twitter:title"],
            date: Self.dateKeys.lazy.compactMap { properties[$0] }.first,
            source: properties["og:site_name"],
            url: canonical ?? properties["og:url"],
            extra: extra
        )
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
