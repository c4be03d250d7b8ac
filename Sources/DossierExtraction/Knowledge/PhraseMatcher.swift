/// A gazetteer phrase found in a token sequence.
public struct PhraseMatch: Sendable, Hashable {
    /// The tokens it covers (indices into the token array).
    public let range: Range<Int>
    /// The normalized key it matched ("shanghaicooperationorganization").
    public let key: String
    /// The records under that key, organizations first, then countries, regions, cities
    /// (most populous first), demonyms, titles and first names.
    public let hits: [GazetteerHit]
}

extension Gazetteer {
    /// The longest gazetteer phrase that starts at token `start`, or nil.
    ///
    /// Tokens are compared through their normalized keys (see ``GazetteerKey``): case and
    /// diacritics do not matter, a possessive ending is ignored ("Kazakhstan’s"), and
    /// punctuation tokens inside a phrase are skipped, so "Confidence-Building" matches
    /// whether it is one token or three, and "U.S." whether it is one token or four. A match
    /// never starts or ends on a punctuation-only token, nor starts at a leading "the" (the
    /// article is not part of any key: call again at the next token).
    ///
    /// Case matters in three ways. Acronyms match only in capitals or as written ("SCO", not
    /// "sco"; "who" is not WHO). Names of countries, cities, regions, organizations and
    /// people match only from a token that starts with a capital letter or a digit, so "of"
    /// and "to" are not the towns Of and Tô, nor "china" the country; titles and demonyms
    /// match in any case ("the foreign minister", "pakistani"). A modifier such as "Deputy"
    /// or "first" alone is returned only when a title starts right after it ("Acting" in
    /// "Acting Foreign Minister"), so an ordinary "first" is not a match.
    ///
    /// "Shanghai Cooperation Organization" wins over "Shanghai": the longest phrase wins,
    /// and all records of that phrase are returned.
    public func longestMatch<S: StringProtocol>(in tokens: [S], at start: Int,
                                                kinds: GazetteerKinds = .standard) -> PhraseMatch? {
        guard start >= 0, start < tokens.count else { return nil }
        let capitalized = tokens[start].first.map { $0.isUppercase || $0.isNumber } ?? false
        let kinds = capitalized ? kinds : kinds.intersection([.titles, .demonyms])
        guard !kinds.isEmpty else { return nil }
        let tables = indexes(kinds)
        var key = KeyBuilder()
        var hash = KeyHash()
        var letters = ""
        var best: PhraseMatch?
        var emptyRun = 0
        var i = start
        while i < tokens.count {
            let before = key.bytes.count
            key.append(tokens[i], dropLeadingArticle: false)
            if key.bytes.count == before {
                // Punctuation, a split-off "’s": skipped inside a phrase, never its start.
                emptyRun += 1
                if i == start || emptyRun > 3 { break }
                i += 1
                continue
            }
            emptyRun = 0
            hash.append(key.bytes[before...])
            letters += NameIndex.letters(ofToken: tokens[i])
            let found = hits(hash, letters: letters[...], kinds: kinds)
            if !found.isEmpty {
                best = PhraseMatch(range: start..<(i + 1), key: key.string, hits: found)
            }
            guard tables.contains(where: { $0.1.hasLongerKey(startingWith: hash) }) else { break }
            i += 1
        }
        if let match = best, match.hits.allSatisfy(\.isModifier) {
            // "Deputy", "Acting", "first": only in front of a title.
            let next = longestMatch(in: tokens, at: match.range.upperBound, kinds: .titles)
            guard let title = next, !title.hits.allSatisfy(\.isModifier) else { return nil }
        }
        return best
    }

    /// All gazetteer phrases in `tokens`, left to right, without overlaps: at each token the
    /// longest match is taken and the scan resumes after it.
    public func matches<S: StringProtocol>(in tokens: [S], kinds: GazetteerKinds = .standard) -> [PhraseMatch] {
        var result: [PhraseMatch] = []
        var i = 0
        while i < tokens.count {
            if let m = longestMatch(in: tokens, at: i, kinds: kinds) {
                result.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return result
    }
}
