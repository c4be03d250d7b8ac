import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Segmentation: robustness")
struct SegmentationRobustnessTests {
    private func sound(_ text: String) -> Document {
        let doc = Seg.document(text)
        let problems = Seg.invariantViolations(doc)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(doc.text == text)
        return doc
    }

    @Test(arguments: ["", " ", "\n\n\n", "\u{00A0}\u{2028}\t", ".", "a", "\u{301}", "\u{200B}\u{FEFF}"])
    func degenerateInputs(_ text: String) {
        let doc = sound(text)
        #expect(doc.sentences.count <= 1)
    }

    @Test func onlyPunctuation() {
        let doc = sound("!!!???...,,,;;;---——…“”''\"\"((]]")
        #expect(!doc.tokens.isEmpty)
        #expect(doc.tokens.allSatisfy { $0.kind == .punctuation })
    }

    @Test func allCapitals() {
        let doc = sound("""
            BISHKEK, 14 JUNE 2021 (KGW): THE FOREIGN MINISTERS MET. MR. ZARDARI SPOKE FIRST. \
            THE U.S. WAS NOT THERE. THEY LEFT AT 5 P.M. THE NEXT DAY.
            """)
        #expect(doc.metadata.place == "BISHKEK")
        #expect(doc.sentences.map { doc.text(of: $0.span) } == [
            "THE FOREIGN MINISTERS MET.", "MR. ZARDARI SPOKE FIRST.", "THE U.S. WAS NOT THERE.",
            "THEY LEFT AT 5 P.M.", "THE NEXT DAY.",
        ])
    }

    @Test func nonEnglishScripts() {
        let doc = sound("""
            Москва, 2 июня. Президент России провёл встречу. Он сказал: «Всё хорошо».
            北京市今天举行了会议。外交部长发表了讲话！
            قال الوزير إن المحادثات كانت مثمرة. وأضاف أن الاجتماع القادم سيعقد قريبا؟
            """)
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.count == 7)
    }

    @Test func controlCharactersAreWhiteSpace() {
        let doc = sound("Talks\u{0}began\u{7}on\u{1B}Monday.")
        #expect(Seg.tokens("Talks\u{0}began") == ["Talks", "began"])
        #expect(doc.sentences.count == 1)
    }

    @Test func randomGarbage() {
        var generator = GarbageGenerator(seed: 42)
        let alphabet: [Unicode.Scalar] = Array("aZ09 .,;:!?'\"’“”()[]-–—…&@#$%\n\r\t".unicodeScalars)
            + ["\u{0}", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{00A0}", "\u{2028}", "😀", "中", "й", "ع", "\u{FFFD}"]
        for _ in 0..<50 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 400) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            _ = sound(String(scalars))
        }
    }

    @Test func tenMegabyteLineWithoutPunctuation() {
        let words = ["pakistan", "kazakhstan", "ministers", "met", "and", "talked", "about", "trade"]
        var text = ""
        text.reserveCapacity(10_500_000)
        var k = 0
        while text.utf8.count < 10_000_000 {
            text += words[k % words.count]
            text += " "
            k += 1
        }
        let doc = Seg.document(text)
        #expect(doc.paragraphs.count == 1)
        #expect(doc.tokens.count == k)
        #expect(doc.sentences.allSatisfy { $0.tokenCount <= Segmenter.maxSentenceTokens })
        #expect(doc.sentences.count == (k + Segmenter.maxSentenceTokens - 1) / Segmenter.maxSentenceTokens)
    }

    @Test func megabyteWordWithoutSpaces() {
        let doc = sound(String(repeating: "x", count: 1_000_000))
        #expect(doc.tokens.count == (1_000_000 + TokenScanner.maxTokenBytes - 1) / TokenScanner.maxTokenBytes)
    }

    @Test func longRunsOfSentencePunctuationAndSpaces() {
        _ = sound(String(repeating: ". ", count: 100_000))
        _ = sound(String(repeating: "U.S. ", count: 20_000))
        _ = sound(String(repeating: "(", count: 50_000) + String(repeating: ")", count: 50_000))
        _ = sound("A" + String(repeating: " ", count: 200_000) + ". B")
    }

    @Test func punctuationRunsAreBoundedTokens() {
        for run in ["-", ".", "!", "…"] {
            let doc = sound(String(repeating: run, count: 2_000))
            #expect(doc.tokens.allSatisfy { $0.span.length <= TokenScanner.maxTokenBytes }, "\(run)")
        }
        let email = sound("a@" + String(repeating: "b", count: 5_000) + ".org")
        #expect(email.tokens.allSatisfy { $0.span.length <= TokenScanner.maxTokenBytes })
    }

    @Test(arguments: [
        "He said \"no.\" Then he left.", "(see below.) Next", "U.S.-led", "Mr.", "A. B. C. D.",
        "'''", "‘’‘’", "don't'", "n't", "'s", "’s’s", "Kazakhstan’s’", "a.b.c.d.e.f.", "e.g..", "1.2.3.",
        "1,", ",1", "1:", "$", "€5bn", "6am.", "www.", "http://", "https://(", "x@y", "@.", "AT&", "&T",
        "[...]", "[... ", "“”", "—", "\u{200D}\u{200D}", "👍🏽\u{200D}", "ÉCOLE. École", "Ⅻ ² ½",
        "Bishkek, 14 June 2021 (KGW):", "ISLAMABAD:", "WASHINGTON (", "LONDON, Jan", "Friday,",
        "Sources", "Related news\n", "\n\nBackground\n\n", "a\r\n\r\nb", "x\u{2029}y\u{85}z",
    ])
    func trickySnippets(_ text: String) {
        _ = sound(text)
        _ = sound(text + " " + text + "\n" + text)
    }

    @Test func manyShortLines() {
        let doc = sound(String(repeating: "Line\n", count: 50_000))
        #expect(doc.paragraphs.count == 50_000)
    }
}

/// A small deterministic generator so the garbage test is reproducible.
private struct GarbageGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
