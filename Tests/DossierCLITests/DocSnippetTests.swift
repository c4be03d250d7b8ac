import Foundation
import Testing

/// Every Lua block in docs/*.md runs: complete scripts as they are (reports over
/// examples/articles, extractors through `parse --extractor`), fragments inside the smallest
/// report that can hold them (a hook body, or fields of the script table).
@Suite("documented snippets", .serialized)
struct DocSnippetTests {
    struct Snippet: CustomTestStringConvertible {
        var file: String
        var index: Int
        var code: String
        var testDescription: String { "\(file) block \(index)" }
    }

    static let snippets: [Snippet] = {
        let docs = CLI.repository.appendingPathComponent("docs")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: docs.path))?.filter { $0.hasSuffix(".md") }.sorted() ?? []
        var result: [Snippet] = []
        for file in files {
            guard let text = try? String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8) else { continue }
            var rest = text[...]
            var index = 0
            while let open = rest.range(of: "```lua\n"), let close = rest.range(of: "```", range: open.upperBound..<rest.endIndex) {
                index += 1
                result.append(Snippet(file: file, index: index, code: String(rest[open.upperBound..<close.lowerBound])))
                rest = rest[close.upperBound...]
            }
        }
        return result
    }()

    /// The snippet as a runnable script.
    static func script(_ code: String) -> String {
        if code.contains("return dossier.report") || code.contains("return dossier.extractor") || code.contains("\nreturn {") || code.hasPrefix("return {") {
            return code
        }
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        let prelude = lines.prefix { $0.hasPrefix("local ") || $0.hasPrefix("--") }
        let body = lines.dropFirst(prelude.count).joined(separator: "\n")
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let isField = trimmed.range(of: #"^[a-z_]+\s*=\s*"#, options: .regularExpression) != nil
        let head = prelude.joined(separator: "\n") + "\n"
        if isField {
            let hook = trimmed.contains("on_document") ? "" : ",\non_document = function() end"
            return head + "return dossier.report {\n" + trimmed + hook + "\n}\n"
        }
        return head + "return dossier.report { on_document = function(doc, ctx)\n" + trimmed + "\nend }\n"
    }

    @Test("each Lua block of the docs runs", arguments: snippets)
    func runs(_ snippet: Snippet) throws {
        let folder = CLI.folder()
        let source = Self.script(snippet.code)
        folder.write("snippet.lua", source)
        let articles = CLI.repository.appendingPathComponent("examples/articles").path
        let arguments = source.contains("dossier.extractor")
            ? ["parse", "--extractor", "snippet.lua", articles, "--quiet"]
            : ["run", "snippet.lua", articles, "--quiet"] + (source.contains("required = true") ? ["--arg", "country=PK"] : [])
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 0, "\(snippet.testDescription) failed:\n\(source)\n\(result.stderr)")
    }
}
