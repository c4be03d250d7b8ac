import Testing
@testable import DossierScripting

@Suite("Limits")
struct LimitTests {
    static let fast = ScriptLimits(memoryBytes: 32 << 20, timePerCall: .milliseconds(200))

    @Test("an infinite loop ends with a time-limit error naming script, line and document")
    func infiniteLoop() throws {
        let error = try #require(try runError("while true do end", limits: Self.fast))
        #expect(error.kind == .timeLimit)
        #expect(error.message.hasPrefix("probe.lua:4: time limit exceeded"))
        #expect(error.documentID == "doc-1")
        #expect(error.hook == "on_document")
    }

    @Test("pcall cannot swallow the time limit")
    func loopInsidePcall() throws {
        let error = try runError("while true do pcall(function() while true do end end) end", limits: Self.fast)
        #expect(error?.kind == .timeLimit)
    }

    @Test("xpcall with a handler cannot swallow the time limit")
    func loopInsideXpcall() throws {
        let error = try runError("while true do xpcall(function() while true do end end, function(e) return e end) end", limits: Self.fast)
        #expect(error?.kind == .timeLimit)
    }

    @Test("a loop inside a coroutine is stopped too")
    func loopInsideCoroutine() throws {
        let error = try runError("""
            while true do
              coroutine.resume(coroutine.create(function() while true do end end))
              local f = coroutine.wrap(function() while true do end end)
              pcall(f)
            end
        """, limits: Self.fast)
        #expect(error?.kind == .timeLimit)
    }

    @Test("the state is usable for the next document after a limit")
    func continuesAfterLimit() throws {
        let sink = CollectingSink()
        let script = try ScriptFixture().report("if doc.id == 'loop' then while true do end end print(doc.id)", limits: Self.fast, sink: sink)
        #expect(throws: ScriptError.self) { try script.process(ScriptFixture.document("loop")) }
        try script.process(ScriptFixture.document("next"))
        #expect(sink.text == "next")
    }

    @Test("a memory bomb with string.rep ends with a memory-limit error")
    func stringRepBomb() throws {
        let error = try runError("local s = string.rep('x', 1 << 30)", limits: Self.fast)
        #expect(error?.kind == .memoryLimit)
        #expect(error?.message.contains("memory limit exceeded") == true)
    }

    @Test("table growth ends with a memory-limit error, also inside pcall")
    func tableGrowth() throws {
        let error = try runError("""
            local ok = pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end)
            local t = {} for i = 1, 1e9 do t[i] = {} end
        """, limits: Self.fast)
        #expect(error?.kind == .memoryLimit)
    }

    @Test("memory is returned after a memory-limit error")
    func memoryRecovered() throws {
        let script = try ScriptFixture().report("local t = {} for i = 1, 1e9 do t[i] = i end", limits: Self.fast)
        #expect(throws: ScriptError.self) { try script.process(ScriptFixture.document()) }
        #expect(script.state.memoryInUse < 4 << 20)
    }

    @Test("deep recursion ends with a clear stack overflow error")
    func deepRecursion() throws {
        let limits = ScriptLimits(memoryBytes: 64 << 20, timePerCall: .seconds(20))
        let error = try #require(try runError("local function f(n) return 1 + f(n + 1) end f(1)", limits: limits))
        #expect(error.message.contains("stack overflow") || error.kind == .memoryLimit, "\(error)")
    }

    @Test("an instruction budget stops a loop deterministically, also inside pcall")
    func instructionBudget() throws {
        let limits = ScriptLimits(memoryBytes: 32 << 20, timePerCall: .seconds(30), instructionsPerCall: 100_000)
        let error = try runError("while true do pcall(function() for i = 1, 1e12 do end end) end", limits: limits)
        #expect(error?.kind == .instructionLimit)
        #expect(error?.message.contains("instruction limit exceeded") == true)
        let sink = CollectingSink()
        let script = try ScriptFixture().report("local n = 0 for i = 1, 1000 do n = n + i end print(n)", limits: limits, sink: sink)
        try script.process(ScriptFixture.document())
        #expect(sink.text == "500500")
    }

    @Test("a run-time limit stops the call that uses it up and skips later calls")
    func runLimit() throws {
        let limits = ScriptLimits(memoryBytes: 32 << 20, timePerCall: .seconds(30), timePerRun: .milliseconds(300))
        let script = try ScriptFixture().report("if doc.id == 'b' then while true do end end", limits: limits)
        try script.process(ScriptFixture.document("a"))
        do { try script.process(ScriptFixture.document("b")); Issue.record("expected a limit") } catch {
            #expect(error.kind == .runTimeLimit)
            #expect(error.message.contains("run time limit exceeded"))
        }
        do { try script.process(ScriptFixture.document("c")); Issue.record("expected a skip") } catch {
            #expect(error.kind == .runTimeLimit)
            #expect(error.message.contains("used up"))
        }
    }
}
