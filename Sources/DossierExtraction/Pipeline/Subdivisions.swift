import Foundation

/// States, provinces and regions inside countries (ISO 3166-2 top level, from
/// `subdivisions.tsv`): "Maryland" is a place in the US, not a person.
struct Subdivisions: Sendable {
    /// One subdivision.
    struct Entry: Sendable, Hashable {
        let name: String
        let code: String
        let country: String
        let type: String
    }

    private let byName: [String: [Entry]]

    static let shared = Subdivisions(directory: GazetteerSources.bundledGazetteerDirectory)

    init(directory: URL?) {
        var byName: [String: [Entry]] = [:]
        if let url = directory?.appendingPathComponent("subdivisions.tsv"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n").dropFirst(2) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 4 else { continue }
                let entry = Entry(name: String(fields[0]), code: String(fields[1]), country: String(fields[2]), type: String(fields[3]))
                byName[entry.name, default: []].append(entry)
            }
        }
        self.byName = byName
    }

    static func rank(_ type: String) -> Int {
        ["State", "Province", "Region", "Country", "Autonomous region", "Territory", "Oblast", "Governorate"]
            .firstIndex(of: type) ?? 100
    }

    /// The subdivision named exactly `name`; when several countries have one ("Punjab"),
    /// the one in a country the document names, else the first.
    func lookup(_ name: String, preferring countries: Set<String> = []) -> Entry? {
        guard let entries = byName[name] else { return nil }
        if let local = entries.first(where: { countries.contains($0.country) }) { return local }
        // Otherwise the kind of subdivision news most often names: states, then provinces.
        return entries.min { Subdivisions.rank($0.type) < Subdivisions.rank($1.type) }
    }
}
