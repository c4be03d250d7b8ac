import DossierModel

/// Named phrase lists that patterns reference as `@name`, supplied when a pattern is
/// compiled (from a Lua table, a data file, a gazetteer).
///
/// Phrases are tokenized with the same rules as documents (so "U.S. exports" is two tokens
/// and "Pakistan's" splits off its possessive) and matched case-insensitively, with curly
/// apostrophes treated as straight ones. A phrase item consumes all tokens of one phrase;
/// where several phrases of a list match at a token, each is a possible match and the
/// pattern's leftmost-longest rule chooses.
public struct PatternLibrary: Sendable {
    /// Each list's phrases as lowercased token texts, keyed by first token for the lookup.
    let phraseLists: [String: PhraseList]

    /// Creates a library from lists of phrases, keyed by the name used after `@`.
    /// Empty phrases are ignored.
    public init(phrases: [String: [String]] = [:]) {
        phraseLists = phrases.mapValues(PhraseList.init)
    }

    /// The names of the phrase lists, sorted.
    public var listNames: [String] { phraseLists.keys.sorted() }
}

/// One list's phrases, indexed by first token.
struct PhraseList: Sendable {
    /// Token sequences by first token, longest first so longer phrases are tried first.
    let byFirstToken: [String: [[String]]]

    init(_ phrases: [String]) {
        var index: [String: [[String]]] = [:]
        for phrase in phrases {
            let tokens = Self.tokenize(phrase)
            guard let first = tokens.first else { continue }
            if !(index[first]?.contains(tokens) ?? false) { index[first, default: []].append(tokens) }
        }
        byFirstToken = index.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The document tokenizer's tokens of `phrase`, folded and lowercased.
    static func tokenize(_ phrase: String) -> [String] {
        var text = phrase
        text.makeContiguousUTF8()
        let spans: [Span] = text.utf8.withContiguousStorageIfAvailable { buffer in
            var scanner = TokenScanner(text: UTF8Text(bytes: buffer), start: 0, end: buffer.count)
            var spans: [Span] = []
            while let scanned = scanner.next() { spans.append(scanned.token.span) }
            return spans
        } ?? []
        return spans.compactMap { text.slice($0).map { PatternText.fold(String($0)).lowercased() } }
    }
}
