import Foundation

/// A country or a historical state, from ISO 3166-1 and ISO 3166-3 (countries.tsv) plus the
/// curated supplement and aliases.
public struct Country: Sendable, Hashable, Identifiable {
    /// The unique code: ISO alpha-2 for current countries ("PK"), the ISO 3166-3 alpha-4 code
    /// for historical ones ("SUHH" for the USSR), since historical alpha-2 codes were reused.
    public let code: String
    /// The ISO alpha-2 code ("PK"; "SU" for the USSR).
    public let alpha2: String
    /// The ISO alpha-3 code ("PAK").
    public let alpha3: String
    /// The ISO numeric code ("586"), or "" when none.
    public let numeric: String
    /// The ISO short name ("Pakistan", "Korea, Republic of").
    public let name: String
    /// The ISO official name ("Islamic Republic of Pakistan"), if any.
    public let officialName: String?
    /// The ISO common name ("South Korea"), if any.
    public let commonName: String?
    /// Whether the state no longer exists (ISO 3166-3).
    public let isHistorical: Bool
    /// When ISO withdrew a historical code ("1992-08-30"), if known.
    public let withdrawn: String?
    /// Curated short, former and informal names ("USSR", "Soviet Union").
    public internal(set) var aliases: [String]

    /// The code as the record's identity.
    public var id: String { code }

    /// The name to show: the common name when ISO gives one, else the short name.
    public var displayName: String { commonName ?? name }

    /// Creates a country record.
    public init(code: String, alpha2: String, alpha3: String, numeric: String = "", name: String,
                officialName: String? = nil, commonName: String? = nil, isHistorical: Bool = false,
                withdrawn: String? = nil, aliases: [String] = []) {
        self.code = code
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.numeric = numeric
        self.name = name
        self.officialName = officialName
        self.commonName = commonName
        self.isHistorical = isHistorical
        self.withdrawn = withdrawn
        self.aliases = aliases
    }
}

/// Countries by code and by any of their names.
///
/// Files: `countries.tsv` (generated from iso-codes; columns code, alpha2, alpha3, numeric,
/// name, official_name, common_name, status, withdrawn), `countries-<name>.tsv` (same columns)
/// and `country-aliases.tsv` (code, alias, optional note).
public struct CountryTable: Sendable {
    /// All records, current countries and historical states, in file order.
    public let all: [Country]
    private let byCode: [String: Int]
    let index: NameIndex

    /// Creates a table from records.
    public init(_ countries: [Country]) {
        var records: [Country] = []
        var byCode: [String: Int] = [:]
        for country in countries {
            if let existing = byCode[country.code] {
                records[existing] = country
            } else {
                byCode[country.code] = records.count
                records.append(country)
            }
        }
        var index = NameIndex.Builder(capacity: records.count * 4)
        for (i, c) in records.enumerated() {
            index.add(c.name, record: i, role: .name)
            if let common = c.commonName { index.add(common, record: i, role: .name) }
            if let official = c.officialName { index.add(official, record: i, role: .official) }
            for alias in c.aliases {
                index.add(alias, record: i, role: NameIndex.looksLikeAcronym(alias) ? .acronym : .alias)
            }
        }
        self.all = records
        self.byCode = byCode
        self.index = index.build()
    }

    /// The record with `code` (alpha-2 "PK", or alpha-4 "SUHH" for historical states);
    /// an alpha-3 code ("PAK") is accepted too.
    public func country(code: String) -> Country? {
        let upper = code.uppercased()
        if let i = byCode[upper] { return all[i] }
        return all.first { $0.alpha3 == upper && !$0.isHistorical }
    }

    /// Countries named `name` (any name, official name or alias, normalized: "the U.S.",
    /// "Kazakhstan’s", "Cote d'Ivoire"); current countries before historical ones.
    public func lookup(_ name: String) -> [Country] {
        hits(index.lookup(name: name), letters: NameIndex.letters(ofName: name)[...]).map { all[Int($0.record)] }
    }

    /// The first current (else historical) country named `name`.
    public func first(named name: String) -> Country? {
        lookup(name).first
    }

    /// The references accepted for text with `letters`, current countries first.
    private func hits(_ refs: [NameRef], letters: Substring) -> [NameRef] {
        let refs = refs.filter { $0.accepts(letters: letters) }
        var seen = Set<Int32>()
        return refs.filter { seen.insert($0.record).inserted }
            .sorted { (all[Int($0.record)].isHistorical ? 1 : 0) < (all[Int($1.record)].isHistorical ? 1 : 0) }
    }

    /// Loads `countries*.tsv` and `country-aliases*.tsv` from `sources`.
    static func load(from sources: GazetteerSources, log: inout DiagnosticLog) -> CountryTable {
        var records: [Country] = []
        for url in sources.files(stem: "countries", ext: "tsv") {
            TabularFile.read(url, log: &log) { _, f in
                guard f.count >= 8, let code = f.text(0), let name = f.text(4) else {
                    return "expected code, alpha2, alpha3, numeric, name, official_name, common_name, status, withdrawn"
                }
                records.append(Country(
                    code: code, alpha2: f.string(1), alpha3: f.string(2), numeric: f.string(3), name: name,
                    officialName: f.text(5), commonName: f.text(6), isHistorical: f.string(7) == "historical",
                    withdrawn: f.text(8)))
                return nil
            }
        }
        var position: [String: Int] = [:]
        for (i, c) in records.enumerated() { position[c.code] = i }
        for url in sources.files(stem: "country-aliases", ext: "tsv") {
            TabularFile.read(url, log: &log) { _, f in
                guard let alias = f.text(1) else {
                    return "expected code, alias"
                }
                guard let i = position[f.string(0)] else {
                    return "unknown country code '\(f.string(0))'"
                }
                if !records[i].aliases.contains(alias) { records[i].aliases.append(alias) }
                return nil
            }
        }
        return CountryTable(records)
    }
}
