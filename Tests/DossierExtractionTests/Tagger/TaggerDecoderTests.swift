import Testing
@testable import DossierExtraction

@Suite("Tagger: constrained Viterbi decoding")
struct TaggerDecoderTests {
    @Test("the transition constraints of BILOU")
    func constraints() {
        #expect(TagDecoder.allows(nil, .begin(.person)))
        #expect(!TagDecoder.allows(nil, .inside(.person)))
        #expect(!TagDecoder.allows(.outside, .last(.person)))
        #expect(TagDecoder.allows(.begin(.person), .inside(.person)))
        #expect(!TagDecoder.allows(.begin(.person), .inside(.location)))
        #expect(!TagDecoder.allows(.begin(.person), .outside))
        #expect(TagDecoder.allows(.last(.person), .begin(.person)))
        #expect(!TagDecoder.allows(.unit(.organization), .inside(.organization)))
        #expect(!TagDecoder.allowsEnd(.begin(.location)))
        #expect(TagDecoder.allowsEnd(.unit(.location)))
    }

    @Test("the best legal path wins over a higher-scoring illegal one")
    func illegalPathExcluded() {
        let n = EntityTag.count
        // Token 0 prefers O; token 1 prefers I-PER, which cannot follow O.
        var emissions = [Float](repeating: 0, count: 2 * n)
        emissions[EntityTag.outside.index] = 5
        emissions[n + EntityTag.inside(.person).index] = 10
        emissions[n + EntityTag.unit(.person).index] = 3
        let transitions = [Float](repeating: 0, count: TagDecoder.transitionCount)
        let path = emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { TagDecoder.decode(emissions: e, count: 2, transitions: $0) }
        }
        #expect(path.map { EntityTag(index: $0) } == [.outside, .unit(.person)])
    }

    @Test("any scores decode to well-formed BILOU")
    func alwaysWellFormed() {
        var random = SplitMix64(seed: 42)
        let n = EntityTag.count
        for length in 1...12 {
            let emissions = (0..<(length * n)).map { _ in Float(random.next() % 1000) / 100 - 5 }
            let transitions = (0..<TagDecoder.transitionCount).map { _ in Float(random.next() % 1000) / 100 - 5 }
            let path = emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { TagDecoder.decode(emissions: e, count: length, transitions: $0) }
            }
            let tags = path.map { EntityTag(index: $0) }
            var previous: EntityTag?
            for tag in tags {
                #expect(TagDecoder.allows(previous, tag), "\(previous.map(\.description) ?? "start") -> \(tag)")
                previous = tag
            }
            #expect(TagDecoder.allowsEnd(tags[tags.count - 1]))
            // Well-formed sequences survive a round trip through spans.
            #expect(EntitySpan.bilou(EntitySpan.spans(fromBILOU: tags), count: length) == tags)
        }
    }
}
