import DossierModel

/// Reads Markdown as the text a reader sees: headings become their own paragraphs without
/// `#` markers, emphasis and code markers go, links keep their text, images go, and YAML
/// front matter becomes metadata. Line structure is otherwise kept, since extraction
/// finds paragraphs by line breaks.
enum MarkdownReader {
    static func read(_ text: String) -> ReadResult {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var metadata = SourceMetadata()
        if let (frontMatter, count) = FrontMatter.parse(lines) {
            metadata = frontMatter
            lines.removeFirst(count)
        }
        var out: [String] = []
        var fence: (marker: Character, length: Int)?
        var firstHeading: String?
        // Whether the previous line was paragraph text, which a `===`/`---` line underlines.
        var afterParagraph = false

        for line in lines {
            if let open = fence {
                if let close = fenceMarker(line), close.marker == open.marker, close.length >= open.length,
                   line.trimmingSpaces.allSatisfy({ $0 == open.marker }) {
                    fence = nil
                    endBlock(&out)
                } else {
                    out.append(line)
                }
                continue
            }
            // Quoted text reads like any other; the `>` markers are layout.
            let trimmed = stripBlockquote(line.trimmingSpaces)
            let indent = line.prefix(while: { $0 == " " }).count
            if trimmed.isEmpty {
                out.append("")
                afterParagraph = false
                continue
            }
            if indent < 4, let marker = fenceMarker(line) {
                fence = marker
                endBlock(&out)
                afterParagraph = false
                continue
            }
            if afterParagraph, let level = setextLevel(trimmed), let heading = out.popLast() {
                endBlock(&out)
                out.append(heading)
                out.append("")
                if level == 1, firstHeading == nil { firstHeading = heading }
                afterParagraph = false
                continue
            }
            if isThematicBreak(trimmed) || isReferenceDefinition(trimmed) || isTableDelimiterRow(trimmed) {
                endBlock(&out)
                afterParagraph = false
                continue
            }
            if indent < 4, let (level, content) = atxHeading(trimmed) {
                let heading = MarkdownInline.render(content)
                endBlock(&out)
                out.append(heading)
                out.append("")
                if level == 1, firstHeading == nil, !heading.isEmpty { firstHeading = heading }
                afterParagraph = false
                continue
            }
            let (content, isListItem) = stripContainerMarkers(trimmed)
            out.append(MarkdownInline.render(tableRowText(content)))
            afterParagraph = !isListItem
        }
        if metadata.title == nil { metadata.title = firstHeading }
        return ReadResult(text: joinCollapsingBlankLines(out), metadata: metadata)
    }

    /// Makes sure what follows starts a new paragraph.
    private static func endBlock(_ out: inout [String]) {
        if let last = out.last, !last.isEmpty { out.append("") }
    }

    private static func joinCollapsingBlankLines(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines {
            let stripped = String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            if stripped.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(stripped)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    /// A fence opener or closer: three or more backticks or tildes.
    private static func fenceMarker(_ line: String) -> (marker: Character, length: Int)? {
        let trimmed = line.drop(while: { $0 == " " })
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let length = trimmed.prefix(while: { $0 == marker }).count
        return length >= 3 ? (marker, length) : nil
    }

    private static func atxHeading(_ line: String) -> (Int, String)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var content = rest.trimmingSpaces
        // A closing sequence (`## Title ##`) is decoration too.
        let closing = content.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0, closing == content.count || content.dropLast(closing).last == " " {
            content = String(content.dropLast(closing)).trimmingSpaces
        }
        return (level, content)
    }

    private static func setextLevel(_ line: String) -> Int? {
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[label]: https://...`, which defines a link target and is not text.
    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.range(of: "]:") else { return false }
        return !line[close.upperBound...].trimmingSpaces.isEmpty && !line[..<close.lowerBound].contains("](")
    }

    /// `|---|:---:|`, the row under a table header.
    private static func isTableDelimiterRow(_ line: String) -> Bool {
        line.contains("|") && line.contains("-") && line.allSatisfy { "|-: \t".contains($0) }
    }

    /// A table row's cells joined by spaces; other lines unchanged.
    private static func tableRowText(_ line: String) -> String {
        guard line.hasPrefix("|") else { return line }
        return line.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func stripBlockquote(_ line: String) -> String {
        guard line.first == ">" else { return line }
        var rest = Substring(line)
        while rest.first == ">" { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        return String(rest)
    }

    /// Removes bullet markers (`-`, `*`, `+`, task boxes); ordered list numbers stay
    /// because they carry meaning ("1. The minister said").
    private static func stripContainerMarkers(_ line: String) -> (String, isListItem: Bool) {
        var rest = Substring(line)
        var isListItem = false
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2).drop(while: { $0 == " " })
            isListItem = true
            for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(4) }
        } else if rest.first?.isNumber == true {
            let digits = rest.prefix(while: { $0.isNumber })
            let after = rest.dropFirst(digits.count)
            isListItem = (after.hasPrefix(". ") || after.hasPrefix(") ")) && digits.count <= 9
        }
        return (String(rest), isListItem)
    }
}
