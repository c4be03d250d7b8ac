/// The extent of one paragraph before it is classified: trimmed byte offsets and the number of
/// lines it joins.
struct ParagraphRange: Equatable {
    var start: Int
    var end: Int
    var lineCount: Int
}

/// Splits a text into paragraphs.
///
/// News text comes in two layouts. Most sources (the reference article, Wikinews, HTML and
/// JSON Lines readers) put each paragraph on one line, so every non-empty line is a
/// paragraph. Hard-wrapped text (wire archives, e-mail, Reuters-21578) breaks lines every
/// 60-80 columns; treating its lines as paragraphs would cut sentences in half. So:
/// - a line is always joined to the next when it clearly stops mid-sentence: it ends without
///   sentence punctuation and the next line starts in lowercase, or it ends with a comma;
/// - when such soft breaks are common (at least two, and a quarter of all line ends inside
///   blocks), the text is taken as hard-wrapped: lines join up to a blank line, a short
///   line, an indented line or a bullet.
enum ParagraphSplitter {
    /// One line of the text, trimmed.
    struct Line {
        var contentStart: Int
        var contentEnd: Int
        /// Bytes of leading white space.
        var indent: Int
        var isBlank: Bool { contentStart == contentEnd }
        var length: Int { contentEnd - contentStart + indent }
    }

    /// The paragraphs of `text`, in order.
    static func split(_ text: UTF8Text) -> [ParagraphRange] {
        let lines = self.lines(of: text)
        var soft = [Bool](repeating: false, count: lines.count)
        var candidates = 0, softCount = 0
        for i in lines.indices.dropLast() where !lines[i].isBlank && !lines[i + 1].isBlank {
            candidates += 1
            if isSoftBreak(text, lines[i], lines[i + 1]) {
                soft[i] = true
                softCount += 1
            }
        }
        let wrapped = softCount >= 2 && softCount * 4 >= candidates
        let width = wrapped ? typicalWidth(lines) : 0
        var paragraphs: [ParagraphRange] = []
        var current: ParagraphRange?
        for (i, line) in lines.enumerated() {
            if line.isBlank {
                if let p = current { paragraphs.append(p) }
                current = nil
                continue
            }
            if var p = current {
                p.end = line.contentEnd
                p.lineCount += 1
                current = p
            } else {
                current = ParagraphRange(start: line.contentStart, end: line.contentEnd, lineCount: 1)
            }
            let joinsNext = i + 1 < lines.count && !lines[i + 1].isBlank
                && (soft[i] || (wrapped && !endsWrappedParagraph(text, line, lines[i + 1], width: width)))
            if !joinsNext, let p = current {
                paragraphs.append(p)
                current = nil
            }
        }
        if let p = current { paragraphs.append(p) }
        return paragraphs
    }

    /// The lines of `text`, split at LF, CR, CRLF, VT, FF, NEL, U+2028 and U+2029.
    static func lines(of text: UTF8Text) -> [Line] {
        var lines: [Line] = []
        var start = 0, i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            // Only these lead bytes can begin a line break; skip everything else cheaply.
            if b > 0x0D && b != 0xC2 && b != 0xE2 { i += 1; continue }
            var breakLength = 0
            if b >= 0x0A && b <= 0x0D {
                breakLength = (b == 0x0D && i + 1 < n && text[i + 1] == 0x0A) ? 2 : 1
            } else if b == 0xC2, i + 1 < n, text[i + 1] == 0x85 {
                breakLength = 2
            } else if b == 0xE2, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength == 0 { i += 1; continue }
            lines.append(trimmed(text, start, i))
            i += breakLength
            start = i
        }
        lines.append(trimmed(text, start, n))
        return lines
    }

    private static func trimmed(_ text: UTF8Text, _ lo: Int, _ hi: Int) -> Line {
        var s = lo
        while s < hi {
            let (cls, length) = text.classify(s)
            guard cls.isSpace else { break }
            s += length
        }
        var e = hi
        while e > s {
            let p = text.scalarStart(before: e)
            guard text.classify(p).0.isSpace else { break }
            e = p
        }
        return Line(contentStart: s, contentEnd: e, indent: s - lo)
    }

    /// Whether the line stops mid-sentence before `next`.
    static func isSoftBreak(_ text: UTF8Text, _ line: Line, _ next: Line) -> Bool {
        let last = text.scalarStart(before: line.contentEnd)
        if text[last] == 0x2C { return true }  // a comma never ends a paragraph
        return !endsWithSentencePunctuation(text, line) && text.classify(next.contentStart).0 == .lower
    }

    /// Whether the line ends with sentence punctuation, possibly followed by closing quotes
    /// or brackets.
    static func endsWithSentencePunctuation(_ text: UTF8Text, _ line: Line) -> Bool {
        var e = line.contentEnd
        while e > line.contentStart {
            let p = text.scalarStart(before: e)
            switch text.classify(p).0 {
            case .closer, .doubleQuote, .apostrophe:
                e = p
            case .period, .terminal, .fullStop, .ellipsis:
                return true
            case .punctuation:
                return text[p] == 0x3A || text[p] == 0x3B  // : ;
            default:
                return false
            }
        }
        return false
    }

    /// The wrap width: the 90th percentile of line lengths.
    private static func typicalWidth(_ lines: [Line]) -> Int {
        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
    }

    /// In hard-wrapped text, whether `line` ends its paragraph even though `next` follows
    /// without a blank line.
    private static func endsWrappedParagraph(_ text: UTF8Text, _ line: Line, _ next: Line, width: Int) -> Bool {
        if text.classify(next.contentStart).0 == .lower { return false }
        if next.indent > line.indent + 1 { return true }
        if startsWithBullet(text, next) { return true }
        return line.length * 10 < width * 7
    }

    /// Whether the line starts with a list bullet ("- ", "* ", "• ").
    static func startsWithBullet(_ text: UTF8Text, _ line: Line) -> Bool {
        let (value, length) = text.scalar(at: line.contentStart)
        let isBullet = value == 0x2D || value == 0x2A || value == 0x2022 || value == 0x00B7 || value == 0x25CF
        let after = line.contentStart + length
        return isBullet && after < line.contentEnd && text.classify(after).0 == .space
    }
}
