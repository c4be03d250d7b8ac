import CLua
import CLuaSupport

/// A Swift function callable from Lua. Its body reads arguments and pushes results through
/// a ``LuaCall`` and reports problems by throwing: the C trampoline turns a throw into a Lua
/// error after every Swift frame has returned, so no `longjmp` crosses Swift code. It runs
/// on the thread that owns its state, so it need not be `Sendable`.
public struct HostFunction {
    /// The name used in error messages ("row", "dossier.names").
    public var name: String
    /// The implementation; returns how many results it pushed.
    public var body: (LuaCall) throws -> Int32

    /// Creates a host function.
    public init(_ name: String, body: @escaping (LuaCall) throws -> Int32) {
        self.name = name
        self.body = body
    }
}

/// An error a host function throws to raise a Lua error; the message gets the caller's
/// `file:line:` prefix.
public struct LuaCallError: Error, Sendable, CustomStringConvertible {
    /// The message shown to the script's author.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Keeps a host function alive while its Lua closure exists (the closure holds an unretained
/// pointer to it; the owning ``LuaState`` holds the strong reference).
final class HostFunctionBox {
    let function: HostFunction
    init(_ function: HostFunction) { self.function = function }

    func invoke(_ L: LuaStatePointer) -> Int32 {
        do {
            return try function.body(LuaCall(L, functionName: function.name))
        } catch let error as LuaCallError {
            pushErrorMessage(L, error.message)
        } catch {
            pushErrorMessage(L, "\(error)")
        }
        return -1
    }
}

/// Pushes `where .. message`; the trampoline raises it.
private func pushErrorMessage(_ L: LuaStatePointer, _ message: String) {
    luaL_where(L, 1)
    lua_pushswiftstring(L, message)
    lua_concat(L, 2)
}

/// The single C entry point for every Swift binding.
let hostFunctionEntry: clua_host_function = { L, context in
    guard let L, let context else { return -1 }
    return Unmanaged<HostFunctionBox>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.invoke(L) }
}
