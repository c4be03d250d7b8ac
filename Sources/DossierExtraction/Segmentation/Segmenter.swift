import DossierModel

/// The structural first stage of extraction: finds the dateline, paragraphs, sentences and
/// tokens of an article.
///
/// The document text is kept byte for byte; every span is a UTF-8 byte range into it.
/// - Paragraphs: one per line, or per block of hard-wrapped lines (see ``ParagraphSplitter``),
///   trimmed of white space, each classified as body, heading, boilerplate or dateline.
/// - Dateline: "Bishkek, 14 June 2021 (KGW):" at the start of the article (or after a title
///   line or a date line) becomes a `.dateline` paragraph, and its place, date and agency go
///   into the metadata where the input did not already provide them. The rest of its line is
///   a body paragraph.
/// - Sentences and tokens: only body and heading paragraphs have them (a heading is one
///   sentence); no sentence crosses a paragraph. Every non-space byte of a sentence belongs
///   to exactly one token. See ``TokenScanner`` for the tokenization rules.
///
/// Work is linear in the text length and runs on the UTF-8 bytes without per-token
/// allocation. The value is immutable: share one instance across threads.
public struct Segmenter: Sendable {
    /// The most tokens in one sentence; longer runs (tables, text without punctuation) are cut
    /// so that no later stage faces an unbounded sentence.
    public static let maxSentenceTokens = 500

    /// Creates a segmenter.
    public init() {}

    /// Segments one article.
    public func segment(_ source: SourceDocument) -> Document {
        var text = source.text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { segment(UTF8Text(bytes: $0)) }
            ?? Array(text.utf8).withUnsafeBufferPointer { segment(UTF8Text(bytes: $0)) }
        let input = source.metadata
        let metadata = DocumentMetadata(
            title: input.title ?? result.title, date: input.date ?? result.date,
            place: result.place, source: input.source ?? result.agency, url: input.url,
            origin: source.origin, extra: input.extra)
        return Document(id: source.id, metadata: metadata, text: source.text,
                        paragraphs: result.paragraphs, sentences: result.sentences, tokens: result.tokens)
    }

    /// Everything found in one text.
    struct Result {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var title: String?
        var date: String?
        var place: String?
        var agency: String?
    }

    func segment(_ text: UTF8Text) -> Result {
        var result = Result()
        result.tokens.reserveCapacity(text.count / 5)
        let ranges = ParagraphSplitter.split(text)
        let kinds = ParagraphClassifier().classify(text, ranges)
        var datelineCandidates = 1
        for (index, range) in ranges.enumerated() {
            var range = range
            var kind = kinds[index]
            if index < datelineCandidates, let dateline = dateline(text, range) {
                result.paragraphs.append(Paragraph(span: dateline.span, kind: .dateline))
                record(dateline, text, into: &result)
                // A date alone on the first line may be followed by a place dateline.
                if dateline.place == nil && dateline.source == nil && index == 0 { datelineCandidates = 2 }
                let rest = DatelineScanner(text: text, hi: range.end).skipSpacesAndBreaks(dateline.span.end)
                guard rest < range.end else { continue }
                range.start = rest
                kind = .body
            } else if index == 0, kind == .heading, ranges.count > 1 {
                // A title line: the dateline, if any, opens the next paragraph.
                result.title = string(text, range.start, range.end)
                datelineCandidates = 2
            }
            let paragraphIndex = result.paragraphs.count
            result.paragraphs.append(Paragraph(span: Span(start: range.start, end: range.end), kind: kind))
            if kind == .body || kind == .heading {
                splitSentences(text, range, heading: kind == .heading, paragraph: paragraphIndex, into: &result)
            }
        }
        return result
    }

    /// The dateline at the start of the paragraph's first line.
    private func dateline(_ text: UTF8Text, _ range: ParagraphRange) -> Dateline? {
        var lineEnd = range.start
        while lineEnd < range.end, text.classify(lineEnd).0 != .lineBreak {
            lineEnd += UTF8Text.scalarLength(text[lineEnd])
        }
        return DatelineParser().parse(text, lineStart: range.start, lineEnd: lineEnd)
    }

    private func record(_ dateline: Dateline, _ text: UTF8Text, into result: inout Result) {
        if result.date == nil, let d = dateline.date { result.date = string(text, d.start, d.end) }
        if result.place == nil, let p = dateline.place { result.place = string(text, p.start, p.end) }
        if result.agency == nil, let s = dateline.source { result.agency = string(text, s.start, s.end) }
    }

    private func string(_ text: UTF8Text, _ lo: Int, _ hi: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text.bytes[lo..<hi]), as: UTF8.self)
    }

    /// Tokenizes one paragraph and groups its tokens into sentences.
    private func splitSentences(_ text: UTF8Text, _ range: ParagraphRange, heading: Bool, paragraph: Int,
                                into result: inout Result) {
        var scanner = TokenScanner(text: text, start: range.start, end: range.end)
        let splitter = SentenceSplitter()
        var first = result.tokens.count
        var pendingEnd: Int?
        while let scanned = scanner.next() {
            if let end = pendingEnd, scanned.token.span.start >= end {
                closeSentence(first, paragraph, into: &result)
                first = result.tokens.count
                pendingEnd = nil
            }
            result.tokens.append(scanned.token)
            let count = result.tokens.count - first
            if !heading, pendingEnd == nil, scanned.role != .none {
                let isListMarker = scanned.role == .period && count == 2
                    && result.tokens[first].kind == .number && result.tokens[first].span.length <= 3
                switch splitter.decide(scanned, text: text, end: range.end, isListMarker: isListMarker) {
                case .none:
                    break
                case .boundary(let end):
                    pendingEnd = end
                case .boundarySplittingPeriod(let end):
                    let word = scanned.token.span
                    result.tokens[result.tokens.count - 1].span = Span(start: word.start, end: word.end - 1)
                    result.tokens.append(Token(span: Span(start: word.end - 1, end: word.end), kind: .punctuation))
                    pendingEnd = end
                }
            }
            if pendingEnd == nil, count >= Segmenter.maxSentenceTokens, !heading {
                pendingEnd = scanned.token.span.end
            }
        }
        if result.tokens.count > first { closeSentence(first, paragraph, into: &result) }
    }

    private func closeSentence(_ first: Int, _ paragraph: Int, into result: inout Result) {
        let count = result.tokens.count - first
        let span = Span(start: result.tokens[first].span.start, end: result.tokens[result.tokens.count - 1].span.end)
        result.sentences.append(Sentence(span: span, paragraph: paragraph, firstToken: first, tokenCount: count))
    }
}
