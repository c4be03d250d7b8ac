import DossierModel

/// One mention placed in the token stream: which entity, which mention, which tokens.
struct MentionRef {
    /// Index into ``Document/entities``.
    let entity: Int
    let mention: Mention
    /// First and last token of the mention (inclusive).
    let first: Int
    let last: Int
}

/// What the relation and event stages both need, computed once per document: lower-cased
/// token text, mentions grouped by sentence and ordered by position, countries by ISO code,
/// and the dateline's place and date. The stages then ask only Set and array questions.
struct EventRelationIndex {
    let document: Document
    /// Lower-cased token text (empty outside extractable sentences, which are never scanned).
    let words: [String]
    /// Mentions in each sentence, in text order.
    let mentions: [[MentionRef]]
    /// Whether a sentence is body text (not a heading, boilerplate or dateline).
    let isBody: [Bool]
    /// Country entity index by ISO code.
    let countryByISO: [String: Int]
    /// The dateline's place and date entities, if any.
    let datelinePlace: Int?
    let datelineDate: Int?

    init(_ document: Document) {
        self.document = document
        let sentences = document.sentences
        var isBody = [Bool](repeating: false, count: sentences.count)
        var words = [String](repeating: "", count: document.tokens.count)
        for (i, sentence) in sentences.enumerated() {
            let kind = sentence.paragraph < document.paragraphs.count ? document.paragraphs[sentence.paragraph].kind : .body
            isBody[i] = kind == .body
            guard isBody[i] else { continue }
            for t in sentence.tokenRange where t < words.count {
                words[t] = (document.text.slice(document.tokens[t].span) ?? "").lowercased()
            }
        }
        var bySentence = [[MentionRef]](repeating: [], count: sentences.count)
        var countryByISO: [String: Int] = [:]
        var datelinePlace: Int?, datelineDate: Int?
        let tokens = document.tokens
        for (e, entity) in document.entities.enumerated() {
            if entity.kind == .country, let iso = entity.attributes["iso"]?.stringValue, countryByISO[iso] == nil {
                countryByISO[iso] = e
            }
            for mention in entity.mentions {
                guard let s = mention.sentence, s < sentences.count else {
                    if entity.kind == .date, datelineDate == nil { datelineDate = e }
                    if entity.kind.isPlace, datelinePlace == nil { datelinePlace = e }
                    continue
                }
                let range = sentences[s].tokenRange
                let first = Self.token(at: mention.span.start, in: tokens, range)
                let last = max(first, Self.token(at: mention.span.end - 1, in: tokens, range))
                bySentence[s].append(MentionRef(entity: e, mention: mention, first: first, last: last))
            }
        }
        for s in bySentence.indices { bySentence[s].sort { $0.first < $1.first } }
        self.words = words
        self.mentions = bySentence
        self.isBody = isBody
        self.countryByISO = countryByISO
        // The segmenter keeps the dateline out of sentences; its place may also have been
        // recognised only as metadata, so fall back to a place entity carrying that name.
        if datelinePlace == nil, let name = document.metadata.place {
            datelinePlace = document.entities.firstIndex { $0.kind.isPlace && ($0.name == name || $0.aliases.contains(name)) }
        }
        self.datelinePlace = datelinePlace
        self.datelineDate = datelineDate
    }

    /// The token containing byte `offset`, by binary search inside `range`.
    private static func token(at offset: Int, in tokens: [Token], _ range: Range<Int>) -> Int {
        var low = range.lowerBound, high = min(range.upperBound, tokens.count) - 1
        guard low <= high else { return range.lowerBound }
        while low < high {
            let mid = (low + high + 1) / 2
            if tokens[mid].span.start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    func entity(_ index: Int) -> Entity { document.entities[index] }
    func kind(_ index: Int) -> EntityKind { document.entities[index].kind }
    func id(_ index: Int) -> String { document.entities[index].id }

    /// Whether any token of sentence `s` is in `set`.
    func has(_ s: Int, _ set: Set<String>) -> Bool {
        document.sentences[s].tokenRange.contains { set.contains(words[$0]) }
    }

    /// The first token of sentence `s` in `set`, if any.
    func first(_ s: Int, _ set: Set<String>) -> Int? {
        document.sentences[s].tokenRange.first { set.contains(words[$0]) }
    }

    /// The word at `t`, or "" outside the document.
    func word(_ t: Int) -> String { t >= 0 && t < words.count ? words[t] : "" }

    /// The country an entity stands for: itself, a nationality's or city's country.
    func country(of e: Int) -> Int? {
        let entity = document.entities[e]
        switch entity.kind {
        case .country: return e
        case .nationality, .city: return entity.attributes["country"]?.stringValue.flatMap { countryByISO[$0] }
        default: return nil
        }
    }

    /// Countries most mentioned in sentences before `s` (within `window`), best first, for
    /// phrases like "the two nations" when coreference did not link them.
    func mostDiscussedCountries(before s: Int, window: Int = 6) -> [Int] {
        var counts: [Int: Int] = [:]
        for p in max(0, s - window)...s where isBody[p] {
            for ref in mentions[p] { if let c = country(of: ref.entity), c == ref.entity || kind(ref.entity) == .nationality { counts[c, default: 0] += 1 } }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The normalized value of a date entity.
    func normalizedDate(_ e: Int) -> String? { entity(e).attributes["normalized"]?.stringValue }

    /// The next free number after ids like "r3" with `prefix`.
    static func nextNumber(_ ids: [String], prefix: Character) -> Int {
        var high = 0
        for id in ids where id.first == prefix { if let n = Int(id.dropFirst()) { high = max(high, n) } }
        return high + 1
    }
}
