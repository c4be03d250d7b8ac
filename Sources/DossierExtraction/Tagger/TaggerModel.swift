/// A trained tagger: feature weights, tag transitions and the lexicon its features use.
struct TaggerModel: Sendable {
    /// The feature templates the weights were trained with.
    let groups: FeatureGroups
    /// The phrase lists behind the lexicon features.
    let lexicon: TaggerLexicon
    /// Feature keys in row order.
    let keys: [UInt64]
    /// Row r holds the scores feature `keys[r]` adds to each tag: `weights[r * tagCount + tag]`.
    let weights: [Float]
    /// Transition scores, laid out as `TagDecoder.transitionCount` describes.
    let transitions: [Float]

    private let table: FeatureTable
    /// The feature extractor matching `groups` and `lexicon`.
    let extractor: FeatureExtractor

    /// Assembles a model; `weights` has `keys.count * EntityTag.count` entries.
    init(groups: FeatureGroups, lexicon: TaggerLexicon, keys: [UInt64], weights: [Float], transitions: [Float]) {
        precondition(weights.count == keys.count * EntityTag.count, "weights do not match keys")
        precondition(transitions.count == TagDecoder.transitionCount, "wrong transition count")
        self.groups = groups
        self.lexicon = lexicon
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        var table = FeatureTable(capacity: keys.count)
        for (row, key) in keys.enumerated() { table.insert(key, row: Int32(row)) }
        self.table = table
        extractor = FeatureExtractor(groups: groups, lexicon: lexicon)
    }

    /// Tags every sentence of a document, using document-level features across sentences.
    func tag(document: [[TokenInfo]]) -> [[Int]] {
        let flags = groups.contains(.document) ? DocumentContext.flags(for: document) : []
        var keyBuffer = [UInt64]()
        keyBuffer.reserveCapacity(64)
        var emissions = [Float]()
        return document.enumerated().map { s, infos in
            let sentence = extractor.prepare(infos, documentFlags: flags.isEmpty ? [] : flags[s])
            return decode(sentence, keyBuffer: &keyBuffer, emissions: &emissions)
        }
    }

    /// The best tag indices for one prepared sentence. The buffers are scratch space that
    /// callers keep across sentences to avoid reallocating them.
    func decode(_ sentence: PreparedSentence, keyBuffer: inout [UInt64], emissions: inout [Float]) -> [Int] {
        let n = EntityTag.count, count = sentence.count
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: count * n))
        weights.withUnsafeBufferPointer { w in
            emissions.withUnsafeMutableBufferPointer { e in
                for i in 0..<count {
                    keyBuffer.removeAll(keepingCapacity: true)
                    extractor.keys(at: i, of: sentence, into: &keyBuffer)
                    let out = e.baseAddress! + i * n
                    for key in keyBuffer {
                        let row = table.row(for: key)
                        if row < 0 { continue }
                        let source = w.baseAddress! + Int(row) * n
                        for tag in 0..<n { out[tag] += source[tag] }
                    }
                }
            }
        }
        return emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { t in
                TagDecoder.decode(emissions: e, count: count, transitions: t)
            }
        }
    }
}
