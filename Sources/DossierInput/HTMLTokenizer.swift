/// A start or end tag with its attributes (names lower-cased, values decoded).
struct HTMLTag {
    var name: String
    var attributes: [String: String] = [:]
    var isEnd = false
    var isSelfClosing = false
}

/// One piece of an HTML document.
enum HTMLToken {
    /// Character data; still contains character references.
    case text(String)
    /// CDATA section content, taken literally (XHTML).
    case literal(String)
    case tag(HTMLTag)
}

/// A forgiving HTML tokenizer: it never fails, and anything that is not well-formed markup
/// is passed on as text, as browsers do. It works on UTF-8 bytes because every character
/// with meaning in markup is ASCII.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The next token, or nil at the end. Comments, doctypes and processing instructions
    /// are consumed silently.
    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                defer { position = end }
                return .text(string(position..<end))
            }
            if hasPrefix("<!--") {
                // Searching from the second dash accepts HTML5's empty `<!-->` and `<!--->`.
                position = find("-->", from: position + 2).map { $0 + 3 } ?? bytes.count
                continue
            }
            if hasPrefix("<![CDATA[") {
                let start = position + 9
                let end = find("]]>", from: start) ?? bytes.count
                position = min(bytes.count, end + 3)
                return .literal(string(start..<end))
            }
            if hasPrefix("<!") || hasPrefix("<?") {
                position = (bytes[position...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
                continue
            }
            let isEnd = hasPrefix("</")
            let nameStart = position + (isEnd ? 2 : 1)
            guard nameStart < bytes.count, isASCIILetter(bytes[nameStart]) else {
                position += 1
                return .text("<")
            }
            return .tag(parseTag(nameStart: nameStart, isEnd: isEnd))
        }
        return nil
    }

    /// Consumes the content of a raw-text element (`script`, `style`, `title`, ...) up to
    /// its end tag, which is consumed too; markup inside is not interpreted.
    mutating func rawText(until name: String) -> String {
        let start = position
        var search = position
        while let candidate = find("</", from: search) {
            let nameEnd = candidate + 2 + name.utf8.count
            if nameEnd <= bytes.count,
               bytes[(candidate + 2)..<nameEnd].lazy.map(lowercased).elementsEqual(name.utf8),
               nameEnd == bytes.count || isTagNameEnd(bytes[nameEnd]) {
                position = (bytes[nameEnd...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
                return string(start..<candidate)
            }
            search = candidate + 2
        }
        position = bytes.count
        return string(start..<bytes.count)
    }

    private mutating func parseTag(nameStart: Int, isEnd: Bool) -> HTMLTag {
        var i = nameStart
        while i < bytes.count, !isTagNameEnd(bytes[i]) { i += 1 }
        var tag = HTMLTag(name: string(nameStart..<i).lowercased(), isEnd: isEnd)
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") { i += 1; break }
            if isASCIIWhitespace(byte) { i += 1; continue }
            if byte == UInt8(ascii: "/") {
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") { tag.isSelfClosing = true }
                i += 1
                continue
            }
            let attributeStart = i
            while i < bytes.count, !isASCIIWhitespace(bytes[i]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[i]) || i == attributeStart {
                i += 1
            }
            let name = string(attributeStart..<i).lowercased()
            while i < bytes.count, isASCIIWhitespace(bytes[i]) { i += 1 }
            var value = ""
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < bytes.count, isASCIIWhitespace(bytes[i]) { i += 1 }
                if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    let end = bytes[(i + 1)...].firstIndex(of: quote) ?? bytes.count
                    value = string((i + 1)..<end)
                    i = min(bytes.count, end + 1)
                } else {
                    let start = i
                    while i < bytes.count, !isASCIIWhitespace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = string(start..<i)
                }
            }
            if tag.attributes[name] == nil {
                tag.attributes[name] = HTMLEntities.decode(value, inAttribute: true)
            }
        }
        position = i
        return tag
    }

    /// Case-insensitive, as markup keywords are; `prefix` is ASCII.
    private func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where lowercased(bytes[position + k]) != lowercased(p[k]) { return false }
        return true
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        let n = needle.utf8Start
        var i = start
        search: while i + count <= bytes.count {
            guard let hit = bytes[i...(bytes.count - count)].firstIndex(of: n[0]) else { return nil }
            for k in 1..<count where bytes[hit + k] != n[k] {
                i = hit + 1
                continue search
            }
            return hit
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

private func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
private func isASCIILetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
private func isTagNameEnd(_ byte: UInt8) -> Bool {
    isASCIIWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
}
