/// Orthographic facts about a token that the tagger asks about.
struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// The first character is an uppercase letter.
    static let initialCapital = TokenFlags(rawValue: 1 << 0)
    /// There are letters and none of them is lowercase ("NATO", "U.S.").
    static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// At least one letter.
    static let hasLetter = TokenFlags(rawValue: 1 << 2)
    /// At least one lowercase letter.
    static let hasLower = TokenFlags(rawValue: 1 << 3)
    /// At least one decimal digit.
    static let hasDigit = TokenFlags(rawValue: 1 << 4)
    /// Neither a letter nor a digit anywhere: punctuation or symbols.
    static let punctuation = TokenFlags(rawValue: 1 << 5)
}

/// The per-token values every feature template draws from, hashed once per token so that
/// the five windows that look at a token never hash its text again.
struct TokenInfo: Sendable {
    /// The text with typographic quotes, apostrophes and dashes made ASCII.
    var word: UInt64
    /// `word` lowercased, each digit replaced by 0 ("1996" and "1997" look alike).
    var lower: UInt64
    /// The character classes: X upper, x lower, d digit, punctuation kept; runs capped at 4.
    var shape: UInt64
    /// The character classes with each run collapsed to one ("Xx", "X.X.", "d-d").
    var shortShape: UInt64
    /// Hashes of the first 1...4 characters of `lower` (0 where the token is shorter).
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    /// Hashes of the last 1...4 characters of `lower` (0 where the token is shorter).
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Orthographic flags.
    var flags: TokenFlags

    /// Analyzes one token's text.
    init(_ text: some StringProtocol) {
        var wordHash = FeatureHasher(), lowerHash = FeatureHasher()
        var shapeHash = FeatureHasher(), shortHash = FeatureHasher()
        var pre: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var tail: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)  // the last four lowered scalars, newest first
        var lowered = 0
        var previousClass: UInt32 = 0, run = 0
        var hasUpper = false
        var flags: TokenFlags = []

        func addLowered(_ s: Unicode.Scalar) {
            lowerHash.add(s)
            lowered += 1
            switch lowered {
            case 1: pre.0 = lowerHash.value
            case 2: pre.1 = lowerHash.value
            case 3: pre.2 = lowerHash.value
            case 4: pre.3 = lowerHash.value
            default: break
            }
            tail = (s.value, tail.0, tail.1, tail.2)
        }

        var first = true
        for original in text.unicodeScalars {
            let s = TokenInfo.normalize(original)
            wordHash.add(s)
            let shapeClass: UInt32
            switch s.value {
            case 0x41...0x5A:  // A-Z
                shapeClass = 0x58  // X
                hasUpper = true
                addLowered(Unicode.Scalar(s.value + 32)!)
            case 0x61...0x7A:
                shapeClass = 0x78  // x
                flags.insert(.hasLower)
                addLowered(s)
            case 0x30...0x39:
                shapeClass = 0x64  // d
                flags.insert(.hasDigit)
                addLowered("0")
            case 0..<0x80:
                shapeClass = s.value
                addLowered(s)
            default:
                let p = s.properties
                if p.isUppercase {
                    shapeClass = 0x58
                    hasUpper = true
                } else if p.isLowercase {
                    shapeClass = 0x78
                    flags.insert(.hasLower)
                } else if p.isAlphabetic {
                    shapeClass = 0x6F  // o: a letter without case
                } else if p.numericType != nil {
                    shapeClass = 0x64
                    flags.insert(.hasDigit)
                } else {
                    shapeClass = 0x3F  // ?: any other symbol
                }
                if p.changesWhenLowercased {
                    for l in p.lowercaseMapping.unicodeScalars { addLowered(l) }
                } else {
                    addLowered(s)
                }
            }
            if first, shapeClass == 0x58 { flags.insert(.initialCapital) }
            first = false
            run = shapeClass == previousClass ? run + 1 : 1
            previousClass = shapeClass
            let shapeScalar = Unicode.Scalar(shapeClass)!
            if run <= 4 { shapeHash.add(shapeScalar) }
            if run == 1 { shortHash.add(shapeScalar) }
        }
        if hasUpper || flags.contains(.hasLower) || previousClass == 0x6F { flags.insert(.hasLetter) }
        if hasUpper, !flags.contains(.hasLower) { flags.insert(.allCaps) }
        if !flags.contains(.hasLetter), !flags.contains(.hasDigit) { flags.insert(.punctuation) }

        func suffix(_ k: Int) -> UInt64 {
            guard lowered >= k else { return 0 }
            var h = FeatureHasher()
            if k >= 4 { h.add(Unicode.Scalar(tail.3)!) }
            if k >= 3 { h.add(Unicode.Scalar(tail.2)!) }
            if k >= 2 { h.add(Unicode.Scalar(tail.1)!) }
            h.add(Unicode.Scalar(tail.0)!)
            return h.value
        }
        word = wordHash.value
        lower = lowerHash.value
        shape = shapeHash.value
        shortShape = shortHash.value
        prefixes = pre
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        self.flags = flags
    }

    /// A padding token, the same value in every field, for windows that reach past either end.
    init(padding marker: String) {
        let h = FeatureHasher.hash(marker)
        word = h
        lower = h
        shape = h
        shortShape = h
        prefixes = (h, h, h, h)
        suffixes = (h, h, h, h)
        flags = [.punctuation]
    }

    /// The padding before the first token.
    static let start = TokenInfo(padding: "<s>")
    /// The padding after the last token.
    static let end = TokenInfo(padding: "</s>")

    /// Maps typographic punctuation to the ASCII that CoNLL's newswire uses, so that "’s" and
    /// "'s", or “ and ", give the same features.
    @inline(__always)
    static func normalize(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x02BC: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
        case 0x2010...0x2015, 0x2212: "-"
        case 0x00A0: " "
        default: s
        }
    }

    /// The normalized, lowercased text as `lower` hashes it (digits as 0); for lexicon
    /// entries and tests, not for the hot path.
    static func lowerForm(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for original in text.unicodeScalars {
            let s = normalize(original)
            if s.value >= 0x30, s.value <= 0x39 {
                result.append("0")
            } else if s.properties.changesWhenLowercased {
                result.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(s)
            }
        }
        return String(result)
    }

    /// The shape string as `shape` hashes it; for tests and debugging.
    static func shapeString(_ text: some StringProtocol, collapse: Bool) -> String {
        var result = "", previous: Character = "\0", run = 0
        for original in text.unicodeScalars {
            let s = normalize(original)
            let p = s.properties
            let c: Character = p.isUppercase ? "X" : p.isLowercase ? "x"
                : (s.value >= 0x30 && s.value <= 0x39) || p.numericType != nil ? "d"
                : p.isAlphabetic ? "o" : s.value < 0x80 ? Character(s) : "?"
            run = c == previous ? run + 1 : 1
            previous = c
            if run <= (collapse ? 1 : 4) { result.append(c) }
        }
        return result
    }
}
