import DossierExtraction
import DossierModel
import Foundation

/// `evaluate-pipeline --data PATH [--min-f1 X] [--runs N] [--top N]`: scores the whole
/// extraction pipeline, not only the tagger, on a CoNLL file (entity-level exact match, as
/// conlleval), prints the error patterns behind the score and the parse speed.
///
/// It goes through `ExtractionPipeline`'s public API only (a `SourceDocument` in, entities
/// with byte-span mentions out), so it keeps measuring whatever recognition, resolution and
/// clean-up the pipeline grows. Exits 1 when the overall F1 is below `--min-f1`.
func runPipelineEvaluation(_ options: CommandOptions) throws {
    let path = options.required("data")
    let file = URL(fileURLWithPath: path).lastPathComponent
    let documents = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: path))
    let articles = documents.enumerated().map { EvaluationArticle($1, number: $0 + 1, file: file) }
    let words = articles.reduce(0) { $0 + $1.tokens.count }
    let pipeline = try ExtractionPipeline()

    for article in articles.prefix(10) { _ = pipeline.parse(article.source) }  // warm caches before timing
    let runs = max(1, options.int("runs") ?? 3)
    var parsed: [Document] = []
    var seconds = Double.infinity
    for _ in 0..<runs {  // the fastest run: the machine is shared, and the output is the same each time
        let started = DispatchTime.now()
        parsed = articles.map { pipeline.parse($0.source) }
        seconds = min(seconds, elapsed(since: started))
    }

    var score = EntityScore()
    var errors = ErrorTally()
    var ignored = IgnoredMentions()
    for (article, document) in zip(articles, parsed) {
        let names = PredictedName.collect(from: document, in: article, tally: &ignored)
        let spans = names.enumerated().map { $1.scoredSpan(ordinal: $0, pastEnd: article.tokens.count) }
        score.add(gold: article.gold, predicted: spans)
        errors.add(article, predicted: names)
    }

    print("pipeline on \(file): \(articles.count) documents, \(words) tokens "
          + "(one sentence per line, tokens joined by spaces)")
    print(score.table())
    print(String(format: "speed: %.0f words/s, %.1f documents/s (parse only, one thread, fastest of %d runs; "
                 + "words = CoNLL tokens)", Double(words) / seconds, Double(articles.count) / seconds, runs))
    print(ignored.summary)
    print()
    print(errors.report(top: options.int("top") ?? 20))

    let overall = score.overall.f1
    if let bar = options.double("min-f1"), overall < bar {
        log(String(format: "DossierTrainer: pipeline overall F1 %.2f is below the required %.2f", overall, bar))
        exit(1)
    }
}
