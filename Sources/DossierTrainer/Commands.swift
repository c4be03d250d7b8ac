import DossierExtraction
import Foundation

func log(_ line: String) {
    FileHandle.standardError.write(Data("\(line)\n".utf8))
}

func elapsed(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// `train`: reads CoNLL files (and optional gazetteer lists), trains, writes the weights.
func runTraining(_ options: CommandOptions) throws {
    let started = DispatchTime.now()
    let train = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: options.required("train")))
    let dev = try options.string("dev").map { try CoNLLReader.read(contentsOf: URL(fileURLWithPath: $0)) } ?? []
    let out = URL(fileURLWithPath: options.required("out"))
    var settings = TaggerTrainingOptions()
    if let epochs = options.int("epochs") { settings.epochs = epochs }
    if let seed = options.int("seed") { settings.seed = UInt64(seed) }
    if let minimum = options.int("min-count") { settings.minimumFeatureCount = minimum }
    if let prune = options.double("prune") { settings.pruneThreshold = Float(prune) }
    let gazetteer = try options.string("gazetteer").map(GazetteerLists.read) ?? []
    if !gazetteer.isEmpty {
        log("gazetteer: " + gazetteer.map { "\($0.category) \($0.phrases.count)" }.joined(separator: ", "))
    }
    let tagger = TaggerTrainer(options: settings, gazetteer: gazetteer).train(on: train, dev: dev, log: log)
    try tagger.write(to: out)
    let size = (try? FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int) ?? 0
    log("wrote \(out.path): \(tagger.featureCount) features, \(size) bytes, training took \(Int(elapsed(since: started))) s")
    if !dev.isEmpty { report(TaggerEvaluation.evaluate(tagger, on: dev)) }
}

/// `evaluate`: scores weights (the bundled ones by default) on a CoNLL file.
func runEvaluation(_ options: CommandOptions) throws {
    let data = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: options.required("data")))
    let tagger = try options.string("weights").map { try EntityTagger(weightsAt: URL(fileURLWithPath: $0)) }
        ?? EntityTagger.bundled()
    let bySentence = options.string("by-sentence") == "yes"
    _ = TaggerEvaluation.evaluate(tagger, on: Array(data.prefix(20)))  // warm caches before timing
    var best: TaggerEvaluation.Result?
    for _ in 0..<3 {  // the fastest of three runs: the machine is shared
        let result = TaggerEvaluation.evaluate(tagger, on: data, bySentence: bySentence)
        if best == nil || result.seconds < best!.seconds { best = result }
    }
    report(best!)
    if let path = options.string("output") { try writePredictions(tagger, data, to: path) }
    if let bar = options.double("min-f1"), best!.score.overall.f1 < bar {
        fail("overall F1 \(best!.score.overall.f1) is below the required \(bar)")
    }
}

/// Writes "token gold predicted" lines (BIO) for error analysis and for scoring with
/// conlleval itself. Only for files outside the repository: the tokens are CoNLL text.
func writePredictions(_ tagger: EntityTagger, _ documents: [CoNLLDocument], to path: String) throws {
    var lines: [String] = []
    for document in documents {
        let predicted = tagger.tag(document: document.sentences.map(\.tokens))
        for (sentence, tags) in zip(document.sentences, predicted) {
            let gold = EntitySpan.bilou(sentence.entities, count: sentence.tokens.count)
            for (i, token) in sentence.tokens.enumerated() {
                lines.append("\(token) \(gold[i].bio) \(tags[i].bio)")
            }
            lines.append("")
        }
    }
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
}

func report(_ result: TaggerEvaluation.Result) {
    print(result.score.table())
    print("tokens: \(result.tokens), \(Int(result.tokensPerSecond)) tokens/s (one core, fastest of runs)")
}

/// `tag`: tags one sentence given as space-separated tokens and prints token/tag pairs.
func runTagging(_ options: CommandOptions, text: String) throws {
    let tagger = try options.string("weights").map { try EntityTagger(weightsAt: URL(fileURLWithPath: $0)) }
        ?? EntityTagger.bundled()
    let tokens = text.split(separator: " ")
    for (token, tag) in zip(tokens, tagger.tag(tokens)) { print("\(token)\t\(tag)") }
}
