import Foundation

/// Finds the file a script reference names: a path to a `.lua` file, else the name of a
/// bundled script (`overview`). Packs will add names here without changing callers.
public enum ScriptLocator {
    /// The path to load, or a usage error saying what was looked for.
    public static func resolve(_ reference: String) throws(RunnerError) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: reference, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw RunnerError(usage: true, "\(reference) is a folder; give the path to a .lua script")
            }
            return reference
        }
        if !reference.contains("/"), let bundled = BundledScripts.path(of: reference) { return bundled }
        let known = BundledScripts.names
        let hint = known.isEmpty ? "" : "; give a path to a .lua file or one of: " + known.joined(separator: ", ")
        throw RunnerError(usage: true, "script not found: \(reference)\(hint) (dossier list shows them)")
    }
}
