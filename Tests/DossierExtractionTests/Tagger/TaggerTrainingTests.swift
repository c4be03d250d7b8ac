import Testing
@testable import DossierExtraction

@Suite("Tagger: reading CoNLL and training")
struct TaggerTrainingTests {
    // Hand-written sentences in the CoNLL column format (not CoNLL data).
    private static let corpus = """
        -DOCSTART- -X- O O

        Anna NNP I-NP I-PER
        Berg NNP I-NP I-PER
        visited VBD I-VP O
        Oslo NNP I-NP I-LOC
        . . O O

        Oslo NNP I-NP I-LOC
        hosts VBZ I-VP O
        Acme NNP I-NP I-ORG
        Corp NNP I-NP I-ORG
        . . O O

        -DOCSTART- -X- O O

        Tom NNP I-NP I-PER
        Lind NNP I-NP B-PER
        met VBD I-VP O
        Swedish JJ I-NP I-MISC
        officials NNS I-NP O
        in IN I-PP O
        Bergen NNP I-NP I-LOC
        . . O O
        """

    @Test("the reader splits documents and sentences and decodes IOB1")
    func reader() {
        let documents = CoNLLReader.parse(TaggerTrainingTests.corpus)
        #expect(documents.count == 2)
        #expect(documents[0].sentences.count == 2)
        #expect(documents[0].sentences[0].tokens == ["Anna", "Berg", "visited", "Oslo", "."])
        #expect(documents[0].sentences[0].entities
            == [EntitySpan(range: 0..<2, type: .person), EntitySpan(range: 3..<4, type: .location)])
        // "B-PER" splits two touching persons.
        #expect(documents[1].sentences[0].entities.prefix(2)
            == [EntitySpan(range: 0..<1, type: .person), EntitySpan(range: 1..<2, type: .person)])
    }

    @Test("training on a tiny corpus learns it, deterministically")
    func learnsTinyCorpus() throws {
        let documents = CoNLLReader.parse(TaggerTrainingTests.corpus)
        var options = TaggerTrainingOptions()
        options.epochs = 8
        options.minimumFeatureCount = 1
        options.lexiconFolds = 1
        options.pruneThreshold = 0  // averaged weights stay small on four sentences
        let trainer = TaggerTrainer(options: options, gazetteer: [(category: "city", phrases: ["Oslo", "Bergen"])])
        let tagger = trainer.train(on: documents)
        let result = TaggerEvaluation.evaluate(tagger, on: documents)
        #expect(result.score.overall.f1 == 100)
        #expect(result.tokens == 18)
        let again = trainer.train(on: documents)
        #expect(TaggerWeightsCodec.encode(again.model) == TaggerWeightsCodec.encode(tagger.model))
    }

    @Test("the seeded shuffle is fixed by its seed")
    func seededShuffle() {
        var a = SplitMix64(seed: 7), b = SplitMix64(seed: 7), c = SplitMix64(seed: 8)
        var x = Array(0..<20), y = Array(0..<20), z = Array(0..<20)
        a.shuffle(&x)
        b.shuffle(&y)
        c.shuffle(&z)
        #expect(x == y)
        #expect(x != z)
        #expect(x.sorted() == Array(0..<20))
    }
}
