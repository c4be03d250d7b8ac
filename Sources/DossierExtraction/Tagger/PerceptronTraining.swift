/// One training sentence: where its tokens' features are and its gold tag indices.
struct TrainingSentence {
    /// The index of the sentence's first token in `TrainingData`.
    let firstToken: Int
    /// Gold BILOU tag indices, one per token.
    let gold: [Int]
}

/// The feature identifiers of every training token, extracted once and replayed each epoch.
struct TrainingData {
    private(set) var sentences: [TrainingSentence] = []
    /// Token t's features are `features[tokenEnds[t - 1] ..< tokenEnds[t]]` (0 for t = 0).
    private(set) var tokenEnds: [Int] = []
    private(set) var features: [Int32] = []
    /// The key of each feature identifier.
    private(set) var featureKeys: [UInt64] = []
    private var keys: [UInt64] = []

    var tokenCount: Int { tokenEnds.count }

    /// Extracts the features of a document's tokens.
    mutating func add(_ document: CoNLLDocument, extractor: FeatureExtractor) {
        let infos = document.sentences.map { $0.tokens.map { TokenInfo($0) } }
        let flags = DocumentContext.flags(for: infos)
        for (s, sentence) in document.sentences.enumerated() {
            let prepared = extractor.prepare(infos[s], documentFlags: flags[s])
            let gold = EntitySpan.bilou(sentence.entities, count: sentence.tokens.count).map(\.index)
            sentences.append(TrainingSentence(firstToken: tokenEnds.count, gold: gold))
            for i in 0..<prepared.count {
                extractor.keys(at: i, of: prepared, into: &keys)
                tokenEnds.append(keys.count)
            }
        }
    }

    /// Numbers the features seen at least `minimumCount` times, in order of first
    /// appearance (so identifiers never depend on hash-table iteration order), and drops
    /// the rest.
    mutating func assignIdentifiers(minimumCount: Int) {
        var counts: [UInt64: Int32] = [:]
        counts.reserveCapacity(keys.count / 8)
        for key in keys { counts[key, default: 0] += 1 }
        var identifiers: [UInt64: Int32] = [:]
        identifiers.reserveCapacity(counts.count)
        features.reserveCapacity(keys.count)
        var start = 0
        for t in 0..<tokenEnds.count {
            for key in keys[start..<tokenEnds[t]] where counts[key]! >= minimumCount {
                if let id = identifiers[key] {
                    features.append(id)
                } else {
                    let id = Int32(featureKeys.count)
                    identifiers[key] = id
                    featureKeys.append(key)
                    features.append(id)
                }
            }
            start = tokenEnds[t]
            tokenEnds[t] = features.count
        }
        keys = []
    }

    /// The feature identifiers of token `t`.
    @inline(__always)
    func featureRange(ofToken t: Int) -> Range<Int> { (t == 0 ? 0 : tokenEnds[t - 1])..<tokenEnds[t] }
}

/// The averaged structured perceptron (Collins 2002) with lazy averaging (Daumé): besides the
/// weights it keeps the sum of updates weighted by when they happened, from which the
/// average over all steps follows at the end without touching every weight at every step.
struct AveragedPerceptron {
    private var weights: [Float]
    private var weighted: [Double]
    private var transitions: [Float]
    private var weightedTransitions: [Double]
    private var step: Double = 1
    private var emissions: [Float] = []

    init(featureCount: Int) {
        weights = [Float](repeating: 0, count: featureCount * EntityTag.count)
        weighted = [Double](repeating: 0, count: featureCount * EntityTag.count)
        transitions = [Float](repeating: 0, count: TagDecoder.transitionCount)
        weightedTransitions = [Double](repeating: 0, count: TagDecoder.transitionCount)
    }

    /// Decodes one sentence with the current weights and, where the result differs from the
    /// gold tags, moves weight from the predicted tags to the gold ones. Returns whether it
    /// was wrong.
    mutating func learn(_ sentence: TrainingSentence, features data: TrainingData) -> Bool {
        let n = EntityTag.count, count = sentence.gold.count
        defer { step += 1 }
        guard count > 0 else { return false }
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: count * n))
        for i in 0..<count {
            for f in data.featureRange(ofToken: sentence.firstToken + i) {
                let row = Int(data.features[f]) * n
                for tag in 0..<n { emissions[i * n + tag] += weights[row + tag] }
            }
        }
        let predicted = emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { t in TagDecoder.decode(emissions: e, count: count, transitions: t) }
        }
        guard predicted != sentence.gold else { return false }
        for i in 0..<count where predicted[i] != sentence.gold[i] {
            for f in data.featureRange(ofToken: sentence.firstToken + i) {
                let row = Int(data.features[f]) * n
                updateWeight(row + sentence.gold[i], by: 1)
                updateWeight(row + predicted[i], by: -1)
            }
        }
        let end = (n + 1) * n
        for i in 0...count {
            let goldPair = pair(sentence.gold, i), predictedPair = pair(predicted, i)
            guard goldPair != predictedPair else { continue }
            let g = i == count ? end + goldPair.1 : goldPair.0 * n + goldPair.1
            let p = i == count ? end + predictedPair.1 : predictedPair.0 * n + predictedPair.1
            updateTransition(g, by: 1)
            updateTransition(p, by: -1)
        }
        return true
    }

    /// The (previous, current) transition at position i; previous is the start row at 0 and
    /// current is the last tag at `count` (the end transition).
    private func pair(_ tags: [Int], _ i: Int) -> (Int, Int) {
        if i == 0 { return (TagDecoder.startRow, tags[0]) }
        if i == tags.count { return (-1, tags[i - 1]) }
        return (tags[i - 1], tags[i])
    }

    // Two methods rather than one taking the arrays inout: passing a stored array inout
    // while reading `step` from self would copy the whole array on every update.
    @inline(__always)
    private mutating func updateWeight(_ index: Int, by delta: Float) {
        weights[index] += delta
        weighted[index] += step * Double(delta)
    }

    @inline(__always)
    private mutating func updateTransition(_ index: Int, by delta: Float) {
        transitions[index] += delta
        weightedTransitions[index] += step * Double(delta)
    }

    /// The weights averaged over all steps so far.
    func averagedWeights() -> [Float] { average(weights, weighted) }

    /// The transition scores averaged over all steps so far.
    func averagedTransitions() -> [Float] { average(transitions, weightedTransitions) }

    private func average(_ w: [Float], _ u: [Double]) -> [Float] {
        zip(w, u).map { Float(Double($0) - $1 / step) }
    }
}
