/// Settings of a training run. The defaults are the ones the shipped weights were trained with.
public struct TaggerTrainingOptions: Sendable {
    /// Passes over the training data (dev F1 levels off after about five).
    public var epochs = 10
    /// Seed of the sentence shuffling; training is deterministic for a given seed.
    public var seed: UInt64 = 2003
    /// Features seen fewer times than this in training are dropped before training.
    public var minimumFeatureCount = 2
    /// Features whose largest averaged weight (in magnitude) is below this are dropped from
    /// the final model, which keeps the weights file small. Measured on eng.testa with 10
    /// epochs: no pruning and count 1, 62k features, 3.4 MB, F1 91.77; count 2 and
    /// threshold 1, 21k features, 1.7 MB, F1 91.80; threshold 2, 11k, 1.3 MB, F1 91.70.
    public var pruneThreshold: Float = 1
    /// The training lexicon is built in this many folds, each sentence seeing only the
    /// entities of the other folds, so that the lexicon features are no more reliable in
    /// training than they will be on unseen text.
    public var lexiconFolds = 10

    /// The defaults.
    public init() {}
}

/// Trains an `EntityTagger` with an averaged structured perceptron.
public struct TaggerTrainer {
    /// The run's settings.
    public var options: TaggerTrainingOptions
    /// Extra phrase lists (gazetteers) by category name, e.g. "country" -> ["Kazakhstan", ...].
    /// Phrases are tokenized on spaces.
    public var gazetteer: [(category: String, phrases: [String])]

    /// A trainer with the given settings and gazetteer.
    public init(options: TaggerTrainingOptions = .init(), gazetteer: [(category: String, phrases: [String])] = []) {
        self.options = options
        self.gazetteer = gazetteer
    }

    /// Trains on `train`, reporting progress (and the F1 on `dev` after each epoch, when
    /// given) through `log`.
    public func train(on train: [CoNLLDocument], dev: [CoNLLDocument] = [],
                      log: (String) -> Void = { _ in }) -> EntityTagger {
        let folds = max(1, options.lexiconFolds)
        let fullLexicon = lexicon(from: train, excludingFold: nil, folds: folds)
        let foldLexicons = (0..<folds).map { lexicon(from: train, excludingFold: $0, folds: folds) }
        log("lexicon: \(fullLexicon.entries.count) phrase entries in \(fullLexicon.categories.count) categories")

        // Extract every token's feature keys once; the epochs only replay them.
        var data = TrainingData()
        for (d, document) in train.enumerated() {
            let extractor = FeatureExtractor(groups: .all, lexicon: foldLexicons[d % folds])
            data.add(document, extractor: extractor)
        }
        data.assignIdentifiers(minimumCount: options.minimumFeatureCount)
        log("training: \(data.sentences.count) sentences, \(data.tokenCount) tokens, \(data.featureKeys.count) features")

        var perceptron = AveragedPerceptron(featureCount: data.featureKeys.count)
        var random = SplitMix64(seed: options.seed)
        var order = Array(data.sentences.indices)
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var mistakes = 0
            for s in order where perceptron.learn(data.sentences[s], features: data) { mistakes += 1 }
            var line = "epoch \(epoch): \(mistakes) sentences wrong"
            if !dev.isEmpty {
                let tagger = EntityTagger(model: model(perceptron, data: data, lexicon: fullLexicon))
                let f1 = TaggerEvaluation.evaluate(tagger, on: dev).score.overall.f1
                line += ", dev F1 \((f1 * 100).rounded() / 100)"
            }
            log(line)
        }
        return EntityTagger(model: model(perceptron, data: data, lexicon: fullLexicon))
    }

    /// The lexicon of gazetteer phrases plus the entities of the training folds other than
    /// `excludingFold`. Categories are added in a fixed order so every fold agrees on bits.
    private func lexicon(from train: [CoNLLDocument], excludingFold: Int?, folds: Int) -> TaggerLexicon {
        var builder = TaggerLexicon.Builder()
        for type in NamedEntityType.allCases { _ = builder.category("train-\(type.label)") }
        for (category, _) in gazetteer { _ = builder.category(category) }
        for (d, document) in train.enumerated() where d % folds != excludingFold {
            for sentence in document.sentences {
                for span in sentence.entities {
                    builder.add(Array(sentence.tokens[span.range]), to: "train-\(span.type.label)")
                }
            }
        }
        for (category, phrases) in gazetteer {
            for phrase in phrases { builder.add(phrase: phrase, to: category) }
        }
        return builder.build()
    }

    /// The averaged weights as a model, without features whose weights all round to nothing.
    private func model(_ perceptron: AveragedPerceptron, data: TrainingData, lexicon: TaggerLexicon) -> TaggerModel {
        let n = EntityTag.count
        let averaged = perceptron.averagedWeights()
        var keys: [UInt64] = [], weights: [Float] = []
        for (id, key) in data.featureKeys.enumerated() {
            let row = averaged[(id * n)..<(id * n + n)]
            let largest = row.reduce(Float(0)) { max($0, abs($1)) }
            guard largest > 0, largest >= options.pruneThreshold else { continue }
            keys.append(key)
            weights.append(contentsOf: row)
        }
        return TaggerModel(groups: .all, lexicon: lexicon, keys: keys, weights: weights,
                           transitions: perceptron.averagedTransitions())
    }
}

/// SplitMix64: a tiny, well-distributed generator whose output depends only on the seed,
/// unlike the system generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return featureMix(state)
    }

    /// Fisher-Yates with this generator (the standard library's `shuffle` may change its
    /// algorithm between releases, which would change the trained weights).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
