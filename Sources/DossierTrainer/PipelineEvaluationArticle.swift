import DossierExtraction
import DossierModel

/// One CoNLL article rebuilt as pipeline input, with the byte range of every CoNLL token so
/// that the pipeline's mentions (byte spans) can be mapped back to gold token ranges.
///
/// The text is each sentence's tokens joined by single spaces, one sentence per line: the
/// closest plain-text form of the article that keeps CoNLL's tokens recoverable, and the line
/// breaks give the segmenter the sentence ends an article would show with punctuation.
struct EvaluationArticle {
    /// The pipeline's input.
    let source: SourceDocument
    /// The CoNLL tokens of the whole article, in order.
    let tokens: [String]
    /// Where each token of `tokens` lies in `source.text` (UTF-8 bytes); sorted, disjoint.
    let tokenSpans: [Span]
    /// The gold entities as token ranges over the whole article (not per sentence), so that a
    /// mention the pipeline lets run across a sentence break is still scored, as an error.
    let gold: [EntitySpan]

    /// Builds the input of article `number` (1-based) of the file called `file`.
    init(_ document: CoNLLDocument, number: Int, file: String) {
        var text = ""
        var tokens: [String] = []
        var spans: [Span] = []
        var gold: [EntitySpan] = []
        var offset = 0
        for sentence in document.sentences {
            let first = tokens.count
            for (index, token) in sentence.tokens.enumerated() {
                if index > 0 {
                    text += " "
                    offset += 1
                }
                spans.append(Span(start: offset, end: offset + token.utf8.count))
                text += token
                offset += token.utf8.count
                tokens.append(token)
            }
            text += "\n"
            offset += 1
            gold += sentence.entities.map {
                EntitySpan(range: ($0.range.lowerBound + first)..<($0.range.upperBound + first), type: $0.type)
            }
        }
        source = SourceDocument(id: "\(file)#\(number)", text: text,
                                origin: SourceOrigin(path: file, line: nil, format: .text))
        self.tokens = tokens
        tokenSpans = spans
        self.gold = gold
    }

    /// The tokens `span` covers exactly, or nil when it does not start at a token's first byte
    /// and end at a token's last byte (a boundary error whatever its type).
    func tokenRange(exactly span: Span) -> Range<Int>? {
        guard !span.isEmpty else { return nil }
        let first = firstIndex { $0.start >= span.start }
        let last = firstIndex { $0.end >= span.end }
        guard first < tokenSpans.count, tokenSpans[first].start == span.start,
              last < tokenSpans.count, tokenSpans[last].end == span.end, last >= first
        else { return nil }
        return first..<(last + 1)
    }

    /// The bytes from the first to the last token of `range`.
    func bytes(of range: Range<Int>) -> Span {
        Span(start: tokenSpans[range.lowerBound].start, end: tokenSpans[range.upperBound - 1].end)
    }

    /// The tokens of `range` joined by spaces, for error reports.
    func text(of range: Range<Int>) -> String {
        tokens[range].joined(separator: " ")
    }

    /// Binary search: the first token for which `isAtOrPast` holds (it must be monotonic over
    /// the sorted spans), or the token count.
    private func firstIndex(where isAtOrPast: (Span) -> Bool) -> Int {
        var low = 0, high = tokenSpans.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(tokenSpans[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
