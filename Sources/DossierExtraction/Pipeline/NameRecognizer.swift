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
        var spans = tagger.spans(document: words)
        // A sentence in capitals ("PRESIDENT JOE BIDEN MET ...") hides the case the tagger
        // reads people's names by. The tagger learned many capitalized headlines as written and
        // does well on places and organizations there, so its reading stays; people found in the
        // title-cased words are added where it found nothing.
        for (index, sentenceWords) in words.enumerated() where NameRecognizer.isAllCapitals(sentenceWords)
            && !spans[index].contains(where: { $0.type == .person }) {
            let titled = tagger.spans(sentenceWords.map { Substring($0.prefix(1) + $0.dropFirst().lowercased()) })
            for span in titled where span.type == .person && !spans[index].contains(where: { $0.range.overlaps(span.range) }) {
                spans[index].append(span)
            }
        }
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

    /// At least four words and no lower-case letter at all.
    static func isAllCapitals(_ words: [Substring]) -> Bool {
        var lettered = 0
        for word in words {
            var hasLetter = false
            for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                hasLetter = true
            }
            if hasLetter { lettered += 1 }
        }
        return lettered >= 4
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
