import Testing
@testable import DossierScripting

@Suite("Model lifetime and errors", .serialized)
struct ModelLifetimeTests {
    @Test("model objects are released by the collector and when the state closes")
    func noLeaks() throws {
        var tracker: ObjectTracker
        do {
            let script = try ScriptFixture().report("""
                kept = kept or {}
                for e in doc:entities() do kept[#kept + 1] = e end
                kept[#kept + 1] = doc.events[1].participants
                kept[#kept + 1] = doc.relations
            """)
            tracker = script.state.objects
            for index in 0..<10 { try script.process(ModelFixture.document("d\(index)")) }
            #expect(tracker.live > 10 * 8)
        }
        #expect(tracker.live == 0)
        let script = try ScriptFixture().report("""
            for e in doc:entities() do local _ = e.mentions[1].text, e.roles, tostring(e) end
            for ev in doc:events() do local _ = ev.participants[1].entity.name, ev.date end
            for _, r in ipairs(doc.relations) do local _ = r.subject.name end
        """)
        tracker = script.state.objects
        for index in 0..<20 { try script.process(ModelFixture.document("d\(index)")) }
        script.state.collectGarbage()
        #expect(tracker.live == 0)
    }

    @Test("objects kept past their document stay valid")
    func keptPastDocument() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("""
            if kept then
              print(kept.name, kept.mentions[1].text, kept.roles[1].org.name, list[2].name, #list, ev.place.name, ev.date)
              print(kept == doc:entity("e3"), rawequal(kept, doc:entity("e3")))
            end
            kept, list, ev = doc:entity("e3"), doc.entities, doc.events[1]
        """, sink: sink)
        try script.process(ModelFixture.document("first"))
        script.state.collectGarbage()
        try script.process(ModelFixture.document("second"))
        #expect(sink.text == "Bilawal Bhutto Zardari\tBilawal Bhutto Zardari\tPakistan\t30 July 2022\t8\tTashkent\t2022-07-30\nfalse\tfalse")
    }

    @Test("wrong arguments give clear messages", arguments: [
        ("doc:entities(5)", "bad argument #1 to 'entities' (table expected, got number)"),
        ("doc:events('x')", "bad argument #1 to 'events' (table expected, got string)"),
        ("doc:entities { knd = 'person' }", "bad argument #1 to 'entities' (unknown filter 'knd'; expected kind, name, attributes)"),
        ("doc:entities { kind = 5 }", "bad argument #1 to 'entities' (filter 'kind' must be a string or a list of strings, got number)"),
        ("doc:relations { subject = 5 }", "bad argument #1 to 'relations' (filter 'subject' must be an entity or an entity id, got number)"),
        ("doc:events { attributes = { cameo = { {} } } }", "bad argument #1 to 'events' (attribute 'cameo': values must be strings, numbers or booleans)"),
        ("doc:entity(5)", "bad argument #1 to 'entity' (string expected, got number)"),
        ("doc:slice('a', 2)", "bad argument #1 to 'slice' (integer expected, got string)"),
        ("dossier.date('2022-07-30'):format(5)", "bad argument #1 to 'format' (string expected, got number)"),
        ("dossier.date('July')", "bad argument #1 to 'date' (a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' expected, got 'July')"),
        ("1 for e in doc.entities do end", "'entities' is a list, not an iterator: loop with doc:entities() or ipairs(doc.entities)"),
        ("dossier.names(5)", "bad argument #1 to 'names' (table expected, got number)"),
        ("dossier.names { 1 }", "bad argument #1 to 'names' (item 1 is a number; entities, participants or strings expected)"),
        ("dossier.names(doc.events)", "bad argument #1 to 'names' (a list of entities expected, got events)"),
    ])
    func badArguments(snippet: String, message: String) throws {
        let error = try ModelFixture.error("local _ = \(snippet)")
        #expect(error?.contains("probe.lua:4: " + message) == true, "\(error ?? "no error")")
    }

    @Test("metatables are protected and doc:slice follows string.sub")
    func protection() throws {
        let output = try ModelFixture.run("""
            local e = doc.entities[1]
            print(getmetatable(e), getmetatable(doc.entities), getmetatable(doc.events[1].date), (pcall(setmetatable, e, {})))
            print(doc:slice(1, 8), doc:slice(-14, -2), doc:slice(5, 2) == "", doc:slice(0, 3))
        """)
        #expect(output == "dossier.Entity\tdossier.List\tdossier.Date\tfalse\nTashkent\tDecember 1991\ttrue\tTas")
    }
}
