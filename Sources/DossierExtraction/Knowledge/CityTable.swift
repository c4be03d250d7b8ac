/// A city from GeoNames (cities.tsv), with curated extra names (city-aliases.tsv).
public struct City: Sendable, Hashable, Identifiable {
    /// The GeoNames id (geonames.org/<id>).
    public let geonameID: Int
    /// The name as GeoNames gives it ("Almaty", "São Paulo").
    public let name: String
    /// The name in ASCII ("Sao Paulo").
    public let asciiName: String
    /// The ISO alpha-2 code of its country ("KZ").
    public let countryCode: String
    /// GeoNames' first-level administrative division code (country-specific), or "".
    public let admin1: String
    /// Population, as GeoNames gives it.
    public let population: Int
    /// Other names: spelling variants from GeoNames and curated exonyms and former names
    /// ("Alma-Ata", "Kiev", "Bombay").
    public internal(set) var alternateNames: [String]

    /// The GeoNames id as the record's identity.
    public var id: Int { geonameID }

    /// Creates a city record.
    public init(geonameID: Int, name: String, asciiName: String, countryCode: String, admin1: String = "",
                population: Int, alternateNames: [String] = []) {
        self.geonameID = geonameID
        self.name = name
        self.asciiName = asciiName
        self.countryCode = countryCode
        self.admin1 = admin1
        self.population = population
        self.alternateNames = alternateNames
    }
}

/// Cities by name, most populous first, so that a recognizer can prefer the biggest city of
/// an ambiguous name ("Washington": the US capital before Washington, England).
///
/// Files: `cities.tsv` and `cities-<name>.tsv` (geonameid, name, asciiname, country, admin1,
/// population, '|'-separated alternates) and `city-aliases.tsv` (country, city name, alias,
/// optional note; the alias goes to the most populous city of that name in that country).
public struct CityTable: Sendable {
    /// All cities, most populous first.
    public let all: [City]
    private let byID: [Int: Int]
    let index: NameIndex

    /// An extra name for the most populous city called `city` in `country`.
    struct Alias {
        var country: String
        var city: String
        var alias: String
    }

    /// Creates a table from records; a later record with an existing GeoNames id replaces it.
    public init(_ cities: [City]) {
        var unresolved: [Int] = []
        self.init(cities, aliases: [], unresolved: &unresolved)
    }

    /// Creates a table and attaches `aliases`; the positions of aliases whose city is not
    /// found go to `unresolved`.
    init(_ cities: consuming [City], aliases: [Alias], unresolved: inout [Int]) {
        let ordered = CityTable.ordered(cities)
        var names = NameIndex.Builder(capacity: ordered.count * 2)
        CityTable.addNames(of: ordered, to: &names)
        self.init(ordered: ordered, names: names, aliases: aliases, unresolved: &unresolved)
    }

    /// Creates a table from cities already in population order with unique ids, whose names
    /// `names` holds (record numbers = positions in `cities`).
    init(ordered cities: consuming [City], names: consuming NameIndex.Builder, aliases: [Alias],
         unresolved: inout [Int]) {
        var cities = cities
        var byID: [Int: Int] = [:]
        byID.reserveCapacity(cities.count)
        for i in cities.indices { byID[cities[i].geonameID] = i }
        if !aliases.isEmpty {
            // Resolve all aliases in one pass over the names instead of building the index twice.
            let found = names.records(named: aliases.map(\.city))
            for (k, a) in aliases.enumerated() {
                guard let i = found[k].first(where: { cities[Int($0)].countryCode == a.country }).map(Int.init) else {
                    unresolved.append(k)
                    continue
                }
                if !cities[i].alternateNames.contains(a.alias) {
                    cities[i].alternateNames.append(a.alias)
                    names.add(a.alias, record: i, role: .alias)
                }
            }
        }
        self.all = cities
        self.byID = byID
        self.index = names.build()
    }

    /// Adds the names of `cities` (numbered from `offset`) to `names`.
    static func addNames(of cities: [City], offset: Int = 0, to names: inout NameIndex.Builder) {
        for i in cities.indices {
            names.add(cities[i].name, record: offset + i, role: .name)
            if cities[i].asciiName != cities[i].name { names.add(cities[i].asciiName, record: offset + i, role: .name) }
            for alt in cities[i].alternateNames { names.add(alt, record: offset + i, role: .alias) }
        }
    }

    /// Whether cities are in population order (largest first, then by id).
    static func isOrdered(_ cities: [City]) -> Bool {
        cities.indices.dropFirst().allSatisfy { i in
            cities[i - 1].population != cities[i].population
                ? cities[i - 1].population > cities[i].population : cities[i - 1].geonameID < cities[i].geonameID
        }
    }

    /// Cities sorted by population (largest first), one record per GeoNames id (the last).
    private static func ordered(_ cities: consuming [City]) -> [City] {
        var last: [Int: Int] = [:]
        last.reserveCapacity(cities.count)
        var unique = true
        for i in cities.indices where last.updateValue(i, forKey: cities[i].geonameID) != nil { unique = false }
        if unique && isOrdered(cities) { return cities }
        let kept = cities.indices.filter { last[cities[$0].geonameID] == $0 }.map { cities[$0] }
        return kept.sorted {
            $0.population != $1.population ? $0.population > $1.population : $0.geonameID < $1.geonameID
        }
    }

    /// The city with a GeoNames id.
    public func city(geonameID: Int) -> City? {
        byID[geonameID].map { all[$0] }
    }

    /// Cities named `name` (name, ASCII name or alternate; normalized), most populous first;
    /// optionally only those in one country.
    public func lookup(_ name: String, countryCode: String? = nil) -> [City] {
        let letters = NameIndex.letters(ofName: name)[...]
        var seen = Set<Int32>()
        return index.lookup(name: name)
            .filter { $0.accepts(letters: letters) && seen.insert($0.record).inserted }
            .map { all[Int($0.record)] }
            .filter { countryCode == nil || $0.countryCode == countryCode }
    }

    /// The most populous city named `name`, optionally in one country.
    public func largest(named name: String, countryCode: String? = nil) -> City? {
        lookup(name, countryCode: countryCode).first
    }
}
