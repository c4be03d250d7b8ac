import DossierModel

/// Groups mentions into entities: by gazetteer identity, by acronym definition, and for
/// people by name parts (a later "Bhutto Zardari" or "Bilawal" is the "Bilawal Bhutto
/// Zardari" introduced earlier). Entity ids follow the order of first mention.
struct EntityResolver {
    func entities(_ candidates: [Candidate], _ view: TokenView) -> [Entity] {
        var sorted = candidates.sorted { $0.span < $1.span }
        linkPeople(&sorted, view)
        var order: [String] = []
        var groups: [String: [Candidate]] = [:]
        for candidate in sorted {
            let identity = candidate.identity ?? candidate.kind.rawValue + ":" + (candidate.canonical ?? view.document.text(of: candidate.span)).lowercased()
            if groups[identity] == nil { order.append(identity) }
            groups[identity, default: []].append(candidate)
        }
        return order.enumerated().map { offset, identity in
            entity(id: "e\(offset + 1)", groups[identity]!, view)
        }
    }

    private func entity(id: String, _ mentions: [Candidate], _ view: TokenView) -> Entity {
        let document = view.document
        let texts = mentions.map { document.text(of: $0.span) }
        let names = zip(mentions, texts).filter { $0.0.form == .name }.map(\.1)
        let kind = mentions.first { $0.form == .name }?.kind ?? mentions[0].kind
        let name = mentions.lazy.compactMap(\.canonical).first
            ?? names.max { $0.count < $1.count } ?? texts.max { $0.count < $1.count } ?? ""
        var aliases: [String] = []
        for text in texts + mentions.compactMap(\.acronym) where text != name && !aliases.contains(text) {
            aliases.append(text)
        }
        var attributes: [String: AttributeValue] = [:]
        for mention in mentions { attributes.merge(mention.attributes) { first, _ in first } }
        return Entity(id: id, kind: kind, name: name, aliases: aliases, attributes: attributes,
                      mentions: zip(mentions, texts).map { candidate, text in
                          Mention(span: candidate.span, text: text, sentence: candidate.sentence, form: candidate.form,
                                  resolution: candidate.resolution)
                      })
    }

    /// Gives every person mention the identity of the fullest name it is part of.
    private func linkPeople(_ candidates: inout [Candidate], _ view: TokenView) {
        var people: [(identity: String, words: [Substring])] = []
        for index in candidates.indices where candidates[index].kind == .person && candidates[index].identity == nil {
            guard let range = candidates[index].tokens else { continue }
            let words = range.filter { view.document.tokens[$0].kind == .word }.map { view[$0] }
            if let match = people.firstIndex(where: { isPart(words, of: $0.words) || isPart($0.words, of: words) }) {
                candidates[index].identity = people[match].identity
                if words.count > people[match].words.count {
                    people[match].words = words
                } else if words.count < people[match].words.count {
                    candidates[index].resolution = "short form of " + people[match].words.joined(separator: " ")
                }
            } else {
                let identity = "person:\(people.count + 1)"
                people.append((identity, words))
                candidates[index].identity = identity
            }
        }
        adoptSurnames(&candidates, people: people, view)
    }

    /// A later name the tagger typed as a place or organization that is a known person's
    /// surname ("al-Eryani" after "Moammar al-Eryani") is that person.
    private func adoptSurnames(_ candidates: inout [Candidate], people: [(identity: String, words: [Substring])], _ view: TokenView) {
        for index in candidates.indices where candidates[index].identity == nil && [.organization, .location, .miscellaneous].contains(candidates[index].kind) {
            guard let range = candidates[index].tokens else { continue }
            let words = range.filter { view.document.tokens[$0].kind == .word }.map { view[$0] }
            guard let person = people.first(where: { $0.words.count > words.count && $0.words.suffix(words.count).elementsEqual(words) }) else { continue }
            candidates[index].kind = .person
            candidates[index].identity = person.identity
            candidates[index].resolution = "surname of " + person.words.joined(separator: " ")
        }
    }

    /// "Bhutto Zardari" (a trailing run), "Bilawal" (the first word) or the same words.
    private func isPart(_ short: [Substring], of long: [Substring]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        if long.suffix(short.count).elementsEqual(short) { return true }
        return short.count == 1 && long.first == short.first
    }
}
