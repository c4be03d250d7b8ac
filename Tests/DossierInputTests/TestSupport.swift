import DossierModel
import Foundation
@testable import DossierInput

/// A scratch folder under the system temporary directory, removed when released.
final class Fixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-input-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The absolute path of `relative` inside the fixture.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes text (UTF-8) to `relative`, creating folders; returns the absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating folders; returns the absolute path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }
}

/// Every event of a run.
func events(_ inputs: [String], options: InputOptions = InputOptions(),
            stdin: StandardInput = .text("")) -> [InputEvent] {
    Array(DocumentSource(inputs: inputs, options: options, standardInput: stdin))
}

extension InputEvent {
    var document: SourceDocument? {
        if case .document(let document, _) = self { return document }
        return nil
    }

    var warnings: [String] {
        if case .document(_, let warnings) = self { return warnings }
        return []
    }

    /// The reason of a skip, else nil.
    var skipReason: String? {
        if case .skipped(_, let reason) = self { return reason }
        return nil
    }

    /// The reason of a failure, else nil.
    var failureReason: String? {
        if case .failed(_, let reason) = self { return reason }
        return nil
    }
}

extension Array where Element == InputEvent {
    var documents: [SourceDocument] { compactMap(\.document) }
}

/// The one document a single-file run must produce; nil (and the events, for the failure
/// message) otherwise.
func onlyDocument(_ events: [InputEvent]) -> SourceDocument? {
    guard events.count == 1 else { return nil }
    return events[0].document
}

/// Reads one file of the given name and content and returns its text, or nil.
func readText(_ name: String, _ content: String, options: InputOptions = InputOptions()) throws -> SourceDocument? {
    let fixture = try Fixture()
    let path = try fixture.write(name, content)
    return onlyDocument(events([path], options: options))
}
