/// Decodes HTML character references (`&amp;`, `&eacute;`, `&#8217;`, `&#x2014;`) the way
/// browsers do, so the text matches what a reader of the page saw.
enum HTMLEntities {
    /// Every known name, with or without semicolon.
    static let all: [String: UInt32] = {
        var table = HTMLEntityTable.named
        for (index, name) in HTMLEntityTable.latin1.enumerated() { table[name] = 0xA0 + UInt32(index) }
        table.merge(HTMLEntityTable.legacyExtras) { current, _ in current }
        return table
    }()

    /// Names HTML also recognizes without the semicolon; old pages rely on it (`&copy 2009`).
    static let legacy: Set<String> = Set(HTMLEntityTable.latin1).union(HTMLEntityTable.legacyExtras.keys)

    /// The longest name worth looking for; longer runs are not references.
    private static let maxNameLength = 32

    /// `text` with every recognizable reference decoded; anything else stays literal
    /// (`AT&T`, `R&D`, a stray `&`). In attribute values a semicolon-less legacy name
    /// followed by a letter, digit or `=` stays literal, as in browsers, so URLs like
    /// `?a=1&copy=2` survive.
    /// `requireSemicolon` turns the legacy forms off (Markdown only knows `&name;`).
    static func decode(_ text: some StringProtocol, inAttribute: Bool = false,
                       requireSemicolon: Bool = false) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return String(text) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(in: scalars, at: i, inAttribute: inAttribute,
                                                                    requireSemicolon: requireSemicolon) {
                out.append(decoded)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`) and how many scalars it spans.
    private static func reference(in s: [Unicode.Scalar], at start: Int,
                                  inAttribute: Bool, requireSemicolon: Bool) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            guard let (scalar, length) = numeric(in: s, at: start) else { return nil }
            return requireSemicolon && s[start + length - 1] != ";" ? nil : (scalar, length)
        }
        while j < s.count, j - start - 1 < maxNameLength, isAlphanumeric(s[j]) { j += 1 }
        let name = String(String.UnicodeScalarView(s[(start + 1)..<j]))
        guard !name.isEmpty else { return nil }
        if j < s.count, s[j] == ";", let value = all[name], let scalar = Unicode.Scalar(value) {
            return (scalar, j - start + 1)
        }
        // Without a semicolon only legacy names count, longest first (`&notin` is `¬in`).
        if requireSemicolon { return nil }
        var length = name.unicodeScalars.count
        while length >= 2 {
            let prefix = String(name.unicodeScalars.prefix(length))
            if legacy.contains(prefix), let value = all[prefix], let scalar = Unicode.Scalar(value) {
                let next = start + 1 + length
                if inAttribute, next < s.count, isAlphanumeric(s[next]) || s[next] == "=" { return nil }
                return (scalar, length + 1)
            }
            length -= 1
        }
        return nil
    }

    /// `&#NNN;` or `&#xHHH;` (semicolon optional); invalid code points become U+FFFD and
    /// 128–159 are read as Windows-1252, as HTML5 specifies.
    private static func numeric(in s: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 2
        var radix: UInt32 = 10
        if j < s.count, s[j] == "x" || s[j] == "X" { radix = 16; j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        while j < s.count, let digit = digitValue(s[j], radix: radix) {
            value = value > 0x10FFFF ? value : value * radix + digit
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < s.count, s[j] == ";" { j += 1 }
        let scalar: Unicode.Scalar
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...: scalar = "\u{FFFD}"
        case 0x80...0x9F: scalar = Unicode.Scalar(windows1252Scalar(UInt8(value))) ?? "\u{FFFD}"
        default: scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return (scalar, j - start)
    }

    private static func digitValue(_ c: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch c.value {
        case 48...57: return c.value - 48
        case 65...70 where radix == 16: return c.value - 55
        case 97...102 where radix == 16: return c.value - 87
        default: return nil
        }
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || (48...57).contains(c.value))
    }
}
