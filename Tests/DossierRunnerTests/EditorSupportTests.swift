import DossierModel
import DossierScripting
import Foundation
import Testing
@testable import DossierRunner

/// The LuaLS annotations (`dossier types`) are checked against the real bindings, so they
/// cannot drift: every declared field and method exists at run time, and every function in
/// the `dossier` table is declared.
@Suite("Editor support", .serialized)
struct EditorSupportTests {
    /// class name -> (member, optional)
    static func declarations() throws -> [String: [(String, Bool)]] {
        let text = try #require(EditorSupport.annotations)
        var classes: [String: [(String, Bool)]] = [:]
        var current: String?
        var locals: [String: String] = [:]
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("---@class ") {
                current = String(line.dropFirst(10).split(separator: " ")[0])
                classes[current!, default: []] = []
            } else if line.hasPrefix("---@field "), let owner = current {
                let parts = line.dropFirst(10).split(separator: " ", maxSplits: 1).map(String.init)
                let type = parts.count > 1 ? parts[1] : ""
                classes[owner]!.append((parts[0], type.split(separator: " ")[0].hasSuffix("?") || type.contains("|nil")))
            } else if line.hasPrefix("local "), line.hasSuffix(" = {}"), let owner = current {
                locals[String(line.dropFirst(6).split(separator: " ")[0])] = owner
            } else if line.hasPrefix("function "), let colon = line.firstIndex(where: { $0 == ":" || $0 == "." }) {
                let owner = String(line[line.index(line.startIndex, offsetBy: 9)..<colon])
                let member = String(line[line.index(after: colon)...].prefix { $0 != "(" })
                classes[locals[owner] ?? owner, default: []].append((member, false))
            }
        }
        return classes
    }

    @Test("every member of the dossier table is declared, and every declared one exists")
    func dossierTable() throws {
        let declared = Set(try Self.declarations()["dossier"]!.map(\.0))
        let fixture = RunnerFixture()
        let script = fixture.write("keys.lua", "return { on_start = function() local k = {} for key in pairs(dossier) do if key:sub(1, 1) ~= '_' then k[#k + 1] = key end end table.sort(k) print(table.concat(k, ' ')) end }")
        let (_, output, _) = try fixture.run(RunRequest(scripts: [script], standardInput: .text("")))
        #expect(Set(output.split(whereSeparator: \.isWhitespace).map(String.init)) == declared)
    }

    @Test("every declared field and method of the model classes is there on a parsed article")
    func modelClasses() throws {
        let classes = try Self.declarations()
        let samples = [
            "dossier.Document": "doc", "dossier.Entity": "person", "dossier.Mention": "person.mentions[1]",
            "dossier.Role": "person.roles[1]", "dossier.Relation": "doc.relations[1]", "dossier.Event": "meeting",
            "dossier.Participant": "meeting.participants[1]", "dossier.Date": "dossier.date('2022-07-30')",
            "dossier.Paragraph": "doc.paragraphs[1]", "dossier.Sentence": "doc.sentences[1]", "dossier.Token": "doc.tokens[1]", "dossier.Section": "doc.sections[1]",
            "dossier.PatternMatch": "match", "dossier.PatternCapture": "match.entities[1]", "dossier.Pattern": "pattern",
        ]
        var checks = ""
        for (name, expression) in samples.sorted(by: { $0.key < $1.key }) {
            let members = try #require(classes[name], "\(name) is not declared")
            for (member, optional) in members where !optional {
                checks += "check(\"\(name).\(member)\", \(expression), \"\(member)\")\n"
            }
        }
        let fixture = RunnerFixture()
        fixture.write("a.txt", "Santiago, 4 May 2023 (Dossier Wire): Chile’s Foreign Minister Ana Rojas met Foreign Minister of Peru Carlos Mendoza in Santiago. Chile and Peru are both members of the Asia-Pacific Economic Cooperation (APEC).\n")
        let script = fixture.write("check.lua", """
        local function check(label, object, member)
          if object == nil then print("no sample for " .. label) elseif object[member] == nil then print("missing " .. label) end
        end
        return { on_document = function(doc)
          local person, meeting
          for e in doc:entities { kind = "person", name = "Ana Rojas" } do person = e end
          for ev in doc:events { kind = "meeting" } do meeting = ev end
          local pattern = dossier.pattern("[country]")
          local match = pattern:matches(doc)[1]
        \(checks)
          print("checked")
        end }
        """)
        let (summary, output, messages) = try fixture.run(RunRequest(scripts: [script], inputs: [fixture.path("a.txt")]))
        #expect(summary.exitCode == 0, "\(messages)")
        #expect(output == "checked\n")
    }

    @Test("dossier types writes the annotations, .luarc.json and .luacheckrc, keeping existing config unless forced")
    func types() throws {
        let fixture = RunnerFixture()
        fixture.write(".luacheckrc", "-- mine\n")
        let written = try EditorSupport.write(into: fixture.folder.path, overwrite: false)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["dossier.d.lua", ".luarc.json"])
        #expect(try String(contentsOfFile: fixture.path(".luacheckrc"), encoding: .utf8) == "-- mine\n")
        #expect(try String(contentsOfFile: fixture.path(".luarc.json"), encoding: .utf8).contains("\"workspace.library\": [\".dossier\"]"))
        _ = try EditorSupport.write(into: fixture.folder.path, overwrite: true)
        #expect(try String(contentsOfFile: fixture.path(".luacheckrc"), encoding: .utf8).contains("stds.dossier"))
    }
}
