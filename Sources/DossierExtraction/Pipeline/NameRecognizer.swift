import DossierModel

/// Runs the learned tagger over the body sentences. The tagger was trained on CoNLL-2003,
/// which keeps hyphenated words whole ("Pakistan-Kazakhstan"), while the tokenizer splits
/// hyphens off; so hyphen-joined tokens are glued back into one tagger token here.
struct NameRecognizer {
    let tagger: EntityTagger

    func candidates(_ view: TokenView) -> [Candidate] {
        let document = view.document
        var groupsBySentence: [[Range<Int>]] = []
        var words: [[Substring]] = []
        for sentence in document.sentences {
            let groups = hyphenGroups(sentence.tokenRange, view)
            groupsBySentence.append(groups)
            words.append(groups.map { group in group.count == 1 ? view[group.lowerBound] : Substring(view.text(group)) })
        }
        let spans = tagger.spans(document: words)
        var result: [Candidate] = []
        for (sentenceIndex, sentenceSpans) in spans.enumerated() {
            let groups = groupsBySentence[sentenceIndex]
            for span in sentenceSpans {
                let range = groups[span.range.lowerBound].lowerBound..<groups[span.range.upperBound - 1].upperBound
                let kind: EntityKind = switch span.type {
                case .person: .person
                case .location: .location
                case .organization: .organization
                case .miscellaneous: .miscellaneous
                }
                result.append(Candidate(tokens: range, view: view, sentence: sentenceIndex, kind: kind))
            }
        }
        return result
    }

    /// Token ranges where "word-word" sequences with no spaces become one range.
    private func hyphenGroups(_ range: Range<Int>, _ view: TokenView) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index + 1
            while end + 1 < range.upperBound, view[end] == "-", view.touching(end - 1, end), view.touching(end, end + 1),
                  view[end + 1].first?.isLetter == true || view[end + 1].first?.isNumber == true {
                end += 2
            }
            groups.append(index..<end)
            index = end
        }
        return groups
    }
}
