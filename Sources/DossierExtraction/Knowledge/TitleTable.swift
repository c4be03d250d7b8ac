/// A title, office, rank or honorific ("Foreign Minister", "Mr.", "Deputy").
public struct PersonTitle: Sendable, Hashable {
    /// The form as written ("Minister of Foreign Affairs").
    public let form: String
    /// The normalized role, lowercase ("foreign minister").
    public let normalized: String
    /// "honorific", "head-of-state", "head-of-government", "government", "minister",
    /// "legislature", "diplomatic", "organization", "regional", "local", "judicial",
    /// "military", "royal", "religious", "business", "academic", "finance", or "modifier"
    /// (Deputy, Acting, Former: combines with a following title).
    public let kind: String

    /// Creates a title record.
    public init(form: String, normalized: String, kind: String) {
        self.form = form
        self.normalized = normalized
        self.kind = kind
    }

    /// Whether the title is a modifier (Deputy, Acting, Former) rather than a title itself.
    public var isModifier: Bool { kind == "modifier" }
}

/// Titles by form. Files: `titles.tsv` and `titles-<name>.tsv` (form, normalized, kind).
public struct TitleTable: Sendable {
    /// All titles, in file order.
    public let all: [PersonTitle]
    let index: NameIndex

    /// Creates a table from records.
    public init(_ titles: [PersonTitle]) {
        var index = NameIndex.Builder(capacity: titles.count)
        for (i, t) in titles.enumerated() { index.add(t.form, record: i, role: .name) }
        self.all = titles
        self.index = index.build()
    }

    /// Titles written `form` ("Minister of Foreign Affairs", "foreign minister", "Mr.").
    public func lookup(_ form: String) -> [PersonTitle] {
        let letters = NameIndex.letters(ofName: form)[...]
        return index.lookup(name: form).filter { $0.accepts(letters: letters) }.map { all[Int($0.record)] }
    }

    /// The normalized role of `form`, if it is a known title ("Minister of Foreign Affairs"
    /// -> "foreign minister").
    public func normalizedRole(of form: String) -> String? {
        lookup(form).first?.normalized
    }

    /// Loads `titles*.tsv`.
    static func load(from sources: GazetteerSources, log: inout DiagnosticLog) -> TitleTable {
        var records: [PersonTitle] = []
        for url in sources.files(stem: "titles", ext: "tsv") {
            TabularFile.read(url, log: &log) { _, f in
                guard let form = f.text(0), let norm = f.text(1), let kind = f.text(2) else {
                    return "expected form, normalized, kind"
                }
                records.append(PersonTitle(form: form, normalized: norm.lowercased(), kind: kind))
                return nil
            }
        }
        return TitleTable(records)
    }
}
