import DossierModel
import Foundation
@testable import DossierScripting

/// Writes scripts to a fresh temporary folder and runs them.
struct ScriptFixture {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-scripting-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ source: String) -> String {
        let url = folder.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! source.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Loads a report whose on_document body is `body` and prepares it.
    func report(_ body: String, name: String = "probe.lua", limits: ScriptLimits = .default,
                arguments: [String: String] = [:], sink: OutputSink = CollectingSink()) throws -> ReportScript {
        let path = write(name, """
        return {
          name = "probe",
          on_document = function(doc, ctx)
        \(body)
          end,
        }
        """)
        let script = try ReportScript(path: path, displayPath: name, limits: limits)
        try script.prepare(arguments: arguments, sink: sink)
        return script
    }

    static func document(_ id: String = "doc-1", text: String = "Hello world.") -> Document {
        Document(id: id, metadata: DocumentMetadata(title: "A title"), text: text,
                 paragraphs: [Paragraph(span: Span(start: 0, end: text.utf8.count), kind: .body)],
                 sentences: [Sentence(span: Span(start: 0, end: text.utf8.count), paragraph: 0)])
    }
}

/// Runs `body` as the on_document hook over one document and returns the error, if any.
func runError(_ body: String, limits: ScriptLimits = .default) throws -> ScriptError? {
    let script = try ScriptFixture().report(body, limits: limits)
    do {
        try script.process(ScriptFixture.document())
        return nil
    } catch {
        return error
    }
}
