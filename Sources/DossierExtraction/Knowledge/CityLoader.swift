import Foundation

extension CityTable {
    /// Loads `cities*.tsv` and `city-aliases*.tsv`.
    ///
    /// The main file (about 34,000 lines) is parsed and indexed in two halves at once: the
    /// halves are concatenated in order, so a sorted file stays sorted and its names need no
    /// second pass. Anything else (extension files, an unsorted file) takes the plain path.
    static func load(from sources: GazetteerSources, log: inout DiagnosticLog) -> CityTable {
        let files = sources.files(stem: "cities", ext: "tsv")
        var aliases: [Alias] = []
        var origins: [(file: String, line: Int)] = []
        for url in sources.files(stem: "city-aliases", ext: "tsv") {
            TabularFile.read(url, log: &log) { line, f in
                guard let city = f.text(1), let alias = f.text(2) else { return "expected country, city, alias" }
                aliases.append(Alias(country: f.string(0), city: city, alias: alias))
                origins.append((url.lastPathComponent, line))
                return nil
            }
        }
        var unresolved: [Int] = []
        let table: CityTable
        if files.count == 1, let parsed = parseInParallel(files[0], log: &log), isOrdered(parsed.cities) {
            table = CityTable(ordered: parsed.cities, names: parsed.names, aliases: aliases, unresolved: &unresolved)
        } else {
            var records: [City] = []
            for url in files {
                TabularFile.read(url, log: &log) { _, f in
                    parseCity(f, into: &records)
                }
            }
            table = CityTable(consume records, aliases: aliases, unresolved: &unresolved)
        }
        for k in unresolved {
            log.note(file: origins[k].file, line: origins[k].line, "no city '\(aliases[k].city)' in \(aliases[k].country)")
        }
        return table
    }

    /// Parses one line into `records`; returns a problem, or nil.
    private static func parseCity(_ f: TabularRow, into records: inout [City]) -> String? {
        guard f.count >= 6, let id = f.int(0), let population = f.int(5), let name = f.text(1) else {
            return "expected geonameid, name, asciiname, country, admin1, population, alternates"
        }
        let country = f.string(3)
        guard country.utf8.count == 2 else { return "country must be an alpha-2 code" }
        let ascii = f.isEmpty(2) || f.equal(2, 1) ? name : f.string(2)
        records.append(City(geonameID: id, name: name, asciiName: ascii, countryCode: country, admin1: f.string(4),
                            population: population, alternateNames: f.isEmpty(6) ? [] : f.list(6)))
        return nil
    }

    /// One half of a file: its cities and their names.
    private final class Part: @unchecked Sendable {
        // Each part is written by exactly one iteration of `concurrentPerform` and read after
        // it returns, so no two threads touch one part at the same time.
        var cities: [City] = []
        var names = NameIndex.Builder()
        var problems: [(Int, String)] = []
    }

    /// The cities of `url` with their names, parsed in two halves concurrently.
    private static func parseInParallel(_ url: URL, log: inout DiagnosticLog) -> (cities: [City], names: NameIndex.Builder)? {
        guard let data = TabularFile.contents(url, log: &log) else { return nil }
        let slices = data.withUnsafeBytes { raw in
            TabularFile.lineAlignedParts(raw.bindMemory(to: UInt8.self), parts: raw.count > 100_000 ? 2 : 1)
        }
        let parts = slices.map { _ in Part() }
        DispatchQueue.concurrentPerform(iterations: slices.count) { p in
            let part = parts[p]
            var cities: [City] = []
            cities.reserveCapacity(slices[p].range.count / 40)
            part.problems = data.withUnsafeBytes { raw in
                TabularFile.scan(raw.bindMemory(to: UInt8.self), range: slices[p].range, firstLine: slices[p].firstLine) { _, f in
                    parseCity(f, into: &cities)
                }
            }
            var names = NameIndex.Builder(capacity: cities.count * 5 / 4)
            addNames(of: cities, to: &names)
            part.cities = cities
            part.names = names
        }
        for part in parts {
            for (line, problem) in part.problems { log.note(url, line: line, problem) }
        }
        var cities = parts[0].cities
        var names = parts[0].names
        for part in parts.dropFirst() {
            names.append(part.names, recordOffset: cities.count)
            cities += part.cities
        }
        return (cities, names)
    }
}
