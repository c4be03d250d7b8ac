import DossierModel

/// A token pattern in the spirit of CoreNLP's TokensRegex, compiled once and matched over
/// the sentences of a ``Document``. `docs/patterns.md` is the full reference.
///
/// Items (each matches at one token position):
/// - `"trade"`: a token with exactly this text (case-sensitive); `"trade"i` ignores case.
///   Curly apostrophes count as straight ones on both sides, so `"'s"` matches "’s". A
///   literal with spaces, `"Central Asia"`, is one literal per space-separated word.
/// - `trade`: a bare word is a case-insensitive literal (letters, digits, `_`, and `-` or
///   `.` inside the word; quote anything else).
/// - `[word]`, `[number]`, `[punct]`, `[symbol]`, `[possessive]` (token kinds),
///   `[capitalized]` (first character upper-case), `[upper]`, `[lower]` (all letters of
///   that case), `[any]` or `.`; several classes in one bracket must all hold:
///   `[capitalized word]`.
/// - `/^export(s|ed)?$/`: a regular expression searched in the token text (anchor it for a
///   whole-token match); `/.../i` ignores case; `\/` is a slash. See ``TokenRegex``.
/// - `!item`: one token that does not match a one-token item (`![punct]`, `!"the"i`).
/// - `[kind=country]` (or `entity=`), `[kind=money|percent]`, `[kind=country iso=PK]`,
///   `[iso=PK]`, and the shorthand `[country]`, `[quantity]`, ... for built-in kinds: one
///   mention of a matching entity that starts at this token, consuming all its tokens.
///   Attribute values compare with their text form; quote values with spaces.
/// - `@exporters`: one phrase of the ``PatternLibrary`` list `exporters`, all its tokens.
///
/// Combinators: juxtaposition is sequence; `(a | b)` alternatives and groups;
/// `(?<name> ...)` a named capture; quantifiers `?`, `*`, `+`, `{m}`, `{m,}`, `{,n}`,
/// `{m,n}` (bounds up to 100) after any item or group, always greedy.
///
/// Semantics: a match lies within one sentence. By default matches are leftmost-longest and
/// non-overlapping: scanning left to right, the longest match starting at the first
/// possible token is taken and scanning resumes after it. With `all: true` every start token
/// yields its longest match, so matches may overlap. Empty matches are never reported.
/// Work per start position is bounded by memoization (see ``stepLimit``), so nested
/// quantifiers cannot blow up.
///
/// A pattern is immutable and `Sendable`: compile once, share across threads.
public struct TokenPattern: Sendable, CustomStringConvertible {
    /// The most search steps (instruction visits) per start position. Memoization already
    /// bounds the steps by program length × (sentence tokens + 1); this cap keeps huge
    /// programs on long sentences cheap too. When it is hit, the longest match found so
    /// far from that position (if any) is used.
    public static let stepLimit = 100_000

    /// The pattern text as given.
    public let source: String
    /// The names of the captures, in order of their opening parentheses.
    public let captureNames: [String]
    let program: [PatternOp]
    let phrases: [PhraseList]
    let firstInstructions: [Int]?

    /// Compiles `source`; phrase lists named with `@` are looked up in `library`.
    /// - Throws: ``PatternError`` with the 1-based column of the problem.
    public init(_ source: String, library: PatternLibrary = .init()) throws(PatternError) {
        var parser = PatternParser(source, library: library)
        let tree = try parser.parse()
        var compiler = PatternCompiler()
        program = try compiler.compile(tree)
        self.source = source
        captureNames = parser.captureNames
        phrases = parser.phraseLists.map { library.phraseLists[$0]! }
        firstInstructions = PatternCompiler.firstInstructions(program)
    }

    /// The pattern text.
    public var description: String { source }

    /// The matches in `document`, in text order; builds a throwaway ``PatternIndex``.
    public func matches(in document: Document, all: Bool = false) -> [PatternMatch] {
        matches(in: PatternIndex(document), all: all)
    }

    /// The matches in an indexed document, in text order. Reuse one index for many patterns.
    /// - Parameter all: every start token's longest match (overlapping) instead of
    ///   leftmost-longest non-overlapping matches.
    public func matches(in index: PatternIndex, all: Bool = false) -> [PatternMatch] {
        var search = PatternSearch(pattern: self, index: index)
        var result: [PatternMatch] = []
        let tokenCount = index.document.tokens.count
        for (sentenceNumber, sentence) in index.document.sentences.enumerated() {
            let range = sentence.tokenRange.clamped(to: 0..<tokenCount)
            var position = range.lowerBound
            while position < range.upperBound {
                guard search.canStart(at: position, end: range.upperBound),
                      let found = search.longest(at: position, end: range.upperBound, sentenceStart: range.lowerBound)
                else { position += 1; continue }
                result.append(makeMatch(found, start: position, sentence: sentenceNumber, index: index))
                position = all ? position + 1 : found.end
            }
        }
        return result
    }

    private func makeMatch(_ found: PatternSearch.Found, start: Int, sentence: Int, index: PatternIndex) -> PatternMatch {
        let entities = found.entities.map {
            PatternCapture(tokens: $0.tokens, span: index.span(of: $0.tokens), entity: index.document.entities[$0.entity].id)
        }
        var captures: [String: PatternCapture] = [:]
        for (number, name) in captureNames.enumerated() {
            let low = found.slots[2 * number], high = found.slots[2 * number + 1]
            guard low >= 0, high > low else { continue }
            let tokens = low..<high
            // The entity of a capture is the entity item that consumed exactly its tokens.
            let entity = entities.last { $0.tokens == tokens }?.entity
            captures[name] = PatternCapture(tokens: tokens, span: index.span(of: tokens), entity: entity)
        }
        let tokens = start..<found.end
        return PatternMatch(tokens: tokens, span: index.span(of: tokens), sentence: sentence,
                            captures: captures, entities: entities)
    }
}

/// One match of a ``TokenPattern``.
public struct PatternMatch: Sendable, Hashable {
    /// Indices into ``Document/tokens``.
    public var tokens: Range<Int>
    /// The bytes from the first token's start to the last token's end.
    public var span: Span
    /// Index into ``Document/sentences``.
    public var sentence: Int
    /// Named captures that took part in the match (the last iteration inside a quantifier).
    public var captures: [String: PatternCapture]
    /// The entity mentions consumed by entity items, in text order: `entities.last` is the
    /// match's final entity (a Lua `m[#m]`).
    public var entities: [PatternCapture]

    /// Creates a match.
    public init(tokens: Range<Int>, span: Span, sentence: Int, captures: [String: PatternCapture] = [:],
                entities: [PatternCapture] = []) {
        self.tokens = tokens
        self.span = span
        self.sentence = sentence
        self.captures = captures
        self.entities = entities
    }
}

/// A captured or entity-consumed part of a ``PatternMatch``.
public struct PatternCapture: Sendable, Hashable {
    /// Indices into ``Document/tokens``; never empty.
    public var tokens: Range<Int>
    /// The bytes of those tokens.
    public var span: Span
    /// The id of the entity whose mention an entity item consumed over exactly these tokens.
    public var entity: String?

    /// Creates a capture.
    public init(tokens: Range<Int>, span: Span, entity: String? = nil) {
        self.tokens = tokens
        self.span = span
        self.entity = entity
    }
}

/// Why a pattern did not compile.
public struct PatternError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What is wrong, in words.
    public var message: String
    /// The 1-based column (in characters) where the problem is.
    public var column: Int

    /// Creates an error.
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// "column N: message".
    public var description: String { "column \(column): \(message)" }
}
