/// Lays out rows of text as aligned columns or Markdown pipe tables.
enum TableLayout {
    /// Columns padded to their widest cell (counted in characters), separated by two spaces.
    static func aligned(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows.map(singleLine)
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var text = line(header) + "\n" + widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ") + "\n"
        for row in all.dropFirst() { text += line(row) + "\n" }
        return text
    }

    /// A GitHub-flavoured Markdown table; pipes in cells are escaped.
    static func markdown(header: [String], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var text = line(header) + "\n" + "|" + header.map { _ in " --- |" }.joined() + "\n"
        for row in rows.map(singleLine) { text += line(row) + "\n" }
        return text + "\n"
    }

    private static func singleLine(_ cells: [String]) -> [String] {
        cells.map { $0.replacingOccurrences(of: "\n", with: " ") }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// RFC 4180 fields: quoted when they hold a comma, quote, CR or LF; quotes doubled.
enum CSV {
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
