import DossierModel

/// Links acronyms to the names they abbreviate: "(OIC)" right after its name, an acronym
/// displaced to the end of the sentence ("... the Arctic Fisheries Council, Norway and
/// Iceland both belong (AFC).") matched by initials, and bare acronyms through the document's own
/// definitions or the gazetteer.
struct AcronymLinker {
    let gazetteer: Gazetteer
    let linker: GazetteerLinker

    func link(_ candidates: inout [Candidate], _ view: TokenView) {
        var definitions: [String: Int] = [:]  // acronym -> index of the defining candidate
        var byEnd: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() { if let range = candidate.tokens { byEnd[range.upperBound] = index } }
        var added: [Candidate] = []
        var replaced: Set<Int> = []  // acronym tokens now covered by a linked mention
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            let range = sentence.tokenRange
            for open in range where view[open] == "(" && open + 2 < range.upperBound && view[open + 2] == ")" && view.isAcronym(open + 1) {
                let acronym = String(view[open + 1])
                // "Doug Flach (U.S.)" gives a nationality, not an acronym: known places and
                // people never get one.
                if !gazetteer.lookup(acronym, kinds: [.places, .demonyms]).isEmpty { continue }
                var target = byEnd[open].flatMap { AcronymLinker.canHaveAcronym(candidates[$0].kind) ? $0 : nil }
                var resolution = "acronym defined in parentheses"
                if target == nil {
                    target = displacedTarget(acronym, sentence: sentenceIndex, before: open, candidates, view)
                    resolution = "acronym placed after the sentence's end, matched by the name's initials"
                }
                var mention = Candidate(tokens: (open + 1)..<(open + 2), view: view, sentence: sentenceIndex, kind: .organization)
                mention.form = .acronym
                if let target {
                    candidates[target].acronym = candidates[target].acronym ?? acronym
                    candidates[target].attributes["acronym"] = .string(acronym)
                    definitions[acronym] = target
                    mention.kind = candidates[target].kind
                    mention.identity = candidates[target].identity ?? "defined:\(target)"
                    if candidates[target].identity == nil { candidates[target].identity = mention.identity }
                    mention.resolution = resolution
                } else if let hit = gazetteer.lookup(acronym, kinds: .organizations).first {
                    linker.apply(hit, to: &mention)
                    mention.resolution = "acronym from the gazetteer"
                } else {
                    continue
                }
                replaced.insert(open + 1)
                added.append(mention)
            }
        }
        let identities = definitions.mapValues { candidates[$0].identity }
        candidates.removeAll { $0.tokens.map { $0.count == 1 && replaced.contains($0.lowerBound) } ?? false }
        candidates += added
        resolveBareAcronyms(&candidates, identities: identities, view)
    }

    static func canHaveAcronym(_ kind: EntityKind) -> Bool {
        kind == .organization || kind == .miscellaneous || kind == .event || kind == .policy || kind == .location
    }

    /// The organization in the same sentence whose capitalized words' initials spell the
    /// acronym in order (first letter on the first word), nearest to the parenthesis first.
    private func displacedTarget(_ acronym: String, sentence: Int, before: Int, _ candidates: [Candidate], _ view: TokenView) -> Int? {
        let letters = Array(acronym.filter(\.isLetter).uppercased())
        let options = candidates.indices.filter {
            candidates[$0].sentence == sentence && candidates[$0].kind == .organization && candidates[$0].acronym == nil
                && (candidates[$0].tokens?.upperBound ?? .max) <= before
        }
        for index in options.reversed() {
            guard let range = candidates[index].tokens else { continue }
            let initials = range.filter { view.isCapitalized($0) }.compactMap { view[$0].first.map { Character($0.uppercased()) } }
            if matches(letters, initials) { return index }
        }
        return nil
    }

    private func matches(_ letters: [Character], _ initials: [Character]) -> Bool {
        guard let first = letters.first, initials.first == first, letters.count <= initials.count else { return false }
        var position = 0
        for letter in letters {
            while position < initials.count, initials[position] != letter { position += 1 }
            guard position < initials.count else { return false }
            position += 1
        }
        return true
    }

    /// Bare acronyms ("SCO") become mentions of the organization the document defined them for.
    private func resolveBareAcronyms(_ candidates: inout [Candidate], identities: [String: String?], _ view: TokenView) {
        for index in candidates.indices where candidates[index].resolution == nil || candidates[index].resolution == "gazetteer" {
            guard let range = candidates[index].tokens, range.count == 1, view.isAcronym(range.lowerBound),
                  case let identity?? = identities[String(view[range.lowerBound])] else { continue }
            candidates[index].kind = .organization
            candidates[index].identity = identity
            candidates[index].form = .acronym
            candidates[index].resolution = "acronym defined in this document"
        }
    }
}

