import DossierExtraction
import DossierModel
import Testing
@testable import DossierScripting

@Suite("Pattern binding")
struct PatternBindingTests {
    static let document: Document = {
        let text = "Kazakhstan and China signed 12 agreements on Friday. Then Uzbekistan signed agreements too."
        var document = Segmenter().segment(SourceDocument(id: "p1", text: text, origin: SourceOrigin(path: "p1", format: .text)))
        func country(_ id: String, _ name: String) -> Entity {
            let start = text.utf8.count - text[text.range(of: name)!.lowerBound...].utf8.count
            return Entity(id: id, kind: .country, name: name,
                          mentions: [Mention(span: Span(start: start, end: start + name.utf8.count), text: name, sentence: 0)])
        }
        document.entities = [country("e1", "Kazakhstan"), country("e2", "China"), country("e3", "Uzbekistan")]
        return document
    }()

    @Test("p:matches(doc) works as an iterator and as a list, with captures and their entities")
    func matches() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("""
            local p = dossier.pattern([[ (?<who> [country]) ("and" [country])? "signed" [number]? @deals ]], { phrases = { deals = { "agreements", "a deal" } } })
            local list = p:matches(doc)
            print(#list)
            for m in p:matches(doc) do print(m.text, m.captures.who.entity.name, m.sentence, doc.text:sub(m.first, m.last) == m.text) end
            for _, m in ipairs(list) do print(m.index, #m.entities) end
        """, sink: sink)
        try script.process(Self.document)
        #expect(sink.text == """
        2
        Kazakhstan and China signed 12 agreements\tKazakhstan\t1\ttrue
        Uzbekistan signed agreements\tUzbekistan\t2\ttrue
        1\t2
        2\t1
        """)
    }

    @Test("a bad pattern is a Lua error with the script's line and the pattern's column")
    func badPattern() throws {
        let error = try runError("dossier.pattern('\"signed\" [country')")
        #expect(error?.message.hasPrefix("probe.lua:4: bad pattern: column") == true)
    }

    @Test("patterns handed to Lua are released")
    func released() throws {
        let script = try ScriptFixture().report("for i = 1, 20 do dossier.pattern('[country]') end")
        try script.process(Self.document)
        script.state.collectGarbage()
        #expect(script.state.objects.live == 0)
    }
}
