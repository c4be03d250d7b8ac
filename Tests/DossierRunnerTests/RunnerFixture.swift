import DossierInput
import Foundation
@testable import DossierRunner

/// A temporary folder with scripts and articles, and helpers to run the runner over them.
final class RunnerFixture {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-runner-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let url = folder.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs and returns the summary, what was written to stdout, and what went to stderr.
    func run(_ request: RunRequest) throws(RunnerError) -> (RunSummary, String, [String]) {
        let output = MemorySink()
        var messages: [String] = []
        let summary = try Runner().run(request, output: output) { messages.append($0) }
        return (summary, output.text, messages)
    }
}

/// Collects output in memory.
final class MemorySink: ByteSink {
    var text = ""
    var committed = false
    func write(_ text: String) { self.text += text }
    func write(bytes: [UInt8]) { text += String(decoding: bytes, as: UTF8.self) }
    func commit() throws { committed = true }
    func discard() {}
}
