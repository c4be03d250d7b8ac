import DossierModel

/// Decides what role each paragraph plays: body text, a heading, or boilerplate.
///
/// Headings are short single lines without final punctuation that read like titles
/// ("Pakistan and Kazakhstan Relations", "Background"). Boilerplate is recognized by its
/// opening (``BoilerplatePatterns``) and by position: everything under a "Sources" or
/// "External links" heading, and the link lines under "Related news" or "See also".
struct ParagraphClassifier {
    /// The longest heading, in bytes and in words.
    static let maxHeadingBytes = 150
    static let maxHeadingWords = 15

    /// The kinds of `paragraphs`, in order.
    func classify(_ text: UTF8Text, _ paragraphs: [ParagraphRange]) -> [Paragraph.Kind] {
        var kinds: [Paragraph.Kind] = []
        kinds.reserveCapacity(paragraphs.count)
        var section = Section.none
        for p in paragraphs {
            var kind = ownKind(text, p)
            switch section {
            case .trailing:
                if kind != .heading || !matchesAny(text, p, BoilerplatePatterns.trailingSections) { kind = .boilerplate }
            case .links:
                // Link lines carry no sentence punctuation; the first prose line ends the list.
                if kind == .heading || (kind == .body && !isProse(text, p)) {
                    kind = .boilerplate
                } else {
                    section = .none
                }
            case .none:
                break
            }
            if kind == .heading || kind == .boilerplate {
                if matchesAny(text, p, BoilerplatePatterns.trailingSections) {
                    section = .trailing
                    kind = .heading
                } else if matchesAny(text, p, BoilerplatePatterns.linkSections) {
                    section = .links
                    kind = .boilerplate
                }
            }
            kinds.append(kind)
        }
        return kinds
    }

    private enum Section { case none, trailing, links }

    /// The kind of a paragraph judged on its own.
    func ownKind(_ text: UTF8Text, _ p: ParagraphRange) -> Paragraph.Kind {
        if isBoilerplate(text, p) { return .boilerplate }
        if isHeading(text, p) { return .heading }
        return .body
    }

    /// Whether the paragraph opens like navigation, promotion, a credit or a legal line.
    func isBoilerplate(_ text: UTF8Text, _ p: ParagraphRange) -> Bool {
        var starts = [p.start]
        // Also try after a bullet or an opening bracket: "• Related: ...", "[Advertisement]".
        let (cls, length) = text.classify(p.start)
        if cls == .opener || cls == .symbol || cls == .hyphen || cls == .dash || cls == .punctuation {
            starts.append(DatelineScanner(text: text, hi: p.end).skipSpaces(p.start + length))
        }
        var words: Int?
        for group in BoilerplatePatterns.groups {
            for start in starts {
                for pattern in group.patterns {
                    let hit = group.wholeLine
                        ? BoilerplatePatterns.isWholeLine(text, start, p.end, pattern)
                        : BoilerplatePatterns.hasPrefix(text, start, p.end, pattern)
                    guard hit else { continue }
                    if words == nil { words = wordCount(text, p, limit: 61) }
                    if words! <= group.maxWords { return true }
                }
            }
        }
        return false
    }

    /// Whether the paragraph is a short, title-like line.
    func isHeading(_ text: UTF8Text, _ p: ParagraphRange) -> Bool {
        guard p.lineCount == 1, p.end - p.start <= ParagraphClassifier.maxHeadingBytes else { return false }
        let line = ParagraphSplitter.Line(contentStart: p.start, contentEnd: p.end, indent: 0)
        if ParagraphSplitter.endsWithSentencePunctuation(text, line) { return false }
        let last = text.scalarStart(before: p.end)
        if text[last] == 0x2C { return false }
        // Titles start with a capital or a number, possibly inside an opening quote.
        var first = p.start
        var (cls, length) = text.classify(first)
        if cls == .opener || cls == .doubleQuote {
            first += length
            guard first < p.end else { return false }
            cls = text.classify(first).0
        }
        guard cls == .upper || cls == .digit || cls == .caseless || cls == .ideograph else { return false }
        var words = 0, content = 0, capitalized = 0
        forEachWord(text, p) { lo, hi in
            words += 1
            var letterEnd = lo
            while letterEnd < hi, text[letterEnd] &- 0x61 < 26 { letterEnd += 1 }
            if letterEnd == hi, ParagraphClassifier.functionWords.contains(text, lo, hi) { return true }
            content += 1
            let c = text.classify(lo).0
            if c != .lower { capitalized += 1 }
            return true
        }
        guard words <= ParagraphClassifier.maxHeadingWords else { return false }
        return words <= 4 || capitalized * 10 >= content * 6
    }

    /// Whether a paragraph reads as running prose: words ending in sentence punctuation, which
    /// link titles lack.
    private func isProse(_ text: UTF8Text, _ p: ParagraphRange) -> Bool {
        let line = ParagraphSplitter.Line(contentStart: p.start, contentEnd: p.end, indent: 0)
        return ParagraphSplitter.endsWithSentencePunctuation(text, line) && wordCount(text, p, limit: 3) >= 3
    }

    /// Whether the paragraph is exactly one of `names` (ignoring case and final punctuation).
    private func matchesAny(_ text: UTF8Text, _ p: ParagraphRange, _ names: [StaticString]) -> Bool {
        guard p.end - p.start <= 40 else { return false }
        return names.contains { BoilerplatePatterns.isWholeLine(text, p.start, p.end, $0) }
    }

    /// The number of space-separated words, counting no further than `limit`.
    private func wordCount(_ text: UTF8Text, _ p: ParagraphRange, limit: Int) -> Int {
        var count = 0
        forEachWord(text, p) { _, _ in
            count += 1
            return count < limit
        }
        return count
    }

    /// Calls `body` with each space-separated word of the paragraph until it returns false.
    private func forEachWord(_ text: UTF8Text, _ p: ParagraphRange, _ body: (Int, Int) -> Bool) {
        var i = p.start
        while i < p.end {
            while i < p.end, text.classify(i).0.isSpace { i += UTF8Text.scalarLength(text[i]) }
            let start = i
            while i < p.end, !text.classify(i).0.isSpace { i += UTF8Text.scalarLength(text[i]) }
            if i > start, !body(start, i) { return }
        }
    }

    /// Words that stay lowercase in title case.
    private static let functionWords = ShortWordSet([
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with",
        "by", "from", "as", "vs", "via", "over", "into", "onto", "after", "before", "amid",
        "against", "about", "between", "under", "per", "than", "upon", "off", "out", "up", "is",
        "are", "its", "his", "her", "their", "de", "la", "le", "van", "von", "del", "da",
    ])
}
