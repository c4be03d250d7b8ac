import Foundation
import Testing

/// The code of the tutorials runs as written (docs/tutorial-*.md, blocks after a
/// `<!-- tutorial: NAME -->` marker).
@Suite("tutorials", .serialized)
struct TutorialTests {
    static func block(_ name: String, in file: String) throws -> String {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent("docs/\(file)"), encoding: .utf8)
        let marker = try #require(text.range(of: "<!-- tutorial: \(name) -->"))
        let open = try #require(text.range(of: "```lua\n", range: marker.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "```", range: open.upperBound..<text.endIndex))
        return String(text[open.upperBound..<close.lowerBound])
    }

    @Test("the first-report tutorial's report runs over the example articles")
    func firstReport() throws {
        let folder = CLI.folder()
        folder.write("pairs.lua", try Self.block("report", in: "tutorial-first-report.md"))
        let articles = CLI.repository.appendingPathComponent("examples/articles").path
        let result = try CLI.run(["run", "pairs.lua", articles, "--format", "csv", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("pair,events\r\n"))
        #expect(result.stdout.contains("Kazakhstan"))
        let help = try CLI.run(["help", "pairs.lua"], in: folder)
        #expect(help.stdout.contains("kinds <list>"))
    }

    @Test("the first-extractor tutorial's extractor finds the trade volume in the example articles")
    func firstExtractor() throws {
        let folder = CLI.folder()
        folder.write("trade.lua", try Self.block("extractor", in: "tutorial-first-extractor.md"))
        let articles = CLI.repository.appendingPathComponent("examples/articles").path
        let result = try CLI.run(["parse", "--extractor", "trade.lua", articles, "--format", "text", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("trade_volume  $1.4 billion"))
    }
}
