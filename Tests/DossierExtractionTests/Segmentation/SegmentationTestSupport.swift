import DossierModel
import Foundation
@testable import DossierExtraction

/// Shorthands for segmentation tests: segment a string and read back texts.
enum Seg {
    static func document(_ text: String, metadata: SourceMetadata = .init()) -> Document {
        Segmenter().segment(SourceDocument(id: "test", text: text, metadata: metadata,
                                           origin: SourceOrigin(path: "test.txt", format: .text)))
    }

    /// The texts of all tokens.
    static func tokens(_ text: String) -> [String] {
        let doc = document(text)
        return doc.tokens.map { doc.text(of: $0.span) }
    }

    /// The texts of all sentences.
    static func sentences(_ text: String) -> [String] {
        let doc = document(text)
        return doc.sentences.map { doc.text(of: $0.span) }
    }

    /// The kinds and texts of all paragraphs.
    static func paragraphs(_ text: String) -> [String] {
        let doc = document(text)
        return doc.paragraphs.map { "\($0.kind.rawValue): \(doc.text(of: $0.span))" }
    }

    /// The token texts of each sentence.
    static func sentenceTokens(_ doc: Document) -> [[String]] {
        doc.sentences.map { s in s.tokenRange.map { doc.text(of: doc.tokens[$0].span) } }
    }

    /// Violations of the structural invariants of a segmented document; empty when it is sound.
    static func invariantViolations(_ doc: Document) -> [String] {
        var problems: [String] = []
        let bytes = Array(doc.text.utf8)
        func inBounds(_ s: Span) -> Bool { s.start >= 0 && s.end <= bytes.count && doc.text.slice(s) != nil }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
                || s.value == 0x200B || s.value == 0xFEFF || s.value == 0x180E
        }
        var previous: Span?
        for p in doc.paragraphs {
            if !inBounds(p.span) { problems.append("paragraph \(p.span) out of bounds") }
            if p.span.isEmpty { problems.append("empty paragraph at \(p.span)") }
            if let q = previous, q.end > p.span.start { problems.append("paragraphs overlap at \(p.span)") }
            previous = p.span
            let t = doc.text(of: p.span)
            if let f = t.unicodeScalars.first, isSpace(f) { problems.append("paragraph starts with space: \(p.span)") }
            if let l = t.unicodeScalars.last, isSpace(l) { problems.append("paragraph ends with space: \(p.span)") }
        }
        var nextToken = 0
        var lastSentenceEnd = 0
        for (i, s) in doc.sentences.enumerated() {
            guard s.paragraph >= 0, s.paragraph < doc.paragraphs.count else {
                problems.append("sentence \(i) has no paragraph"); continue
            }
            let p = doc.paragraphs[s.paragraph]
            if !p.span.contains(s.span) { problems.append("sentence \(i) \(s.span) crosses paragraph \(p.span)") }
            if p.kind != .body && p.kind != .heading { problems.append("sentence \(i) in a \(p.kind) paragraph") }
            if s.span.start < lastSentenceEnd { problems.append("sentence \(i) out of order") }
            lastSentenceEnd = s.span.end
            if s.firstToken != nextToken { problems.append("sentence \(i) does not continue the tokens") }
            if s.tokenCount == 0 { problems.append("sentence \(i) has no tokens") }
            nextToken = s.firstToken + s.tokenCount
            guard nextToken <= doc.tokens.count else { problems.append("sentence \(i) tokens out of range"); break }
            // Every non-space byte of the sentence is covered by exactly one token.
            var covered = s.span.start
            for k in s.tokenRange {
                let t = doc.tokens[k].span
                if t.isEmpty || !inBounds(t) { problems.append("bad token \(k) \(t)"); continue }
                if t.start < covered { problems.append("token \(k) overlaps or is out of order") }
                if t.start > covered, let gap = doc.text.slice(Span(start: covered, end: t.start)),
                   !gap.unicodeScalars.allSatisfy(isSpace) {
                    problems.append("sentence \(i): bytes \(covered)..<\(t.start) not covered (\(gap.debugDescription))")
                }
                covered = t.end
            }
            if s.tokenCount > 0 {
                if doc.tokens[s.firstToken].span.start != s.span.start { problems.append("sentence \(i) start != first token") }
                if covered != s.span.end { problems.append("sentence \(i) end != last token end") }
            }
        }
        if nextToken != doc.tokens.count { problems.append("tokens outside sentences") }
        // The body and heading paragraphs are fully covered by their sentences.
        var firstStart: [Int: Int] = [:], lastEnd: [Int: Int] = [:]
        for s in doc.sentences {
            if firstStart[s.paragraph] == nil { firstStart[s.paragraph] = s.span.start }
            lastEnd[s.paragraph] = s.span.end
        }
        for (index, p) in doc.paragraphs.enumerated() where p.kind == .body || p.kind == .heading {
            if firstStart[index] != p.span.start || lastEnd[index] != p.span.end {
                problems.append("paragraph \(index) not covered by its sentences")
            }
        }
        return problems
    }

    static let referenceArticle = SharedData.referenceArticle
    static var hasReferenceArticle: Bool { SharedData.available }
    static var hasWikinews: Bool { SharedData.hasWikinews }
    static func wikinewsFiles() throws -> [URL] { try SharedData.wikinewsFiles() }
}
