import DossierModel

/// The rules of ``CoreferenceStage``, over token indices: descriptions first (they become
/// antecedents), then pronouns in text order (each resolved pronoun becomes an antecedent
/// for the next one, so "He ... he ..." chains).
struct CoreferenceResolver {
    let text: UnderstandingText
    let roles: [RoleMention]
    let gazetteer: Gazetteer

    /// Something a pronoun can point back to: a named person, country or organization, a
    /// resolved description or pronoun, or a group ("the two Ministers", "X and Y").
    struct Referent {
        var token: Int
        /// Where its phrase starts ("Chile’s Foreign Minister Ana Rojas"), to
        /// decide whether it follows a preposition.
        var start: Int
        var entities: [Int]
        var isPerson: Bool
        var text: String
    }

    private enum Gender { case male, female, unknown }

    private var bySentence: [[Referent]]
    private var links: [CoreferenceLink] = []

    init(text: UnderstandingText, roles: [RoleMention], gazetteer: Gazetteer) {
        self.text = text
        self.roles = roles
        self.gazetteer = gazetteer
        bySentence = Array(repeating: [], count: text.document.sentences.count)
    }

    /// All links, descriptions and pronouns.
    mutating func resolve() -> [CoreferenceLink] {
        collectNames()
        describe()
        countryGroups()
        for s in bySentence.indices { bySentence[s].sort { $0.token < $1.token } }
        pronouns()
        return links
    }

    // MARK: antecedents

    /// Named persons, countries and organizations, and coordinated pairs ("Pakistan and
    /// Kazakhstan") as groups.
    private mutating func collectNames() {
        // Where a name's title phrase starts, so "with Foreign Minister X" reads as after "with".
        var phraseStart: [Int: Int] = [:]
        for m in roles {
            guard let h = m.holder else { continue }
            var t = m.phrase.upperBound
            if t < text.count, text.texts[t] == "," { t += 1 }
            if text.entity(at: t) == h { phraseStart[t] = min(phraseStart[t] ?? m.phrase.lowerBound, m.phrase.lowerBound) }
        }
        var t = 0
        while t < text.count {
            guard let e = text.entity(at: t), let s = sentence(t) else { t += 1; continue }
            let end = text.mentionEnd(t)
            let kind = text.document.entities[e].kind
            if kind == .person || kind == .country || kind == .organization {
                bySentence[s].append(Referent(token: t, start: phraseStart[t] ?? t, entities: [e],
                                              isPerson: kind == .person, text: text.document.entities[e].name))
                if end + 1 < text.count, text.isWord(end, ["and"]), let other = text.entity(at: end + 1), other != e,
                   text.document.entities[other].kind == kind, sentence(end + 1) == s {
                    bySentence[s].append(Referent(token: t, start: phraseStart[t] ?? t, entities: [e, other],
                                                  isPerson: kind == .person, text: "coordinated pair"))
                }
            }
            t = end
        }
    }

    /// Titles not attached to a name: "the foreign minister of Chile", "the two envoys".
    private mutating func describe() {
        var holders: [(person: Int, role: String, country: String?)] = []
        for m in roles { if let h = m.holder { holders.append((h, m.title.role, m.country)) } }
        for m in roles where m.holder == nil && (m.definite || m.count != nil) {
            let matching = Set(holders.filter { h in
                Self.roleMatches(held: h.role, described: m.title.role) && (m.country == nil || h.country == m.country)
            }.map(\.person)).sorted()
            let of = m.country.map { " of \($0)" } ?? ""
            if m.title.plural || m.count != nil {
                guard matching.count >= 2, m.count == nil || m.count == matching.count else { continue }
                add(m.phrase, matching, .description, "description: group of \(matching.count), the people with role \(m.title.role)\(of)")
            } else if matching.count == 1 {
                add(m.phrase, matching, .description, "description: the only person with role \(m.title.role)\(of)")
            }
        }
    }

    /// "the two nations": the two countries most mentioned before it.
    private mutating func countryGroups() {
        for t in 0..<max(0, text.count - 2) where text.isWord(t, ["the"]) && text.isWord(t + 1, ["two", "both"])
            && text.isWord(t + 2, ["nations", "countries", "states"]) {
            var counts: [Int: Int] = [:]
            for (e, entity) in text.document.entities.enumerated() where entity.kind == .country {
                let start = text.document.tokens[t].span.start
                counts[e] = entity.mentions.reduce(0) { $0 + ($1.form == .name && $1.span.start < start ? 1 : 0) }
            }
            let ranked = counts.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            // A tie for second place leaves the pair unknown.
            guard ranked.count >= 2, ranked.count == 2 || ranked[1].value > ranked[2].value else { continue }
            add(t..<(t + 3), [ranked[0].key, ranked[1].key].sorted(), .description,
                "description: group of 2, the two countries most mentioned so far", isPerson: false)
        }
    }

    // MARK: pronouns

    private mutating func pronouns() {
        var genders: [Int: Gender] = [:]
        var quoted = false, paragraph = -1
        for (s, sentence) in text.document.sentences.enumerated() where !text.skipped[s] {
            if sentence.paragraph != paragraph { quoted = false; paragraph = sentence.paragraph }
            for t in sentence.tokenRange where t < text.count {
                // Inside a quotation "he" is rarely the speaker and the antecedent is often
                // outside the article: quoted pronouns stay unlinked.
                if let q = Self.quote(text.texts[t]) { quoted = q ?? !quoted; continue }
                guard !quoted, let first = text.texts[t].utf8.first, text.texts[t].utf8.count <= 10,
                      "hHsStTiI".utf8.contains(first) else { continue }
                if text.isWord(t, ["he", "him", "his", "himself"]) {
                    personal(t, s, .male, &genders)
                } else if text.isWord(t, ["she", "her", "hers", "herself"]) {
                    personal(t, s, .female, &genders)
                } else if text.isWord(t, ["they", "them", "their", "theirs", "themselves"]) {
                    plural(t, s)
                } else if text.isWord(t, ["its", "itself"]) {
                    neuter(t, s)
                }
            }
        }
    }

    private mutating func personal(_ t: Int, _ s: Int, _ gender: Gender, _ genders: inout [Int: Gender]) {
        func compatible(_ r: Referent) -> Bool {
            guard r.isPerson, r.entities.count == 1 else { return false }
            let g = genders[r.entities[0]] ?? self.gender(of: r.entities[0])
            genders[r.entities[0]] = g
            return g == .unknown || g == gender
        }
        let word = gender == .male ? "male" : "female"
        var found: (Int, String)?
        if let subject = subject(s, before: t), compatible(subject) {
            found = (subject.entities[0], "pronoun: \(word) person in subject position of the same sentence")
        } else {
            // The nearest earlier sentence that mentions people decides; no guessing past it.
            var p = s - 1
            while p >= 0, s - p <= 3, !bySentence[p].contains(where: \.isPerson) { p -= 1 }
            if p >= 0, s - p <= 3 {
                if let subject = subject(p, before: Int.max), compatible(subject) {
                    found = (subject.entities[0], "pronoun: nearest preceding \(word) person in subject position")
                } else {
                    let people = Set(bySentence[p].filter(compatible).map { $0.entities[0] })
                    if people.count == 1, let only = people.first {
                        found = (only, "pronoun: the only \(word) person of the previous sentence")
                    }
                }
            }
        }
        guard let (entity, how) = found else { return }
        add(t..<(t + 1), [entity], .pronoun, how)
        // "his country": the country of that person.
        if text.isWord(t, ["his", "her"]), text.isWord(t + 1, ["country", "nation"]),
           let code = text.document.entities[entity].attributes["nationality"]?.stringValue ?? nationality(of: entity),
           let country = text.countryEntity(code: code) {
            add(t..<(t + 2), [country], .description, "description: country of \(text.document.entities[entity].name)", isPerson: false)
        }
    }

    private mutating func plural(_ t: Int, _ s: Int) {
        if let group = bySentence[s].last(where: { $0.token < t && $0.entities.count >= 2 }) {
            add(t..<(t + 1), group.entities, .pronoun, "pronoun: group of \(group.entities.count) earlier in the sentence (\(group.text))",
                isPerson: group.isPerson, label: group.text)
            return
        }
        guard s >= 1 else { return }
        if let subject = subject(s - 1, before: Int.max), subject.entities.count >= 2 {
            add(t..<(t + 1), subject.entities, .pronoun, "pronoun: group of \(subject.entities.count) in subject position of the previous sentence (\(subject.text))",
                isPerson: subject.isPerson, label: subject.text)
            return
        }
        let people = Set(bySentence[s - 1].filter { $0.isPerson && $0.entities.count == 1 }.map { $0.entities[0] })
        if people.count == 2 {
            add(t..<(t + 1), people.sorted(), .pronoun, "pronoun: group of 2, the two people of the previous sentence")
        }
    }

    private mutating func neuter(_ t: Int, _ s: Int) {
        for p in [s, s - 1] where p >= 0 {
            if let r = bySentence[p].last(where: { !$0.isPerson && $0.entities.count == 1 && (p < s || $0.token < t) }) {
                add(t..<(t + 1), r.entities, .pronoun, "pronoun: nearest preceding organization or country")
                return
            }
        }
    }

    // MARK: helpers

    /// For a quotation mark: true opens, false closes, nil toggles (straight quotes); nil
    /// outside for any other token.
    static func quote(_ token: Substring) -> Bool?? {
        switch token {
        case "“", "«": return .some(true)
        case "”", "»": return .some(false)
        case "\"": return .some(nil)
        default: return nil
        }
    }

    /// The first person or group in the sentence (before `limit`) not governed by a preposition.
    private func subject(_ s: Int, before limit: Int) -> Referent? {
        for r in bySentence[s] where r.token < limit && r.isPerson {
            if !text.isWord(r.start - 1, Self.prepositions) { return r }
        }
        return nil
    }

    static let prepositions: [StaticString] = ["with", "to", "by", "of", "for", "from", "about", "on", "at", "in",
                                               "between", "among", "and", "than", "as", "toward", "towards", "against"]

    private func gender(of e: Int) -> Gender {
        for mention in text.document.entities[e].mentions where mention.form == .name {
            let t = UnderstandingText.tokens(of: mention.span, in: text.document.tokens).lowerBound
            let h = text.isWord(t - 1, ["."]) ? t - 2 : t - 1
            if text.isWord(h, ["mr", "mr."]) { return .male }
            if text.isWord(h, ["mrs", "mrs.", "ms", "ms.", "miss"]) { return .female }
        }
        guard let first = text.document.entities[e].name.split(separator: " ").first,
              let record = gazetteer.firstNames.lookup(String(first)) else { return .unknown }
        return record.sex == "M" ? .male : record.sex == "F" ? .female : .unknown
    }

    private func nationality(of person: Int) -> String? {
        roles.first { $0.holder == person && $0.country != nil }?.country
    }

    /// A one-word description ("the two Ministers") fits any office of that kind; a longer
    /// one must be the office itself.
    static func roleMatches(held: String, described: String) -> Bool {
        if held == described { return true }
        return !described.contains(" ") && held.hasSuffix(" " + described)
    }

    private func sentence(_ t: Int) -> Int? {
        let s = Int(text.sentenceOf[t])
        return s >= 0 && !text.skipped[s] ? s : nil
    }

    private mutating func add(_ tokens: Range<Int>, _ entities: [Int], _ form: Mention.Form, _ how: String,
                              isPerson: Bool = true, label: String? = nil) {
        guard let s = sentence(tokens.lowerBound) else { return }
        for e in entities {
            links.append(CoreferenceLink(tokens: tokens, sentence: s, entity: e, form: form, resolution: how))
        }
        // A group keeps the words that introduced it ("The two Ministers"), for later resolutions.
        let name = label ?? (entities.count == 1 ? text.document.entities[entities[0]].name : text.document.text(of: text.span(tokens)))
        bySentence[s].append(Referent(token: tokens.lowerBound, start: tokens.lowerBound, entities: entities,
                                      isPerson: isPerson, text: name))
        // Pronouns are added in text order, after all earlier referents: keep the list sorted.
        var i = bySentence[s].count - 1
        while i > 0, bySentence[s][i - 1].token > bySentence[s][i].token { bySentence[s].swapAt(i - 1, i); i -= 1 }
    }
}
