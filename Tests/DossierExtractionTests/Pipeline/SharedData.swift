import Foundation
import Testing

/// Locates `../shared` beside the repository (the one locator for these tests); tests that
/// need it skip when it is absent.
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var referenceArticle: URL { root.appendingPathComponent("seeds/000_da209d4033ed0b15.txt") }
    static var wikinews: URL { root.appendingPathComponent("data/wikinews") }

    static var available: Bool { FileManager.default.fileExists(atPath: referenceArticle.path) }
    static var hasWikinews: Bool { FileManager.default.fileExists(atPath: wikinews.path) }

    /// The Wikinews article files, sorted.
    static func wikinewsFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: wikinews, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" && $0.lastPathComponent.first?.isNumber == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
    static let skipMessage: Comment = "../shared is absent: the reference article and Wikinews checks are skipped"
}
