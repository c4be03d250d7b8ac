import DossierModel

/// Reads the visible text of an HTML page or fragment, and the metadata its `<title>`,
/// `<meta>` and canonical link carry.
enum HTMLReader {
    /// Elements whose content is never shown: scripts, styles, the document head,
    /// templates, embedded graphics and fallbacks for disabled scripting.
    static let hiddenElements: Set<String> = [
        "head", "noscript", "template", "svg", "math", "object", "canvas", "audio", "video",
        "select", "datalist", "map",
    ]
    /// Elements whose content is raw text up to their end tag (markup inside is not markup).
    static let rawTextElements: Set<String> = [
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
    ]
    /// Elements that start and end a block: their text becomes its own paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements that have no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr",
    ]
    /// What may appear in `<head>`; any other start tag ends an unclosed head, as in browsers.
    static let headElements: Set<String> = [
        "title", "meta", "link", "style", "script", "base", "noscript", "template",
    ]

    static func read(_ html: String) -> ReadResult {
        var tokenizer = HTMLTokenizer(html)
        var builder = VisibleTextBuilder()
        var metadata = HTMLMetadataCollector()
        // The hidden element being skipped and how deeply it nests in itself.
        var hidden: (name: String, depth: Int)?
        var preDepth = 0

        while let token = tokenizer.next() {
            switch token {
            case .text(let raw):
                if hidden == nil { builder.append(HTMLEntities.decode(raw)) }
            case .literal(let raw):
                if hidden == nil { builder.append(raw) }
            case .tag(let tag):
                metadata.observe(tag)
                if !tag.isEnd, rawTextElements.contains(tag.name), !tag.isSelfClosing {
                    let content = tokenizer.rawText(until: tag.name)
                    // An SVG's <title> is a tooltip, not the page's headline.
                    if tag.name == "title", hidden == nil || hidden?.name == "head" {
                        metadata.observeTitle(HTMLEntities.decode(content))
                    }
                    continue
                }
                if let current = hidden {
                    if current.name == "head", !tag.isEnd, !headElements.contains(tag.name) {
                        // Body content ends an unclosed head, as in browsers, and is laid out.
                        hidden = nil
                    } else {
                        hidden = updateHidden(current, with: tag)
                        continue
                    }
                }
                if !tag.isEnd, !tag.isSelfClosing, !voidElements.contains(tag.name), isHidden(tag) {
                    hidden = (tag.name, 1)
                    continue
                }
                layout(tag, into: &builder, preDepth: &preDepth)
            }
        }
        return ReadResult(text: String(builder.text), metadata: metadata.metadata)
    }

    /// Tracks nesting of the element being hidden; nil once it has ended.
    private static func updateHidden(_ current: (name: String, depth: Int),
                                     with tag: HTMLTag) -> (name: String, depth: Int)? {
        guard tag.name == current.name, !tag.isSelfClosing else { return current }
        let depth = current.depth + (tag.isEnd ? -1 : 1)
        return depth == 0 ? nil : (current.name, depth)
    }

    /// Hidden by its kind, or by the `hidden`, `aria-hidden` or inline `display:none` that
    /// sites use for share widgets and screen-reader duplicates.
    private static func isHidden(_ tag: HTMLTag) -> Bool {
        if hiddenElements.contains(tag.name) { return true }
        if tag.attributes["hidden"] != nil { return true }
        if tag.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = tag.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    private static func layout(_ tag: HTMLTag, into builder: inout VisibleTextBuilder, preDepth: inout Int) {
        switch tag.name {
        case "br":
            if !tag.isEnd { builder.lineBreak() }
        case "td", "th":
            builder.space()
        case "pre":
            preDepth = max(0, preDepth + (tag.isEnd ? -1 : 1))
            builder.preformatted = preDepth > 0
            builder.paragraphBreak()
        case let name where blockElements.contains(name):
            builder.paragraphBreak()
        default:
            break
        }
    }

    /// True when the page declares a single-byte Western charset; such pages are decoded as
    /// Windows-1252 (what browsers do) instead of being repaired as broken UTF-8.
    static func declaresWindows1252(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return false }
        let value = head[range.upperBound...]
            .drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252",
                "us-ascii", "ascii"].contains(String(value))
    }
}
