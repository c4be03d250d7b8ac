import DossierModel

/// Finds long organization names the tagger splits apart: capitalized runs that contain a
/// head word (Commission, Organization, Council, ...) and continue through a prepositional
/// complement, including coordinated lists:
/// "the Chile-Peru Joint Commission on Fisheries, Mining, Energy, and Port Cooperation" is
/// one name.
struct OrganizationPhrases {
    let gazetteer: Gazetteer

    static let heads: Set<String> = [
        "organization", "organisation", "commission", "council", "committee", "conference", "association",
        "union", "bank", "fund", "agency", "forum", "institute", "institution", "ministry", "department",
        "office", "authority", "cooperation", "co-operation", "partnership", "alliance", "court", "party",
        "assembly", "parliament", "federation", "corporation", "company", "university", "college",
        "programme", "community", "league", "board", "bureau", "secretariat", "tribunal", "army", "navy",
        "police", "service", "services", "group", "foundation", "centre", "center", "society", "movement",
        "front", "congress", "senate", "cabinet", "government", "network", "club", "command", "force",
        "forces", "guard", "directorate", "inc", "ltd", "corp", "bloc",
    ]
    static let prepositions: Set<Substring> = ["of", "on", "for", "in", "to"]
    static let maximumLength = 24

    /// Token ranges of organization phrases in each body sentence.
    func phrases(_ view: TokenView) -> [(range: Range<Int>, sentence: Int)] {
        var result: [(Range<Int>, Int)] = []
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            var index = sentence.firstToken
            let end = sentence.tokenRange.upperBound
            while index < end {
                guard view.isCapitalized(index) || view.isAcronym(index) else {
                    index += 1
                    continue
                }
                if let phrase = phrase(startingAt: index, end: end, view) {
                    result.append((phrase, sentenceIndex))
                    index = phrase.upperBound
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    private func isHead(_ index: Int, _ view: TokenView) -> Bool {
        OrganizationPhrases.heads.contains(view[index].lowercased())
    }

    /// A capitalized word, possibly glued to the next by a hyphen ("Inter-Governmental").
    private func wordEnd(_ index: Int, end: Int, _ view: TokenView) -> Int? {
        guard index < end, view.isCapitalized(index) || view.isAcronym(index) else { return nil }
        var last = index + 1
        while last + 1 < end, view[last] == "-", view.touching(last - 1, last), view.touching(last, last + 1) {
            last += 2
        }
        return last
    }

    private func phrase(startingAt start: Int, end: Int, _ view: TokenView) -> Range<Int>? {
        var first = start
        // "The", "Former", "Then" open the phrase but are not part of the name.
        while view.is(first, ["The", "Former", "Then", "Ex", "Both", "All", "Each", "Its", "Their", "His", "Her"]) { first += 1 }
        var index = first
        var sawHead = false
        var lastWordEnd: Int?
        var inComplement = false
        while index < end, index - first < OrganizationPhrases.maximumLength {
            if let wordEnd = wordEnd(index, end: end, view) {
                if (index..<wordEnd).contains(where: { isHead($0, view) }) { sawHead = true }
                lastWordEnd = wordEnd
                index = wordEnd
                continue
            }
            guard let current = lastWordEnd, current == index else { break }
            if OrganizationPhrases.prepositions.contains(view[index]), sawHead, wordEnd(index + 1, end: end, view) != nil
                || (view.is(index + 1, ["the"]) && wordEnd(index + 2, end: end, view) != nil) {
                inComplement = true
                index += view.is(index + 1, ["the"]) ? 2 : 1
            } else if view.is(index, ["and", "&"]), inComplement, let next = wordEnd(index + 1, end: end, view), !isKnownName(index + 1..<next, view) {
                index += 1
            } else if view[index] == ",", inComplement, let listEnd = coordinatedList(from: index, end: end, view) {
                index = listEnd
            } else {
                break
            }
        }
        guard sawHead, let last = lastWordEnd, last > first else { return nil }
        return first..<last
    }

    /// ", Mining, Energy, and Port" inside a complement: single capitalized words separated by
    /// commas and closed by "and"; returns where the last item starts. Refuses lists of known
    /// places ("... in Europe, Spain and Portugal agreed").
    private func coordinatedList(from comma: Int, end: Int, _ view: TokenView) -> Int? {
        var index = comma
        var items = 0
        while index < end, view[index] == "," {
            var next = index + 1
            if view.is(next, ["and"]) { next += 1 }
            guard let wordEnd = wordEnd(next, end: end, view), !isKnownName(next..<wordEnd, view) else { return nil }
            items += 1
            if view.is(index + 1, ["and"]) { return next }
            if view.is(wordEnd, ["and"]), self.wordEnd(wordEnd + 1, end: end, view) != nil { return wordEnd + 1 }
            index = wordEnd
        }
        return nil
    }

    private func isKnownName(_ range: Range<Int>, _ view: TokenView) -> Bool {
        gazetteer.lookup(view.text(range), kinds: [.places, .demonyms, .organizations]).contains {
            $0.entry.kind != .organization || $0.role != .adjective
        }
    }
}
