import DossierModel

/// Sentence-level facts: recognition, diplomatic relations, where a population lives.
extension RelationBuilder {
    static let recognizeWords: Set<String> = ["recognize", "recognized", "recognise", "recognised", "recognizes",
                                              "recognises", "recognizing", "recognising", "recognition"]
    static let establishWords: Set<String> = ["established", "establish", "establishes", "establishing", "commenced",
                                              "commence", "began", "begun", "launched", "opened", "forged", "set",
                                              "restored", "resumed", "normalized", "normalised", "establishment"]
    static let relationWords: Set<String> = ["relations", "ties"]
    static let pairWords: Set<String> = ["two", "both"]
    static let nationWords: Set<String> = ["nations", "countries", "states", "sides", "governments"]
    static let populationWords: Set<String> = ["population", "citizens", "nationals", "diaspora", "community",
                                               "expatriates", "migrants", "immigrants", "residents", "locals",
                                               "workers", "students", "refugees"]
    static let resideWords: Set<String> = ["reside", "resides", "resided", "residing", "live", "lives", "living",
                                           "lived", "settled"]
    static let inWords: Set<String> = ["in", "at", "across", "throughout", "within"]
    static let settlementWords: Set<String> = ["cities", "city", "towns", "provinces", "regions"]
    static let majorityWords: Set<String> = ["majority", "most"]

    /// Countries mentioned in sentence `s` (by name or by a coreference description), in order.
    func countries(in s: Int, from: Int = 0, to: Int = Int.max) -> [(ref: MentionRef, country: Int)] {
        index.mentions[s].compactMap { ref in
            guard ref.first >= from, ref.first < to, index.kind(ref.entity) == .country,
                  ref.mention.form != .adjective else { return nil }
            return (ref, ref.entity)
        }
    }

    /// The date mentioned in sentence `s`, with its attributes for a relation.
    func dateAttributes(_ s: Int) -> [String: AttributeValue] {
        guard let ref = index.mentions[s].first(where: { index.kind($0.entity) == .date }) else { return [:] }
        return ["date": .string(index.normalizedDate(ref.entity) ?? ref.mention.text), "date_entity": .string(index.id(ref.entity))]
    }

    /// "A was among the earliest to recognize B's independence, in 1991".
    mutating func recognition(_ s: Int) {
        guard let t = index.first(s, Self.recognizeWords) else { return }
        let before = countries(in: s, to: t), after = countries(in: s, from: t + 1)
        guard let subject = before.last?.country, let object = after.first?.country, subject != object else { return }
        var attributes = dateAttributes(s)
        let range = index.document.sentences[s].tokenRange
        if range.contains(where: { index.words[$0] == "independence" }) { attributes["object"] = .string("independence") }
        if range.contains(where: { index.words[$0] == "first" && $0 < t }) { attributes["among_first"] = .boolean(true) }
        add("recognized", subject, object, attributes, evidence: span(s))
    }

    /// "Chile and Ghana established diplomatic relations in 1965."
    mutating func diplomaticRelations(_ s: Int) {
        let range = index.document.sentences[s].tokenRange
        guard range.contains(where: { Self.relationWords.contains(index.words[$0]) && index.word($0 - 1) == "diplomatic" }),
              index.has(s, Self.establishWords) else { return }
        var pair = countries(in: s).map(\.country).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var how = countries(in: s).contains { $0.ref.mention.form == .description } ? "coreference" : "named"
        if pair.count < 2, range.contains(where: { Self.pairWords.contains(index.words[$0]) && Self.nationWords.contains(index.word($0 + 1)) }) {
            pair = index.mostDiscussedCountries(before: s)
            how = "the two nations: most discussed countries"
        }
        guard pair.count >= 2 else { return }
        var attributes = dateAttributes(s)
        attributes["status"] = .string("established")
        attributes["parties_from"] = .string(how)
        add("diplomatic_relations", pair[0], pair[1], attributes, evidence: span(s))
    }

    /// "About 800 Filipino nurses work in Norwegian hospitals", "the Filipino community in
    /// Norway", "most of them live in Oslo".
    mutating func residence(_ s: Int) {
        let range = index.document.sentences[s].tokenRange
        let resides = index.has(s, Self.resideWords)
        guard resides || index.has(s, Self.populationWords) else { return }
        let refs = index.mentions[s]
        // The population: a nationality right before a population word.
        var subject: Int?, subjectRef: MentionRef?
        for ref in refs where index.kind(ref.entity) == .nationality {
            if Self.populationWords.contains(index.word(ref.last + 1)) { subject = ref.entity; subjectRef = ref; break }
        }
        if subject == nil, resides || range.contains(where: { index.words[$0] == "locals" }) { subject = lastPopulation }
        guard let population = subject else { return }
        var places: [Int] = []
        for ref in refs where ref.first != subjectRef?.first {
            let kind = index.kind(ref.entity)
            if kind == .city || kind == .country || kind == .location || kind == .region, ref.mention.form != .adjective {
                if Self.inWords.contains(index.word(ref.first - 1)) || resides { places.append(ref.entity) }
            } else if kind == .nationality, Self.settlementWords.contains(index.word(ref.last + 1)), let c = index.country(of: ref.entity) {
                places.append(c)
            }
        }
        guard !places.isEmpty else { return }
        var attributes: [String: AttributeValue] = [:]
        if let quantity = refs.first(where: { index.kind($0.entity) == .quantity && index.entity($0.entity).attributes["counted"] != nil }) {
            let value = index.entity(quantity.entity).attributes["value"]
            if let number = value?.numberValue { attributes["count"] = .integer(Int(number)) }
            attributes["quantity"] = .string(index.id(quantity.entity))
        }
        if range.contains(where: { Self.majorityWords.contains(index.words[$0]) }) { attributes["share"] = .string("majority") }
        if let w = range.first(where: { Self.populationWords.contains(index.words[$0]) }) { attributes["group"] = .string(index.words[w]) }
        for place in places where place != population {
            add("resides_in", population, place, attributes, evidence: span(s))
        }
        lastPopulation = population
    }
}
