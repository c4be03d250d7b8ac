import Foundation
import Testing
@testable import DossierModel

@Suite("Span")
struct SpanTests {
    @Test("slicing by UTF-8 byte offsets, including multi-byte characters")
    func slicing() {
        let text = "Kazakhstan’s Almaty"
        #expect(text.slice(Span(start: 0, end: 10)) == "Kazakhstan")
        #expect(text.slice(Span(start: 10, end: 14)) == "’s")
        #expect(text.slice(Span(start: 15, end: 21)) == "Almaty")
    }

    @Test("out-of-bounds spans and spans splitting a character give nil")
    func badSpans() {
        let text = "a’b"
        #expect(text.slice(Span(start: 0, end: 99)) == nil)
        #expect(text.slice(Span(start: 0, end: 2)) == nil)
        #expect(Document(id: "x", text: text).text(of: Span(start: 5, end: 9)) == "")
    }

    @Test("spans encode as [start, end] and refuse end before start")
    func coding() throws {
        let data = try JSONEncoder().encode(Span(start: 3, end: 7))
        #expect(String(decoding: data, as: UTF8.self) == "[3,7]")
        #expect(try JSONDecoder().decode(Span.self, from: data) == Span(start: 3, end: 7))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Span.self, from: Data("[7,3]".utf8)) }
    }

    @Test("containment, overlap and order")
    func relations() {
        let outer = Span(start: 0, end: 10), inner = Span(start: 2, end: 4), after = Span(start: 10, end: 12)
        #expect(outer.contains(inner) && !inner.contains(outer))
        #expect(outer.overlaps(inner) && !outer.overlaps(after))
        #expect([after, inner, outer].sorted() == [outer, inner, after])
    }
}
