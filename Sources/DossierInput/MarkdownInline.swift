/// Renders one line of Markdown inline syntax to plain text: emphasis, strong and
/// strikethrough markers removed (only when they pair up, so `2 * 3` and `snake_case`
/// survive), code spans unwrapped, links reduced to their text, images and inline HTML
/// tags dropped, backslash escapes and `&name;` references resolved.
enum MarkdownInline {
    /// A piece of the line: text, or a run of `*`, `_` or `~` that may open or close.
    private enum Piece {
        case text(String)
        case delimiter(Unicode.Scalar, count: Int, canOpen: Bool, canClose: Bool)
    }

    /// How far ahead a closing bracket or backtick run is looked for; bounds the work on
    /// pathological lines (thousands of unmatched `[`), where a real link never reaches.
    private static let lookahead = 2000
    /// Link texts nest at most this deep before brackets are taken literally, so hostile
    /// input cannot exhaust the stack.
    private static let maxNesting = 8

    static func render(_ line: String, depth: Int = 0) -> String {
        // Scalars, not Characters: every marker is ASCII and scalar comparison is far cheaper.
        let chars = Array(line.unicodeScalars)
        var pieces: [Piece] = []
        var buffer = ""
        func flush() {
            if !buffer.isEmpty { pieces.append(.text(buffer)); buffer = "" }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isASCII && isPunctuation(chars[i + 1]):
                buffer.unicodeScalars.append(chars[i + 1])
                i += 2
            case "`":
                let run = chars[i...].prefix(while: { $0 == "`" }).count
                if let close = closingBackticks(chars, from: i + run, count: run) {
                    var code = string(chars[(i + run)..<close])
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    buffer += code
                    i = close + run
                } else {
                    buffer += String(repeating: "`", count: run)
                    i += run
                }
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                if let link = parseLink(chars, at: i + 1) {
                    i = link.end
                    // Dropping an image between two spaces would leave a double space.
                    if buffer.last == " " || buffer.isEmpty, i < chars.count, chars[i] == " " { i += 1 }
                } else {
                    buffer.unicodeScalars.append(c)
                    i += 1
                }
            case "[":
                if depth < maxNesting, let link = parseLink(chars, at: i) {
                    buffer += render(string(chars[link.text]), depth: depth + 1)
                    i = link.end
                } else {
                    buffer.unicodeScalars.append(c)
                    i += 1
                }
            case "<":
                if let (replacement, end) = angleBracket(chars, at: i) {
                    buffer += replacement
                    i = end
                } else {
                    buffer.unicodeScalars.append(c)
                    i += 1
                }
            case "*", "_", "~":
                let run = chars[i...].prefix(while: { $0 == c }).count
                // A single tilde is prose ("~5%"); strikethrough needs two.
                if c == "~" && run < 2 { buffer.unicodeScalars.append(c); i += 1; continue }
                let before: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
                let after: Unicode.Scalar = i + run < chars.count ? chars[i + run] : " "
                let left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
                let right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
                // Underscores inside words are part of names (snake_case), not emphasis.
                let canOpen = c == "_" ? left && (!right || isPunctuation(before)) : left
                let canClose = c == "_" ? right && (!left || isPunctuation(after)) : right
                flush()
                pieces.append(.delimiter(c, count: run, canOpen: canOpen, canClose: canClose))
                i += run
            default:
                buffer.unicodeScalars.append(c)
                i += 1
            }
        }
        flush()
        return HTMLEntities.decode(assemble(pieces), requireSemicolon: true)
    }

    /// Drops delimiter runs that pair up (an opener followed later by a closer of the same
    /// character) and keeps the rest literally.
    private static func assemble(_ pieces: [Piece]) -> String {
        var matched = Set<Int>()
        var openers: [Int] = []
        for (index, piece) in pieces.enumerated() {
            guard case .delimiter(let c, _, let canOpen, let canClose) = piece else { continue }
            if canClose, let k = openers.lastIndex(where: { delimiterCharacter(pieces[$0]) == c }) {
                matched.insert(openers[k])
                matched.insert(index)
                openers.removeSubrange(k...)
            } else if canOpen {
                openers.append(index)
            }
        }
        var result = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text): result += text
            case .delimiter(let c, let count, _, _):
                if !matched.contains(index) { result += String(repeating: String(c), count: count) }
            }
        }
        return result
    }

    private static func delimiterCharacter(_ piece: Piece) -> Unicode.Scalar? {
        if case .delimiter(let c, _, _, _) = piece { return c }
        return nil
    }

    private static func closingBackticks(_ chars: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var i = start
        while i < min(chars.count, start + lookahead) {
            guard chars[i] == "`" else { i += 1; continue }
            let run = chars[i...].prefix(while: { $0 == "`" }).count
            if run == count { return i }
            i += run
        }
        return nil
    }

    /// `[text](target)`, `[text][label]` or `[text][]` starting at `start`: the range of
    /// the text and the index after the whole link. A bare `[text]` is left alone: it is
    /// more often an editorial bracket ("[sic]") than a reference link.
    private static func parseLink(_ chars: [Unicode.Scalar], at start: Int) -> (text: Range<Int>, end: Int)? {
        guard let close = matching(chars, from: start, open: "[", close: "]"), close + 1 < chars.count else { return nil }
        switch chars[close + 1] {
        case "(":
            guard let end = matching(chars, from: close + 1, open: "(", close: ")") else { return nil }
            return ((start + 1)..<close, end + 1)
        case "[":
            guard let end = matching(chars, from: close + 1, open: "[", close: "]") else { return nil }
            return ((start + 1)..<close, end + 1)
        default:
            return nil
        }
    }

    /// The index of the bracket closing the one at `start`, honouring nesting and escapes.
    private static func matching(_ chars: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var i = start
        while i < min(chars.count, start + lookahead) {
            switch chars[i] {
            case "\\": i += 1
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// An autolink (`<https://...>`, `<name@host>`) gives its address; an inline HTML tag
    /// (`<sup>`, `</span>`, `<br/>`) gives nothing; anything else is a literal `<`.
    private static func angleBracket(_ chars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard let close = chars[start..<min(chars.count, start + lookahead)].firstIndex(of: ">") else { return nil }
        let inner = string(chars[(start + 1)..<close])
        if inner.hasPrefix("!--"), inner.hasSuffix("--") { return ("", close + 1) }  // an HTML comment
        guard !inner.isEmpty, !inner.contains(" ") || inner.first?.isLetter == true || inner.first == "/" else { return nil }
        let lower = inner.lowercased()
        if !inner.contains(" "), lower.hasPrefix("http://") || lower.hasPrefix("https://")
            || lower.hasPrefix("mailto:") || (inner.contains("@") && !inner.contains("/")) {
            return (lower.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner, close + 1)
        }
        let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" })
        guard let first = name.first, first.isASCII, first.isLetter else { return nil }
        let afterName = inner.drop(while: { $0 == "/" }).dropFirst(name.count).first
        guard afterName == nil || afterName == " " || afterName == "/" else { return nil }
        return ("", close + 1)
    }

    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
