/// Counts the Swift objects one state has handed to Lua, so tests can prove that every
/// object given to a script is released when the script drops it or its state closes.
/// Only the state's owning thread touches it.
public final class ObjectTracker {
    /// Objects handed to Lua and not yet released.
    public private(set) var live = 0
    init() {}
    func retained() { live += 1 }
    func released() { live -= 1 }
}
