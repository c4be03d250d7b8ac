/// Resource limits for one script. Every limit ends the call that passed it with a clear
/// error naming the script and document; the script's own `pcall` cannot swallow it.
public struct ScriptLimits: Sendable, Hashable {
    /// Bytes the script's Lua state may allocate (nil: unlimited).
    public var memoryBytes: Int?
    /// Wall-clock time allowed for one hook call, e.g. one document (nil: unlimited).
    public var timePerCall: Duration?
    /// Wall-clock time allowed for all of the script's hook calls together (nil: unlimited).
    public var timePerRun: Duration?
    /// Lua VM instructions allowed per hook call (nil: none). Deterministic, but a count hook
    /// makes Lua 2 to 3 times slower while set, so it is off by default.
    public var instructionsPerCall: Int?

    /// Creates limits.
    public init(memoryBytes: Int? = 256 << 20, timePerCall: Duration? = .seconds(10),
                timePerRun: Duration? = nil, instructionsPerCall: Int? = nil) {
        self.memoryBytes = memoryBytes
        self.timePerCall = timePerCall
        self.timePerRun = timePerRun
        self.instructionsPerCall = instructionsPerCall
    }

    /// The defaults: 256 MiB, 10 s per call, no run limit, no instruction budget.
    public static let `default` = ScriptLimits()

    /// No limits at all (for trusted, bundled code in benchmarks).
    public static let none = ScriptLimits(memoryBytes: nil, timePerCall: nil)
}

extension Duration {
    /// Whole milliseconds, at least 1 for any positive duration.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return max(millis, (seconds > 0 || attoseconds > 0) ? 1 : 0)
    }
}
