import DossierModel
import Testing
@testable import DossierScripting

@Suite("Extractors")
struct ExtractorTests {
    static let text = "Kazakhstan and China signed 12 agreements worth $2.5 billion."

    static var document: Document {
        var document = ScriptFixture.document("trade-1", text: text)
        document.entities = [Entity(id: "e1", kind: .country, name: "Kazakhstan",
                                    mentions: [Mention(span: Span(start: 0, end: 10), text: "Kazakhstan", sentence: 0)])]
        return document
    }

    func extractor(_ body: String, name: String = "trade.lua", header: String = "name = \"trade\",") throws -> ExtractorScript {
        let path = ScriptFixture().write(name, """
        return dossier.extractor {
          \(header)
          provides = { "trade_volume" },
          extract = function(doc, add)
        \(body)
          end,
        }
        """)
        return try ExtractorScript(path: path, displayPath: name)
    }

    @Test("add.entity, add.mention, add.attribute, add.relation and add.event change the document, marked with the producer")
    func additions() throws {
        let script = try extractor("""
            local s, e = doc.text:find("$2.5 billion", 1, true)
            local id = add.entity { kind = "trade_volume", first = s, last = e, attributes = { value = 2.5e9, currency = "USD" } }
            add.mention { entity = "e1", span = { 1, 10 }, form = "name" }
            add.attribute { entity = "e1", key = "trades_with", value = { "CN" } }
            local r = add.relation { kind = "trade_value", subject = "e1", object = id, evidence = { 1, #doc.text } }
            local v = add.event { kind = "agreement", participants = { { entity = "e1", role = "party" } }, attributes = { count = 12 } }
            print(id, r, v)
        """)
        let result = try script.extract(Self.document)
        let added = try #require(result.entities.last)
        #expect(added.id == "e2" && added.kind == "trade_volume" && added.name == "$2.5 billion")
        #expect(added.producer == "trade")
        #expect(added.attributes["currency"] == .string("USD"))
        #expect(added.mentions.first?.sentence == 0)
        #expect(result.entities[0].mentions.count == 2)
        #expect(result.entities[0].attributes["trades_with"] == .list([.string("CN")]))
        #expect(result.relations.map(\.id) == ["r1"] && result.relations[0].object == "e2")
        #expect(result.events.first?.participants.first?.role == "party")
        #expect(result.events.first?.producer == "trade")
    }

    @Test("a span outside the text is an error with file:line and the document; nothing is applied")
    func badSpan() throws {
        let script = try extractor("""
            add.entity { kind = "x", first = 1, last = 5 }
            add.entity { kind = "x", first = 1, last = 10000 }
        """)
        do {
            _ = try script.extract(Self.document)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("trade.lua:6: span 1..10000 is outside the document text (1..61)"))
            #expect(error.documentID == "trade-1")
        }
    }

    @Test("references to unknown entities, missing kinds and bad attribute values are errors")
    func badArguments() throws {
        for (body, expected) in [
            ("add.relation { kind = 'k', subject = 'e99' }", "no entity 'e99'"),
            ("add.entity { first = 1, last = 3 }", "'kind' is required"),
            ("add.entity { kind = 'k', first = 1, last = 3, attributes = { f = function() end } }", "cannot be used here"),
            ("add.entity { kind = 'two words', first = 1, last = 3 }", "kind must be a word"),
        ] {
            let script = try extractor(body)
            #expect { _ = try script.extract(Self.document) } throws: { error in
                (error as? ScriptError)?.message.contains(expected) == true
            }
        }
    }

    @Test("extractors run after those they name in 'after' and before those in 'before'; cycles are reported")
    func ordering() throws {
        let a = try extractor("", name: "a.lua", header: "name = \"a\", after = { \"b\" },")
        let b = try extractor("", name: "b.lua", header: "name = \"b\",")
        let c = try extractor("", name: "c.lua", header: "name = \"c\", before = { \"b\" },")
        #expect(try ExtractorChain([a, b, c]).ordered.map(\.name) == ["c", "b", "a"])
        let reader = try extractor("", name: "reader.lua", header: "name = \"reader\", needs = { \"trade_volume\" },")
        let provider = try extractor("", name: "provider.lua", header: "name = \"provider\",")
        #expect(try ExtractorChain([reader, provider]).ordered.map(\.name) == ["provider", "reader"])
        let x = try extractor("", name: "x.lua", header: "name = \"x\", after = { \"y\" },")
        let y = try extractor("", name: "y.lua", header: "name = \"y\", after = { \"x\" },")
        #expect { try ExtractorChain([x, y]) } throws: { error in
            (error as? ScriptError)?.message.contains("cycle") == true
        }
    }

    @Test("a report is not an extractor, and an extractor needs extract()")
    func wrongShape() throws {
        let report = ScriptFixture().write("r.lua", "return dossier.report { on_document = function() end }")
        #expect { try ExtractorScript(path: report, displayPath: "r.lua") } throws: { error in
            (error as? ScriptError)?.message.contains("not an extractor") == true
        }
        let empty = ScriptFixture().write("e.lua", "return dossier.extractor { name = 'e' }")
        #expect { try ExtractorScript(path: empty, displayPath: "e.lua") } throws: { error in
            (error as? ScriptError)?.message.contains("needs extract = function(doc, add)") == true
        }
    }
}
