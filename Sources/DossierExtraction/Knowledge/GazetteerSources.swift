import Foundation

/// Where gazetteer files are read from: the bundled data, an optional override folder, and
/// extension folders whose files add to it.
///
/// Each table reads one file family, named by a stem and an extension: for organizations
/// `organizations.json` and any `organizations-<name>.json`. For a family:
/// 1. `<stem>.<ext>` comes from the override folder when it has one, else from the bundle;
/// 2. every `<stem>-<name>.<ext>` of the bundle and of the override folder follows (an
///    override file of the same name replaces the bundled one), in name order;
/// 3. then every `<stem>.<ext>` and `<stem>-<name>.<ext>` of each extension folder, in order.
///
/// Later records add to earlier ones; where a table has ids (country codes, GeoNames ids,
/// region and organization ids), a later record with an existing id replaces it.
public struct GazetteerSources: Sendable, Hashable {
    /// The environment variable naming the override folder.
    public static let overrideVariable = "DOSSIER_GAZETTEER_DIR"
    /// The environment variable listing extension folders, separated by ':'.
    public static let extensionsVariable = "DOSSIER_GAZETTEER_EXTRA"

    /// The bundled `gazetteer` folder, or nil to read no bundled data.
    public var bundledDirectory: URL?
    /// A folder whose files replace bundled files of the same name and add new ones.
    public var overrideDirectory: URL?
    /// Folders whose files add to the data, in order.
    public var extensionDirectories: [URL]

    /// Creates sources from explicit folders.
    public init(bundledDirectory: URL? = GazetteerSources.bundledGazetteerDirectory,
                overrideDirectory: URL? = nil, extensionDirectories: [URL] = []) {
        self.bundledDirectory = bundledDirectory
        self.overrideDirectory = overrideDirectory
        self.extensionDirectories = extensionDirectories
    }

    /// The bundled data with the override and extension folders named by
    /// `DOSSIER_GAZETTEER_DIR` and `DOSSIER_GAZETTEER_EXTRA` in `environment`, followed by
    /// `extensionDirectories`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                extensionDirectories: [URL] = []) -> GazetteerSources {
        let override = environment[overrideVariable].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        let extra = (environment[extensionsVariable] ?? "").split(separator: ":").map {
            URL(fileURLWithPath: String($0))
        }
        return GazetteerSources(overrideDirectory: override, extensionDirectories: extra + extensionDirectories)
    }

    /// The `gazetteer` folder of the module's resource bundle, if it can be found.
    ///
    /// Looks where SwiftPM's `Bundle.module` looks (the `Dossier_DossierExtraction` resource
    /// bundle beside the executable; resources are copied under `Resources/`), then in
    /// `../share/dossier/` for installed binaries, then in the source tree this module was
    /// built from. `Bundle.module` itself is not used because it stops the process when the
    /// bundle is missing; here a missing bundle gives an empty gazetteer and a diagnostic.
    public static var bundledGazetteerDirectory: URL? {
        let bundleName = "Dossier_DossierExtraction"
        var bases: [URL] = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL { bases.append(resources) }
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            bases.append(exe)
            bases.append(exe.deletingLastPathComponent().appendingPathComponent("share/dossier"))
        }
        for base in bases {
            for suffix in [".resources", ".bundle"] {
                let bundle = base.appendingPathComponent(bundleName + suffix)
                for inner in ["Resources/gazetteer", "gazetteer", "Contents/Resources/Resources/gazetteer",
                              "Contents/Resources/gazetteer"] {
                    let url = bundle.appendingPathComponent(inner)
                    if directoryExists(url) { return url }
                }
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/gazetteer")
        return directoryExists(source) ? source : nil
    }

    /// The files of one family, in reading order (see the type's documentation).
    func files(stem: String, ext: String) -> [URL] {
        let main = "\(stem).\(ext)"
        var result: [URL] = []
        if let dir = overrideDirectory, FileManager.default.fileExists(atPath: dir.appendingPathComponent(main).path) {
            result.append(dir.appendingPathComponent(main))
        } else if let dir = bundledDirectory, FileManager.default.fileExists(atPath: dir.appendingPathComponent(main).path) {
            result.append(dir.appendingPathComponent(main))
        }
        var extras: [String: URL] = [:]
        for dir in [bundledDirectory, overrideDirectory].compactMap({ $0 }) {
            for name in Self.names(in: dir, stem: stem, ext: ext, includeMain: false) {
                extras[name] = dir.appendingPathComponent(name)
            }
        }
        result += extras.keys.sorted().compactMap { extras[$0] }
        for dir in extensionDirectories {
            result += Self.names(in: dir, stem: stem, ext: ext, includeMain: true).map { dir.appendingPathComponent($0) }
        }
        return result
    }

    /// Names of family files in `dir`, sorted, the main file first when included.
    private static func names(in dir: URL, stem: String, ext: String, includeMain: Bool) -> [String] {
        guard let all = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        let main = "\(stem).\(ext)"
        let extras = all.filter { $0.hasPrefix(stem + "-") && $0.hasSuffix("." + ext) }.sorted()
        return (includeMain && all.contains(main) ? [main] : []) + extras
    }

    private static func directoryExists(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
