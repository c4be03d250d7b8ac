import Foundation

/// Finds the `tagger` folder of the module's resources.
///
/// This looks where SwiftPM's `Bundle.module` looks (the resource bundle beside the
/// executable, resources under `Resources/` because the target copies that folder whole),
/// plus `../share/dossier` for installed binaries and the source tree as a last resort. It
/// does not call `Bundle.module`, whose generated accessor stops the process when the bundle
/// is missing; a missing bundle must be an error the caller can report instead.
enum TaggerResources {
    static let bundleName = "Dossier_DossierExtraction"

    /// The folder, or nil when no copy of the resources can be found.
    static let folder: URL? = {
        var bases: [URL] = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL { bases.append(resources) }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            bases.append(executable)
            bases.append(executable.deletingLastPathComponent().appendingPathComponent("share/dossier"))
        }
        for base in bases {
            for suffix in [".resources", ".bundle"] {
                let bundle = base.appendingPathComponent(bundleName + suffix)
                for inner in ["Resources/tagger", "tagger", "Contents/Resources/Resources/tagger"] {
                    let url = bundle.appendingPathComponent(inner)
                    if isDirectory(url) { return url }
                }
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/tagger")
        return isDirectory(source) ? source : nil
    }()

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
