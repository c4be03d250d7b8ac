/// The classes of characters segmentation distinguishes. One class per Unicode scalar, decided
/// from the UTF-8 bytes: ASCII by a switch, everything else by a few fast paths for the common
/// typographic characters and then the scalar's general category.
enum CharClass: UInt8 {
    /// White space and control characters: they separate tokens and are never part of one.
    case space
    /// A line break (LF, CR, VT, FF, NEL, U+2028, U+2029).
    case lineBreak
    /// A letter with case: uppercase or titlecase.
    case upper
    /// A lowercase letter.
    case lower
    /// A letter without case (Arabic, Hebrew, Devanagari, Thai...).
    case caseless
    /// A Han or kana character: scripts written without spaces, so one token per character.
    case ideograph
    /// A decimal digit.
    case digit
    /// A combining mark or invisible format character: it extends whatever precedes it.
    case mark
    /// `'` or `’`: apostrophe, possessive, or single quote depending on its neighbours.
    case apostrophe
    /// The ASCII `"`, which opens or closes depending on its neighbours.
    case doubleQuote
    /// Opening quotes and brackets: `( [ { “ ‘ « ‹ „`.
    case opener
    /// Closing quotes and brackets: `) ] } ” » ›`.
    case closer
    /// A hyphen: `-`, U+2010, U+2011.
    case hyphen
    /// A dash: en, em, figure and horizontal-bar dashes.
    case dash
    /// The full stop `.`.
    case period
    /// `?`, `!` and their variants: they end a sentence when followed by a capital.
    case terminal
    /// Ideographic and Indic full stops: they end a sentence unconditionally.
    case fullStop
    /// The ellipsis character `…`.
    case ellipsis
    /// `&`, which may sit inside an all-caps name ("AT&T").
    case ampersand
    /// `@`, which may sit inside an e-mail address.
    case at
    /// Other punctuation: `, ; : / _` and the like.
    case punctuation
    /// Symbols: `$ % + = < > # * ~` and every other character.
    case symbol

    /// Whether the class is a letter of any kind (including ideographs).
    var isLetter: Bool {
        switch self {
        case .upper, .lower, .caseless, .ideograph: return true
        default: return false
        }
    }

    /// Whether the class can continue a word: letters, digits and combining marks.
    var isWordCharacter: Bool {
        switch self {
        case .upper, .lower, .caseless, .digit, .mark: return true
        default: return false
        }
    }

    /// Whether the class separates tokens.
    var isSpace: Bool { self == .space || self == .lineBreak }
}

/// The UTF-8 bytes of a document with character-level helpers. Offsets are byte offsets; every
/// helper expects to be called at the first byte of a scalar.
struct UTF8Text {
    /// The bytes; valid UTF-8 because they come from a Swift `String`.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The byte at `i`.
    @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The byte length of the scalar whose first byte is `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The scalar value starting at `i` and its length in bytes.
    @inline(__always) func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        // Invalid lead bytes cannot occur in a Swift String, but a truncated buffer can end
        // mid-scalar; clamp rather than read past the end.
        let length = min(UTF8Text.scalarLength(bytes[i]), count - i)
        var value: UInt32
        switch length {
        case 2: value = b0 & 0x1F
        case 3: value = b0 & 0x0F
        default: value = b0 & 0x07
        }
        var j = 1
        while j < length {
            value = (value << 6) | (UInt32(bytes[i + j]) & 0x3F)
            j += 1
        }
        return (value, max(length, 1))
    }

    /// The class of the scalar starting at `i` and its length in bytes.
    @inline(__always) func classify(_ i: Int) -> (CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UTF8Text.asciiClass(b), 1) }
        let (value, length) = scalar(at: i)
        return (UTF8Text.unicodeClass(value), length)
    }

    /// The offset of the first byte of the scalar that ends at `i` (exclusive).
    @inline(__always) func scalarStart(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// The class of an ASCII byte.
    @inline(__always) static func asciiClass(_ b: UInt8) -> CharClass {
        switch b {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0x20, 0x09: return .space
        case 0x0A, 0x0B, 0x0C, 0x0D: return .lineBreak
        case 0x2E: return .period
        case 0x2C, 0x3B, 0x3A, 0x2F, 0x5F, 0x5C: return .punctuation  // , ; : / _ \
        case 0x27: return .apostrophe
        case 0x22: return .doubleQuote
        case 0x28, 0x5B, 0x7B: return .opener
        case 0x29, 0x5D, 0x7D: return .closer
        case 0x2D: return .hyphen
        case 0x3F, 0x21: return .terminal
        case 0x26: return .ampersand
        case 0x40: return .at
        case 0x00...0x1F, 0x7F: return .space
        default: return .symbol  // $ % + < = > # * ^ ` | ~
        }
    }

    /// The class of a non-ASCII scalar.
    static func unicodeClass(_ v: UInt32) -> CharClass {
        // Fast paths for the typographic characters that fill English news.
        switch v {
        case 0x2019: return .apostrophe
        case 0x2018, 0x201C, 0x201E, 0x00AB, 0x2039, 0x00A1, 0x00BF: return .opener  // ¡ ¿ open Spanish sentences
        case 0x201D, 0x00BB, 0x203A: return .closer
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2E3A, 0x2E3B, 0xFE58, 0xFF0D: return .dash
        case 0x2026: return .ellipsis
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x180E: return .space
        case 0x0085, 0x2028, 0x2029: return .lineBreak
        case 0x3002, 0xFF61, 0x0964, 0x0965, 0x06D4: return .fullStop
        case 0x061F, 0xFF1F, 0xFF01, 0x203C, 0x2047...0x2049: return .terminal
        case 0xFF0E: return .period
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return .ideograph
        case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .mark
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .caseless
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .mark
        case .openPunctuation, .initialPunctuation: return .opener
        case .closePunctuation, .finalPunctuation: return .closer
        case .dashPunctuation: return .dash
        case .connectorPunctuation, .otherPunctuation: return .punctuation
        case .spaceSeparator, .control: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        default: return .symbol
        }
    }
}
