import Foundation

/// An international organization (organizations.json): a name, acronyms, aliases, a type,
/// optional member countries and the source of the entry.
public struct Organization: Sendable, Hashable, Identifiable {
    /// A stable slug ("sco", "league-of-arab-states").
    public let id: String
    /// The full name ("Shanghai Cooperation Organization").
    public let name: String
    /// Acronyms, matched case-sensitively ("SCO"; "UN", "U.N.").
    public let acronyms: [String]
    /// Other names, former names and spelling variants ("Shanghai Cooperation Organisation").
    public let aliases: [String]
    /// "intergovernmental", "un-agency", "un-programme", "alliance", "bank", "forum", "ngo",
    /// "historical", ...
    public let type: String
    /// Member states' codes (ISO alpha-2; alpha-4 for dissolved states), where listed.
    public let members: [String]
    /// The year the member list is as of.
    public let membersAsOf: Int?
    /// Where the entry comes from ("UN System Chart (un.org, 2024)").
    public let source: String
    /// A caveat or fact about the entry (joins, suspensions), if any.
    public let note: String?

    /// Creates an organization record.
    public init(id: String, name: String, acronyms: [String] = [], aliases: [String] = [], type: String,
                members: [String] = [], membersAsOf: Int? = nil, source: String, note: String? = nil) {
        self.id = id
        self.name = name
        self.acronyms = acronyms
        self.aliases = aliases
        self.type = type
        self.members = members
        self.membersAsOf = membersAsOf
        self.source = source
        self.note = note
    }
}

/// Organizations by id, name, alias and acronym.
///
/// Files: `organizations.json` and `organizations-<name>.json`, either
/// `{"groups": [{"source", "type", "organizations": [...]}]}` (a group's source and type are
/// defaults for its organizations), `{"organizations": [...]}`, or a plain array. An entry has
/// "id", "name", and optionally "acronyms", "aliases", "type", "members", "membersAsOf",
/// "source", "note"; entries without a source are reported and skipped. British and American
/// spellings (Organisation/Organization, Defence/Defense...) match each other through the
/// key normalization (see ``GazetteerKey``).
public struct OrganizationTable: Sendable {
    /// All organizations, in file order.
    public let all: [Organization]
    private let byID: [String: Int]
    let index: NameIndex

    /// Creates a table from records; a later record with an existing id replaces it.
    public init(_ organizations: [Organization]) {
        var records: [Organization] = []
        var byID: [String: Int] = [:]
        for o in organizations {
            if let i = byID[o.id] { records[i] = o } else { byID[o.id] = records.count; records.append(o) }
        }
        var index = NameIndex.Builder(capacity: records.count * 4)
        for (i, o) in records.enumerated() {
            index.add(o.name, record: i, role: .name)
            for a in o.acronyms { index.add(a, record: i, role: .acronym, caseSensitive: true) }
            for a in o.aliases { index.add(a, record: i, role: NameIndex.looksLikeAcronym(a) ? .acronym : .alias) }
        }
        self.all = records
        self.byID = byID
        self.index = index.build()
    }

    /// The organization with an id ("sco").
    public func organization(id: String) -> Organization? {
        byID[id].map { all[$0] }
    }

    /// Organizations named `name`: full name, alias or acronym ("SCO", "U.N.",
    /// "Organisation of Islamic Cooperation"); acronyms match only as capitals or as written.
    public func lookup(_ name: String) -> [Organization] {
        let letters = NameIndex.letters(ofName: name)[...]
        var seen = Set<Int32>()
        return index.lookup(name: name)
            .filter { $0.accepts(letters: letters) && seen.insert($0.record).inserted }
            .map { all[Int($0.record)] }
    }

    /// Organizations that list `countryCode` as a member.
    public func memberships(of countryCode: String) -> [Organization] {
        all.filter { $0.members.contains(countryCode) }
    }

    /// Loads `organizations*.json`.
    static func load(from sources: GazetteerSources, countries: CountryTable, log: inout DiagnosticLog) -> OrganizationTable {
        var records: [Organization] = []
        for url in sources.files(stem: "organizations", ext: "json") {
            let top: Any
            do { top = try JSONRecords.read(url) } catch {
                log.note(url, "cannot read organizations: \(error)")
                continue
            }
            // (group defaults, entries): groups, a top-level "organizations" list, or an array.
            var groups: [(JSONRecord?, [JSONRecord])] = []
            if let array = top as? [Any] {
                groups.append((nil, array.compactMap(JSONRecord.init)))
            } else if let object = JSONRecord(top) {
                groups += object.records("groups").map { ($0, $0.records("organizations")) }
                groups.append((nil, object.records("organizations")))
            }
            for (group, entries) in groups {
                for e in entries {
                    guard let id = e.string("id"), let name = e.string("name") else {
                        log.note(url, "an organization needs an id and a name: \(e.fields)")
                        continue
                    }
                    guard let source = e.string("source") ?? group?.string("source") else {
                        log.note(url, "organization '\(id)' has no source; skipped")
                        continue
                    }
                    let members = e.strings("members")
                    let unknown = members.filter { countries.country(code: $0) == nil }
                    if !unknown.isEmpty { log.note(url, "organization '\(id)': unknown member codes \(unknown)") }
                    records.append(Organization(
                        id: id, name: name, acronyms: e.strings("acronyms"), aliases: e.strings("aliases"),
                        type: e.string("type") ?? group?.string("type") ?? "organization",
                        members: members.filter { !unknown.contains($0) }, membersAsOf: e.int("membersAsOf"),
                        source: source, note: e.string("note")))
                }
            }
        }
        return OrganizationTable(records)
    }
}
