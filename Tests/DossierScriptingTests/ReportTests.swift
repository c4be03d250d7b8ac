import DossierModel
import Testing
@testable import DossierScripting

@Suite("Reports")
struct ReportTests {
    @Test("metadata, arguments and hooks are read from the returned table")
    func metadata() throws {
        let path = ScriptFixture().write("meetings.lua", """
        return dossier.report {
          name = "meetings",
          description = "Who met whom",
          categories = { "diplomacy", "summary" },
          author = "Ana",
          license = "MIT",
          api_version = "1",
          args = {
            since = { type = "date", help = "ignore earlier meetings" },
            limit = { type = "integer", default = 10, help = "rows at most" },
            country = { type = "string", required = true },
          },
          on_start = function(ctx) end,
          on_document = function(doc, ctx) end,
        }
        """)
        let script = try ReportScript(path: path, displayPath: "meetings.lua")
        let metadata = script.metadata
        #expect(metadata.name == "meetings")
        #expect(metadata.categories == ["diplomacy", "summary"])
        #expect(metadata.author == "Ana" && metadata.license == "MIT" && metadata.apiVersion == "1")
        #expect(metadata.arguments.map(\.name) == ["country", "limit", "since"])
        #expect(metadata.arguments[1].defaultValue == .integer(10))
        #expect(metadata.hooks == [.onStart, .onDocument])
        #expect(metadata.helpText.contains("limit <integer>   rows at most (default: 10)"))
        #expect(metadata.helpText.contains("country <string>  required"))
    }

    @Test("hooks run in order with ctx.args typed and the document's fields")
    func hooksAndContext() throws {
        let fixture = ScriptFixture()
        let path = fixture.write("r.lua", """
        local count = 0
        return {
          args = { limit = { type = "integer", default = 3 }, verbose = { type = "boolean" }, tags = { type = "list" } },
          on_start = function(ctx) print("start", ctx.args.limit, ctx.args.verbose, #ctx.args.tags, ctx.script.name) end,
          on_document = function(doc, ctx)
            count = count + 1
            print(doc.id, doc.title, #doc.paragraphs, doc.sentences[1].text, doc.paragraphs[1].kind,
                  doc.text:sub(doc.sentences[1].first, doc.sentences[1].last), doc.metadata.title, doc.nothing)
          end,
          on_finish = function(ctx) print("finish", count) end,
        }
        """)
        let sink = CollectingSink()
        let script = try ReportScript(path: path, displayPath: "r.lua")
        try script.prepare(arguments: ["limit": "5", "verbose": "yes", "tags": "a, b"], sink: sink)
        try script.start()
        try script.process(ScriptFixture.document("d1", text: "One two."))
        try script.finish()
        #expect(sink.text == "start\t5\ttrue\t2\tr\nd1\tA title\t1\tOne two.\tbody\tOne two.\tA title\tnil\nfinish\t1")
    }

    @Test("doc.tokens and doc.sections")
    func tokensAndSections() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("""
            print(#doc.tokens, doc.tokens[1].text, doc.tokens[1].kind, doc.text:sub(doc.tokens[2].first, doc.tokens[2].last))
            for _, s in ipairs(doc.sections) do print(s.index, s.heading, #s.paragraphs) end
        """, sink: sink)
        let text = "Intro text.\nBackground\nMore text here."
        let document = Document(id: "d", text: text,
            paragraphs: [Paragraph(span: Span(start: 0, end: 11), kind: .body), Paragraph(span: Span(start: 12, end: 22), kind: .heading),
                         Paragraph(span: Span(start: 23, end: 38), kind: .body)],
            tokens: [Token(span: Span(start: 0, end: 5), kind: .word), Token(span: Span(start: 6, end: 10), kind: .word)])
        try script.process(document)
        #expect(sink.text == "2\tIntro\tword\ttext\n1\tnil\t1\n2\tBackground\t1")
    }

    @Test("argument validation: unknown, wrong type, missing required, bad choice")
    func argumentValidation() throws {
        let path = ScriptFixture().write("a.lua", """
        return { args = { limit = { type = "integer" }, mode = { choices = { "fast", "slow" } },
                          need = { type = "string", required = true } },
                 on_document = function() end }
        """)
        let script = try ReportScript(path: path, displayPath: "a.lua")
        let cases: [([String: String], String)] = [
            (["need": "x", "limt": "3"], "unknown argument 'limt' (did you mean 'limit'?)"),
            (["need": "x", "limit": "three"], "argument 'limit' expects a whole number, got 'three'"),
            (["limit": "3"], "missing required argument 'need'"),
            (["need": "x", "mode": "medium"], "argument 'mode' must be one of fast, slow"),
        ]
        for (given, expected) in cases {
            #expect { try script.prepare(arguments: given, sink: CollectingSink()) } throws: { error in
                guard let error = error as? ScriptError else { return false }
                return error.kind == .arguments && error.message.contains(expected)
            }
        }
    }

    @Test("output: tables, rows checked against columns, headings")
    func output() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("""
            ctx.out:heading("Report", 2)
            ctx.out:table { name = "people", columns = { "name", "age" } }
            ctx.out:row { name = "Ana", age = 40 }
            ctx.out:row { "Bo", 7 }
            ctx.out:row { name = "Cy" }
        """, sink: sink)
        try script.process(ScriptFixture.document())
        let events = sink.events.map(\.event)
        #expect(events == [
            .heading("Report", level: 2),
            .table(name: "people", columns: ["name", "age"]),
            .row(table: "people", values: [.string("Ana"), .integer(40)]),
            .row(table: "people", values: [.string("Bo"), .integer(7)]),
            .row(table: "people", values: [.string("Cy"), .nil]),
        ])
        let error = try runError("ctx.out:table { columns = { 'a' } } ctx.out:row { b = 1 }")
        #expect(error?.message.contains("row has column 'b' but table 'probe' has columns a") == true)
    }

    @Test("out:record writes a structured record; an empty one is refused")
    func record() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("ctx.out:record { id = doc.id, n = 2 }", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.events.map(\.event) == [.record(["id": .string("doc-1"), "n": .integer(2)])])
        let error = try runError("ctx.out:record {}")
        #expect(error?.message.contains("a record is a table of name = value") == true)
    }

    @Test("rows without a declared table take their columns from the first row")
    func implicitTable() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("ctx.out:row { z = 1, a = 2 }", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.events.map(\.event).first == .table(name: "probe", columns: ["a", "z"]))
    }

    @Test("an implicit table grows a column when a later row brings a new key")
    func implicitTableGrows() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("ctx.out:row { a = 1 } ctx.out:row { a = 2, b = 3 }", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.events.map(\.event) == [
            .table(name: "probe", columns: ["a"]), .row(table: "probe", values: [.integer(1)]),
            .table(name: "probe", columns: ["a", "b"]), .row(table: "probe", values: [.integer(2), .integer(3)]),
        ])
        let declared = try runError("ctx.out:table { columns = { 'a' } } ctx.out:row { a = 1 } ctx.out:row { a = 2, b = 3 }")
        #expect(declared?.message.contains("row has column 'b'") == true)
    }

    @Test("dossier.version and dossier.api_version are visible")
    func versions() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(dossier.version, dossier.api_version)", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "\(DossierLibrary.version)\t\(DossierLibrary.apiVersion)")
    }
}

@Suite("Bindings", .serialized)
struct BindingTests {
    @Test("documents handed to Lua are released by the collector and when the state closes")
    func noLeaks() throws {
        var tracker: ObjectTracker
        do {
            let script = try ScriptFixture().report("kept = kept or {} kept[#kept + 1] = doc")
            tracker = script.state.objects
            for index in 0..<50 { try script.process(ScriptFixture.document("d\(index)")) }
            #expect(tracker.live == 50)
        }
        #expect(tracker.live == 0)
        let script = try ScriptFixture().report("local t = doc.title")
        tracker = script.state.objects
        for index in 0..<50 { try script.process(ScriptFixture.document("d\(index)")) }
        script.state.collectGarbage()
        #expect(tracker.live == 0)
    }

    @Test("a document kept past its hook is still readable (a frozen copy)")
    func keptDocument() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("if last then print(last.id) end last = doc", sink: sink)
        try script.process(ScriptFixture.document("first"))
        try script.process(ScriptFixture.document("second"))
        #expect(sink.text == "first")
    }

    @Test("the document metatable is protected")
    func protectedMetatable() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(getmetatable(doc)) print(pcall(setmetatable, doc, {}))", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text.hasPrefix("dossier.Document\nfalse"))
    }
}
