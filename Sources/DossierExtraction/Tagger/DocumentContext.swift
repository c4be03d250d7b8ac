/// Facts about a token's word elsewhere in the same document.
///
/// Capitalization is the strongest cue for names in English, and it is missing exactly where
/// it would help most: at the start of a sentence and in all-caps headlines. The rest of the
/// article usually settles it: "Then" is lowercase elsewhere, "Barrick" is capitalized in
/// mid-sentence elsewhere.
struct DocumentFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// The word also appears all in lowercase elsewhere in the document.
    static let lowercaseElsewhere = DocumentFlags(rawValue: 1 << 0)
    /// The word also appears with an initial capital in mid-sentence (not in a headline)
    /// elsewhere in the document.
    static let capitalizedElsewhere = DocumentFlags(rawValue: 1 << 1)
}

/// Computes `DocumentFlags` for all tokens of a document.
enum DocumentContext {
    /// One entry per token of each sentence.
    static func flags(for sentences: [[TokenInfo]]) -> [[DocumentFlags]] {
        // Counts per lowercased word: occurrences in lowercase, occurrences capitalized in
        // mid-sentence. A token's own occurrence is subtracted when its flags are read.
        var lowercase: [UInt64: Int32] = [:]
        var capitalized: [UInt64: Int32] = [:]
        var headline = [Bool](repeating: false, count: sentences.count)
        for (s, infos) in sentences.enumerated() {
            headline[s] = isHeadline(infos)
            for (i, info) in infos.enumerated() {
                if isLowercase(info) { lowercase[info.lower, default: 0] += 1 }
                if isTrustedCapital(info, at: i, headline: headline[s]) { capitalized[info.lower, default: 0] += 1 }
            }
        }
        return sentences.enumerated().map { s, infos in
            infos.enumerated().map { i, info in
                guard info.flags.contains(.hasLetter) else { return [] }
                var flags: DocumentFlags = []
                let ownLower: Int32 = isLowercase(info) ? 1 : 0
                if (lowercase[info.lower] ?? 0) - ownLower > 0 { flags.insert(.lowercaseElsewhere) }
                let ownCapital: Int32 = isTrustedCapital(info, at: i, headline: headline[s]) ? 1 : 0
                if (capitalized[info.lower] ?? 0) - ownCapital > 0 { flags.insert(.capitalizedElsewhere) }
                return flags
            }
        }
    }

    private static func isLowercase(_ info: TokenInfo) -> Bool {
        info.flags.contains(.hasLower) && !info.flags.contains(.initialCapital)
    }

    private static func isTrustedCapital(_ info: TokenInfo, at i: Int, headline: Bool) -> Bool {
        i > 0 && !headline && info.flags.contains(.initialCapital) && info.flags.contains(.hasLower)
    }

    private static func isHeadline(_ infos: [TokenInfo]) -> Bool {
        var letters = false
        for info in infos where info.flags.contains(.hasLetter) {
            if info.flags.contains(.hasLower) { return false }
            letters = true
        }
        return letters
    }
}
