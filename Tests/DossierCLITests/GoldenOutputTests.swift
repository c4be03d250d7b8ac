import Foundation
import Testing

/// The example and bundled reports over examples/articles, compared with the committed
/// outputs in examples/output/. After a deliberate change, regenerate them with
/// `DOSSIER_UPDATE_GOLDEN=1 swift test --filter GoldenOutput` and review the diff.
@Suite("golden outputs", .serialized)
struct GoldenOutputTests {
    static let cases: [(String, [String])] = [
        ("first-sentences", ["run", "examples/reports/first-sentences.lua", "examples/articles", "--arg", "width=60", "--format", "csv"]),
        ("briefing", ["run", "briefing", "examples/articles", "--format", "markdown"]),
        ("meetings", ["run", "meetings", "examples/articles", "--format", "csv"]),
        ("people", ["run", "people", "examples/articles", "--format", "csv"]),
        ("organizations", ["run", "organizations", "examples/articles", "--format", "csv"]),
        ("timeline", ["run", "timeline", "examples/articles", "--format", "csv"]),
        ("mentions", ["run", "mentions", "examples/articles", "--format", "csv"]),
        ("export-entities", ["run", "export", "examples/articles", "--format", "csv"]),
        ("overview", ["run", "overview", "examples/articles"]),
        ("parse", ["parse", "examples/articles", "--format", "text"]),
    ]

    @Test("each example output matches its golden file", arguments: cases.map(\.0))
    func golden(_ name: String) throws {
        let arguments = Self.cases.first { $0.0 == name }!.1
        let result = try CLI.run(arguments + ["--quiet"], in: CLI.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let extensionName = arguments.contains("csv") ? "csv" : arguments.contains("markdown") ? "md" : "txt"
        let url = CLI.repository.appendingPathComponent("examples/output/\(name).\(extensionName)")
        if ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "examples/output/\(name).\(extensionName) differs; if the change is deliberate, regenerate with DOSSIER_UPDATE_GOLDEN=1")
    }
}
