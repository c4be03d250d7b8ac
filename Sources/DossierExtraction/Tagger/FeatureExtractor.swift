/// Which groups of feature templates a model uses; stored in the weights file so that a
/// model is always read with the features it was trained with.
struct FeatureGroups: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// Word, prefix, suffix and shape of the token itself.
    static let token = FeatureGroups(rawValue: 1 << 0)
    /// Words and shapes of the neighbours at -2...+2, and bigrams.
    static let window = FeatureGroups(rawValue: 1 << 1)
    /// Lexicon (gazetteer) matches.
    static let lexicon = FeatureGroups(rawValue: 1 << 2)
    /// Facts about the same word elsewhere in the document.
    static let document = FeatureGroups(rawValue: 1 << 3)

    /// Everything: the default.
    static let all: FeatureGroups = [.token, .window, .lexicon, .document]
}

/// A sentence analyzed once, ready for feature extraction at each position.
struct PreparedSentence {
    /// Token facts with two padding tokens at each end: token i is at `padded[i + 2]`.
    var padded: [TokenInfo]
    /// Lexicon match marks per token (see `TaggerLexicon.matches`).
    var lexiconMarks: [UInt64]
    /// Document-level facts per token (see `DocumentContext`).
    var documentFlags: [DocumentFlags]
    /// The sentence has letters and none in lowercase: a headline or a dateline.
    var isHeadline: Bool

    /// The number of real tokens.
    var count: Int { padded.count - 4 }
}

/// Turns a token position into the keys of its features.
///
/// Each key is a template number combined with the values it looks at, so the model never
/// sees a string. The template numbers are part of the weights' meaning: never renumber
/// them; add new ones at the end.
struct FeatureExtractor: Sendable {
    let groups: FeatureGroups
    let lexicon: TaggerLexicon

    private enum Template: UInt64 {
        case bias = 1, word, lower, prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case shape, shortShape, firstTokenShape, headlineShape, headlineLower
        case lowerM2, lowerM1, lowerP1, lowerP2, shapeM1, shapeP1, shortShapeM2, shortShapeP2
        case bigramM1, bigramP1, shapeTrigram, lowerM1Shape, shapeLowerP1
        case lexicon, document, documentShape
    }

    @inline(__always)
    private static func key(_ t: Template, _ v: UInt64) -> UInt64 { featureCombine(t.rawValue, v) }

    @inline(__always)
    private static func key(_ t: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
        featureCombine(featureCombine(t.rawValue, a), b)
    }

    /// Analyzes the tokens of one sentence; `documentFlags` is empty or one entry per token.
    func prepare(_ infos: [TokenInfo], documentFlags: [DocumentFlags] = []) -> PreparedSentence {
        var padded = [TokenInfo]()
        padded.reserveCapacity(infos.count + 4)
        padded.append(.start)
        padded.append(.start)
        padded.append(contentsOf: infos)
        padded.append(.end)
        padded.append(.end)
        var marks = [UInt64](repeating: 0, count: infos.count)
        if groups.contains(.lexicon) {
            infos.withUnsafeBufferPointer { tokens in
                marks.withUnsafeMutableBufferPointer { lexicon.matches(tokens, into: $0) }
            }
        }
        var letters = false, lower = false
        for info in infos where info.flags.contains(.hasLetter) {
            letters = true
            if info.flags.contains(.hasLower) { lower = true }
        }
        let flags = documentFlags.count == infos.count
            ? documentFlags : [DocumentFlags](repeating: [], count: infos.count)
        return PreparedSentence(padded: padded, lexiconMarks: marks, documentFlags: flags,
                                isHeadline: letters && !lower)
    }

    /// Appends the keys of the features of token `i` to `keys`.
    func keys(at i: Int, of sentence: PreparedSentence, into keys: inout [UInt64]) {
        sentence.padded.withUnsafeBufferPointer { p in
            let c = i + 2
            let t = p[c]
            keys.append(FeatureExtractor.key(.bias, 0))
            if groups.contains(.token) {
                keys.append(FeatureExtractor.key(.word, t.word))
                keys.append(FeatureExtractor.key(.lower, t.lower))
                keys.append(FeatureExtractor.key(.prefix1, t.prefixes.0))
                keys.append(FeatureExtractor.key(.prefix2, t.prefixes.1))
                keys.append(FeatureExtractor.key(.prefix3, t.prefixes.2))
                keys.append(FeatureExtractor.key(.prefix4, t.prefixes.3))
                keys.append(FeatureExtractor.key(.suffix1, t.suffixes.0))
                keys.append(FeatureExtractor.key(.suffix2, t.suffixes.1))
                keys.append(FeatureExtractor.key(.suffix3, t.suffixes.2))
                keys.append(FeatureExtractor.key(.suffix4, t.suffixes.3))
                keys.append(FeatureExtractor.key(.shape, t.shape))
                keys.append(FeatureExtractor.key(.shortShape, t.shortShape))
                if i == 0 { keys.append(FeatureExtractor.key(.firstTokenShape, t.shape)) }
                if sentence.isHeadline {
                    keys.append(FeatureExtractor.key(.headlineShape, t.shape))
                    keys.append(FeatureExtractor.key(.headlineLower, t.lower))
                }
            }
            if groups.contains(.window) {
                let m2 = p[c - 2], m1 = p[c - 1], p1 = p[c + 1], p2 = p[c + 2]
                keys.append(FeatureExtractor.key(.lowerM2, m2.lower))
                keys.append(FeatureExtractor.key(.lowerM1, m1.lower))
                keys.append(FeatureExtractor.key(.lowerP1, p1.lower))
                keys.append(FeatureExtractor.key(.lowerP2, p2.lower))
                keys.append(FeatureExtractor.key(.shapeM1, m1.shape))
                keys.append(FeatureExtractor.key(.shapeP1, p1.shape))
                keys.append(FeatureExtractor.key(.shortShapeM2, m2.shortShape))
                keys.append(FeatureExtractor.key(.shortShapeP2, p2.shortShape))
                keys.append(FeatureExtractor.key(.bigramM1, m1.lower, t.lower))
                keys.append(FeatureExtractor.key(.bigramP1, t.lower, p1.lower))
                keys.append(FeatureExtractor.key(.shapeTrigram, featureCombine(m1.shortShape, t.shortShape), p1.shortShape))
                keys.append(FeatureExtractor.key(.lowerM1Shape, m1.lower, t.shortShape))
                keys.append(FeatureExtractor.key(.shapeLowerP1, t.shortShape, p1.lower))
            }
            if groups.contains(.lexicon) {
                var marks = sentence.lexiconMarks[i]
                let cased: UInt64 = t.flags.contains(.initialCapital) || t.flags.contains(.allCaps) ? 1 : 0
                while marks != 0 {
                    let bit = UInt64(marks.trailingZeroBitCount)
                    marks &= marks - 1
                    keys.append(FeatureExtractor.key(.lexicon, bit << 1 | cased))
                }
            }
            if groups.contains(.document) {
                let flags = sentence.documentFlags[i]
                if !flags.isEmpty {
                    keys.append(FeatureExtractor.key(.document, UInt64(flags.rawValue)))
                    keys.append(FeatureExtractor.key(.documentShape, UInt64(flags.rawValue), t.shortShape))
                }
            }
        }
    }
}
