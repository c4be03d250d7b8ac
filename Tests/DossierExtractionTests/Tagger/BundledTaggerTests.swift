import Testing
@testable import DossierExtraction

@Suite("Tagger: the bundled weights")
struct BundledTaggerTests {
    private func tokens(_ text: String) -> [Substring] { text.split(separator: " ") }

    @Test("the bundled weights load")
    func loads() throws {
        let tagger = try EntityTagger.bundled()
        #expect(tagger.featureCount > 1000)
    }

    @Test("a diplomatic sentence: a person, an organization and a place")
    func diplomaticSentence() throws {
        let tagger = try EntityTagger.bundled()
        let sentence = tokens("Foreign Minister Bilawal Bhutto Zardari met officials of the Shanghai Cooperation Organization in Tashkent .")
        let spans = tagger.spans(sentence)
        #expect(spans == [
            EntitySpan(range: 2..<5, type: .person),
            EntitySpan(range: 9..<12, type: .organization),
            EntitySpan(range: 13..<14, type: .location),
        ])
    }

    @Test("typographic apostrophes and quotes tag like ASCII ones")
    func typography() throws {
        let tagger = try EntityTagger.bundled()
        let curly = tokens("Kazakhstan ’s President Kassym-Jomart Tokayev called the “ Vision Central Asia ” policy a success in Almaty .")
        let ascii = tokens("Kazakhstan 's President Kassym-Jomart Tokayev called the \" Vision Central Asia \" policy a success in Almaty .")
        #expect(tagger.tag(curly) == tagger.tag(ascii))
        let spans = tagger.spans(curly)
        #expect(spans.contains(EntitySpan(range: 0..<1, type: .location)))
        #expect(spans.contains(EntitySpan(range: 3..<5, type: .person)))
        #expect(spans.contains(EntitySpan(range: 16..<17, type: .location)))
    }

    @Test("document tagging returns one tag per token of every sentence")
    func documentShape() throws {
        let tagger = try EntityTagger.bundled()
        let document = [tokens("Pakistani citizens live in Almaty ."), [], tokens("Most live in Almaty .")]
        let tags = tagger.tag(document: document)
        #expect(tags.map(\.count) == [6, 0, 5])
        #expect(tagger.spans(document: document)[2] == [EntitySpan(range: 3..<4, type: .location)])
    }
}
