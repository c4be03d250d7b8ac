import Testing
@testable import DossierExtraction

@Suite("Tagger: tags, spans and IOB conversion")
struct TaggerTagTests {
    @Test("every tag survives the dense index round trip")
    func indexRoundTrip() {
        #expect(EntityTag.all.count == 17)
        for (i, tag) in EntityTag.all.enumerated() {
            #expect(tag.index == i)
            #expect(EntityTag(index: i) == tag)
        }
        #expect(EntityTag.outside.index == 0)
        #expect(EntityTag.unit(.miscellaneous).description == "U-MISC")
        #expect(EntityTag.last(.person).bio == "I-PER")
    }

    @Test("IOB1 labels convert to BIO: B- only where an entity starts")
    func iob1ToBIO() {
        // IOB1 writes I- everywhere and B- only between touching entities of one type.
        let iob1 = ["I-ORG", "O", "I-MISC", "O", "I-PER", "I-PER", "B-PER", "I-LOC", "I-ORG"]
        #expect(EntitySpan.bio(fromIOB1: iob1)
            == ["B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER", "B-PER", "B-LOC", "B-ORG"])
    }

    @Test("IOB1 and IOB2 spellings of the same entities decode alike")
    func iobDecoding() {
        let expected = [
            EntitySpan(range: 0..<2, type: .person), EntitySpan(range: 2..<3, type: .person),
            EntitySpan(range: 4..<5, type: .location),
        ]
        #expect(EntitySpan.spans(fromIOB: ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]) == expected)
        #expect(EntitySpan.spans(fromIOB: ["B-PER", "I-PER", "B-PER", "O", "B-LOC"]) == expected)
        // An I- of another type starts a new entity, and unknown labels count as O.
        #expect(EntitySpan.spans(fromIOB: ["I-PER", "I-ORG", "X-Y"])
            == [EntitySpan(range: 0..<1, type: .person), EntitySpan(range: 1..<2, type: .organization)])
    }

    @Test("spans encode to BILOU and decode back")
    func bilouRoundTrip() {
        let spans = [
            EntitySpan(range: 0..<1, type: .location), EntitySpan(range: 2..<5, type: .organization),
            EntitySpan(range: 5..<7, type: .person),
        ]
        let tags = EntitySpan.bilou(spans, count: 8)
        #expect(tags.map(\.description) == ["U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "B-PER", "L-PER", "O"])
        #expect(EntitySpan.spans(fromBILOU: tags) == spans)
    }

    @Test("ill-formed BILOU is read leniently, like conlleval")
    func lenientBILOU() {
        let tags: [EntityTag] = [.inside(.person), .last(.person), .begin(.location), .outside, .last(.organization)]
        #expect(EntitySpan.spans(fromBILOU: tags) == [
            EntitySpan(range: 0..<2, type: .person), EntitySpan(range: 2..<3, type: .location),
            EntitySpan(range: 4..<5, type: .organization),
        ])
    }
}
