import Foundation

/// `dossier run` takes an optional script before its inputs: when the first argument is not a
/// script (it is a folder, an article, or "-"), it is an input and the bundled briefing runs.
public enum ScriptOrInput {
    /// The report to run by default.
    public static let defaultScript = "briefing"

    /// The script and the inputs from the command's positional arguments.
    public static func split(_ first: String?, _ rest: [String]) -> (String, [String]) {
        guard let first else { return (defaultScript, rest) }
        if first.hasSuffix(".lua") || BundledScripts.path(of: first) != nil { return (first, rest) }
        var isFolder: ObjCBool = false
        if first == "-" || FileManager.default.fileExists(atPath: first, isDirectory: &isFolder) {
            return (defaultScript, [first] + rest)
        }
        return (first, rest)
    }
}
