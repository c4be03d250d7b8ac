import Foundation

/// Finds the file a script reference names. Today a reference is a path to a `.lua` file;
/// bundled scripts and packs will add names here without changing callers.
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
        let hint = reference.hasSuffix(".lua") ? "" : " (scripts are given as paths to .lua files)"
        throw RunnerError(usage: true, "script not found: \(reference)\(hint)")
    }
}
