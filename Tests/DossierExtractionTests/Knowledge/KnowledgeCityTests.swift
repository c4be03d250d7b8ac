import Foundation
import Testing
@testable import DossierExtraction

@Suite struct KnowledgeCityTests {
    let g = KnowledgeFixtures.gazetteer

    @Test func centralAsianCapitals() throws {
        #expect(g.cities.largest(named: "Tashkent")?.countryCode == "UZ")
        #expect(g.cities.largest(named: "Almaty")?.countryCode == "KZ")
        #expect(g.cities.largest(named: "Alma-Ata")?.countryCode == "KZ")
        #expect(g.cities.largest(named: "Nur-Sultan")?.name == "Astana")
        #expect(g.cities.largest(named: "Bishkek")?.countryCode == "KG")
        #expect(g.cities.largest(named: "Dushanbe")?.countryCode == "TJ")
        #expect(g.cities.largest(named: "Ashgabat")?.countryCode == "TM")
        let almaty = try #require(g.cities.largest(named: "Almaty"))
        #expect(almaty.population > 1_000_000)
        #expect(almaty.geonameID == 1526384)
    }

    @Test func biggestCityOfAnAmbiguousNameComesFirst() throws {
        let washingtons = g.cities.lookup("Washington")
        #expect(washingtons.count > 1)
        #expect(washingtons.first?.countryCode == "US")
        #expect(washingtons.map(\.population) == washingtons.map(\.population).sorted(by: >))
        #expect(g.cities.largest(named: "London")?.countryCode == "GB")
        #expect(g.cities.largest(named: "London", countryCode: "CA")?.countryCode == "CA")
    }

    @Test func curatedExonymsAndDiacritics() {
        #expect(g.cities.largest(named: "Bombay")?.name == "Mumbai")
        #expect(g.cities.largest(named: "Kiev")?.name == "Kyiv")
        #expect(g.cities.largest(named: "Peking")?.name == "Beijing")
        #expect(g.cities.largest(named: "Sao Paulo")?.countryCode == "BR")
        #expect(g.cities.largest(named: "Herat")?.countryCode == "AF")
        #expect(g.cities.largest(named: "LA")?.name == "Los Angeles")
        #expect(g.cities.largest(named: "la")?.name != "Los Angeles")
    }

    /// The vendored file's format, so a rebuilt file cannot silently break the loader.
    @Test func vendoredFileFormat() throws {
        let url = try KnowledgeFixtures.folder.appendingPathComponent("cities.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(size < 3_000_000)
        var ids = Set<Int>()
        var previousPopulation = Int.max
        var rows = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 7, "\(line)")
            guard f.count == 7, let id = Int(f[0]), let population = Int(f[5]) else {
                Issue.record("malformed: \(line)")
                continue
            }
            #expect(ids.insert(id).inserted, "duplicate id \(id)")
            #expect(population <= previousPopulation, "not sorted at \(f[1])")
            #expect(population >= 15_000)
            let codeOK = f[3].count == 2 && f[3].allSatisfy { $0.isUppercase }
            let asciiOK = f[2].allSatisfy { $0.isASCII }
            #expect(codeOK)
            #expect(asciiOK, "asciiname \(f[2])")
            #expect(!f[1].isEmpty)
            let alternates = f[6].isEmpty ? [] : f[6].split(separator: "|")
            #expect(alternates.count <= 4)
            previousPopulation = population
            rows += 1
        }
        #expect(rows > 30_000)
        #expect(g.cities.all.count == rows)
    }
}
