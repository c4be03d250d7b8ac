import DossierModel

/// Rules over tagger and gazetteer candidates: titles are not part of names, quoted names
/// before "Policy" are policies, named wars and crises are events.
struct NameRules {
    let gazetteer: Gazetteer

    static let policyWords: Set<String> = ["policy", "programme", "program", "initiative", "plan", "strategy",
                                           "doctrine", "agenda", "project", "scheme", "campaign", "vision", "framework"]
    static let eventWords: Set<String> = ["war", "revolution", "crisis", "olympics", "games", "cup", "championship",
                                          "championships", "spring", "uprising", "massacre", "pandemic", "genocide",
                                          "holocaust", "intifada", "expo", "festival", "summit", "accords", "treaty"]
    static let nameParticles: Set<Substring> = ["bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "del",
                                                "della", "di", "da", "du", "la", "le", "dos", "das", "y", "e", "ben", "abu", "ter"]
    static let openQuotes: Set<Substring> = ["“", "\"", "‘", "'", "«"]
    static let closeQuotes: Set<Substring> = ["”", "\"", "’", "'", "»"]

    /// Removes leading titles from person names ("Foreign Minister Mukhtar Tleuberdi" ->
    /// "Mukhtar Tleuberdi"); returns false when nothing of a name is left.
    func stripTitles(_ candidate: inout Candidate, _ view: TokenView) -> Bool {
        guard candidate.kind == .person, var range = candidate.tokens else { return true }
        while range.count > 1, let match = gazetteer.longestMatch(in: view.texts, at: range.lowerBound, kinds: .titles),
              match.range.upperBound < range.upperBound {
            range = match.range.upperBound..<range.upperBound
        }
        // A name does not run on through lowercase words other than particles ("bin", "van"):
        // "Maryland on Saturday" is cut at "on".
        if let cut = range.dropFirst().first(where: { index in
            view.document.tokens[index].kind == .word && !view.isCapitalized(index)
                && !NameRules.nameParticles.contains(view[index]) && !view.touching(index - 1, index)
        }) {
            range = range.lowerBound..<cut
        }
        while range.count > 1, view.document.tokens[range.upperBound - 1].kind == .possessive { range = range.lowerBound..<(range.upperBound - 1) }
        guard range.contains(where: { view.document.tokens[$0].kind == .word }) else { return false }
        candidate.tokens = range
        candidate.span = view.span(range)
        return true
    }

    /// Joins name parts the tagger split at a lowercase particle: "Hamza" + "bin" + "Laden" is
    /// one person when either side was read as a person (CoNLL has few such names).
    func joinParticles(_ candidates: inout [Candidate], _ view: TokenView) {
        var index = 0
        let sorted = candidates.enumerated().filter { $0.element.tokens != nil }
            .sorted { $0.element.tokens!.lowerBound < $1.element.tokens!.lowerBound }.map(\.offset)
        var removed: Set<Int> = []
        while index + 1 < sorted.count {
            let (a, b) = (sorted[index], sorted[index + 1])
            guard !removed.contains(a), let left = candidates[a].tokens, let right = candidates[b].tokens,
                  candidates[a].sentence == candidates[b].sentence, right.lowerBound == left.upperBound + 1,
                  NameRules.nameParticles.contains(view[left.upperBound]), !view.isCapitalized(left.upperBound),
                  candidates[a].kind == .person || candidates[b].kind == .person else {
                index += 1
                continue
            }
            var joined = Candidate(tokens: left.lowerBound..<right.upperBound, view: view, sentence: candidates[a].sentence, kind: .person)
            joined.resolution = candidates[a].resolution
            candidates[a] = joined
            removed.insert(b)
            index += 1
        }
        for offset in removed.sorted(by: >) { candidates.remove(at: offset) }
    }

    /// Quoted names followed by a policy word: “Vision Central Asia” Policy.
    func policies(_ view: TokenView) -> [Candidate] {
        var result: [Candidate] = []
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            let range = sentence.tokenRange
            var index = range.lowerBound
            while index < range.upperBound {
                guard NameRules.openQuotes.contains(view[index]), view.isCapitalized(index + 1) else { index += 1; continue }
                var close = index + 1
                while close < range.upperBound, close - index <= 8, !NameRules.closeQuotes.contains(view[close]) { close += 1 }
                guard close < range.upperBound, close - index <= 8, close > index + 1,
                      NameRules.policyWords.contains(view[close + 1 < range.upperBound ? close + 1 : close].lowercased()),
                      (index + 1..<close).allSatisfy({ view.isCapitalized($0) || view.document.tokens[$0].kind != .word }) else {
                    index += 1
                    continue
                }
                var candidate = Candidate(tokens: (index + 1)..<close, view: view, sentence: sentenceIndex, kind: .policy)
                candidate.attributes["type"] = .string(view[close + 1].lowercased())
                result.append(candidate)
                index = close + 1
            }
        }
        return result
    }

    /// Re-kinds miscellaneous names that are named events ("the Cold War").
    func classifyMiscellaneous(_ candidate: inout Candidate, _ view: TokenView) {
        guard candidate.kind == .miscellaneous, let range = candidate.tokens else { return }
        if range.contains(where: { NameRules.eventWords.contains(view[$0].lowercased()) }) {
            candidate.kind = .event
        }
    }
}
