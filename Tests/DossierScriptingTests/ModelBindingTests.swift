import DossierModel
import Testing
@testable import DossierScripting

@Suite("Model bindings")
struct ModelBindingTests {
    @Test("entity fields, tostring, aliases, attributes and the country shortcut")
    func entityFields() throws {
        let output = try ModelFixture.run("""
            local e = doc:entity("e3")
            print(e.id, e.kind, e.name, tostring(e), e.aliases[1], #e.aliases, e.attributes.nationality, e.attributes.roles[1])
            print(doc:entity("e4").country, doc:entity("e1").country, e.country, e.producer, e.nothing, e[1])
            print(doc:entity("e1").attributes.population, doc:entity("nope"), e.attributes == e.attributes)
        """)
        #expect(output == """
        e3\tperson\tBilawal Bhutto Zardari\tBilawal Bhutto Zardari\tBhutto Zardari\t1\tPK\tforeign minister
        PK\tUZ\tnil\tbuiltin\tnil\tnil
        1978028\tnil\ttrue
        """)
    }

    @Test("mentions give text, 1-based inclusive byte positions, sentence, form and resolution")
    func mentions() throws {
        let output = try ModelFixture.run("""
            for _, m in ipairs(doc:entity("e1").mentions) do
              print(m.text, m.first, m.last, m.sentence, m.form, m.resolution,
                    doc:slice(m.first, m.last) == m.text, doc.text:sub(m.first, m.last) == m.text, m.entity == doc:entity("e1"))
            end
            local m = doc:entity("e4").mentions[1]
            print(m.text, m.form, m.sentence, doc.sentences[m.sentence].text:find(m.text, 1, true) ~= nil)
        """)
        #expect(output == """
        Tashkent\t1\t8\tnil\tname\tdateline\ttrue\ttrue\ttrue
        Tashkent\t131\t138\t1\tname\tnil\ttrue\ttrue\ttrue
        Pakistani\tadjective\t1\ttrue
        """)
    }

    @Test("roles are the holds_role relations of a person")
    func roles() throws {
        let output = try ModelFixture.run("""
            for _, r in ipairs(doc:entity("e3").roles) do print(r.title, r.title_text, r.country, r.org.name, r.relation.id) end
            print(#doc:entity("e4").roles)
        """)
        #expect(output == "foreign minister\tForeign Minister\tPK\tPakistan\tr1\n0")
    }

    @Test("lists support #, indexing, ipairs and calling without a filter")
    func lists() throws {
        let output = try ModelFixture.run("""
            print(#doc.entities, #doc.relations, #doc.events, tostring(doc.entities))
            print(doc.entities[1].name, doc.entities[9], doc.entities[0], doc.entities.name, doc.relations[5].kind, doc.events[2].id)
            local n = 0
            for i, e in ipairs(doc.entities) do n = n + 1 assert(e.id == "e" .. i) end
            local m = 0
            for e in doc:entities() do m = m + 1 end
            for e in doc.entities { kind = "date" } do m = m + 1 end
            for i, r in pairs(doc.relations) do m = m + 1 assert(r.id == "r" .. i) end
            print(n, m, doc.entities == doc.entities)
        """)
        #expect(output == """
        8\t5\t2\tlist of 8 entities
        Tashkent\tnil\tnil\tnil\trecognized\tv2
        8\t15\ttrue
        """)
    }

    @Test("entity filters: kind, list of kinds, exact name, attributes")
    func entityFilters() throws {
        let output = try ModelFixture.run("""
            local function ids(...) local t = {} for e in doc:entities(...) do t[#t + 1] = e.id end return table.concat(t, " ") end
            print(ids { kind = "person" })
            print(ids { kind = { "country", "city" } })
            print(ids { name = "Pakistan" }, ids { name = "pakistan" } == "")
            print(ids { attributes = { iso = "KZ" } }, ids { attributes = { nationality = { "PK", "KZ" } } })
            print(ids { kind = "city", attributes = { population = 1978028 } }, ids { attributes = { acronym = true } })
            print(ids { attributes = { roles = "foreign minister" } })
        """)
        #expect(output == "e3 e5\ne1 e4 e6\ne4\ttrue\ne6\te3 e5\ne1\te7\ne3")
    }

    @Test("relation and event filters with entities or ids")
    func relationAndEventFilters() throws {
        let output = try ModelFixture.run("""
            local pk = doc:entity("e4")
            for r in doc:relations { kind = "member_of" } do print(r.id, r.subject.name, r.object.name, r.evidence) end
            for r in doc:relations { subject = pk } do print(r.id, tostring(r)) end
            for r in doc:relations { object = "e6", attributes = { among_first = true } } do print(r.id, r.attributes.date) end
            for ev in doc:events { involving = doc:entity("e3") } do print(ev.id) end
            for ev in doc:events { kind = "recognition", involving = "e6", role = "recognized" } do print(ev.id) end
            for ev in doc:events { involving = "e6", role = "recognizer" } do print("wrong", ev.id) end
            for ev in doc:events { attributes = { cameo = "054" } } do print(ev.id, ev.cameo) end
        """)
        #expect(output == """
        r3\tPakistan\tShanghai Cooperation Organization\tPakistan and Kazakhstan are members of the SCO.
        r4\tKazakhstan\tShanghai Cooperation Organization\tPakistan and Kazakhstan are members of the SCO.
        r3\tmember_of(Pakistan, Shanghai Cooperation Organization)
        r5\trecognized(Pakistan, Kazakhstan)
        r5\t1991-12
        v1
        v2
        v2\t054
        """)
    }

    @Test("events: participants, place, date, cameo, evidence and dossier.names")
    func events() throws {
        let output = try ModelFixture.run("""
            for ev in doc:events { kind = "meeting" } do
              print(ev.id, ev.kind, ev.place.name, tostring(ev.date), ev.date_entity.name, ev.cameo, ev.attributes.date_from)
              print(#ev.participants, ev.participants[1].entity.name, ev.participants[1].role, ev.evidence:sub(1, 9))
              print(dossier.names(ev.participants), dossier.names(ev.participants, "or"))
            end
            local v2 = doc.events[2]
            print(v2.place, v2.date.precision, dossier.names { "A", "B", "C" }, dossier.names {}, dossier.names { doc:entity("e7") })
            print(dossier.names(doc.entities):sub(1, 20))
        """)
        #expect(output == """
        v1\tmeeting\tTashkent\t2022-07-30\t30 July 2022\t040\tdateline
        2\tBilawal Bhutto Zardari\tparticipant\tPakistani
        Bilawal Bhutto Zardari and Mukhtar Tileuberdi\tBilawal Bhutto Zardari or Mukhtar Tileuberdi
        nil\tmonth\tA, B and C\t\tShanghai Cooperation Organization
        Tashkent, 30 July 20
        """)
    }

    @Test("entities are interned per document and compare by document and id")
    func identity() throws {
        let output = try ModelFixture.run("""
            local a, b = doc.entities[3], doc:entity("e3")
            print(a == b, rawequal(a, b), a == doc:entity("e4"), doc.relations[1].subject == a, doc.events[1].participants[1].entity == a)
            local seen = {}
            for _, r in ipairs(doc.relations) do seen[r.subject] = (seen[r.subject] or 0) + 1 end
            print(seen[doc:entity("e4")], seen[a])
        """)
        #expect(output == "true\ttrue\tfalse\ttrue\ttrue\n2\t1")
    }
}
