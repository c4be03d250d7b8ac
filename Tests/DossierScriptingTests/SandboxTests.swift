import Testing
@testable import DossierScripting

@Suite("Sandbox")
struct SandboxTests {
    @Test("dangerous functions are absent", arguments: [
        "os.execute", "os.exit", "os.remove", "os.rename", "os.getenv", "os.tmpname", "os.setlocale",
        "io", "debug", "dofile", "loadfile", "string.dump", "package.loadlib", "package.cpath",
        "package.searchers", "package.preload",
    ])
    func absent(_ expression: String) throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(tostring(\(expression)))", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "nil")
    }

    @Test("safe os functions remain")
    func safeOS() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(type(os.time()), type(os.clock()), os.date('!%Y', 0))", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "number\tnumber\t1970")
    }

    @Test("load refuses bytecode even when asked for binary mode")
    func loadRefusesBytecode() throws {
        let sink = CollectingSink()
        // "\27Lua" is the signature of a precompiled chunk.
        let script = try ScriptFixture().report("""
            local f, problem = load("\\27Lua\\84\\0", "x", "b")
            print(f, problem)
            print(load("return 1 + 1")())
        """, sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text.contains("attempt to load a binary chunk"))
        #expect(sink.text.hasSuffix("2"))
    }

    @Test("load keeps a custom environment argument")
    func loadWithEnvironment() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(load('return x', 'chunk', 't', { x = 42 })())", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "42")
    }

    @Test("the string metatable cannot be read or changed")
    func stringMetatable() throws {
        let error = try runError("getmetatable('').__index = { upper = function() return 'hacked' end }")
        #expect(error?.message.contains("attempt to index") == true)
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(getmetatable(''), ('abc'):upper())", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "false\tABC")
    }

    @Test("changes to shared libraries do not leak between scripts")
    func isolationBetweenScripts() throws {
        let fixture = ScriptFixture()
        let first = try fixture.report("string.upper = function() return 'hacked' end", name: "a.lua")
        try first.process(ScriptFixture.document())
        let sink = CollectingSink()
        let second = try fixture.report("print(('x'):upper())", name: "b.lua", sink: sink)
        try second.process(ScriptFixture.document())
        #expect(sink.text == "X")
    }

    @Test("collectgarbage cannot stop the collector")
    func collectGarbage() throws {
        let error = try runError("collectgarbage('stop')")
        #expect(error?.message.contains("not available") == true)
        let sink = CollectingSink()
        let script = try ScriptFixture().report("print(type(collectgarbage('count')))", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "number")
    }

    @Test("require loads Lua modules from the script's folder only")
    func requireFromOwnFolder() throws {
        let fixture = ScriptFixture()
        fixture.write("helpers/names.lua", "return { greet = function(n) return 'hi ' .. n end }")
        let sink = CollectingSink()
        let script = try fixture.report("print(require('helpers.names').greet(doc.id)); print(require('helpers.names') == require('helpers.names'))", sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "hi doc-1\ntrue")
    }

    @Test("require refuses paths that leave the folder and C libraries", arguments: ["../etc/passwd", "..", "/etc/passwd", "x/../../y", "socket.core"])
    func requireRefusesEscapes(_ name: String) throws {
        let error = try runError("require('\(name)')")
        #expect(error != nil)
        #expect(error?.message.contains("probe.lua:4:") == true)
    }

    @Test("require reports a module's own syntax error with its file and line")
    func requireSyntaxError() throws {
        let fixture = ScriptFixture()
        fixture.write("broken.lua", "local x = \n return x +")
        let script = try fixture.report("require('broken')")
        #expect(throws: ScriptError.self) { try script.process(ScriptFixture.document()) }
        do { try script.process(ScriptFixture.document()) } catch {
            #expect(error.message.contains("broken.lua:2:"))
        }
    }

    @Test("a require cycle is an error, not a hang")
    func requireCycle() throws {
        let fixture = ScriptFixture()
        fixture.write("a.lua", "return require('b')")
        fixture.write("b.lua", "return require('a')")
        let script = try fixture.report("require('a')")
        do { try script.process(ScriptFixture.document()); Issue.record("expected an error") } catch {
            #expect(error.message.contains("require cycle"))
        }
    }
}
