import DossierModel
import Foundation
import Testing
@testable import DossierExtraction

/// Pattern speed over the Wikinews articles parsed by the full pipeline. Figures, not
/// pass/fail; run with `scripts/bench-patterns` (sets DOSSIER_PATTERN_BENCH=1).
@Suite("Pattern benchmark")
struct PatternBenchmarkTests {
    static let enabled = ProcessInfo.processInfo.environment["DOSSIER_PATTERN_BENCH"] == "1"

    static let patterns = [
        #"[entity=country] "'s"? "exports" "to" [entity=country] ("rose" | "fell") "to"? [quantity]"#,
        #"[kind=country] ("and" [kind=country])? "trade" "reached"? [kind=money]"#,
        #"(?<who> [person]) (said | says | told) "#,
        #"[capitalized]+ (Inc | Ltd | Corporation | Company)"#,
        #"/^(kill|die|dead|injur)(ed|s|ing)?$/ [number]?"#,
        #"[number] /^(people|persons|civilians|soldiers)$/"#,
        #"(?<place> [city] | [country]) [punct]? (?<date> [date])"#,
        #"president of? the? [country]"#,
        #"@verbs [lower]* [kind=money|percent|quantity]"#,
        #"((a | the)? [capitalized]+ [possessive]?)+ [word]"#,
        #"[any]{2,4} [date]"#,
        #"![punct]+ "." "#,
    ]

    @Test(.enabled(if: enabled, "set DOSSIER_PATTERN_BENCH=1 (scripts/bench-patterns) to run the pattern benchmark"),
          .enabled(if: SharedData.available, SharedData.skipMessage))
    func wikinews() throws {
        let files = try FileManager.default.contentsOfDirectory(at: SharedData.wikinews, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let pipeline = try ExtractionPipeline()
        let documents = try files.map { file in
            pipeline.parse(SourceDocument(id: file.lastPathComponent, text: try String(contentsOf: file, encoding: .utf8),
                                          origin: SourceOrigin(path: file.path, format: .text)))
        }
        let library = PatternLibrary(phrases: ["verbs": ["rose", "fell", "reached", "increased by", "cost", "worth"]])
        let compileStart = ContinuousClock.now
        let compiled = try Self.patterns.map { try TokenPattern($0, library: library) }
        let compileTime = ContinuousClock.now - compileStart

        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        var best = Duration.seconds(1_000_000), matchCount = 0, indexTime = Duration.zero
        for _ in 0..<3 {
            var matches = 0, indexing = Duration.zero
            let start = ContinuousClock.now
            for document in documents {
                let indexStart = ContinuousClock.now
                let index = PatternIndex(document)
                indexing += ContinuousClock.now - indexStart
                for pattern in compiled { matches += pattern.matches(in: index).count }
            }
            let elapsed = ContinuousClock.now - start
            if elapsed < best { best = elapsed; indexTime = indexing }
            matchCount = matches
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let runs = Double(documents.count * compiled.count)
        print("""
            pattern benchmark: \(documents.count) documents, \(tokens) tokens, \(compiled.count) patterns \
            (compiled in \(compileTime))
              best of 3: \(best) (indexing \(indexTime)); \(matchCount) matches
              \(Int(runs / seconds)) pattern×document runs/s, \(Int(Double(tokens) * Double(compiled.count) / seconds)) \
            pattern×tokens/s, \(Int(Double(matchCount) / seconds)) matches/s
            """)
        // Per pattern, over prebuilt indexes: which constructs cost what.
        let indexes = documents.map(PatternIndex.init)
        for pattern in compiled {
            let start = ContinuousClock.now
            let count = indexes.reduce(0) { $0 + pattern.matches(in: $1).count }
            print("  \(ContinuousClock.now - start)  \(count) matches  \(pattern.source)")
        }
        #expect(matchCount > 0)
    }
}
