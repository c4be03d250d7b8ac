import Foundation
import Testing
@testable import DossierExtraction

@Suite("Tagger: weights serialization")
struct TaggerWeightsTests {
    private func sampleModel() -> TaggerModel {
        var builder = TaggerLexicon.Builder()
        builder.add(phrase: "Tashkent", to: "city")
        builder.add(phrase: "Shanghai Cooperation Organization", to: "organization")
        let n = EntityTag.count
        let keys: [UInt64] = [42, 7, 0xFFFF_FFFF_FFFF_FFFF, 0]
        let weights = (0..<(keys.count * n)).map { Float($0 % 7) - 3.25 }
        let transitions = (0..<TagDecoder.transitionCount).map { Float($0 % 5) * 0.5 - 1 }
        return TaggerModel(groups: .all, lexicon: builder.build(), keys: keys, weights: weights, transitions: transitions)
    }

    @Test("encode then decode gives the same model, up to 16-bit quantization")
    func roundTrip() throws {
        let model = sampleModel()
        let data = TaggerWeightsCodec.encode(model)
        let decoded = try TaggerWeightsCodec.decode(data)
        #expect(decoded.groups == model.groups)
        #expect(decoded.transitions == model.transitions)
        #expect(decoded.lexicon.categories == model.lexicon.categories)
        #expect(decoded.lexicon.maxLength == model.lexicon.maxLength)
        #expect(decoded.lexicon.entries.map(\.hash) == model.lexicon.entries.map(\.hash))
        #expect(decoded.lexicon.entries.map(\.mask) == model.lexicon.entries.map(\.mask))
        let n = EntityTag.count
        let largest = model.weights.map(abs).max()!
        for (row, key) in model.keys.enumerated() {
            let decodedRow = try #require(decoded.keys.firstIndex(of: key))
            for tag in 0..<n {
                #expect(abs(decoded.weights[decodedRow * n + tag] - model.weights[row * n + tag]) <= largest / 32767)
            }
        }
        // Encoding is deterministic: the decoded model encodes to the same bytes.
        #expect(TaggerWeightsCodec.encode(decoded) == data)
    }

    @Test("a weights file written to disk loads as a tagger")
    func fileRoundTrip() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UInt64.random(in: 0...UInt64.max)).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        let tagger = EntityTagger(model: sampleModel())
        try tagger.write(to: url)
        let loaded = try EntityTagger(weightsAt: url)
        #expect(loaded.featureCount == 4)
        #expect(loaded.tag(["in", "Tashkent"]) == tagger.tag(["in", "Tashkent"]))
    }

    @Test("damaged files are rejected with an error, not a crash")
    func damaged() {
        let data = TaggerWeightsCodec.encode(sampleModel())
        #expect(throws: TaggerWeightsError.self) { try TaggerWeightsCodec.decode(data.prefix(data.count - 1)) }
        var flipped = data
        flipped[20] ^= 0xFF
        #expect(throws: TaggerWeightsError.self) { try TaggerWeightsCodec.decode(flipped) }
        #expect(throws: TaggerWeightsError.self) { try TaggerWeightsCodec.decode(Data("not weights".utf8)) }
        #expect(throws: TaggerWeightsError.self) {
            try EntityTagger(weightsAt: URL(fileURLWithPath: "/nonexistent/weights.bin"))
        }
    }
}
