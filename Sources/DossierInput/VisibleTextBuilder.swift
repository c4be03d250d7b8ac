/// Accumulates the visible text of an HTML page the way a browser lays it out: runs of
/// whitespace collapse to one space, block boundaries become blank lines (so paragraphs
/// stay separate for extraction), `<br>` becomes a line break, and nothing leads or
/// trails.
struct VisibleTextBuilder {
    private(set) var text = String.UnicodeScalarView()
    private var pendingSpace = false
    /// 0: none, 1: line break, 2: paragraph break.
    private var pendingBreak = 0
    /// Inside `<pre>`: spaces and line breaks are kept.
    var preformatted = false

    /// Appends decoded character data.
    mutating func append(_ string: String) {
        for scalar in string.unicodeScalars {
            if preformatted {
                switch scalar {
                case "\n": pendingBreak = pendingBreak >= 1 ? 2 : 1
                case " ", "\t", "\u{A0}": flush(); text.append(" ")
                default: flush(); text.append(scalar)
                }
                continue
            }
            switch scalar {
            // Non-breaking spaces count as spaces: extraction wants "30 July", not a
            // token glued by U+00A0.
            case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}": pendingSpace = true
            default: flush(); text.append(scalar)
            }
        }
    }

    /// A separator between inline items that must not touch (table cells).
    mutating func space() { pendingSpace = true }

    /// `<br>`.
    mutating func lineBreak() { pendingBreak = max(pendingBreak, 1) }

    /// The start or end of a block element.
    mutating func paragraphBreak() { pendingBreak = 2 }

    private mutating func flush() {
        defer { pendingSpace = false; pendingBreak = 0 }
        guard !text.isEmpty else { return }
        switch pendingBreak {
        case 2: text.append(contentsOf: "\n\n".unicodeScalars)
        case 1: text.append("\n")
        default: if pendingSpace { text.append(" ") }
        }
    }
}
