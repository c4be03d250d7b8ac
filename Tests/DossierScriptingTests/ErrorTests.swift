import Testing
@testable import DossierScripting

@Suite("Errors")
struct ErrorTests {
    @Test("a runtime error has file:line, the document and a traceback through local functions")
    func runtimeError() throws {
        let fixture = ScriptFixture()
        let path = fixture.write("deep.lua", """
        local function inner(x)
          error("bad value " .. x)
        end
        local function outer(x) inner(x) end
        return { on_document = function(doc, ctx) outer(doc.id) end }
        """)
        let script = try ReportScript(path: path, displayPath: "reports/deep.lua")
        try script.prepare(arguments: [:], sink: CollectingSink())
        do {
            try script.process(ScriptFixture.document("article-7"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .runtime)
            #expect(error.message == "reports/deep.lua:2: bad value article-7")
            #expect(error.documentID == "article-7")
            let traceback = try #require(error.traceback)
            #expect(traceback.contains("reports/deep.lua:2: in "))
            #expect(traceback.contains("reports/deep.lua:4: in "))
            #expect(!traceback.contains("[C]: in ?"))
            #expect(error.description.contains("document 'article-7'"))
        }
    }

    @Test("a syntax error names the file and line")
    func syntaxError() throws {
        let path = ScriptFixture().write("broken.lua", "return {\n  on_document = function(doc ctx) end }\n")
        #expect { try ReportScript(path: path, displayPath: "broken.lua") } throws: { error in
            guard let error = error as? ScriptError else { return false }
            return error.kind == .syntax && error.message.hasPrefix("broken.lua:2:")
        }
    }

    @Test("a script that does not return a table is refused with advice")
    func notATable() throws {
        let path = ScriptFixture().write("nothing.lua", "local x = 1\n")
        #expect { try ReportScript(path: path, displayPath: "nothing.lua") } throws: { error in
            guard let error = error as? ScriptError else { return false }
            return error.kind == .invalidScript && error.message.contains("must return a table") && error.message.contains("returned nil")
        }
    }

    @Test("an empty script file is refused with advice, not a crash")
    func emptyFile() throws {
        let path = ScriptFixture().write("empty.lua", "")
        #expect { try ReportScript(path: path, displayPath: "empty.lua") } throws: { error in
            (error as? ScriptError)?.message.contains("returned nil") == true
        }
    }

    @Test("an unknown hook name is refused with a suggestion")
    func misspelledHook() throws {
        let path = ScriptFixture().write("typo.lua", "return { on_documnet = function() end }")
        #expect { try ReportScript(path: path, displayPath: "typo.lua") } throws: { error in
            (error as? ScriptError)?.message.contains("did you mean 'on_document'") == true
        }
    }

    @Test("a missing script file is reported as unreadable")
    func missingFile() {
        #expect { try ReportScript(path: "/nonexistent/x.lua", displayPath: "x.lua") } throws: { error in
            (error as? ScriptError)?.kind == .unreadable
        }
    }

    @Test("a non-string error object is described, not lost")
    func tableErrorObject() throws {
        let error = try runError("error({ code = 1 })")
        #expect(error?.message.contains("error object is a table value") == true)
    }

    @Test("errors inside host functions carry the caller's line")
    func hostFunctionArgumentError() throws {
        let error = try runError("ctx.out:heading(nil)")
        #expect(error?.message == "probe.lua:4: bad argument #2 to 'heading' (string expected, got nil)")
    }

    @Test("an error in the main chunk is reported with its line")
    func mainChunkError() throws {
        let path = ScriptFixture().write("top.lua", "local x = nil\nreturn x.field\n")
        #expect { try ReportScript(path: path, displayPath: "top.lua") } throws: { error in
            (error as? ScriptError)?.message.hasPrefix("top.lua:2: attempt to index") == true
        }
    }
}
