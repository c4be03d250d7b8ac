/// Named phrase lists (countries, person names seen in training, ...) whose matches in a
/// sentence become tagger features.
///
/// Phrases are stored only as hashes of their lowercased tokens: lookups need nothing more,
/// and a lexicon derived from licensed training text then ships no text at all.
struct TaggerLexicon: Sendable {
    /// The most categories a lexicon can have: four match positions each fit a 64-bit mask.
    static let maxCategories = 15

    /// Category names, in bit order.
    let categories: [String]
    /// Phrase hash -> category mask (bits 0..<15) plus `prefixBit` when a longer phrase
    /// starts with this one, sorted by hash so that serialization is deterministic.
    let entries: [(hash: UInt64, mask: UInt32)]
    /// The longest phrase, in tokens.
    let maxLength: Int
    private let table: FeatureTable

    static let prefixBit: UInt32 = 1 << 15

    /// A lexicon with no phrases.
    static let empty = TaggerLexicon(categories: [], entries: [], maxLength: 0)

    /// Creates a lexicon from stored entries (see `entries`).
    init(categories: [String], entries: [(hash: UInt64, mask: UInt32)], maxLength: Int) {
        precondition(categories.count <= TaggerLexicon.maxCategories, "too many lexicon categories")
        self.categories = categories
        self.entries = entries.sorted { $0.hash < $1.hash }
        self.maxLength = maxLength
        var table = FeatureTable(capacity: max(entries.count, 1))
        for e in entries { table.insert(e.hash, row: Int32(bitPattern: e.mask)) }
        self.table = table
    }

    /// The hash of a phrase extended by one more token's `TokenInfo.lower`.
    @inline(__always)
    static func extend(_ phrase: UInt64, with lower: UInt64) -> UInt64 { featureCombine(phrase, lower) }

    /// The hash of the empty phrase.
    static let phraseSeed: UInt64 = 0x5EED_1E71_C0DE_0001

    /// Marks every lexicon match in a sentence: for each token a mask with bit
    /// `category * 4 + position`, where position is 0 first, 1 inside, 2 last, 3 whole match.
    /// Overlapping matches all count; the model weighs them.
    func matches(_ tokens: UnsafeBufferPointer<TokenInfo>, into marks: UnsafeMutableBufferPointer<UInt64>) {
        for i in 0..<marks.count { marks[i] = 0 }
        guard maxLength > 0 else { return }
        let n = tokens.count
        for start in 0..<n {
            var phrase = TaggerLexicon.phraseSeed
            var length = 0
            while length < maxLength, start + length < n {
                phrase = TaggerLexicon.extend(phrase, with: tokens[start + length].lower)
                length += 1
                let found = table.row(for: phrase)
                if found < 0 { break }
                let mask = UInt32(bitPattern: found)
                var categoryBits = mask & ~TaggerLexicon.prefixBit
                while categoryBits != 0 {
                    let category = UInt64(categoryBits.trailingZeroBitCount)
                    categoryBits &= categoryBits - 1
                    if length == 1 {
                        marks[start] |= 1 << (category * 4 + 3)
                    } else {
                        marks[start] |= 1 << (category * 4)
                        for j in (start + 1)..<(start + length - 1) { marks[j] |= 1 << (category * 4 + 1) }
                        marks[start + length - 1] |= 1 << (category * 4 + 2)
                    }
                }
                if mask & TaggerLexicon.prefixBit == 0 { break }
            }
        }
    }
}

extension TaggerLexicon {
    /// Collects phrases by category, then freezes them into a lexicon.
    struct Builder {
        private(set) var categories: [String] = []
        private var masks: [UInt64: UInt32] = [:]
        private var maxLength = 0

        init() {}

        /// The bit number of a category, adding it when new.
        mutating func category(_ name: String) -> Int {
            if let i = categories.firstIndex(of: name) { return i }
            precondition(categories.count < TaggerLexicon.maxCategories, "too many lexicon categories")
            categories.append(name)
            return categories.count - 1
        }

        /// Adds a phrase, given as its tokens, to a category.
        mutating func add<S: StringProtocol>(_ tokens: [S], to categoryName: String) {
            guard !tokens.isEmpty else { return }
            let bit = UInt32(1) << UInt32(category(categoryName))
            var phrase = TaggerLexicon.phraseSeed
            for (i, token) in tokens.enumerated() {
                phrase = TaggerLexicon.extend(phrase, with: TokenInfo(token).lower)
                let flag = i == tokens.count - 1 ? bit : TaggerLexicon.prefixBit
                masks[phrase, default: 0] |= flag
            }
            maxLength = max(maxLength, tokens.count)
        }

        /// Adds a phrase written as text; tokens are separated by spaces.
        mutating func add(phrase: String, to categoryName: String) {
            add(phrase.split(separator: " "), to: categoryName)
        }

        /// The finished lexicon.
        func build() -> TaggerLexicon {
            TaggerLexicon(categories: categories, entries: masks.map { ($0.key, $0.value) }, maxLength: maxLength)
        }
    }
}
