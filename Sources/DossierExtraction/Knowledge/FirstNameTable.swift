/// A common first name (US Census 1990 name files).
public struct FirstName: Sendable, Hashable {
    /// The name in title case ("James").
    public let name: String
    /// "M", "F", or "U" (used for both, within a factor of ten).
    public let sex: String
    /// Share of the 1990 census sample, in percent.
    public let percent: Double

    /// Creates a first-name record.
    public init(name: String, sex: String, percent: Double) {
        self.name = name
        self.sex = sex
        self.percent = percent
    }
}

/// First names by normalized form. Files: `first-names.tsv` and `first-names-<name>.tsv`
/// (name, sex, percent). Many are ordinary words too ("May", "Will"): use with care.
public struct FirstNameTable: Sendable {
    /// All names, most frequent first.
    public let all: [FirstName]
    let index: NameIndex

    /// Creates a table from records.
    public init(_ names: [FirstName]) {
        var index = NameIndex.Builder(capacity: names.count)
        for (i, n) in names.enumerated() { index.add(n.name, record: i, role: .name) }
        self.all = names
        self.index = index.build()
    }

    /// The record for `name`, if it is a known first name (any case).
    public func lookup(_ name: String) -> FirstName? {
        index.lookup(name: name).first.map { all[Int($0.record)] }
    }

    /// Loads `first-names*.tsv`.
    static func load(from sources: GazetteerSources, log: inout DiagnosticLog) -> FirstNameTable {
        var records: [FirstName] = []
        for url in sources.files(stem: "first-names", ext: "tsv") {
            TabularFile.read(url, log: &log) { _, f in
                guard let name = f.text(0) else { return "expected name, sex, percent" }
                let sex = f.text(1) ?? "U"
                let percent = f.double(2) ?? 0
                records.append(FirstName(name: name, sex: sex, percent: percent))
                return nil
            }
        }
        return FirstNameTable(records)
    }
}
