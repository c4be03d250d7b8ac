import DossierModel
import Foundation

/// The document seen by the role and coreference work: token texts, which sentence and which
/// named entity each token belongs to, and every title phrase ("Foreign Minister", "the two
/// Ministers"). Built once per document so the rules ask cheap array questions.
struct UnderstandingText {
    let document: Document
    /// Token texts (slices of the document text: no copies).
    let texts: [Substring]
    /// Sentence index of each token, -1 outside sentences.
    let sentenceOf: [Int32]
    /// Index into `document.entities` of the named (name, acronym, adjective) mention covering
    /// each token, -1 when none.
    let owner: [Int32]
    /// Sentences whose paragraph is boilerplate or a heading: never read for roles or references.
    let skipped: [Bool]

    init(_ document: Document) {
        self.document = document
        texts = document.tokens.map { document.text.slice($0.span) ?? "" }
        var sentenceOf = [Int32](repeating: -1, count: texts.count)
        var skipped = [Bool](repeating: false, count: document.sentences.count)
        for (index, sentence) in document.sentences.enumerated() {
            for t in sentence.tokenRange where t < sentenceOf.count { sentenceOf[t] = Int32(index) }
            if sentence.paragraph < document.paragraphs.count {
                let kind = document.paragraphs[sentence.paragraph].kind
                skipped[index] = kind == .boilerplate || kind == .heading
            }
        }
        var owner = [Int32](repeating: -1, count: texts.count)
        for (e, entity) in document.entities.enumerated() {
            for mention in entity.mentions where mention.form == .name || mention.form == .acronym || mention.form == .adjective {
                for t in UnderstandingText.tokens(of: mention.span, in: document.tokens) where owner[t] < 0 { owner[t] = Int32(e) }
            }
        }
        self.sentenceOf = sentenceOf
        self.owner = owner
        self.skipped = skipped
    }

    /// The tokens lying inside `span` (binary search over token starts).
    static func tokens(of span: Span, in tokens: [Token]) -> Range<Int> {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < span.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].span.end <= span.end { end += 1 }
        return low..<end
    }

    var count: Int { texts.count }

    /// The entity index owning token `t`, if any.
    func entity(at t: Int) -> Int? {
        t >= 0 && t < owner.count && owner[t] >= 0 ? Int(owner[t]) : nil
    }

    /// The entity kind owning token `t`, if any.
    func kind(at t: Int) -> EntityKind? {
        entity(at: t).map { document.entities[$0].kind }
    }

    /// The first token of the named mention that covers `t` (mentions are contiguous).
    func mentionStart(_ t: Int) -> Int {
        var s = t
        while s > 0, owner[s - 1] == owner[t], sentenceOf[s - 1] == sentenceOf[t] { s -= 1 }
        return s
    }

    /// One past the last token of the named mention that covers `t`.
    func mentionEnd(_ t: Int) -> Int {
        var e = t + 1
        while e < owner.count, owner[e] == owner[t], sentenceOf[e] == sentenceOf[t] { e += 1 }
        return e
    }

    /// Whether token `t` is, ignoring case, one of `words` (all lowercase ASCII).
    func isWord(_ t: Int, _ words: [StaticString]) -> Bool {
        guard t >= 0, t < texts.count else { return false }
        let text = texts[t].utf8
        for word in words where word.utf8CodeUnitCount == text.count {
            var equal = true
            var p = word.utf8Start
            for byte in text {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != p.pointee { equal = false; break }
                p += 1
            }
            if equal { return true }
        }
        return false
    }

    /// The span of tokens `range`.
    func span(_ range: Range<Int>) -> Span {
        Span(start: document.tokens[range.lowerBound].span.start, end: document.tokens[range.upperBound - 1].span.end)
    }

    /// The ISO code of a country, nationality or city entity, if any.
    func countryCode(ofEntity e: Int) -> String? {
        let entity = document.entities[e]
        switch entity.kind {
        case .country: return entity.attributes["iso"]?.stringValue
        case .nationality: return entity.attributes["country"]?.stringValue
        default: return nil
        }
    }

    /// The index of the country entity with ISO code `code`, if the article names it.
    func countryEntity(code: String) -> Int? {
        document.entities.firstIndex { $0.kind == .country && $0.attributes["iso"]?.stringValue == code }
    }
}

/// A title or office found in the text ("Deputy Prime Minister", "foreign minister",
/// "Ministers"), with the role it stands for.
struct TitlePhrase {
    /// The tokens of the title itself.
    var range: Range<Int>
    /// The gazetteer's normalized role ("foreign minister").
    var role: String
    /// The gazetteer's kind ("minister", "honorific", "modifier", ...).
    var kind: String
    /// Whether the title is written in the plural ("the two Ministers").
    var plural: Bool
}

extension UnderstandingText {
    /// Every title in the body sentences, left to right, without overlaps.
    func titlePhrases(_ gazetteer: Gazetteer) -> [TitlePhrase] {
        var result: [TitlePhrase] = []
        let starts = TitleStarts.words(of: gazetteer.titles)
        for (s, sentence) in document.sentences.enumerated() where !skipped[s] {
            var t = sentence.firstToken
            let end = min(sentence.tokenRange.upperBound, texts.count)
            while t < end {
                // Titles start with a letter; numbers and punctuation never do.
                guard let first = texts[t].utf8.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first >= 0x80,
                      starts.mayStart(texts[t]),
                      let match = gazetteer.longestMatch(in: texts, at: t, kinds: .titles), match.range.upperBound <= end,
                      case .title(let title)? = match.hits.first(where: { !$0.isModifier })?.entry ?? match.hits.first?.entry
                else { t += 1; continue }
                result.append(TitlePhrase(range: match.range, role: title.normalized, kind: title.kind,
                                          plural: Self.isPlural(written: texts[match.range.upperBound - 1], title)))
                t = match.range.upperBound
            }
        }
        return result
    }

    /// Plural when the last word as written is the normalized role's last word plus "s"
    /// ("Ministers" of "minister"); "Minister of Foreign Affairs" is not plural.
    static func isPlural(written last: Substring, _ title: PersonTitle) -> Bool {
        guard last.utf8.last == UInt8(ascii: "s") || last.utf8.last == UInt8(ascii: "S") else { return false }
        let words = title.normalized.split(separator: " ")
        return words.contains { last.lowercased() == $0 + "s" }
    }
}

/// The first words of all titles, hashed, so the title scan asks the gazetteer only at the
/// few tokens that can start one (a phrase lookup at every token costs more than the rest of
/// the understanding work together).
struct TitleStarts: Sendable {
    private let hashes: Set<UInt64>

    /// Whether a title could start with `token`. Non-ASCII tokens always may: the gazetteer
    /// folds diacritics, this filter does not.
    func mayStart(_ token: Substring) -> Bool {
        guard let hash = Self.hash(token.utf8) else { return true }
        return hashes.contains(hash)
    }

    /// FNV-1a over the lowercased ASCII letters and digits, nil when the text has non-ASCII bytes.
    static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            if byte >= 0x80 { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else { continue }
            h = (h ^ UInt64(lower)) &* 0x100000001b3
        }
        return h
    }

    init(_ table: TitleTable) {
        var hashes = Set<UInt64>()
        for title in table.all {
            // Tokens split at spaces and hyphens; the gazetteer also reads British spellings.
            guard let word = title.form.split(whereSeparator: { $0 == " " || $0 == "-" }).first else { continue }
            let lower = word.lowercased()
            for spelling in [lower] + (Self.spellings[lower].map { [$0] } ?? []) {
                if let h = Self.hash(spelling.utf8) { hashes.insert(h) } else { hashes.insert(0) }
            }
        }
        self.hashes = hashes
    }

    private static let spellings: [String: String] = ["defense": "defence", "labor": "labour", "defence": "defense", "labour": "labor"]

    private static let cache = NSLock()
    nonisolated(unsafe) private static var built: [Int: TitleStarts] = [:]

    /// The filter of `table`, built once per table (tables are told apart by size and forms).
    static func words(of table: TitleTable) -> TitleStarts {
        var key = Hasher()
        key.combine(table.all.count)
        key.combine(table.all.first?.form)
        key.combine(table.all.last?.form)
        let id = key.finalize()
        cache.lock()
        defer { cache.unlock() }
        if let found = built[id] { return found }
        let starts = TitleStarts(table)
        built[id] = starts
        return starts
    }
}
