/// Builds a normalized key as UTF-8 bytes, remembering where words end. Reusable: call
/// ``reset()`` between names to avoid allocations on bulk loads.
struct KeyBuilder {
    /// The key's bytes so far.
    private(set) var bytes: [UInt8] = []
    /// The byte offset after each word.
    private(set) var wordEnds: [Int] = []
    private var wordStart = 0

    init() {
        bytes.reserveCapacity(64)
        wordEnds.reserveCapacity(8)
    }

    /// Empties the builder, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        wordEnds.removeAll(keepingCapacity: true)
        wordStart = 0
    }

    /// The key as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The words as strings.
    var words: [String] {
        var start = 0
        return wordEnds.map { end in
            defer { start = end }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Appends the normalized words of `text`; with `dropLeadingArticle`, a first word "the"
    /// followed by more words is left out.
    mutating func append<S: StringProtocol>(_ text: S, dropLeadingArticle: Bool) {
        let firstWord = wordEnds.count
        // Native strings and their substrings are contiguous UTF-8; copy anything else.
        let done = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            if buffer.allSatisfy({ $0 < 0x80 }) { appendASCII(buffer) } else { appendUTF8(buffer) }
            return true
        } ?? false
        if !done {
            var copy = String(text)
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { buffer in
                if buffer.allSatisfy({ $0 < 0x80 }) { appendASCII(buffer) } else { appendUTF8(buffer) }
            }
        }
        if dropLeadingArticle, wordEnds.count > firstWord + 1 {
            let start = firstWord == 0 ? 0 : wordEnds[firstWord - 1]
            let end = wordEnds[firstWord]
            if end - start == 3, bytes[start] == 0x74, bytes[start + 1] == 0x68, bytes[start + 2] == 0x65 {
                bytes.removeSubrange(start..<end)
                wordEnds.remove(at: firstWord)
                for i in firstWord..<wordEnds.count { wordEnds[i] -= 3 }
                wordStart = bytes.count
            }
        }
    }

    /// Folds ASCII text: letters lowercased, digits kept, everything else ends a word.
    private mutating func appendASCII(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if Self.isASCIIAlnum(b) {
                // Copy the whole run of letters and digits at once, then lowercase it.
                var j = i + 1
                while j < n, Self.isASCIIAlnum(utf8[j]) { j += 1 }
                let start = bytes.count
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<j]))
                bytes.withUnsafeMutableBufferPointer { out in
                    for k in start..<out.count where out[k] &- 0x41 < 26 { out[k] |= 0x20 }
                }
                i = j
                continue
            }
            i += 1
            if b == 0x27 || b == 0x60, i < n, utf8[i] | 0x20 == 0x73 {
                // "'s": a possessive when no letter follows; else the apostrophe splits words.
                endWord()
                if i + 1 >= n || !Self.isASCIIAlnum(utf8[i + 1]) { i += 1 }
            } else {
                endWord()
            }
        }
        endWord()
    }

    /// Decodes UTF-8 in place (no scalar array) and folds each scalar: the path for names
    /// with diacritics ("São Paulo", "Türkiye").
    private mutating func appendUTF8(_ buffer: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = buffer.count
        /// The scalar at `j` and its length in bytes (invalid bytes read as U+FFFD).
        func decode(_ j: Int) -> (Unicode.Scalar, Int) {
            let b0 = buffer[j]
            if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
            var length = 0
            var value: UInt32 = 0
            if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
            else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
            else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
            guard length > 0, j + length <= n else { return ("\u{FFFD}", 1) }
            for k in 1..<length {
                let b = buffer[j + k]
                guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
                value = value << 6 | UInt32(b & 0x3F)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        while i < n {
            let (s, length) = decode(i)
            i += length
            if s.isASCII {
                let b = UInt8(s.value)
                if b &- 0x61 < 26 || b &- 0x30 < 10 {
                    bytes.append(b)
                    continue
                }
                if b &- 0x41 < 26 {
                    bytes.append(b | 0x20)
                    continue
                }
            }
            if Self.isApostrophe(s) {
                // A possessive "'s"/"’s" when no letter follows; else the apostrophe splits words.
                if i < n, buffer[i] | 0x20 == 0x73 {
                    let after = i + 1
                    if after >= n || !Self.isWordScalar(decode(after).0) { i = after }
                }
                endWord()
            } else if !s.isASCII, Self.isWordScalar(s) {
                LatinFolding.append(s, to: &bytes)
            } else {
                endWord()
            }
        }
        endWord()
    }

    /// Closes the current word, if any, applying the spelling table.
    private mutating func endWord() {
        guard bytes.count > wordStart else { return }
        Self.americanize(&bytes, from: wordStart)
        wordEnds.append(bytes.count)
        wordStart = bytes.count
    }

    /// British -> American spellings of words common in names.
    private static let spellings: [([UInt8], [UInt8])] = [
        ("organisation", "organization"), ("organisations", "organizations"), ("defence", "defense"),
        ("programme", "program"), ("programmes", "programs"), ("centre", "center"), ("labour", "labor"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func americanize(_ bytes: inout [UInt8], from start: Int) {
        let length = bytes.count - start
        guard length >= 6, length <= 13 else { return }
        let first = bytes[start]
        guard first == 0x6F || first == 0x64 || first == 0x70 || first == 0x63 || first == 0x6C else { return }
        for (british, american) in spellings where british.count == length && british[0] == first {
            if bytes[start...].elementsEqual(british) {
                bytes.replaceSubrange(start..., with: american)
                return
            }
        }
    }

    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        b &- 0x61 < 26 || b &- 0x41 < 26 || b &- 0x30 < 10
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x60, 0x2019, 0x2018, 0x02BC, 0x02BB, 0x00B4: true
        default: false
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIIAlnum(UInt8(s.value)) }
        if s.value >= 0xC0, s.value <= 0x24F { return s.value != 0xD7 && s.value != 0xF7 }  // Latin letters
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
}

/// A 64-bit FNV-1a hash of key bytes, extendable byte by byte, so a phrase matcher can
/// extend a key token by token without building strings.
struct KeyHash: Hashable, Comparable {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of no bytes.
    init() {}

    /// The hash of `bytes`.
    init<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
        append(bytes)
    }

    /// Extends the hash with `bytes`.
    mutating func append<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
        for b in bytes {
            state = (state ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
    }

    static func < (a: KeyHash, b: KeyHash) -> Bool { a.state < b.state }
}
