import DossierModel

/// Collects every name mention in a document: tagger spans, refined and extended by the
/// gazetteers and the rules, plus gazetteer names the tagger missed and the dateline place.
struct EntityRecognition {
    let tagger: EntityTagger
    let gazetteer: Gazetteer

    func candidates(_ view: TokenView) -> [Candidate] {
        var linker = GazetteerLinker(gazetteer: gazetteer)
        let rules = NameRules(gazetteer: gazetteer)
        let tagged = NameRecognizer(tagger: tagger).candidates(view)
        linker.documentCountries = Set(tagged.flatMap { candidate -> [String] in
            guard candidate.kind == .location, let range = candidate.tokens else { return [] }
            return gazetteer.lookup(view.text(range), kinds: .countries).flatMap(\.entry.countryCodes)
        })
        var joined = tagged
        rules.joinParticles(&joined, view)
        var candidates: [Candidate] = joined.compactMap { found in
            var candidate = found
            guard rules.stripTitles(&candidate, view), linker.refine(&candidate, view) else { return nil }
            rules.classifyMiscellaneous(&candidate, view)
            return candidate
        }
        for (range, sentence) in OrganizationPhrases(gazetteer: gazetteer).phrases(view) {
            candidates.removeAll { $0.tokens.map { $0.overlaps(range) } ?? false }
            candidates.append(contentsOf: organization(range, sentence: sentence, view, linker))
        }
        for policy in rules.policies(view) {
            candidates.removeAll { $0.tokens.map { $0.overlaps(policy.tokens!) } ?? false }
            candidates.append(policy)
        }
        var covered = [Bool](repeating: false, count: view.count)
        for range in candidates.compactMap(\.tokens) { for index in range { covered[index] = true } }
        candidates += linker.additions(view, covered: covered)
        AcronymLinker(gazetteer: gazetteer, linker: linker).link(&candidates, view)
        candidates += dateline(view, linker)
        return candidates
    }

    /// An organization phrase, plus the parent organization's acronym inside a body's name
    /// ("NATO" in "NATO Military Committee") as a mention of its own.
    private func organization(_ range: Range<Int>, sentence: Int, _ view: TokenView, _ linker: GazetteerLinker) -> [Candidate] {
        var organization = Candidate(tokens: range, view: view, sentence: sentence, kind: .organization)
        let text = view.text(range)
        if let hit = gazetteer.lookup(text, kinds: .organizations).first {
            linker.apply(hit, to: &organization)
        } else {
            organization.identity = "org:" + text.lowercased()
        }
        var result = [organization]
        if range.count > 1, view.isAcronym(range.lowerBound),
           let hit = gazetteer.lookup(String(view[range.lowerBound]), kinds: .organizations).first(where: { $0.role == .acronym }) {
            var parent = Candidate(tokens: range.lowerBound..<(range.lowerBound + 1), view: view, sentence: sentence, kind: .organization)
            linker.apply(hit, to: &parent)
            parent.resolution = "acronym inside the name of one of its bodies"
            result[0].attributes["part_of"] = .string(hit.entry.name)
            result.append(parent)
        }
        return result
    }

    /// The dateline's place as a mention outside any sentence.
    private func dateline(_ view: TokenView, _ linker: GazetteerLinker) -> [Candidate] {
        let document = view.document
        guard let paragraph = document.paragraphs.first(where: { $0.kind == .dateline }),
              let dateline = DatelineParser().parse(document.text), dateline.span.start >= paragraph.span.start,
              let place = dateline.place else { return [] }
        let name = document.text(of: place)
        var candidate = Candidate(span: place, sentence: nil, kind: .location)
        let hits = gazetteer.lookup(name, kinds: .places)
        if let hit = hits.first(where: { $0.entry.kind == .country }) ?? hits.first(where: { $0.entry.kind == .city }) ?? hits.first {
            linker.apply(hit, to: &candidate)
        } else {
            candidate.identity = "location:" + name.lowercased()
        }
        candidate.resolution = "dateline"
        return [candidate]
    }
}
