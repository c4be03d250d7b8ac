import Foundation

/// The knowledge base for recognition: countries, demonyms, cities, regions, organizations,
/// person titles and first names, with lookups by normalized name and longest-match search
/// over token sequences (see ``longestMatch(in:at:kinds:)``).
///
/// The data ships with the module (Resources/gazetteer, see its README.md and SOURCES.md);
/// users extend it without recompiling through folders of files in the same formats (see
/// ``GazetteerSources``). A gazetteer is an immutable value: load it once (``shared``) and
/// use it from any thread.
public struct Gazetteer: Sendable {
    /// Countries and historical states.
    public let countries: CountryTable
    /// Demonyms and adjectives of countries.
    public let demonyms: DemonymTable
    /// Cities with population.
    public let cities: CityTable
    /// World regions, groupings and areas.
    public let regions: RegionTable
    /// International organizations.
    public let organizations: OrganizationTable
    /// Person titles, offices and honorifics.
    public let titles: TitleTable
    /// Common first names.
    public let firstNames: FirstNameTable
    /// Problems met while loading (malformed lines, unknown codes); empty for the bundled data.
    public let diagnostics: [GazetteerDiagnostic]

    /// The gazetteer of the bundled data plus the folders named by `DOSSIER_GAZETTEER_DIR`
    /// and `DOSSIER_GAZETTEER_EXTRA`, loaded on first use.
    public static let shared: Gazetteer = Gazetteer.load()

    /// Creates a gazetteer from tables (for tests and for callers that build their own).
    public init(countries: CountryTable = CountryTable([]), demonyms: DemonymTable = DemonymTable([]),
                cities: CityTable = CityTable([]), regions: RegionTable = RegionTable([]),
                organizations: OrganizationTable = OrganizationTable([]), titles: TitleTable = TitleTable([]),
                firstNames: FirstNameTable = FirstNameTable([]), diagnostics: [GazetteerDiagnostic] = []) {
        self.countries = countries
        self.demonyms = demonyms
        self.cities = cities
        self.regions = regions
        self.organizations = organizations
        self.titles = titles
        self.firstNames = firstNames
        self.diagnostics = diagnostics
    }

    /// Loads every table from `sources`. Never fails: unreadable files and malformed lines are
    /// skipped and reported in ``diagnostics``.
    public static func load(from sources: GazetteerSources = .standard()) -> Gazetteer {
        var log = DiagnosticLog()
        if sources.bundledDirectory == nil && sources.overrideDirectory == nil {
            log.note(file: "gazetteer", line: 0, "no gazetteer folder found (bundle missing and \(GazetteerSources.overrideVariable) unset)")
        }
        // Cities are the bulk of the data and depend on nothing else: load them meanwhile.
        let cityResult = CityLoad(sources: sources)
        let countries = CountryTable.load(from: sources, log: &log)
        let demonyms = DemonymTable.load(from: sources, countries: countries, log: &log)
        let regions = RegionTable.load(from: sources, countries: countries, log: &log)
        let organizations = OrganizationTable.load(from: sources, countries: countries, log: &log)
        let titles = TitleTable.load(from: sources, log: &log)
        let firstNames = FirstNameTable.load(from: sources, log: &log)
        let (cities, cityLog) = cityResult.wait()
        log.append(contentsOf: cityLog)
        return Gazetteer(countries: countries, demonyms: demonyms, cities: cities, regions: regions,
                         organizations: organizations, titles: titles, firstNames: firstNames,
                         diagnostics: log.items)
    }

    /// Records of the given kinds named `name` (normalized: "the U.S.", "Kazakhstan’s",
    /// "SCO"), organizations first, then countries, regions, cities (most populous first),
    /// demonyms, titles and first names.
    public func lookup(_ name: String, kinds: GazetteerKinds = .standard) -> [GazetteerHit] {
        var key = KeyBuilder()
        key.append(name, dropLeadingArticle: true)
        guard !key.bytes.isEmpty else { return [] }
        return hits(KeyHash(key.bytes), letters: NameIndex.letters(ofName: name)[...], kinds: kinds)
    }

    /// The country a record stands for or belongs to: a country itself, a demonym's
    /// country, a city's country.
    public func country(for entry: GazetteerEntry) -> Country? {
        switch entry {
        case .country(let c): c
        case .demonym(let d): countries.country(code: d.countryCode)
        case .city(let c): countries.country(code: c.countryCode)
        default: nil
        }
    }

    /// The tables of `kinds`, in priority order.
    func indexes(_ kinds: GazetteerKinds) -> [(GazetteerKind, NameIndex)] {
        GazetteerKind.byPriority.filter { kinds.contains($0) }.map { ($0, index(of: $0)) }
    }

    private func index(of kind: GazetteerKind) -> NameIndex {
        switch kind {
        case .country: countries.index
        case .demonym: demonyms.index
        case .city: cities.index
        case .region: regions.index
        case .organization: organizations.index
        case .title: titles.index
        case .firstName: firstNames.index
        }
    }

    /// The hits under one key, deduplicated per record, in priority order.
    func hits(_ key: KeyHash, letters: Substring, kinds: GazetteerKinds) -> [GazetteerHit] {
        var result: [GazetteerHit] = []
        for (kind, index) in indexes(kinds) {
            var seen = Set<Int32>()
            for ref in index.lookup(key) where ref.accepts(letters: letters) && seen.insert(ref.record).inserted {
                result.append(GazetteerHit(entry: entry(kind, Int(ref.record)), role: ref.role))
            }
        }
        return result
    }

    /// The record of a kind at a table position.
    func entry(_ kind: GazetteerKind, _ i: Int) -> GazetteerEntry {
        switch kind {
        case .country: .country(countries.all[i])
        case .demonym: .demonym(demonyms.all[i])
        case .city: .city(cities.all[i])
        case .region: .region(regions.all[i])
        case .organization: .organization(organizations.all[i])
        case .title: .title(titles.all[i])
        case .firstName: .firstName(firstNames.all[i])
        }
    }
}

/// Loads the city table on another thread while the caller loads the small tables.
private final class CityLoad: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read after `wait()`.
    private var table = CityTable([])
    private var log = DiagnosticLog()
    private let done = DispatchSemaphore(value: 0)

    init(sources: GazetteerSources) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var log = DiagnosticLog()
            let table = CityTable.load(from: sources, log: &log)
            self.table = table
            self.log = log
            self.done.signal()
        }
    }

    func wait() -> (CityTable, DiagnosticLog) {
        done.wait()
        return (table, log)
    }
}
