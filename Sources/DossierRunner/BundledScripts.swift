import Foundation

/// The reports shipped with Dossier (`Sources/DossierRunner/Scripts/`), runnable by name.
/// They are ordinary Lua files: `dossier list` shows where they are, so users can copy one
/// and change it.
public enum BundledScripts {
    /// The folder holding the bundled scripts, or nil when the resources are missing.
    public static let directory: URL? = resourceFolder("Scripts")

    /// A resource folder of this module: next to the executable (as SwiftPM builds it or an
    /// install puts it under share/dossier), else in the source tree (tests, `swift run`).
    /// Not `Bundle.module`: that stops the process when the bundle is missing.
    static func resourceFolder(_ name: String) -> URL? {
        let bundleName = "Dossier_DossierRunner"
        var bases: [URL] = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            bases.append(exe)
            bases.append(exe.deletingLastPathComponent().appendingPathComponent("share/dossier"))
        }
        for base in bases {
            for suffix in [".resources", ".bundle"] {
                for inner in [name, "Contents/Resources/" + name] {
                    let url = base.appendingPathComponent(bundleName + suffix).appendingPathComponent(inner)
                    if isFolder(url) { return url }
                }
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
        return isFolder(source) ? source : nil
    }

    /// The names of the bundled scripts, sorted.
    public static var names: [String] {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return files.filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The path of the bundled script called `name` (with or without `.lua`).
    public static func path(of name: String) -> String? {
        let base = name.hasSuffix(".lua") ? String(name.dropLast(4)) : name
        guard names.contains(base), let directory else { return nil }
        return directory.appendingPathComponent(base + ".lua").path
    }

    private static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
