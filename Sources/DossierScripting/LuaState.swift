import CLua
import CLuaSupport

/// One sandboxed Lua state with its limits. It is owned by one thread at a time: create it,
/// use it and drop it on the same worker (it is deliberately not `Sendable`).
public final class LuaState {
    let L: LuaStatePointer
    private let guardBox: UnsafeMutablePointer<clua_guard>
    private var functions: [HostFunctionBox] = []
    /// The limits every guarded call runs under.
    public let limits: ScriptLimits
    /// Wall-clock time used by guarded calls so far (for ``ScriptLimits/timePerRun``).
    public private(set) var timeUsed: Duration = .zero
    private var runTimeExhausted = false
    /// Where `print` writes; set by the report host to the current output.
    public var textSink: ((String) -> Void)?
    /// Counts the Swift objects this state has handed to Lua and not yet released.
    public let objects = ObjectTracker()

    /// Creates a sandboxed state (see ``Sandbox``); `moduleRoots` are the folders `require`
    /// may load Lua files from.
    public init(limits: ScriptLimits = .default, moduleRoots: [ModuleRoot] = []) throws {
        self.limits = limits
        guardBox = .allocate(capacity: 1)
        guardBox.initialize(to: clua_guard())
        guardBox.pointee.limit = limits.memoryBytes.map { max(0, $0) } ?? 0
        guard let state = clua_guard_newstate(guardBox) else {
            guardBox.deallocate()
            throw ScriptError(kind: .memoryLimit, script: "(host)", message: "cannot create a Lua state")
        }
        L = state
        Sandbox.open(self, moduleRoots: moduleRoots)
    }

    deinit {
        lua_close(L)
        guardBox.deinitialize(count: 1)
        guardBox.deallocate()
    }

    /// Bytes the state currently holds.
    public var memoryInUse: Int { guardBox.pointee.used }

    /// The most bytes the state has held.
    public var peakMemory: Int { guardBox.pointee.peak }

    /// Runs a full garbage collection.
    public func collectGarbage() { _ = clua_gc(L, LUA_GCCOLLECT, 0) }

    // MARK: Host functions

    /// Pushes `function` as a Lua closure. The state keeps it alive until it closes.
    func push(_ function: HostFunction) {
        let box = HostFunctionBox(function)
        functions.append(box)
        clua_push_host_function(L, hostFunctionEntry, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Sets `table[name] = function` for the table at the top of the stack.
    func setField(_ name: String, _ function: HostFunction) {
        push(function)
        lua_setfield(L, -2, name)
    }

    /// Defines a global host function.
    public func setGlobal(_ name: String, _ function: HostFunction) {
        push(function)
        lua_setglobal(L, name)
    }

    // MARK: Loading and calling

    /// Compiles `source` (text only: bytecode is refused) and leaves the chunk on the stack.
    /// `chunkName` is Lua's: "@path" shows as `path:line:`, "=name" as `name:line:`.
    func load(_ source: [UInt8], chunkName: String, script: String) throws(ScriptError) {
        // An empty array may have no storage to point at; a space compiles to the same chunk.
        let source = source.isEmpty ? [UInt8(ascii: " ")] : source
        let status = source.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
                luaL_loadbufferx(L, $0, bytes.count, chunkName, "t")
            }
        }
        guard status == LUA_OK else {
            let message = lua_swiftstring(L, -1) ?? "cannot load \(chunkName)"
            lua_pop(L, 1)
            throw ScriptError(kind: status == LUA_ERRSYNTAX ? .syntax : .runtime, script: script, message: message)
        }
    }

    /// Calls the function below `arguments` values on the stack under the limits, leaving
    /// `results` values (LUA_MULTRET: all) on the stack.
    func call(arguments: Int32, results: Int32, script: String, documentID: String?, hook: String?) throws(ScriptError) {
        let functionIndex = lua_gettop(L) - arguments
        var milliseconds = limits.timePerCall?.wholeMilliseconds ?? 0
        var runLimitBinds = false
        if let runLimit = limits.timePerRun {
            let remaining = runLimit - timeUsed
            guard !runTimeExhausted, remaining >= .milliseconds(1) else {
                lua_settop(L, functionIndex - 1)
                throw ScriptError(kind: .runTimeLimit, script: script, documentID: documentID, hook: hook,
                                  message: "\(script): run time limit of \(runLimit) used up; skipped")
            }
            let remainingMilliseconds = remaining.wholeMilliseconds
            runLimitBinds = milliseconds == 0 || remainingMilliseconds < milliseconds
            milliseconds = runLimitBinds ? remainingMilliseconds : milliseconds
        }
        lua_pushcfunction(L, clua_traceback_handler)
        lua_insert(L, functionIndex)
        let instructions = Int64(limits.instructionsPerCall ?? 0)
        let clock = ContinuousClock()
        let start = clock.now
        _ = clua_guard_begin(L, instructions, milliseconds)
        let status = lua_pcall(L, arguments, results, functionIndex)
        let stop = clua_guard_end(L)
        timeUsed += clock.now - start
        lua_remove(L, functionIndex)
        guard status != LUA_OK else { return }
        if stop == Int32(CLUA_STOP_TIME.rawValue), runLimitBinds { runTimeExhausted = true }
        let raw = lua_swiftstring(L, -1) ?? "error object is not a string"
        lua_pop(L, 1)
        if stop != 0 { collectGarbage() }
        throw ErrorReport.make(raw: raw, status: status, stop: stop, limits: limits, runLimitBinds: runLimitBinds,
                               script: script, documentID: documentID, hook: hook)
    }
}

/// A folder `require` may load modules from, and how its files are named in messages.
public struct ModuleRoot: Sendable, Hashable {
    /// The folder's absolute path.
    public var path: String
    /// The prefix shown in messages ("reports/" for files under it).
    public var displayPrefix: String

    /// Creates a module root.
    public init(path: String, displayPrefix: String) {
        self.path = path
        self.displayPrefix = displayPrefix
    }
}
