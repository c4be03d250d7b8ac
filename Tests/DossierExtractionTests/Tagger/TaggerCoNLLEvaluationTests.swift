import Foundation
import Testing
@testable import DossierExtraction

/// The CoNLL-2003 dev set, when the shared data folder beside the repository is present
/// (it is never part of the repository). `CONLL_DIR` overrides the location.
private let conllDevSet: URL? = {
    let folder = ProcessInfo.processInfo.environment["CONLL_DIR"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/conll2003")
    let file = folder.appendingPathComponent("eng.testa")
    return FileManager.default.fileExists(atPath: file.path) ? file : nil
}()

@Suite("Tagger: CoNLL-2003 dev set")
struct TaggerCoNLLEvaluationTests {
    @Test(
        "the bundled weights score at least 85 F1 on eng.testa",
        .enabled(if: conllDevSet != nil, "../shared/data/conll2003/eng.testa is absent: the CoNLL evaluation is skipped")
    )
    func devSetF1() throws {
        let documents = try CoNLLReader.read(contentsOf: #require(conllDevSet))
        #expect(documents.count == 216)
        let result = TaggerEvaluation.evaluate(try EntityTagger.bundled(), on: documents)
        #expect(result.score.overall.gold == 5942)
        #expect(result.score.overall.f1 >= 85, "overall F1 \(result.score.overall.f1)\n\(result.score.table())")
        for type in NamedEntityType.allCases {
            #expect(result.score.counts(for: type).f1 >= 80, "\(type) F1 \(result.score.counts(for: type).f1)")
        }
    }
}
