import DossierModel

/// Titles and offices of people, as `holds_role` relations from the person to the country
/// or organization of the office, plus the person's `roles` (normalized titles) and
/// `nationality` (ISO code) attributes.
///
/// Relation attributes: `title` (normalized: "foreign minister"), `title_text` (as written),
/// `country` (ISO code, when known) and `to` (an envoy's posting, ISO code). The evidence is
/// the title phrase with its qualifiers ("Kazakhstan’s Foreign Minister").
struct RoleStage {
    let gazetteer: Gazetteer
    /// Title phrases scanned once for both stages.
    var titles: [TitlePhrase]? = nil

    func apply(to document: inout Document) {
        guard document.entities.contains(where: { $0.kind == .person }) else { return }
        let text = UnderstandingText(document)
        let mentions = RoleFinder(gazetteer: gazetteer, text: text, titles: titles).mentions()
        var seen = Set<String>()
        for m in mentions {
            guard let holder = m.holder else { continue }
            let personID = document.entities[holder].id
            // One relation per person, office and country, however often the text repeats it.
            guard seen.insert("\(personID)|\(m.title.role)|\(m.country ?? "")|\(m.qualifier ?? -1)").inserted else { continue }
            var attributes: [String: AttributeValue] = [
                "title": .string(m.title.role),
                "title_text": .string(document.text(of: text.span(m.title.range))),
            ]
            if let country = m.country { attributes["country"] = .string(country) }
            if let to = m.destinationCode { attributes["to"] = .string(to) }
            document.relations.append(Relation(
                id: "r\(document.relations.count + 1)", kind: "holds_role", subject: personID,
                object: m.qualifier.map { document.entities[$0].id }, attributes: attributes,
                evidence: text.span(m.phrase)))
            var person = document.entities[holder]
            var roles = person.attributes["roles"].flatMap { value -> [AttributeValue]? in
                if case .list(let items) = value { return items }
                return nil
            } ?? []
            if !roles.contains(.string(m.title.role)) { roles.append(.string(m.title.role)) }
            person.attributes["roles"] = .list(roles)
            if person.attributes["nationality"] == nil, let country = m.country {
                person.attributes["nationality"] = .string(country)
            }
            document.entities[holder] = person
        }
    }
}
