import Foundation
import Testing
@testable import DossierExtraction

@Suite struct KnowledgeExtensionTests {
    @Test func extensionFolderAddsEntries() throws {
        let dir = try KnowledgeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        # my additions
        {"id": "tdi", "name": "Tashkent Diplomatic Institute", "acronyms": ["TDI"], "type": "ngo", "source": "test"}
        """.replacingOccurrences(of: "# my additions\n", with: "[") .appending("]")
            .write(to: dir.appendingPathComponent("organizations-mine.json"), atomically: true, encoding: .utf8)
        try "KZ\tQazaqstan\n".write(to: dir.appendingPathComponent("country-aliases.tsv"), atomically: true, encoding: .utf8)
        try "#code\tadjectives\tperson\tpeople\nKZ\tQazaq\tQazaq\tQazaqs\n"
            .write(to: dir.appendingPathComponent("demonyms-extra.tsv"), atomically: true, encoding: .utf8)
        try "99000001\tNew Springfield\tNew Springfield\tUZ\t13\t20000\tSpringfield Nova\n"
            .write(to: dir.appendingPathComponent("cities-local.tsv"), atomically: true, encoding: .utf8)
        try "Grand Vizier\tgrand vizier\tgovernment\n"
            .write(to: dir.appendingPathComponent("titles.tsv"), atomically: true, encoding: .utf8)
        try #"{"regions": [{"id": "fergana", "name": "Fergana Basin", "kind": "area", "members": ["UZ", "KG", "TJ"], "source": "test"}]}"#
            .write(to: dir.appendingPathComponent("regions-local.json"), atomically: true, encoding: .utf8)

        let g = Gazetteer.load(from: GazetteerSources(extensionDirectories: [dir]))
        #expect(g.diagnostics.isEmpty, "\(g.diagnostics)")
        #expect(g.organizations.lookup("TDI").first?.name == "Tashkent Diplomatic Institute")
        #expect(g.organizations.lookup("SCO").first?.id == "sco", "bundled data is kept")
        #expect(g.countries.first(named: "Qazaqstan")?.code == "KZ")
        #expect(g.demonyms.countryCodes(for: "Qazaqs") == ["KZ"])
        #expect(g.cities.largest(named: "Springfield Nova")?.countryCode == "UZ")
        #expect(g.titles.normalizedRole(of: "Grand Vizier") == "grand vizier")
        #expect(g.titles.normalizedRole(of: "Foreign Minister") == "foreign minister", "same-named file adds")
        #expect(g.regions.lookup("Fergana Basin").first?.members == ["KG", "TJ", "UZ"])
        let m = g.longestMatch(in: ["Tashkent", "Diplomatic", "Institute"], at: 0)
        #expect(m?.range == 0..<3)
    }

    @Test func overrideFolderReplacesSameNamedFiles() throws {
        let dir = try KnowledgeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Overlord\toverlord\tgovernment\n".write(to: dir.appendingPathComponent("titles.tsv"), atomically: true, encoding: .utf8)
        let g = Gazetteer.load(from: .standard(environment: [GazetteerSources.overrideVariable: dir.path]))
        #expect(g.titles.all.map(\.form) == ["Overlord"])
        #expect(g.countries.first(named: "Pakistan")?.code == "PK", "other files still come from the bundle")
    }

    @Test func environmentListsExtensionFolders() throws {
        let a = try KnowledgeFixtures.temporaryFolder()
        let b = try KnowledgeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let sources = GazetteerSources.standard(environment: [GazetteerSources.extensionsVariable: "\(a.path):\(b.path)"])
        #expect(sources.extensionDirectories.map(\.path) == [a.path, b.path])
        #expect(sources.overrideDirectory == nil)
    }

    @Test func malformedLinesAreReportedNotFatal() throws {
        let dir = try KnowledgeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "ZZ\tNowhereland\nKZ\n".write(to: dir.appendingPathComponent("country-aliases-bad.tsv"), atomically: true, encoding: .utf8)
        try "not json".write(to: dir.appendingPathComponent("organizations-bad.json"), atomically: true, encoding: .utf8)
        try #"[{"id": "nosource", "name": "No Source Org"}]"#
            .write(to: dir.appendingPathComponent("organizations-nosource.json"), atomically: true, encoding: .utf8)
        let g = Gazetteer.load(from: GazetteerSources(extensionDirectories: [dir]))
        let text = g.diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("country-aliases-bad.tsv:1:") && $0.contains("ZZ") })
        #expect(text.contains { $0.hasPrefix("country-aliases-bad.tsv:2:") })
        #expect(text.contains { $0.hasPrefix("organizations-bad.json") })
        #expect(text.contains { $0.contains("nosource") })
        #expect(g.organizations.organization(id: "nosource") == nil)
        #expect(g.countries.first(named: "Pakistan")?.code == "PK")
    }

    @Test func missingDataGivesAnEmptyGazetteer() {
        let g = Gazetteer.load(from: GazetteerSources(bundledDirectory: nil))
        #expect(g.countries.all.isEmpty)
        #expect(!g.diagnostics.isEmpty)
        #expect(g.longestMatch(in: ["Pakistan"], at: 0) == nil)
    }
}
