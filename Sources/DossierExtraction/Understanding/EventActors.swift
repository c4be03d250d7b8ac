import DossierModel

/// Who acts: the mentions written together right before a trigger ("A, B and C met") and
/// right after it ("met with X"), rather than everybody in the sentence, which in long news
/// sentences drags in people mentioned for other reasons.
extension EventFinder {
    /// Tokens a following group may not be reached across ("phone call, said X").
    static let stops: Set<String> = [",", ";", ":", "“", "”", "\"", "(", ")", "—", "–"]
    /// Possessive pronouns: they modify an actor ("his counterpart"), they are not one.
    static let possessives: Set<String> = ["his", "her", "their", "its"]
    /// Largest gap in tokens between two members of one group ("X and energy minister Y").
    static let groupGap = 5

    /// People, named countries and organizations in sentence `s`; a country inside a person's
    /// description ("the trade minister of Ghana") belongs to that person.
    func candidates(_ s: Int, excluding: Set<Int>) -> [MentionRef] {
        let refs = index.mentions[s]
        let personSpans = refs.filter { index.kind($0.entity) == .person && $0.mention.form != .pronoun }.map(\.mention.span)
        return refs.filter { ref in
            // "met X at the Zappeion Hall": what comes after "at"/"in" is a place, not an actor.
            guard !excluding.contains(ref.entity), !EventLexicon.placePrepositions.contains(index.word(ref.first - 1)) else { return false }
            // "met his Indian counterpart": "his" modifies the actor, it is not one.
            if ref.mention.form == .pronoun, Self.possessives.contains(index.word(ref.first)) { return false }
            let kind = index.kind(ref.entity)
            if kind == .person { return true }
            guard (kind == .country && ref.mention.form != .adjective) || kind == .organization else { return false }
            return !personSpans.contains { $0 != ref.mention.span && $0.contains(ref.mention.span) }
        }
    }

    /// The group ending nearest before token `t`.
    func groupBefore(_ t: Int, _ s: Int, excluding: Set<Int>) -> [MentionRef] {
        let found = candidates(s, excluding: excluding).filter { $0.last < t }
        guard var i = found.indices.last else { return [] }
        var group = [found[i]]
        var earliest = found[i].first
        while i > 0, earliest - found[i - 1].last <= Self.groupGap, glued(found[i - 1].last, earliest) {
            i -= 1
            group.append(found[i])
            earliest = min(earliest, found[i].first)
        }
        return peopleFirst(group.reversed())
    }

    /// The group starting within `window` tokens after `t`, not across a comma or quote, except
    /// the comma of an appositive that names a counterpart ("met his counterpart, X").
    func groupAfter(_ t: Int, _ s: Int, excluding: Set<Int>, window: Int = 7) -> [MentionRef] {
        let found = candidates(s, excluding: excluding).filter { $0.first > t }
        guard let head = found.first else { return [] }
        let between = t + 1..<head.first
        let counterpart = between.first { index.word($0).hasPrefix("counterpart") && index.word($0 + 1) == "," }
        let allowedStop = counterpart.map { $0 + 1 }
        guard head.first - t <= window + (counterpart == nil ? 0 : 4),
              !between.contains(where: { $0 != allowedStop && Self.stops.contains(index.words[$0]) }) else { return [] }
        var group = [head]
        var latest = head.last
        for ref in found.dropFirst() {
            guard ref.first - latest <= Self.groupGap, glued(latest, ref.first) else { break }
            group.append(ref)
            latest = max(latest, ref.last)
        }
        return peopleFirst(group)
    }

    /// Whether only connectors and title words (or capitalized words: unrecognized titles)
    /// stand between tokens `a` and `b`.
    func glued(_ a: Int, _ b: Int) -> Bool {
        guard a + 1 < b else { return true }
        return (a + 1..<b).allSatisfy { EventLexicon.groupGlue.contains(index.words[$0]) || isCapitalized($0) }
    }

    func isCapitalized(_ t: Int) -> Bool {
        let utf8 = index.document.text.utf8
        let byte = utf8[utf8.index(utf8.startIndex, offsetBy: index.document.tokens[t].span.start)]
        return byte >= 0x41 && byte <= 0x5A
    }

    /// People when the group names any ("Kazakhstan's Foreign Minister X": X, not Kazakhstan).
    func peopleFirst(_ refs: [MentionRef]) -> [MentionRef] {
        let people = refs.filter { index.kind($0.entity) == .person }
        return unique(people.isEmpty ? refs : people)
    }

    func unique(_ refs: [MentionRef]) -> [MentionRef] {
        var seen = Set<Int>()
        return refs.filter { seen.insert($0.entity).inserted }
    }

    /// Whether token `t` is written with a capital inside its sentence ("Met Éireann"): a
    /// name, not a trigger.
    func capitalizedInside(_ t: Int, _ s: Int) -> Bool {
        t != index.document.sentences[s].firstToken && isCapitalized(t)
    }
}
