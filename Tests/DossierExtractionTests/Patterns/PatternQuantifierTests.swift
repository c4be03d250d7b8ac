import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Pattern quantifiers, alternatives and match selection")
struct PatternQuantifierTests {
    let text = "a b b b c. a c. a b c d. x y x y x y."

    @Test func optionalStarPlus() throws {
        #expect(try PatternFixture.texts("a b? c", in: text) == ["a c", "a b c"])
        #expect(try PatternFixture.texts("a b* c", in: text) == ["a b b b c", "a c", "a b c"])
        #expect(try PatternFixture.texts("a b+ c", in: text) == ["a b b b c", "a b c"])
    }

    @Test func countedRepetition() throws {
        #expect(try PatternFixture.texts("a b{3} c", in: text) == ["a b b b c"])
        #expect(try PatternFixture.texts("a b{1,2} c", in: text) == ["a b c"])
        #expect(try PatternFixture.texts("a b{2,} c", in: text) == ["a b b b c"])
        #expect(try PatternFixture.texts("a b{,1} c", in: text) == ["a c", "a b c"])
        #expect(try PatternFixture.texts("b{2}", in: text) == ["b b"])
    }

    @Test func groupsAndAlternatives() throws {
        #expect(try PatternFixture.texts("(x y)+", in: text) == ["x y x y x y"])
        #expect(try PatternFixture.texts("(x y){2}", in: text) == ["x y x y"])
        #expect(try PatternFixture.texts("a (b | c)+ (d | \".\")", in: text) == ["a b b b c.", "a c.", "a b c d"])
        #expect(try PatternFixture.texts("c | d", in: text) == ["c", "c", "c", "d"])
    }

    @Test func leftmostLongestNonOverlapping() throws {
        // The longest alternative wins even when listed last.
        #expect(try PatternFixture.texts("a | a b | a b b b", in: text) == ["a b b b", "a", "a b"])
        // Greedy star still yields the longest; matches resume after the previous one.
        #expect(try PatternFixture.texts("[any] [any]", in: "p q r s t.") == ["p q", "r s", "t."])
    }

    @Test func allMatchesOverlap() throws {
        let doc = PatternFixture.document("p q r s.")
        #expect(try PatternFixture.texts("[word] [word]", doc, all: true) == ["p q", "q r", "r s"])
        #expect(try PatternFixture.texts("[word]+", doc, all: true) == ["p q r s", "q r s", "r s", "s"])
    }

    @Test func capturesInsideRepetitionKeepTheLastIteration() throws {
        let doc = PatternFixture.document("x y x z.")
        let match = try #require(try TokenPattern("(x (?<second> [word]))+").matches(in: doc).first)
        #expect(match.captures["second"].map { doc.text(of: $0.span) } == "z")
    }

    @Test func emptyMatchesAreNotReported() throws {
        #expect(try PatternFixture.texts("q?", in: "a b.") == [])
        #expect(try PatternFixture.texts("(q | r)*", in: "a r r b.") == ["r r"])
    }

    @Test func nestedQuantifiersStayFast() throws {
        // 400 tokens without the final word: an exponential backtracker would never finish.
        let doc = PatternFixture.document(Array(repeating: "a", count: 400).joined(separator: " ") + " b")
        #expect(doc.sentences.count == 1)
        let clock = ContinuousClock()
        let start = clock.now
        let matches = try TokenPattern(#"(a* a*)* "z""#).matches(in: doc)
        let again = try TokenPattern(#"((a | [word])+)+ "z""#).matches(in: doc)
        let elapsed = clock.now - start
        #expect(matches.isEmpty && again.isEmpty)
        #expect(elapsed < .seconds(20), "took \(elapsed)")
        // And the result is still the longest one where there is a match.
        #expect(try PatternFixture.texts("(a* a*)* b", doc).first?.count == 801)
    }
}
