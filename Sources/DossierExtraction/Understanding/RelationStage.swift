import DossierModel

/// member_of, located_in, part_of, recognized, diplomatic_relations, resides_in.
///
/// Sentence rules over resolved mentions: a few trigger words (Set lookups on lower-cased
/// tokens) decide which rule looks at a sentence, and the entity kinds around the trigger
/// fill the slots. The gazetteer adds what the text takes for granted (a city's country, a
/// region's members). Ids continue after relations earlier stages added.
struct RelationStage {
    let gazetteer: Gazetteer

    func apply(to document: inout Document) {
        let index = EventRelationIndex(document)
        var builder = RelationBuilder(index: index, gazetteer: gazetteer,
                                      next: EventRelationIndex.nextNumber(document.relations.map(\.id), prefix: "r"))
        builder.existing = Set(document.relations.map { RelationKey(kind: $0.kind, subject: $0.subject, object: $0.object) })
        for s in document.sentences.indices where index.isBody[s] {
            builder.membership(s)
            builder.recognition(s)
            builder.diplomaticRelations(s)
            builder.residence(s)
        }
        builder.places()
        builder.bodies()
        document.relations += builder.relations
    }
}

/// Identity of a relation, to avoid stating one fact twice.
struct RelationKey: Hashable {
    let kind: String
    let subject: String
    let object: String?
}

/// Collects relations for one document.
struct RelationBuilder {
    let index: EventRelationIndex
    let gazetteer: Gazetteer
    var next: Int
    var relations: [Relation] = []
    var existing: Set<RelationKey> = []
    /// The last population seen (a nationality entity), for "the locals" in a later sentence.
    var lastPopulation: Int?

    init(index: EventRelationIndex, gazetteer: Gazetteer, next: Int) {
        self.index = index
        self.gazetteer = gazetteer
        self.next = next
    }

    /// Adds a relation unless the same kind, subject and object is already there.
    @discardableResult
    mutating func add(_ kind: String, _ subject: Int, _ object: Int?, _ attributes: [String: AttributeValue] = [:],
                      evidence: Span?) -> Bool {
        let key = RelationKey(kind: kind, subject: index.id(subject), object: object.map(index.id))
        guard key.subject != key.object else { return false }
        if existing.contains(key) {
            // Said twice (the count in one sentence, the place in another): keep both details.
            if let i = relations.firstIndex(where: { RelationKey(kind: $0.kind, subject: $0.subject, object: $0.object) == key }) {
                relations[i].attributes.merge(attributes) { old, _ in old }
            }
            return false
        }
        existing.insert(key)
        relations.append(Relation(id: "r\(next)", kind: kind, subject: key.subject, object: key.object,
                                  attributes: attributes, evidence: evidence))
        next += 1
        return true
    }

    func span(_ s: Int) -> Span { index.document.sentences[s].span }

    // MARK: member_of

    static let memberWords: Set<String> = ["member", "members", "membership", "member-state", "member-states"]
    static let joinWords: Set<String> = ["joined", "joins", "join", "joining", "admitted", "accession", "acceded"]
    /// Organizations that are bodies or events rather than clubs of states.
    /// (Not "Council": states are members of the Security Council.)
    static let bodyWords: Set<Substring> = ["Ministers", "Summit", "Secretariat"]

    /// Words allowed between the countries and "member(s)": "X and Y are both members", "X
    /// has been a founding member". Anything else ("NATO members", "a member of parliament
    /// X said") is not a statement of membership.
    static let copulaWords: Set<String> = ["is", "are", "was", "were", "became", "become", "becomes", "remain", "remains",
                                           "remained", "has", "have", "been", "both", "all", "a", "an", "the", "full",
                                           "founding", "permanent", "non-permanent", "also", "now", "still", "already",
                                           "long", "longtime", "original", "associate"]
    static let negations: Set<String> = ["not", "never", "no", "n't", "nor"]

    /// "X and Y are (both) members of A, B", "in several organizations, including A, B, ...,
    /// X and Y are both members", "X is a member of Y", "X joined Y".
    mutating func membership(_ s: Int) {
        let refs = index.mentions[s]
        let countries = refs.filter { index.kind($0.entity) == .country && $0.mention.form != .adjective }
        let organizations = refs.filter { index.kind($0.entity) == .organization && !isBody($0.entity) }
        guard !countries.isEmpty, !organizations.isEmpty else { return }
        if let m = index.first(s, Self.memberWords), let last = countries.last(where: { $0.last < m }) {
            let between = (last.last + 1)..<m
            guard between.count <= 5, between.allSatisfy({ Self.copulaWords.contains(index.words[$0]) }) else { return }
            // The countries: the group written together before the verb ("Pakistan and Kazakhstan").
            var members = [last]
            for ref in countries.reversed() where ref.last < members.last!.first {
                guard members.last!.first - ref.last <= 2 else { break }
                members.append(ref)
            }
            let orgs = index.word(m + 1) == "of" ? organizations.filter { $0.first > m }
                                                 : organizations.filter { $0.last < members.last!.first }
            addMemberships(members.map(\.entity), orgs.map(\.entity), s, date: nil)
        }
        if let t = index.first(s, Self.joinWords),
           let country = countries.last(where: { $0.last < t }), t - country.last <= 3,
           let org = organizations.first(where: { $0.first > t }), org.first - t <= 3 {
            let date = refs.first { index.kind($0.entity) == .date }?.entity
            addMemberships([country.entity], [org.entity], s, date: date)
        }
    }

    mutating func addMemberships(_ countries: [Int], _ organizations: [Int], _ s: Int, date: Int?) {
        for country in Set(countries).sorted() {
            for organization in Set(organizations).sorted() {
                var attributes: [String: AttributeValue] = [:]
                if let iso = index.entity(country).attributes["iso"]?.stringValue {
                    let known = gazetteer.organizations.lookup(index.entity(organization).name).first?.members
                    if let known, !known.isEmpty { attributes["gazetteer_confirms"] = .boolean(known.contains(iso)) }
                }
                if let date {
                    attributes["how"] = .string("joined")
                    attributes["since"] = .string(index.normalizedDate(date) ?? index.entity(date).name)
                    attributes["date"] = .string(index.id(date))
                } else if index.has(s, Self.joinWords) {
                    attributes["how"] = .string("joined")
                }
                add("member_of", country, organization, attributes, evidence: span(s))
            }
        }
    }

    func isBody(_ e: Int) -> Bool {
        let entity = index.entity(e)
        return entity.name.split(separator: " ").contains { Self.bodyWords.contains($0) }
    }

    // MARK: located_in, part_of

    /// Cities in their countries and mentioned countries in mentioned regions, from the
    /// gazetteer attributes; evidence is the first sentence naming both, else the city's first.
    mutating func places() {
        let entities = index.document.entities
        for (e, entity) in entities.enumerated() {
            switch entity.kind {
            case .city:
                guard let iso = entity.attributes["country"]?.stringValue else { continue }
                let country = index.countryByISO[iso]
                var attributes: [String: AttributeValue] = ["source": .string("gazetteer"), "country": .string(iso)]
                if country == nil {
                    // The country is not in the text: the fact is still useful, with the code only.
                    let key = RelationKey(kind: "located_in", subject: entity.id, object: nil)
                    guard !existing.contains(key) else { continue }
                    existing.insert(key)
                    relations.append(Relation(id: "r\(next)", kind: "located_in", subject: entity.id, object: nil,
                                              attributes: attributes, evidence: firstSentence(e).map(span)))
                    next += 1
                    continue
                }
                let shared = sharedSentence(e, country!)
                if shared != nil { attributes["cooccur"] = .boolean(true) }
                add("located_in", e, country, attributes, evidence: (shared ?? firstSentence(e)).map(span))
            case .region:
                guard case .list(let members)? = entity.attributes["members"] else { continue }
                for member in members {
                    guard let iso = member.stringValue, let country = index.countryByISO[iso] else { continue }
                    add("located_in", country, e, ["source": .string("gazetteer")],
                        evidence: (sharedSentence(country, e) ?? firstSentence(e)).map(span))
                }
            default: continue
            }
        }
    }

    /// Bodies of organizations (the "part_of" attribute), and bilateral bodies named after
    /// two countries ("Pakistan-Kazakhstan Inter-Governmental Commission").
    mutating func bodies() {
        let entities = index.document.entities
        for (e, entity) in entities.enumerated() where entity.kind == .organization {
            if let parent = entity.attributes["part_of"]?.stringValue,
               let p = entities.firstIndex(where: { $0.kind == .organization && ($0.name == parent || $0.aliases.contains(parent)) }) {
                add("part_of", e, p, [:], evidence: firstSentence(e).map(span))
            }
            let pair = bilateralPair(entity.name)
            guard pair.count == 2 else { continue }
            let ids = AttributeValue.list(pair.map { .string(index.id($0)) })
            for country in pair {
                add("bilateral_body_of", e, country, ["bilateral": ids], evidence: firstSentence(e).map(span))
            }
        }
    }

    /// The two countries of a name beginning "A-B " (or "A–B"), each a country or nationality
    /// known in the document.
    func bilateralPair(_ name: String) -> [Int] {
        guard let head = name.split(separator: " ").first else { return [] }
        let parts = head.split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2 else { return [] }
        let found = parts.compactMap { part -> Int? in
            let text = String(part)
            guard let e = index.document.entities.firstIndex(where: {
                ($0.kind == .country || $0.kind == .nationality) && ($0.name == text || $0.aliases.contains(text))
            }) else { return nil }
            return index.country(of: e)
        }
        return found.count == 2 && found[0] != found[1] ? found : []
    }

    func firstSentence(_ e: Int) -> Int? {
        index.entity(e).mentions.lazy.compactMap(\.sentence).first { index.isBody[$0] }
            ?? index.entity(e).mentions.lazy.compactMap(\.sentence).first
    }

    func sharedSentence(_ a: Int, _ b: Int) -> Int? {
        let other = Set(index.entity(b).mentions.compactMap(\.sentence))
        return index.entity(a).mentions.lazy.compactMap(\.sentence).first { other.contains($0) && index.isBody[$0] }
    }
}
