/// One demonym or adjective form of a country ("Pakistani", "Afghans", "British").
public struct Demonym: Sendable, Hashable {
    /// How the form is used.
    public struct Roles: OptionSet, Sendable, Hashable {
        /// The bits of the set.
        public let rawValue: UInt8
        /// Creates a set from its bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// An adjective ("Pakistani cities", "Kazakh side").
        public static let adjective = Roles(rawValue: 1)
        /// One person ("a Pakistani", "a Briton").
        public static let person = Roles(rawValue: 2)
        /// Several people ("Pakistanis", "the British").
        public static let people = Roles(rawValue: 4)
    }

    /// The form as written.
    public let form: String
    /// The code of the country it refers to (as in ``CountryTable``).
    public let countryCode: String
    /// How the form is used.
    public internal(set) var roles: Roles

    /// Creates a demonym form.
    public init(form: String, countryCode: String, roles: Roles) {
        self.form = form
        self.countryCode = countryCode
        self.roles = roles
    }
}

/// Demonyms and adjectives of countries, by normalized form.
///
/// Files: `demonyms.tsv` and `demonyms-<name>.tsv`, one country a line: code, then
/// '|'-separated adjectives, person forms and people forms.
public struct DemonymTable: Sendable {
    /// All forms; one record per (form, country).
    public let all: [Demonym]
    let index: NameIndex

    /// Creates a table from forms; forms repeated for one country merge their roles.
    public init(_ demonyms: [Demonym]) {
        var records: [Demonym] = []
        var position: [String: Int] = [:]
        for d in demonyms {
            let key = d.countryCode + "\t" + GazetteerKey.normalize(d.form)
            if let i = position[key] {
                records[i].roles.formUnion(d.roles)
            } else {
                position[key] = records.count
                records.append(d)
            }
        }
        var index = NameIndex.Builder(capacity: records.count)
        for (i, d) in records.enumerated() {
            let role: NameRole = d.roles.contains(.adjective) ? .adjective : (d.roles.contains(.person) ? .person : .people)
            index.add(d.form, record: i, role: role)
        }
        self.all = records
        self.index = index.build()
    }

    /// The forms matching `text` ("Pakistani", "Kazakhstanis", "AFGHANS"): usually one, several
    /// when a form is shared ("Congolese": CD and CG).
    public func lookup(_ text: String) -> [Demonym] {
        index.lookup(name: text).map { all[Int($0.record)] }
    }

    /// The country codes a form refers to ("Pakistani" -> ["PK"]).
    public func countryCodes(for text: String) -> [String] {
        var seen = Set<String>()
        return lookup(text).map(\.countryCode).filter { seen.insert($0).inserted }
    }

    /// Every form recorded for a country code.
    public func forms(of countryCode: String) -> [Demonym] {
        all.filter { $0.countryCode == countryCode }
    }

    /// Loads `demonyms*.tsv`; codes unknown to `countries` are reported and skipped.
    static func load(from sources: GazetteerSources, countries: CountryTable, log: inout DiagnosticLog) -> DemonymTable {
        var records: [Demonym] = []
        for url in sources.files(stem: "demonyms", ext: "tsv") {
            TabularFile.read(url, log: &log) { _, f in
                guard f.count >= 2, let code = f.text(0) else {
                    return "expected code, adjectives, person, people"
                }
                guard countries.country(code: code) != nil else {
                    return "unknown country code '\(code)'"
                }
                let columns: [Demonym.Roles] = [.adjective, .person, .people]
                for (column, roles) in columns.enumerated() {
                    for form in f.list(column + 1) {
                        records.append(Demonym(form: form, countryCode: code, roles: roles))
                    }
                }
                return nil
            }
        }
        return DemonymTable(records)
    }
}
