import DossierModel

/// Gives entities a corpus-level identity, the `corpus_id` attribute, so that reports can
/// count and link across many articles. Documents are linked in input order, so the result
/// is deterministic. How identity is decided (docs/model.md, "Across documents"):
///
/// 1. A user alias file renames variants to their canonical name first.
/// 2. Places, nationalities and organizations known to the gazetteers use its identifiers
///    (`country:pk`, `city:1526384`, organizations by acronym or name).
/// 3. A person's name joins the one earlier name it is part of, or that is part of it
///    ("Bilawal", "Bhutto Zardari" and "Bilawal Bhutto Zardari" in different articles), when
///    exactly one earlier name fits; otherwise it is a new identity.
/// 4. Anything else: kind plus its normalized name.
///
/// One linker per run; it is not thread-safe (link documents from one thread, in order).
public final class CorpusLinker {
    private let aliases: AliasTable
    private var fullNames: [(words: [String], id: String)] = []

    /// Creates a linker with the user's aliases.
    public init(aliases: AliasTable = AliasTable()) {
        self.aliases = aliases
    }

    /// Sets `corpus_id` on every entity of `document`.
    public func link(_ document: inout Document) {
        for index in document.entities.indices {
            document.entities[index].attributes["corpus_id"] = .string(identity(of: document.entities[index]))
        }
    }

    private func identity(of entity: Entity) -> String {
        let name = aliases.isEmpty ? entity.name
            : aliases.canonical(for: entity.name) ?? entity.aliases.lazy.compactMap { self.aliases.canonical(for: $0) }.first ?? entity.name
        let kind = entity.kind.rawValue
        let attributes = entity.attributes
        switch entity.kind {
        case .country where attributes["iso"] != nil:
            return "country:" + attributes["iso"]!.description.lowercased()
        case .nationality where attributes["country"] != nil:
            return "nationality:" + attributes["country"]!.description.lowercased()
        case .location where attributes["subdivision"] != nil:
            return "subdivision:" + attributes["subdivision"]!.description.lowercased()
        case .city where attributes["geonames_id"] != nil:
            return "city:" + attributes["geonames_id"]!.description
        case .organization where attributes["acronym"] != nil && name == entity.name:
            return "organization:" + slug(attributes["acronym"]!.description)
        case .person:
            return person(name)
        case .date where attributes["normalized"] != nil:
            return "date:" + attributes["normalized"]!.description
        default:
            return kind + ":" + slug(name)
        }
    }

    private func person(_ name: String) -> String {
        let words = AliasTable.key(name).split(separator: " ").map(String.init)
        if let known = fullNames.first(where: { $0.words == words }) { return known.id }
        // "Bhutto Zardari" or "Bilawal" alone: the one earlier name it is a part of.
        let fits = fullNames.filter { known in
            CorpusLinker.isPart(words, of: known.words) || CorpusLinker.isPart(known.words, of: words)
        }
        if fits.count == 1 {
            if words.count > fits[0].words.count { fullNames.append((words, fits[0].id)) }
            return fits[0].id
        }
        let id = "person:" + slug(name)
        if words.count >= 2 { fullNames.append((words, id)) }
        return id
    }

    /// A trailing run of the longer name ("Bhutto Zardari"), or its first word alone.
    static func isPart(_ short: [String], of long: [String]) -> Bool {
        guard !short.isEmpty, short.count < long.count else { return false }
        if long.suffix(short.count).elementsEqual(short) { return true }
        return short.count == 1 && long.first == short.first
    }

    private func slug(_ text: String) -> String {
        AliasTable.key(text).lowercased().split(separator: " ").joined(separator: "-")
    }
}
