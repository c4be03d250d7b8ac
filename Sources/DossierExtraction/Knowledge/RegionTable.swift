import Foundation

/// A world region, grouping or area ("Central Asia", "the Gulf", "Kashmir") with its member
/// countries (regions.json).
public struct Region: Sendable, Hashable, Identifiable {
    /// A stable slug ("central-asia").
    public let id: String
    /// The main name ("Central Asia").
    public let name: String
    /// "world", "continent", "subregion", "intermediate-region" (UN M49), "informal"
    /// (conventional groupings such as the Middle East) or "area" (parts of countries).
    public let kind: String
    /// The UN M49 code ("143"), for M49 regions.
    public let m49: String?
    /// The id of the enclosing M49 region, if any.
    public let parent: String?
    /// Other names ("Central Asian Republics", "the Gulf").
    public let aliases: [String]
    /// Adjectives ("Central Asian").
    public let adjectives: [String]
    /// Member countries' codes (ISO alpha-2), including those of included regions; empty
    /// when membership is not well defined ("Indo-Pacific", "the West").
    public let members: [String]
    /// Where the definition comes from.
    public let source: String
    /// A caveat about the definition, if any.
    public let note: String?

    /// Creates a region record.
    public init(id: String, name: String, kind: String, m49: String? = nil, parent: String? = nil,
                aliases: [String] = [], adjectives: [String] = [], members: [String] = [],
                source: String, note: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.m49 = m49
        self.parent = parent
        self.aliases = aliases
        self.adjectives = adjectives
        self.members = members
        self.source = source
        self.note = note
    }
}

/// Regions by id and name, and the regions a country belongs to.
///
/// Files: `regions.json` and `regions-<name>.json`: `{"regions": [{"id", "name", "kind",
/// "m49"?, "parent"?, "aliases"?, "adjectives"?, "members"?, "includes"?, "source",
/// "note"?}]}`; `includes` lists region ids whose members count as members too.
public struct RegionTable: Sendable {
    /// All regions, in file order.
    public let all: [Region]
    private let byID: [String: Int]
    let index: NameIndex

    /// Creates a table from records; a later record with an existing id replaces it.
    public init(_ regions: [Region]) {
        var records: [Region] = []
        var byID: [String: Int] = [:]
        for r in regions {
            if let i = byID[r.id] { records[i] = r } else { byID[r.id] = records.count; records.append(r) }
        }
        var index = NameIndex.Builder(capacity: records.count * 3)
        for (i, r) in records.enumerated() {
            index.add(r.name, record: i, role: .name)
            for a in r.aliases { index.add(a, record: i, role: NameIndex.looksLikeAcronym(a) ? .acronym : .alias) }
            for a in r.adjectives { index.add(a, record: i, role: .adjective) }
        }
        self.all = records
        self.byID = byID
        self.index = index.build()
    }

    /// The region with an id ("central-asia").
    public func region(id: String) -> Region? {
        byID[id].map { all[$0] }
    }

    /// Regions named `name` (name, alias or adjective; normalized: "the Gulf", "Central Asian").
    public func lookup(_ name: String) -> [Region] {
        let letters = NameIndex.letters(ofName: name)[...]
        var seen = Set<Int32>()
        return index.lookup(name: name)
            .filter { $0.accepts(letters: letters) && seen.insert($0.record).inserted }
            .map { all[Int($0.record)] }
    }

    /// The regions that count `countryCode` as a member.
    public func regions(containing countryCode: String) -> [Region] {
        all.filter { $0.members.contains(countryCode) }
    }

    /// One region as written in a file, before `includes` are resolved.
    private struct Entry {
        var id: String
        var name: String
        var record: JSONRecord
        var members: [String]
        var includes: [String]
        var url: URL
    }

    /// Loads `regions*.json`, resolving `includes` into member lists.
    static func load(from sources: GazetteerSources, countries: CountryTable, log: inout DiagnosticLog) -> RegionTable {
        var entries: [Entry] = []
        var position: [String: Int] = [:]
        for url in sources.files(stem: "regions", ext: "json") {
            let top: Any
            do { top = try JSONRecords.read(url) } catch {
                log.note(url, "cannot read regions: \(error)")
                continue
            }
            let list = (top as? [Any])?.compactMap(JSONRecord.init) ?? JSONRecord(top)?.records("regions") ?? []
            for r in list {
                guard let id = r.string("id"), let name = r.string("name") else {
                    log.note(url, "a region needs an id and a name: \(r.fields)")
                    continue
                }
                let e = Entry(id: id, name: name, record: r, members: r.strings("members"), includes: r.strings("includes"), url: url)
                if let i = position[id] { entries[i] = e } else { position[id] = entries.count; entries.append(e) }
            }
        }
        func members(of id: String, visiting: inout Set<String>) -> [String] {
            guard let i = position[id], visiting.insert(id).inserted else { return [] }
            var result = entries[i].members
            for inc in entries[i].includes { result += members(of: inc, visiting: &visiting) }
            return result
        }
        var regions: [Region] = []
        for e in entries {
            let url = e.url
            for inc in e.includes where position[inc] == nil {
                log.note(url, "region '\(e.id)' includes unknown region '\(inc)'")
            }
            var visiting = Set<String>()
            var seen = Set<String>()
            let all = members(of: e.id, visiting: &visiting).filter { seen.insert($0).inserted }
            let known = all.filter { countries.country(code: $0) != nil }
            if known.count < all.count {
                log.note(url, "region '\(e.id)': unknown member codes \(all.filter { countries.country(code: $0) == nil })")
            }
            let r = e.record
            guard let source = r.string("source") else {
                log.note(url, "region '\(e.id)' has no source; skipped")
                continue
            }
            regions.append(Region(id: e.id, name: e.name, kind: r.string("kind") ?? "informal", m49: r.string("m49"),
                                  parent: r.string("parent"), aliases: r.strings("aliases"),
                                  adjectives: r.strings("adjectives"), members: known.sorted(),
                                  source: source, note: r.string("note")))
        }
        return RegionTable(regions)
    }
}
