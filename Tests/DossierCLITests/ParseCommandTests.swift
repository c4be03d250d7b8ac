import Foundation
import Testing

@Suite("dossier parse", .serialized)
struct ParseCommandTests {
    static let article = "LONDON, Jan 5 (Dossier Wire) - Foreign Minister Ana Silva of Portugal met officials of the United Nations (UN) in London.\n"

    @Test("JSON Lines: one record per document with schema, text and byte-offset spans")
    func jsonLines() throws {
        let result = try CLI.run(["parse", "--quiet"], stdin: Self.article + "\n")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["schema"] as? Int == 1)
        #expect(Set(record.keys) == ["schema", "id", "metadata", "text", "paragraphs", "sentences", "tokens", "entities", "relations", "events"])
        let text = try #require(record["text"] as? String)
        let bytes = Array(text.utf8)
        let entities = try #require(record["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        for entity in entities {
            #expect(Set(entity.keys).isSuperset(of: ["id", "kind", "name", "aliases", "attributes", "mentions", "producer"]))
            for mention in try #require(entity["mentions"] as? [[String: Any]]) {
                let span = try #require(mention["span"] as? [Int])
                #expect(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self) == mention["text"] as? String)
            }
        }
        let metadata = try #require(record["metadata"] as? [String: Any])
        #expect(metadata["place"] as? String == "LONDON")
        #expect(metadata["source"] as? String == "Dossier Wire")
        let names = entities.compactMap { $0["name"] as? String }
        #expect(names.contains("Ana Silva"))
        #expect(names.contains("Portugal"))
        #expect(names.contains("United Nations"))
    }

    @Test("json is one array; text is a listing")
    func otherFormats() throws {
        let folder = CLI.folder()
        folder.write("a.txt", Self.article)
        folder.write("b.txt", "Kazakhstan and Uzbekistan signed a treaty.")
        let json = try CLI.run(["parse", "a.txt", "b.txt", "--format", "json", "--quiet"], in: folder)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["a.txt", "b.txt"])
        let text = try CLI.run(["parse", "a.txt", "--format", "text", "--quiet"], in: folder)
        #expect(text.stdout.hasPrefix("== a.txt\n"))
        #expect(text.stdout.contains("person"))
        let bad = try CLI.run(["parse", "a.txt", "--format", "xml"], in: folder)
        #expect(bad.status == 64)
    }

    @Test("bad input never crashes: garbage, punctuation, capitals, other scripts, a 270 KB line, long names")
    func badInput() throws {
        let folder = CLI.folder()
        folder.write("garbage.txt", String((0..<20_000).map { _ in "aZ9 .,;'\"()-–—“”$%&*#@!?\n\t".randomElement()! }))
        folder.write("punctuation.txt", String(repeating: "!?.,;:()[]{}—…", count: 2_000))
        folder.write("capitals.txt", "PRESIDENT JOE BIDEN MET CHANCELLOR OLAF SCHOLZ IN BERLIN ON TUESDAY. THEY DISCUSSED NATO.")
        folder.write("russian.txt", "Президент России Владимир Путин провёл переговоры в Москве. 北京是中国的首都。")
        folder.write("line.txt", String(repeating: "Word Another Name ", count: 15_000))
        folder.write("names.txt", "Minister " + (0..<400).map { "Name\($0)" }.joined(separator: " ") + " spoke.")
        let result = try CLI.run(["parse", ".", "--format", "jsonl"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 6)
        #expect(result.stderr.contains("6 documents read"))
    }
}

@Suite("dossier parse --extractor", .serialized)
struct ParseExtractorTests {
    @Test("an extractor's entities appear in the parsed model with their producer; a failing one is reported and the rest goes on")
    func extractorOutput() throws {
        let folder = CLI.folder()
        folder.write("volume.lua", """
        return dossier.extractor {
          name = "volume",
          extract = function(doc, add)
            local s, e = doc.text:find("%$[%d%.]+ billion")
            if s then add.entity { kind = "trade_volume", first = s, last = e } end
          end,
        }
        """)
        folder.write("broken.lua", "return dossier.extractor { name = 'broken', extract = function(doc) error('no luck') end }")
        let result = try CLI.run(["parse", "--extractor", "volume.lua", "--extractor", "broken.lua", "-", "--quiet"],
                                 stdin: "Kazakhstan and China signed deals worth $2.5 billion.", in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.lua:1: no luck"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entities = try #require(record["entities"] as? [[String: Any]])
        let volume = try #require(entities.first { $0["kind"] as? String == "trade_volume" })
        #expect(volume["name"] as? String == "$2.5 billion")
        #expect(volume["producer"] as? String == "volume")
    }
}
