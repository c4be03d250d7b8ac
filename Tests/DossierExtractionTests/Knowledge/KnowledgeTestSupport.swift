import Foundation
@testable import DossierExtraction

/// Test helpers for the Knowledge suites.
enum KnowledgeFixtures {
    /// The bundled data only (no environment overrides), loaded once for all suites.
    static let gazetteer: Gazetteer = Gazetteer.load(from: GazetteerSources())

    /// The reference article, in the shared folder beside the checkout (found from this
    /// file's path or from the working directory).
    static let referenceArticle: URL = {
        let name = "shared/seeds/000_da209d4033ed0b15.txt"
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let candidates = [checkout.deletingLastPathComponent(), cwd.deletingLastPathComponent(), cwd]
            .map { $0.appendingPathComponent(name) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    /// The bundled gazetteer folder.
    static var folder: URL {
        get throws {
            guard let url = GazetteerSources.bundledGazetteerDirectory else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    /// Splits text roughly as the project's tokenizer does: words (apostrophes followed by a
    /// letter stay inside), possessive "’s" split off, every other character its own token,
    /// periods kept inside initialisms ("U.S.").
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        func flush() { if !current.isEmpty { tokens.append(current); current = "" } }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if (c == "'" || c == "’"), let n = next, n == "s", !current.isEmpty,
                      i + 2 >= chars.count || !(chars[i + 2].isLetter) {
                flush()
                tokens.append(String([c, n]))
                i += 1
            } else if (c == "'" || c == "’"), let n = next, n.isLetter, !current.isEmpty {
                current.append(c)
            } else if c == ".", !current.isEmpty, current.count == 1 || current.contains("."),
                      current.last?.isUppercase == true {
                current.append(c)  // U.S.
            } else {
                flush()
                if !c.isWhitespace { tokens.append(String(c)) }
            }
            i += 1
        }
        flush()
        return tokens
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
