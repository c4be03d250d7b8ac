import DossierModel

/// One title in context: whose it is (if the text says), of which country or organization,
/// and the tokens of the whole phrase ("Kazakhstan’s Foreign Minister", "the two Ministers").
struct RoleMention {
    /// The title itself.
    var title: TitlePhrase
    /// Tokens of the phrase: qualifiers and determiner included.
    var phrase: Range<Int>
    /// Sentence index.
    var sentence: Int
    /// The person entity holding it, when the phrase is attached to a name.
    var holder: Int?
    /// The country or organization entity it belongs to ("of Pakistan", "UN").
    var qualifier: Int?
    /// The ISO code of the country it belongs to, when known (also from a demonym).
    var country: String?
    /// Where an ambassador or envoy is posted ("to Kazakhstan"): entity and ISO code.
    var destination: Int?
    var destinationCode: String?
    /// Whether the phrase starts with "the" (a definite description when unattached).
    var definite = false
    /// "two" in "the two Ministers".
    var count: Int?
}

/// Finds titles and attaches them to people and to countries or organizations. Pure: it
/// reads the document and returns what it found, so both the role and coreference stages use
/// it (coreference runs first in the pipeline but needs roles for "the foreign minister").
struct RoleFinder {
    let gazetteer: Gazetteer
    let text: UnderstandingText
    /// The article's title phrases when already scanned (they depend on tokens only, and the
    /// scan is the costliest part of this stage).
    var titles: [TitlePhrase]? = nil

    /// Every title mention of the body text, attached where the text allows.
    func mentions() -> [RoleMention] {
        var result: [RoleMention] = []
        for title in titles ?? text.titlePhrases(gazetteer) where title.kind != "honorific" && title.kind != "modifier" {
            // Titles inside a name ("the NATO Military Committee") are not offices.
            // ("Foreign Affairs" tagged as a name inside "Minister of Foreign Affairs" is not.)
            if text.entity(at: title.range.upperBound - 1) != nil,
               text.mentionStart(title.range.upperBound - 1) < title.range.lowerBound { continue }
            guard let s = Int(exactly: text.sentenceOf[title.range.lowerBound]), s >= 0 else { continue }
            result.append(qualified(title, sentence: s))
        }
        chainAndAttach(&result)
        return result
    }

    /// Reads the qualifiers around one title: a possessive or adjective before, "of X" / "to
    /// X" after, a determiner and a count.
    private func qualified(_ title: TitlePhrase, sentence: Int) -> RoleMention {
        var m = RoleMention(title: title, phrase: title.range, sentence: sentence)
        let first = title.range.lowerBound
        let tokens = text.document.tokens
        if let e = text.entity(at: first), isQualifier(e) {
            // The title's own first word names the body: "UN Secretary-General".
            setQualifier(&m, e)
        } else if first >= 2, tokens[first - 1].kind == .possessive, let e = text.entity(at: first - 2), isQualifier(e) {
            setQualifier(&m, e)
            m.phrase = text.mentionStart(first - 2)..<m.phrase.upperBound
        } else if let e = text.entity(at: first - 1), isQualifier(e) {
            setQualifier(&m, e)
            m.phrase = text.mentionStart(first - 1)..<m.phrase.upperBound
        } else if first >= 1, sameSentence(first - 1, first), let code = demonymCode(first - 1) {
            m.country = code
            m.qualifier = text.countryEntity(code: code)
            m.phrase = (first - 1)..<m.phrase.upperBound
        }
        var start = m.phrase.lowerBound
        if start >= 1, let n = countWord(start - 1) { m.count = n; start -= 1 }
        if start >= 1, text.isWord(start - 1, ["the"]) { m.definite = true; start -= 1 }
        m.phrase = start..<m.phrase.upperBound
        // Up to two post-modifiers: "Ambassador of China to Kazakhstan".
        var end = m.phrase.upperBound
        for _ in 0..<2 {
            guard text.isWord(end, ["of", "to", "in"]) else { break }
            var f = end + 1
            if text.isWord(f, ["the"]) { f += 1 }
            guard sameSentence(end, f), let e = text.entity(at: f), isQualifier(e), text.mentionStart(f) == f else { break }
            if text.isWord(end, ["of"]), m.qualifier == nil {
                setQualifier(&m, e)
            } else if m.destination == nil, !text.isWord(end, ["of"]) {
                m.destination = e
                m.destinationCode = text.countryCode(ofEntity: e)
            } else { break }
            end = text.mentionEnd(f)
        }
        m.phrase = m.phrase.lowerBound..<end
        return m
    }

    /// Joins coordinated titles ("Vice President and Ghana’s Finance Minister"),
    /// shares the country stated in the chain, and finds the holder's name after, or before
    /// (appositive), the phrase.
    private func chainAndAttach(_ mentions: inout [RoleMention]) {
        var i = 0
        while i < mentions.count {
            var j = i
            // A coordinated title has no determiner of its own: "the X and the Y" are two people.
            while j + 1 < mentions.count, mentions[j + 1].sentence == mentions[i].sentence, !mentions[j + 1].definite,
                  mentions[j + 1].count == nil, isCoordination(mentions[j].phrase.upperBound, mentions[j + 1].phrase.lowerBound) {
                j += 1
            }
            shareQualifier(&mentions, i...j)
            let start = mentions[i].phrase.lowerBound, end = mentions[j].phrase.upperBound
            let holder = holderAfter(end, definite: mentions[i].definite) ?? holderBefore(start)
            if mentions[i].count == nil, !mentions[i].title.plural, let holder {
                for k in i...j { mentions[k].holder = holder }
            }
            i = j + 1
        }
    }

    private func shareQualifier(_ mentions: inout [RoleMention], _ chain: ClosedRange<Int>) {
        guard chain.count > 1 else { return }
        let snapshot = mentions
        for k in chain where mentions[k].qualifier == nil && mentions[k].country == nil {
            // The nearest stated country, preferring the one after: "Deputy Prime Minister and
            // Kazakhstan’s Foreign Minister".
            let stated = { (n: Int) in snapshot[n].qualifier != nil || snapshot[n].country != nil }
            let donor = (k...chain.upperBound).first(where: stated) ?? (chain.lowerBound..<k).reversed().first(where: stated)
            if let donor {
                mentions[k].qualifier = mentions[donor].qualifier
                mentions[k].country = mentions[donor].country
            }
        }
    }

    /// The person named right after the phrase, or after a comma: "Foreign Minister of
    /// Pakistan, Bilawal Bhutto Zardari".
    private func holderAfter(_ end: Int, definite: Bool) -> Int? {
        if let e = person(at: end), text.mentionStart(end) == end, sameSentence(end - 1, end) { return e }
        if end < text.count, text.texts[end] == ",", let e = person(at: end + 1), text.mentionStart(end + 1) == end + 1,
           sameSentence(end, end + 1) { return e }
        return nil
    }

    /// The person named right before a comma and the phrase: "Bilawal Bhutto Zardari,
    /// Pakistan's foreign minister".
    private func holderBefore(_ start: Int) -> Int? {
        guard start >= 2, text.texts[start - 1] == ",", sameSentence(start - 2, start) else { return nil }
        return person(at: start - 2)
    }

    private func person(at t: Int) -> Int? {
        guard let e = text.entity(at: t), text.document.entities[e].kind == .person else { return nil }
        return e
    }

    private func isCoordination(_ end: Int, _ start: Int) -> Bool {
        if start == end + 1 { return text.isWord(end, ["and", "&"]) || text.texts[end] == "," }
        return start == end + 2 && text.texts[end] == "," && text.isWord(end + 1, ["and"])
    }

    private func isQualifier(_ e: Int) -> Bool {
        let kind = text.document.entities[e].kind
        return kind == .country || kind == .organization || kind == .nationality
    }

    private func setQualifier(_ m: inout RoleMention, _ e: Int) {
        m.country = text.countryCode(ofEntity: e)
        // A nationality qualifies through its country: the relation's object is a country.
        m.qualifier = text.document.entities[e].kind == .nationality ? m.country.flatMap(text.countryEntity(code:)) : e
    }

    /// The country of a capitalized demonym the recognizer left without an entity.
    private func demonymCode(_ t: Int) -> String? {
        guard let first = text.texts[t].utf8.first, first >= 0x41 && first <= 0x5A else { return nil }
        let codes = gazetteer.demonyms.countryCodes(for: String(text.texts[t]))
        return codes.count == 1 ? codes[0] : nil
    }

    private func countWord(_ t: Int) -> Int? {
        if text.isWord(t, ["two", "both"]) { return 2 }
        if text.isWord(t, ["three"]) { return 3 }
        if text.isWord(t, ["four"]) { return 4 }
        return nil
    }

    private func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < text.count && b < text.count && text.sentenceOf[a] == text.sentenceOf[b]
    }
}
