import DossierModel

/// Gives candidates their precise kind and identity from the gazetteers (a LOC that is a
/// country becomes a country with its ISO code), and adds gazetteer names the tagger missed.
struct GazetteerLinker {
    let gazetteer: Gazetteer
    /// Countries the document names; a city name is read as the one in these countries first.
    var documentCountries: Set<String> = []

    /// Refines a tagger candidate in place; returns false when it should be dropped.
    func refine(_ candidate: inout Candidate, _ view: TokenView) -> Bool {
        guard let range = candidate.tokens else { return true }
        let text = view.text(range)
        let hits = gazetteer.lookup(text, kinds: [.places, .demonyms, .organizations, .titles])
        if !hits.isEmpty, hits.allSatisfy({ $0.entry.kind == .title }), candidate.kind != .organization {
            return false  // "Ministers", "President" alone are not names
        }
        switch candidate.kind {
        case .person:
            // "Frederick, Maryland": a state after a place and a comma is not a person.
            if range.lowerBound >= 2, view[range.lowerBound - 1] == ",", view.isCapitalized(range.lowerBound - 2),
               let subdivision = Subdivisions.shared.lookup(text, preferring: documentCountries) {
                apply(subdivision, to: &candidate)
            }
            return true
        case .location where !hits.contains(where: { $0.entry.kind != .city && $0.entry.kind != .title }):
            if let city = contextualCity(text) {
                apply(GazetteerHit(entry: .city(city), role: .name), to: &candidate)
            } else if let subdivision = Subdivisions.shared.lookup(text, preferring: documentCountries) {
                apply(subdivision, to: &candidate)
            }
        case .organization:
            if let hit = hits.first(where: { $0.entry.kind == .organization }) { apply(hit, to: &candidate) }
            else if let hit = hits.first(where: { $0.entry.kind == .region }) { apply(hit, to: &candidate) }
        default:
            if let hit = preferred(hits) { apply(hit, to: &candidate) }
        }
        return true
    }

    /// The hit a place-like or miscellaneous name most likely means.
    private func preferred(_ hits: [GazetteerHit]) -> GazetteerHit? {
        for kind in [GazetteerKind.country, .region, .demonym, .city, .organization] {
            if let hit = hits.first(where: { $0.entry.kind == kind && GazetteerLinker.trustworthy($0) }) { return hit }
        }
        return nil
    }

    func apply(_ subdivision: Subdivisions.Entry, to candidate: inout Candidate) {
        candidate.kind = .location
        candidate.canonical = subdivision.name
        candidate.identity = "subdivision:" + subdivision.code
        candidate.attributes["country"] = .string(subdivision.country)
        candidate.attributes["subdivision"] = .string(subdivision.code)
        candidate.attributes["type"] = .string(subdivision.type.lowercased())
    }

    /// The city a place name most likely means here: one in a country the document names,
    /// else the largest of that name if it is big enough to be the default reading.
    func contextualCity(_ name: String) -> City? {
        let cities = gazetteer.cities.lookup(name)
        if let local = cities.first(where: { documentCountries.contains($0.countryCode) }) { return local }
        guard let largest = cities.first, largest.population >= 100_000 else { return nil }
        let hit = gazetteer.lookup(name, kinds: .cities).first { if case .city(let c) = $0.entry { return c == largest } else { return false } }
        return hit.map(GazetteerLinker.trustworthy) == false ? nil : largest
    }

    /// GeoNames lists many alternate names that are other places' names ("Florida" for
    /// Floridablanca); a city reached through an alternate name must be a big one.
    static func trustworthy(_ hit: GazetteerHit) -> Bool {
        guard case .city(let city) = hit.entry, hit.role != .name else { return true }
        return city.population >= 500_000
    }

    func apply(_ hit: GazetteerHit, to candidate: inout Candidate) {
        switch hit.entry {
        case .country(let country):
            candidate.kind = .country
            candidate.canonical = GazetteerLinker.canonicalName(country)
            candidate.identity = "country:" + country.code
            candidate.attributes["iso"] = .string(country.alpha2)
            if !country.alpha3.isEmpty { candidate.attributes["iso3"] = .string(country.alpha3) }
            if country.isHistorical { candidate.attributes["historical"] = .boolean(true) }
            if hit.role == .acronym { candidate.form = .acronym }
        case .city(let city):
            candidate.kind = .city
            candidate.canonical = city.name
            candidate.identity = "city:\(city.geonameID)"
            candidate.attributes["country"] = .string(city.countryCode)
            candidate.attributes["population"] = .integer(city.population)
            candidate.attributes["geonames_id"] = .integer(city.geonameID)
        case .region(let region):
            candidate.kind = .region
            candidate.canonical = region.name
            candidate.identity = "region:" + region.id
            if !region.members.isEmpty { candidate.attributes["members"] = .list(region.members.map { .string($0) }) }
            if hit.role == .adjective { candidate.form = .adjective }
        case .demonym(let demonym):
            candidate.kind = .nationality
            candidate.canonical = gazetteer.demonyms.forms(of: demonym.countryCode)
                .first { $0.roles.contains(.adjective) }?.form ?? demonym.form
            candidate.identity = "nationality:" + demonym.countryCode
            candidate.attributes["country"] = .string(demonym.countryCode)
            candidate.form = .adjective
        case .organization(let organization):
            candidate.kind = .organization
            candidate.canonical = organization.name
            candidate.identity = "org:" + organization.id
            if let acronym = organization.acronyms.first { candidate.attributes["acronym"] = .string(acronym) }
            candidate.attributes["type"] = .string(organization.type)
            if hit.role == .acronym { candidate.form = .acronym }
        case .title, .firstName:
            break
        }
    }

    /// ISO 3166-3 names historical countries "USSR, Union of Soviet Socialist Republics";
    /// the part after the comma is the name a reader expects.
    static func canonicalName(_ country: Country) -> String {
        let name = country.displayName
        guard country.isHistorical, let comma = name.range(of: ", ") else { return name }
        return String(name[comma.upperBound...])
    }

    /// Gazetteer names in the body sentences that no candidate covers yet.
    func additions(_ view: TokenView, covered: [Bool]) -> [Candidate] {
        var result: [Candidate] = []
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            let tokens = Array(view.texts[sentence.tokenRange])
            var offset = 0
            while offset < tokens.count {
                let start = sentence.firstToken + offset
                // Only capitalized, uncovered tokens can start a name: skip the rest cheaply.
                guard view.isCapitalized(start), !covered[start],
                      let match = gazetteer.longestMatch(in: tokens, at: offset, kinds: [.places, .demonyms, .organizations]) else {
                    offset += 1
                    continue
                }
                offset = match.range.upperBound
                let range = (sentence.firstToken + match.range.lowerBound)..<(sentence.firstToken + match.range.upperBound)
                guard !range.contains(where: { covered[$0] }),
                      let hit = accepted(match, range: range, sentenceStart: sentence.firstToken, view) else { continue }
                var candidate = Candidate(tokens: range, view: view, sentence: sentenceIndex, kind: .location)
                apply(hit, to: &candidate)
                candidate.resolution = "gazetteer"
                result.append(candidate)
            }
        }
        return result
    }

    /// Whether a gazetteer-only match is trustworthy without the tagger's agreement: cities
    /// and organizations share names with ordinary words, so they need more evidence.
    private func accepted(_ match: PhraseMatch, range: Range<Int>, sentenceStart: Int, _ view: TokenView) -> GazetteerHit? {
        let multiword = range.count > 1
        for hit in match.hits {
            switch hit.entry {
            case .country, .region, .demonym:
                return hit
            case .organization:
                if hit.role == .acronym ? view.isAcronym(range.lowerBound) : multiword { return hit }
            case .city(let city):
                guard GazetteerLinker.trustworthy(hit) else { continue }
                if multiword || (city.population >= 250_000 && range.lowerBound != sentenceStart) { return hit }
            default:
                continue
            }
        }
        return nil
    }
}
