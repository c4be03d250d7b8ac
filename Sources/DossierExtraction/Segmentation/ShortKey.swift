/// Up to 16 bytes of a word packed into two integers, for allocation-free lookups of short
/// words (abbreviations, sentence starters, clitic hosts) on the hot path.
///
/// Words never contain NUL, so zero padding cannot make two different words equal.
struct ShortKey: Hashable, Sendable {
    /// The longest word a key can hold.
    static let capacity = 16

    /// How letters are folded before packing.
    enum Fold {
        /// As written.
        case none
        /// ASCII letters lowercased ("THE" -> "the").
        case lower
        /// The first byte kept, later ASCII letters lowercased ("THE" -> "The"), so that
        /// all-caps text finds the title-case entries of a table.
        case capitalized
    }

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Packs `text[lo..<hi]`, or returns nil when the range is empty or longer than ``capacity``.
    init?(_ text: UTF8Text, _ lo: Int, _ hi: Int, fold: Fold = .none) {
        let length = hi - lo
        guard length > 0, length <= ShortKey.capacity else { return nil }
        for k in 0..<length {
            var b = text[lo + k]
            switch fold {
            case .none: break
            case .lower: if b &- 0x41 < 26 { b |= 0x20 }
            case .capitalized: if k > 0, b &- 0x41 < 26 { b |= 0x20 }
            }
            if k < 8 { low |= UInt64(b) << (8 * UInt64(k)) } else { high |= UInt64(b) << (8 * UInt64(k - 8)) }
        }
    }

    /// Packs a table entry; entries are written in code and always fit.
    init(_ word: StaticString) {
        // withUTF8Buffer works for every StaticString representation (a one-character literal
        // may be stored as a scalar rather than a pointer).
        self = word.withUTF8Buffer { bytes in
            precondition(bytes.count <= ShortKey.capacity, "table entry too long")
            return ShortKey(UTF8Text(bytes: bytes), 0, bytes.count)!
        }
    }
}

/// A set of short words, looked up without allocating.
struct ShortWordSet: Sendable {
    private let keys: Set<ShortKey>

    /// Creates the set from its words.
    init(_ words: [StaticString]) {
        keys = Set(words.map(ShortKey.init))
    }

    /// Whether `text[lo..<hi]`, folded as asked, is in the set.
    func contains(_ text: UTF8Text, _ lo: Int, _ hi: Int, fold: ShortKey.Fold = .none) -> Bool {
        guard let key = ShortKey(text, lo, hi, fold: fold) else { return false }
        return keys.contains(key)
    }

    /// Whether the word is in the set as written, or, when it is written in capitals, in
    /// title case ("THE" finds "The").
    func containsAllowingCaps(_ text: UTF8Text, _ lo: Int, _ hi: Int) -> Bool {
        if contains(text, lo, hi) { return true }
        return text.isAllCapsASCII(lo, hi) && contains(text, lo, hi, fold: .capitalized)
    }
}

extension UTF8Text {
    /// Whether `self[lo..<hi]` has at least two letters, all uppercase ASCII (periods allowed).
    func isAllCapsASCII(_ lo: Int, _ hi: Int) -> Bool {
        var letters = 0
        for i in lo..<hi {
            let b = self[i]
            if b &- 0x41 < 26 { letters += 1 } else if b != 0x2E { return false }
        }
        return letters >= 2
    }
}
