import Foundation

/// Where a byte sequence breaks UTF-8, found before decoding so warnings can point at it.
struct UTF8Problems: Equatable {
    /// Offset of the first invalid byte, relative to the bytes checked.
    var firstOffset: Int
    /// Number of maximal invalid subsequences, i.e. how many U+FFFD the decoder inserts.
    var count: Int
}

/// Checks `bytes` for invalid UTF-8, counting maximal invalid subparts the way the Unicode
/// standard (and Swift's repairing decoder) does, so the count matches the number of
/// U+FFFD in the decoded text.
func findUTF8Problems(_ bytes: some RandomAccessCollection<UInt8>) -> UTF8Problems? {
    var problems: UTF8Problems?
    func bad(at offset: Int) {
        if problems == nil { problems = UTF8Problems(firstOffset: offset, count: 0) }
        problems!.count += 1
    }
    let base = bytes.startIndex
    let n = bytes.count
    var i = 0
    func at(_ k: Int) -> UInt8 { bytes[bytes.index(base, offsetBy: k)] }
    while i < n {
        let lead = at(i)
        if lead < 0x80 { i += 1; continue }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: bad(at: i); i += 1; continue
        }
        var consumed = 1
        while consumed < length, i + consumed < n {
            let byte = at(i + consumed)
            let (lo, hi) = consumed == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo && byte <= hi else { break }
            consumed += 1
        }
        if consumed < length { bad(at: i) }
        i += consumed
    }
    return problems
}

/// Bytes turned into text, plus what had to be repaired on the way.
struct DecodedText {
    var text: String
    var warnings: [String]
}

/// Decodes a whole file's bytes: drops a byte-order mark, decodes UTF-16 when a UTF-16
/// mark says so, repairs invalid UTF-8 with U+FFFD (warning with the offset, because a
/// silent repair hides a wrongly-encoded corpus) and normalizes line endings to LF.
/// `fallbackWindows1252` decodes invalid UTF-8 as Windows-1252 instead, for HTML that
/// declares a Latin-1 charset.
func decodeText(_ bytes: [UInt8], source: String, fallbackWindows1252: Bool = false) -> DecodedText {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
        if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
            return DecodedText(text: normalizeNewlines(text), warnings: [])
        }
        return DecodedText(text: "", warnings: ["\(source): starts with a UTF-16 byte-order mark but is not valid UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"])
    }
    let body = bytes.starts(with: utf8BOM) ? bytes[3...] : bytes[...]
    var warnings: [String] = []
    let text: String
    if let problems = findUTF8Problems(body) {
        if fallbackWindows1252 {
            text = decodeWindows1252(body)
        } else {
            text = String(decoding: body, as: UTF8.self)
            let offset = problems.firstOffset + (body.startIndex - bytes.startIndex)
            warnings.append(utf8Warning(source: source, offset: offset, count: problems.count))
        }
    } else {
        text = String(decoding: body, as: UTF8.self)
    }
    return DecodedText(text: normalizeNewlines(text), warnings: warnings)
}

/// The warning for repaired UTF-8; `offset` is 0-based into the original file.
func utf8Warning(source: String, offset: Int, count: Int) -> String {
    let sequences = count == 1 ? "1 invalid sequence" : "\(count) invalid sequences"
    return "\(source): invalid UTF-8 at byte offset \(offset) (\(sequences) replaced with U+FFFD); "
        + "the file is probably in another encoding, convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
}

let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

/// Turns CRLF and lone CR into LF, so offsets and paragraph splitting behave the same for
/// files written on any system.
func normalizeNewlines(_ text: String) -> String {
    guard text.utf8.contains(13) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for byte in text.utf8 {
        if byte == 13 {
            out.append(10)
            previousWasCR = true
            continue
        }
        if byte == 10 && previousWasCR { previousWasCR = false; continue }
        previousWasCR = false
        out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
}

/// Decodes Windows-1252, the encoding browsers use for pages labelled ISO-8859-1.
func decodeWindows1252(_ bytes: some Sequence<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
        scalars.append(Unicode.Scalar(windows1252Scalar(byte)) ?? "\u{FFFD}")
    }
    return String(scalars)
}

/// The code point of a Windows-1252 byte (also used for `&#146;`-style references, which
/// HTML maps the same way).
func windows1252Scalar(_ byte: UInt8) -> UInt32 {
    guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
    let table: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    return table[Int(byte - 0x80)]
}

/// How many leading bytes the binary check looks at.
let binarySampleSize = 8192

/// True when the first bytes look like a binary file: a NUL byte (text never has one, and
/// UTF-16 text with a byte-order mark is handled before this check) or a large share of
/// control characters. High bytes are not counted: legacy-encoded text (Latin-1,
/// Windows-1251) is full of them and should be read with a warning, not skipped.
func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    let sample = bytes.prefix(binarySampleSize)
    if sample.isEmpty { return false }
    var controls = 0
    for byte in sample {
        if byte == 0 { return true }
        switch byte {
        case 9, 10, 11, 12, 13, 27: break  // tab, newlines, form feed, ANSI escape
        case 0..<32, 127: controls += 1
        default: break
        }
    }
    return controls * 10 > sample.count
}

/// True when the text holds nothing but whitespace.
func isBlank(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
}
