import Foundation

/// Folds Latin letters with diacritics to their ASCII base letters ("é" -> "e", "ß" -> "ss",
/// "Ł" -> "l"), lowercased, for gazetteer keys.
///
/// Latin-1 Supplement and Latin Extended-A are table-driven (the common case in news:
/// Côte d'Ivoire, São Paulo, Türkiye, Łódź); other Latin letters (Vietnamese "ạ", "ơ") fall
/// back to a canonical decomposition. Letters of other scripts are lowercased and kept.
enum LatinFolding {
    /// U+00C0...U+017F, one entry per scalar: the folded ASCII text ("" drops the scalar).
    private static let table: [String] = {
        // Each row lists 16 scalars, space-separated; "-" means "no letter, drop it".
        let rows = [
            "a a a a a a ae c e e e e i i i i",       // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
            "d n o o o o o - o u u u u y th ss",      // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
            "a a a a a a ae c e e e e i i i i",       // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
            "d n o o o o o - o u u u u y th y",       // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
            "a a a a a a c c c c c c c c d d",        // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
            "d d e e e e e e e e e e g g g g",        // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
            "g g g g h h h h i i i i i i i i",        // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
            "i i ij ij j j k k k l l l l l l l",      // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
            "l l l n n n n n n n n n o o o o",        // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
            "o o oe oe r r r r r r s s s s s s",      // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
            "s s t t t t t t u u u u u u u u",        // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
            "u u u u w w y y y z z z z z z s",        // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
        ]
        return rows.flatMap { row in row.split(separator: " ").map { $0 == "-" ? "" : String($0) } }
    }()

    /// A few letters outside the table that news text uses and that do not decompose.
    private static let extra: [UInt32: String] = [
        0x0218: "s", 0x0219: "s", 0x021A: "t", 0x021B: "t",   // Ș ș Ț ț (Romanian)
        0x0259: "a", 0x018F: "a",                              // ə Ə (Azerbaijani)
        0x01A0: "o", 0x01A1: "o", 0x01AF: "u", 0x01B0: "u",   // Ơ ơ Ư ư (Vietnamese)
        0x0131: "i", 0x0111: "d", 0x0110: "d",                 // ı đ Đ
    ]

    /// Appends the folded form of `scalar` (a non-ASCII scalar) to `out` as UTF-8.
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v >= 0xC0, v <= 0x17F, v != 0x131, v != 0x110, v != 0x111 {
            out.append(contentsOf: table[Int(v - 0xC0)].utf8)
            return
        }
        if let folded = extra[v] {
            out.append(contentsOf: folded.utf8)
            return
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return  // combining marks
        default: break
        }
        guard properties.isAlphabetic || properties.numericType != nil else { return }
        if (0x180...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) {
            // Other Latin letters: decompose and keep the ASCII base letter.
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            if let base = decomposed.unicodeScalars.first, base.isASCII {
                let b = UInt8(base.value)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                return
            }
        }
        for lower in properties.lowercaseMapping.unicodeScalars {
            out.append(contentsOf: String(lower).utf8)
        }
    }
}
