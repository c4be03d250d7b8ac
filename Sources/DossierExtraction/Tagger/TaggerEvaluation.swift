import Foundation

/// Scores a tagger against gold CoNLL documents.
public enum TaggerEvaluation {
    /// The outcome of an evaluation.
    public struct Result: Sendable {
        /// Entity-level exact-match counts and P/R/F1 per type.
        public var score: EntityScore
        /// Tokens tagged.
        public var tokens: Int
        /// Wall-clock seconds spent tagging (feature extraction and decoding, not reading).
        public var seconds: Double

        /// Tagging throughput.
        public var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }
    }

    /// Tags each document as a whole (so document-level features apply), or each sentence on
    /// its own when `bySentence` is set, and scores the entities against the gold ones.
    public static func evaluate(_ tagger: EntityTagger, on documents: [CoNLLDocument],
                                bySentence: Bool = false) -> Result {
        var score = EntityScore()
        var tokens = 0
        var seconds = 0.0
        for document in documents {
            let sentences = document.sentences.map(\.tokens)
            let started = DispatchTime.now().uptimeNanoseconds
            let predicted = bySentence ? sentences.map { tagger.spans($0) } : tagger.spans(document: sentences)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            for (sentence, spans) in zip(document.sentences, predicted) {
                score.add(gold: sentence.entities, predicted: spans)
                tokens += sentence.tokens.count
            }
        }
        return Result(score: score, tokens: tokens, seconds: seconds)
    }
}
