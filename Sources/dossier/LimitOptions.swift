import ArgumentParser
import DossierScripting

/// Resource limits for scripts, shared by every command that runs scripts.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("timeout"), help: ArgumentHelp("Seconds a script may spend on one document (0: no limit).", valueName: "seconds"))
    var timeout: Double = 10

    @Option(name: .customLong("run-timeout"), help: ArgumentHelp("Seconds a script may spend on the whole run (0: no limit).", valueName: "seconds"))
    var runTimeout: Double = 0

    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("Megabytes of memory per script (0: no limit).", valueName: "MiB"))
    var memoryLimit: Int = 256

    @Option(name: .customLong("max-instructions"), help: ArgumentHelp("Lua instructions per document (0: no limit; a budget makes scripts 2-3x slower).", valueName: "count"))
    var maxInstructions: Int = 0

    func scriptLimits() throws -> ScriptLimits {
        for (name, value) in [("--timeout", timeout), ("--run-timeout", runTimeout)] where value < 0 || !value.isFinite {
            throw ValidationError("\(name) must be a number of seconds, 0 or more")
        }
        guard memoryLimit >= 0, maxInstructions >= 0 else {
            throw ValidationError("--memory-limit and --max-instructions must be 0 or more")
        }
        return ScriptLimits(
            memoryBytes: memoryLimit == 0 ? nil : memoryLimit << 20,
            timePerCall: timeout == 0 ? nil : .milliseconds(Int64(timeout * 1000)),
            timePerRun: runTimeout == 0 ? nil : .milliseconds(Int64(runTimeout * 1000)),
            instructionsPerCall: maxInstructions == 0 ? nil : maxInstructions)
    }
}
