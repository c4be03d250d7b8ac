import DossierModel

/// The `--format text` listing of a parsed document, for people.
enum DocumentListing {
    static func text(_ document: Document) -> String {
        var lines = ["== \(document.id)" + (document.metadata.title.map { ": \($0)" } ?? "")]
        let metadata = document.metadata
        let facts = [("date", metadata.date), ("place", metadata.place), ("source", metadata.source), ("url", metadata.url)]
            .compactMap { name, value in value.map { "\(name): \($0)" } }
        if !facts.isEmpty { lines.append(facts.joined(separator: "  ")) }
        let kinds = Dictionary(grouping: document.paragraphs, by: \.kind)
        lines.append("\(document.paragraphs.count) paragraphs (\(kinds[.heading]?.count ?? 0) headings, "
                     + "\(kinds[.boilerplate]?.count ?? 0) boilerplate), \(document.sentences.count) sentences, "
                     + "\(document.tokens.count) tokens")
        for paragraph in document.paragraphs where paragraph.kind == .heading || paragraph.kind == .boilerplate {
            lines.append("  \(paragraph.kind.rawValue): \(document.text(of: paragraph.span))")
        }
        if !document.entities.isEmpty { lines.append("entities:") }
        let idWidth = document.entities.map(\.id.count).max() ?? 0
        let kindWidth = document.entities.map(\.kind.rawValue.count).max() ?? 0
        for entity in document.entities {
            var line = "  " + entity.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + entity.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  " + entity.name
            if entity.mentions.count > 1 { line += "  x\(entity.mentions.count)" }
            if !entity.aliases.isEmpty { line += "  aka " + entity.aliases.joined(separator: ", ") }
            let attributes = entity.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            if !attributes.isEmpty { line += "  [" + attributes.joined(separator: " ") + "]" }
            lines.append(line)
        }
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        func describe(_ attributes: [String: AttributeValue]) -> String {
            let shown = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return shown.isEmpty ? "" : "  [" + shown.joined(separator: " ") + "]"
        }
        if !document.relations.isEmpty { lines.append("relations:") }
        for relation in document.relations {
            let object = relation.object.map { " -> \(name($0))" } ?? ""
            lines.append("  \(relation.id) \(relation.kind): \(name(relation.subject))\(object)\(describe(relation.attributes))")
        }
        if !document.events.isEmpty { lines.append("events:") }
        for event in document.events {
            let who = event.participants.map { participant in
                participant.role.map { "\(name(participant.entity)) (\($0))" } ?? name(participant.entity)
            }.joined(separator: ", ")
            let place = event.place.map { " at \(name($0))" } ?? ""
            let date = event.date.map { " on \(name($0))" } ?? ""
            lines.append("  \(event.id) \(event.kind): \(who)\(place)\(date)\(describe(event.attributes))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
