import DossierModel

/// Folds events told twice into one and settles CAMEO codes.
///
/// News tells a meeting first in outline ("the foreign ministers of A and B met") and then in
/// detail ("X met with Y"). Two drafts are one event when their kinds agree, their dates and
/// places do not contradict (a dateline fill-in never contradicts), and every participant of
/// one matches a participant of the other by entity or by the country a person acts for.
struct EventMerger {
    let index: EventRelationIndex
    let affiliation: [Int: Int]
    static let mergeable: Set<String> = ["meeting", "visit", "hosting", "call", "conference", "relations_established", "recognition"]

    func merge(_ drafts: [DraftEvent]) -> [DraftEvent] {
        var result: [DraftEvent] = []
        for draft in drafts {
            if Self.mergeable.contains(draft.kind), let i = result.firstIndex(where: { compatible($0, draft) }) {
                result[i] = combine(result[i], draft)
            } else {
                result.append(draft)
            }
        }
        return result.map(code)
    }

    /// The entity and the country it stands for: what a participant can be matched on.
    func keys(_ entity: Int) -> Set<Int> {
        var keys: Set<Int> = [entity]
        if let country = affiliation[entity] ?? index.country(of: entity) { keys.insert(country) }
        return keys
    }

    func compatible(_ a: DraftEvent, _ b: DraftEvent) -> Bool {
        guard a.kind == b.kind, a.planned == b.planned else { return false }
        if a.kind == "conference" { return a.gathering == b.gathering }
        if let x = a.date, let y = b.date, x != y, !a.dateFromDateline, !b.dateFromDateline { return false }
        if let x = a.place, let y = b.place, x != y, !a.placeFromDateline, !b.placeFromDateline { return false }
        let left = a.participants.map { keys($0.entity) }, right = b.participants.map { keys($0.entity) }
        guard !left.isEmpty, !right.isEmpty else { return false }
        let (small, large) = left.count <= right.count ? (left, right) : (right, left)
        let unmatched = small.filter { key in !large.contains { !$0.isDisjoint(with: key) } }
        if unmatched.isEmpty { return true }
        // "The presidents of China and Brazil met" then "Xi met Lula": one person whose country
        // is unknown may stand for the one country left over, when all else agrees.
        guard unmatched.count == 1, left.count == right.count, a.sentences.count + b.sentences.count <= 4 else { return false }
        let leftover = large.filter { key in !small.contains { !$0.isDisjoint(with: key) } }
        guard leftover.count == 1 else { return false }
        let pair = [unmatched[0], leftover[0]]
        let person = pair.first { $0.count == 1 && index.kind($0.first!) == .person && affiliation[$0.first!] == nil }
        let country = pair.first { $0.count == 1 && index.kind($0.first!) == .country }
        return person != nil && country != nil
    }

    /// Keeps the more specific participants (people over the countries they act for), the
    /// stated place and date over dateline fill-ins, and both sentences.
    func combine(_ a: DraftEvent, _ b: DraftEvent) -> DraftEvent {
        var result = a
        let people = Set((a.participants + b.participants).compactMap { index.kind($0.entity) == .person ? $0.entity : nil })
        let represented = Set(people.compactMap { affiliation[$0] })
        var seen = Set<Int>()
        let aPeople = a.participants.contains { index.kind($0.entity) == .person }
        let bPeople = b.participants.contains { index.kind($0.entity) == .person }
        // The outline's countries are the detail's people: keep only the detail's side.
        let pool = aPeople == bPeople ? a.participants + b.participants : (aPeople ? a.participants : b.participants)
        result.participants = pool.filter { p in
            !(index.kind(p.entity) == .country && represented.contains(p.entity)) && seen.insert(p.entity).inserted
        }
        if result.place == nil || (result.placeFromDateline && b.place != nil && !b.placeFromDateline) {
            result.place = b.place
            result.placeFromDateline = b.placeFromDateline
        }
        if result.date == nil || (result.dateFromDateline && b.date != nil && !b.dateFromDateline) {
            result.date = b.date
            result.dateFromDateline = b.dateFromDateline
        }
        result.occasion = a.occasion ?? b.occasion
        result.attributes.merge(b.attributes) { old, _ in old }
        if let t = b.attributes["trigger"], let first = a.attributes["trigger"], t != first {
            result.attributes["triggers"] = .list([first, t])
        }
        result.sentences += b.sentences
        // The detailed telling (people named) is the better evidence.
        if !b.participants.contains(where: { index.kind($0.entity) == .person }) { result.evidenceSentence = a.evidenceSentence }
        else if !a.participants.contains(where: { index.kind($0.entity) == .person }) { result.evidenceSentence = b.evidenceSentence }
        return result
    }

    /// CAMEO: 040 consult, 044 meet at a third location, 036 intent to meet, 041 telephone,
    /// 042 visit, 043 host, 057 sign agreement, 054 recognition (and establishing relations).
    func code(_ draft: DraftEvent) -> DraftEvent {
        var draft = draft
        guard draft.attributes["cameo"] == nil else { return draft }
        var code: String?
        switch draft.kind {
        case "meeting":
            if draft.planned { code = "036" }
            else {
                let countries = Set(draft.participants.compactMap { affiliation[$0.entity] ?? index.country(of: $0.entity) })
                let placeCountry = draft.place.flatMap { p in index.entity(p).attributes["country"]?.stringValue ?? index.entity(p).attributes["iso"]?.stringValue }
                let participantISOs = Set(countries.compactMap { index.entity($0).attributes["iso"]?.stringValue })
                code = placeCountry != nil && participantISOs.count >= 2 && !participantISOs.contains(placeCountry!) ? "044" : "040"
            }
        case "visit": code = draft.planned ? "036" : "042"
        case "hosting": code = "043"
        case "call": code = "041"
        case "agreement": code = draft.planned ? "030" : "057"
        case "recognition", "relations_established": code = "054"
        default: code = nil
        }
        if let code { draft.attributes["cameo"] = .string(code) }
        if draft.planned { draft.attributes["status"] = .string("planned") }
        return draft
    }
}
