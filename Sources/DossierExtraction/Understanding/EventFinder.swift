import DossierModel

/// Finds draft events sentence by sentence.
struct EventFinder {
    let index: EventRelationIndex
    /// Person entity index to the country it acts for.
    let affiliation: [Int: Int]
    var drafts: [DraftEvent] = []
    /// The last person named, for a sentence that opens with "He" when coreference left the
    /// pronoun unlinked.
    var lastPerson: Int?
    /// The organization of the last gathering told, for "the sidelines of the summit".
    var lastGathering: Int?

    /// Lower-cased parts of person names ("xi", "jinping") that point to one person only:
    /// for a short form the recognizer did not link.
    let nameParts: [String: Int]

    init(index: EventRelationIndex, affiliation: [Int: Int]) {
        self.index = index
        self.affiliation = affiliation
        var parts: [String: Int] = [:], ambiguous = Set<String>()
        for (e, entity) in index.document.entities.enumerated() where entity.kind == .person {
            for part in entity.name.split(separator: " ") where part.count >= 2 {
                let key = part.lowercased()
                if let other = parts[key], other != e { ambiguous.insert(key) } else { parts[key] = e }
            }
        }
        for key in ambiguous { parts[key] = nil }
        nameParts = parts
    }

    /// A capitalized token before `t` in sentence `s` that is part of exactly one person's name.
    func namedByPart(_ s: Int, before t: Int) -> Int? {
        let start = index.document.sentences[s].firstToken
        for i in stride(from: t - 1, through: start, by: -1) {
            guard let e = nameParts[index.words[i]] else { continue }
            let first = index.document.text.utf8[index.document.text.utf8.index(index.document.text.utf8.startIndex,
                                                                                    offsetBy: index.document.tokens[i].span.start)]
            if first >= 0x41 && first <= 0x5A { return e }
        }
        return nil
    }

    /// The country each person acts for: holds_role relations first, then a country written
    /// right before or after the name ("Kazakhstan's Foreign Minister X", "Foreign Minister of
    /// Pakistan, X", "X, Pakistan's foreign minister").
    static func affiliations(_ index: EventRelationIndex) -> [Int: Int] {
        var result: [Int: Int] = [:]
        let byID = Dictionary(index.document.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for relation in index.document.relations where relation.kind == "holds_role" {
            guard let person = byID[relation.subject], result[person] == nil else { continue }
            if let object = relation.object.flatMap({ byID[$0] }), let country = index.country(of: object),
               index.kind(object) == .country || index.kind(object) == .nationality {
                result[person] = country
            } else if let iso = relation.attributes["country"]?.stringValue, let country = index.countryByISO[iso] {
                result[person] = country
            }
        }
        for (e, entity) in index.document.entities.enumerated() where entity.kind == .person && result[e] == nil {
            if let iso = entity.attributes["nationality"]?.stringValue, let country = index.countryByISO[iso] { result[e] = country }
        }
        for refs in index.mentions {
            for (i, ref) in refs.enumerated() where index.kind(ref.entity) == .person && ref.mention.form == .name {
                guard result[ref.entity] == nil else { continue }
                if i > 0, let c = index.country(of: refs[i - 1].entity), index.kind(refs[i - 1].entity) != .city,
                   ref.first - refs[i - 1].last <= 5 {
                    result[ref.entity] = c
                } else if i + 1 < refs.count, let c = index.country(of: refs[i + 1].entity), index.kind(refs[i + 1].entity) != .city,
                          refs[i + 1].first - ref.last <= 3, index.word(ref.last + 1) == "," {
                    result[ref.entity] = c
                }
            }
        }
        return result
    }

    mutating func scan(_ s: Int) {
        let sentence = index.document.sentences[s]
        let refs = index.mentions[s]
        var consumed = Set<Int>()
        var gatheringOrgs: [Int] = []
        // Gatherings first: "the NATO defence ministers' meeting", "the BRICS summit".
        for ref in refs where index.kind(ref.entity) == .organization || index.kind(ref.entity) == .event {
            let after = ref.last + 1
            let followed = after < sentence.tokenRange.upperBound && EventLexicon.gatherings.contains(index.word(after))
            let named = index.entity(ref.entity).name.split(separator: " ").last.map { EventLexicon.gatheringNames.contains($0) } ?? false
            guard followed || (named && EventLexicon.occasionMarkers.contains(index.word(ref.first - 1)) || named && index.kind(ref.entity) == .event)
            else { continue }
            if followed { consumed.insert(after) }
            if !gatheringOrgs.contains(ref.entity) { gatheringOrgs.append(ref.entity) }
            var draft = DraftEvent(kind: "conference", trigger: nil, sentences: [s])
            draft.gathering = ref.entity
            draft.participants = [(ref.entity, "convener")]
            draft.attributes["trigger"] = .string(followed ? index.document.text(of: index.document.tokens[after].span) : ref.mention.text)
            if index.has(s, EventLexicon.attendWords) {
                for actor in peopleFirst(candidates(s, excluding: Set(gatheringOrgs))) { draft.participants.append((actor.entity, "attendee")) }
            }
            placeAndDate(&draft, s)
            drafts.append(draft)
        }
        // Then verbs and nouns, one event per kind and sentence.
        var found: [EventTrigger: Int] = [:]
        for t in sentence.tokenRange where !consumed.contains(t) {
            guard let trigger = EventLexicon.triggers[index.words[t]], found[trigger] == nil, !capitalizedInside(t, s) else { continue }
            if accept(trigger, at: t, s) { found[trigger] = t }
        }
        // A visit or hosting sentence speaks of its talks as part of the visit.
        if found[.visit] != nil || found[.hosting] != nil { found[.meeting] = nil }
        for (trigger, t) in found.sorted(by: { $0.value < $1.value }) {
            if var draft = build(trigger, at: t, s, excluding: Set(gatheringOrgs)) {
                // "on the sidelines of the summit" names a gathering told earlier.
                if trigger == .meeting, let occasion = gatheringOrgs.first ?? lastGathering, occasionMarked(s) { draft.occasion = occasion }
                drafts.append(draft)
            }
        }
        if let draft = establishment(s) { drafts.append(draft) }
        if let last = gatheringOrgs.last { lastGathering = last }
        if let person = refs.last(where: { index.kind($0.entity) == .person })?.entity { lastPerson = person }
    }

    /// "The two states opened diplomatic ties in 1974": the countries named,
    /// else (for "the two nations") the two most discussed so far.
    func establishment(_ s: Int) -> DraftEvent? {
        let range = index.document.sentences[s].tokenRange
        guard let r = range.first(where: { RelationBuilder.relationWords.contains(index.words[$0]) && index.word($0 - 1) == "diplomatic" }),
              let t = range.first(where: { RelationBuilder.establishWords.contains(index.words[$0]) }) else { return nil }
        var parties = unique(index.mentions[s].filter { index.kind($0.entity) == .country && $0.mention.form != .adjective }).map(\.entity)
        if parties.count < 2 { parties = Array(index.mostDiscussedCountries(before: s).prefix(2)) }
        guard parties.count >= 2 else { return nil }
        var draft = DraftEvent(kind: EventTrigger.establishment.kind, trigger: .establishment, sentences: [s])
        draft.participants = parties.prefix(2).map { ($0, "party") }
        draft.attributes["trigger"] = .string(index.document.text(of: Span(start: index.document.tokens[min(t, r)].span.start,
                                                                                end: index.document.tokens[max(t, r)].span.end)))
        placeAndDate(&draft, s, historical: true)
        return draft
    }

    /// Filters triggers that need company: "signed" an instrument, "phone" call, "the meeting"
    /// pointing back, "recognize" a country.
    func accept(_ trigger: EventTrigger, at t: Int, _ s: Int) -> Bool {
        switch trigger {
        case .agreement: return index.has(s, EventLexicon.instruments)
        case .statement: return !EventLexicon.passive.contains(index.word(t - 1))
        case .recognition: return index.mentions[s].contains { $0.first > t && index.kind($0.entity) == .country }
        case .meeting:
            let w = index.words[t]
            if w == "meeting" || w == "meetings" || w == "talks" {
                // "during the meeting" with nobody named of its own is the meeting already told.
                if EventLexicon.anaphoric.contains(index.word(t - 1)), unique(groupBefore(t, s, excluding: []) + groupAfter(t, s, excluding: [])).count < 2 { return false }
            }
            return true
        case .hosting:
            // "received the award" is no hosting: a guest must follow at once.
            let receiving = index.words[t].hasPrefix("receiv")
            guard !EventLexicon.possessives.contains(index.word(t + 1)) else { return false }
            return index.mentions[s].contains { $0.first > t && $0.first <= t + 4
                && (index.kind($0.entity) == .person || !receiving && index.kind($0.entity) == .country) }
        case .visit:
            // "The museum was visited by tourists" is not a state visit.
            return !EventLexicon.passive.contains(index.word(t - 1))
        default: return true
        }
    }

    func occasionMarked(_ s: Int) -> Bool {
        index.document.sentences[s].tokenRange.contains { w in
            let word = index.words[w]
            return word == "during" || word == "sidelines" || word == "margins" || word == "margin"
        }
    }

    mutating func build(_ trigger: EventTrigger, at t: Int, _ s: Int, excluding: Set<Int>) -> DraftEvent? {
        var draft = DraftEvent(kind: trigger.kind, trigger: trigger, sentences: [s])
        draft.attributes["trigger"] = .string(index.document.text(of: index.document.tokens[t].span))
        let start = index.document.sentences[s].firstToken
        // "agreed to hold the next round of consultations": the marker may stand eight words back.
        draft.planned = (max(start, t - 8)..<t).contains { EventLexicon.futureMarkers.contains(index.words[$0]) }
            || (index.word(t - 1) == "to" && (index.words[t] == "meet" || index.words[t] == "visit"))
        switch trigger {
        case .meeting, .call:
            let before = groupBefore(t, s, excluding: excluding), after = groupAfter(t, s, excluding: excluding)
            // "When the council met, they chose": a meeting needs somebody met, or a group meeting.
            if trigger == .meeting, after.isEmpty, unique(before).count < 2 { return nil }
            draft.participants = unique(before + after).map { ($0.entity, "participant") }
            guard draft.participants.count >= 2 else { return nil }
        case .agreement:
            let next = index.word(t + 1)
            // "the treaty, which was signed in 1998": passive, so whoever comes before did not sign.
            let passive = EventLexicon.passive.contains(index.word(t - 1))
            var signers = next == "between" || next == "by" || passive ? [] : groupBefore(t, s, excluding: excluding)
            if signers.isEmpty { signers = groupAfter(t + (next == "between" || next == "by" ? 1 : 0), s, excluding: excluding) }
            draft.participants = signers.map { ($0.entity, "signatory") }
            draft.attributes.merge(instrument(s)) { a, _ in a }
            guard !draft.participants.isEmpty else { return nil }
        case .visit, .hosting:
            let before = groupBefore(t, s, excluding: excluding), after = groupAfter(t, s, excluding: excluding, window: 5)
            let (first, second) = trigger == .visit ? ("visitor", "host") : ("host", "visitor")
            let starters = Set(before.map(\.entity))
            let guests = after.filter { !starters.contains($0.entity) && (index.kind($0.entity) == .person || trigger == .hosting && index.kind($0.entity) == .country) }
            draft.participants = before.map { ($0.entity, first) } + guests.map { ($0.entity, second) }
            if trigger == .visit, let destination = index.mentions[s].first(where: { $0.first > t && $0.first <= t + 5 && index.kind($0.entity).isPlace && $0.mention.form != .adjective }) {
                draft.place = destination.entity
                if let country = index.country(of: destination.entity), !draft.participants.contains(where: { $0.role == "host" }) {
                    draft.participants.append((country, "host"))
                }
            }
            if before.isEmpty, trigger == .visit, let person = lastPerson, pronounOpens(s) { draft.participants.insert((person, "visitor"), at: 0) }
            // Both sides, or it is someone "visiting the wounded" / a company hosting a panel.
            guard draft.participants.contains(where: { $0.role == first }),
                  draft.participants.contains(where: { $0.role == second }) || trigger == .visit && draft.place != nil else { return nil }
        case .recognition:
            let before = index.mentions[s].last { $0.first < t && index.kind($0.entity) == .country && $0.mention.form != .adjective }
            guard let object = index.mentions[s].first(where: { $0.first > t && index.kind($0.entity) == .country }), let subject = before,
                  subject.entity != object.entity else { return nil }
            draft.participants = [(subject.entity, "recognizer"), (object.entity, "recognized")]
            if index.has(s, ["independence"]) { draft.attributes["object"] = .string("independence") }
        case .establishment:
            return nil
        case .statement:
            guard let speaker = speaker(s, t) else { return nil }
            draft.participants = [(speaker, "speaker")]
            // "The two Ministers said": coreference gives the group's span to each member.
            if let ref = index.mentions[s].last(where: { $0.first < t && $0.entity == speaker }) {
                for other in index.mentions[s] where other.mention.span == ref.mention.span && other.entity != speaker
                    && index.kind(other.entity) == .person {
                    draft.participants.append((other.entity, "speaker"))
                }
            }
            draft.attributes["cameo"] = .string(EventLexicon.statementCodes[index.words[t]] ?? "010")
        }
        placeAndDate(&draft, s, after: draft.place == nil ? nil : t, historical: trigger.isHistorical)
        return draft
    }

    /// Who speaks: the nearest person before the verb, else right after it ("said Smith"),
    /// else a sentence-opening "He" read as the last person named, else a country or body.
    func speaker(_ s: Int, _ t: Int) -> Int? {
        let refs = index.mentions[s]
        if let before = refs.last(where: { $0.first < t && index.kind($0.entity) == .person }) {
            // "Travis Hood, who saw the crash, said": the subject is before the appositive.
            let start = index.document.sentences[s].firstToken
            if index.word(t - 1) == ",", before.first > start,
               let open = stride(from: before.first - 1, through: start, by: -1).first(where: { index.words[$0] == "," }),
               let subject = refs.last(where: { $0.last < open && index.kind($0.entity) == .person }) {
                return subject.entity
            }
            return before.entity
        }
        if let after = refs.first(where: { $0.first > t && $0.first <= t + 4 && index.kind($0.entity) == .person }) { return after.entity }
        if let named = namedByPart(s, before: t) { return named }
        if pronounOpens(s), let person = lastPerson { return person }
        return refs.last(where: { $0.first < t && (index.kind($0.entity) == .country && $0.mention.form != .adjective || index.kind($0.entity) == .organization) })?.entity
    }

    func pronounOpens(_ s: Int) -> Bool {
        EventLexicon.subjectPronouns.contains(index.word(index.document.sentences[s].firstToken))
    }

    /// "signed three agreements": the instrument noun and how many.
    func instrument(_ s: Int) -> [String: AttributeValue] {
        guard let n = index.first(s, EventLexicon.instruments) else { return [:] }
        var result: [String: AttributeValue] = ["instrument": .string(index.words[n])]
        if let quantity = index.mentions[s].first(where: { index.kind($0.entity) == .quantity && $0.last < n && n - $0.last <= 3 }),
           let value = index.entity(quantity.entity).attributes["value"]?.numberValue {
            result["count"] = .integer(Int(value))
        }
        return result
    }

    /// A place after "in"/"at" and a date from the sentence, else the dateline's.
    func placeAndDate(_ draft: inout DraftEvent, _ s: Int, after: Int? = nil, historical: Bool = false) {
        let refs = index.mentions[s]
        if draft.place == nil {
            let from = after ?? -1
            if let place = refs.first(where: { $0.first > from && index.kind($0.entity).isPlace && $0.mention.form != .adjective
                                              && EventLexicon.placePrepositions.contains(index.word($0.first - 1)) }) {
                draft.place = place.entity
            } else if !historical, draft.kind != "call", let dateline = index.datelinePlace {
                draft.place = dateline
                draft.placeFromDateline = true
            }
        }
        if let date = refs.first(where: { index.kind($0.entity) == .date }) {
            draft.date = date.entity
        } else if !historical, let dateline = index.datelineDate {
            draft.date = dateline
            draft.dateFromDateline = true
        }
    }
}
