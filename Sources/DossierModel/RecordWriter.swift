/// Writes ``DocumentRecord`` JSON directly into bytes (one writer per thread). It produces exactly what
/// `JSONEncoder` with sorted keys produces (a test pins this) at several times its speed,
/// which matters because `dossier parse` writes every token of every document.
public final class RecordWriter {
    private var out: [UInt8] = []

    /// Creates a writer.
    public init() { out.reserveCapacity(1 << 16) }

    /// The compact JSON of `document` as a record, without a trailing newline.
    public func json(_ document: Document) -> [UInt8] {
        out.removeAll(keepingCapacity: true)
        object {
            key("entities", first: true); array(document.entities) { entity($0) }
            key("events"); array(document.events) { event($0) }
            key("id"); string(document.id)
            key("metadata"); metadata(document.metadata)
            key("paragraphs"); array(document.paragraphs) { p in object { key("kind", first: true); string(p.kind.rawValue); key("span"); span(p.span) } }
            key("relations"); array(document.relations) { relation($0) }
            key("schema"); integer(DocumentRecord.schemaVersion)
            key("sentences"); array(document.sentences) { s in
                object {
                    key("firstToken", first: true); integer(s.firstToken)
                    key("paragraph"); integer(s.paragraph)
                    key("span"); span(s.span)
                    key("tokenCount"); integer(s.tokenCount)
                }
            }
            key("text"); string(document.text)
            key("tokens"); array(document.tokens) { t in object { key("kind", first: true); string(t.kind.rawValue); key("span"); span(t.span) } }
        }
        return out
    }

    private func metadata(_ m: DocumentMetadata) {
        object {
            var first = true
            func field(_ name: String, _ value: String?) {
                guard let value else { return }
                key(name, first: first); first = false; string(value)
            }
            field("date", m.date)
            key("extra", first: first); first = false; stringMap(m.extra)
            if let origin = m.origin {
                key("origin")
                object {
                    key("format", first: true); string(origin.format.rawValue)
                    if let line = origin.line { key("line"); integer(line) }
                    key("path"); string(origin.path)
                }
            }
            field("place", m.place); field("source", m.source); field("title", m.title); field("url", m.url)
        }
    }

    private func entity(_ e: Entity) {
        object {
            key("aliases", first: true); array(e.aliases) { string($0) }
            key("attributes"); attributes(e.attributes)
            key("id"); string(e.id)
            key("kind"); string(e.kind.rawValue)
            key("mentions"); array(e.mentions) { m in
                object {
                    key("form", first: true); string(m.form.rawValue)
                    if let resolution = m.resolution { key("resolution"); string(resolution) }
                    if let sentence = m.sentence { key("sentence"); integer(sentence) }
                    key("span"); span(m.span)
                    key("text"); string(m.text)
                }
            }
            key("name"); string(e.name)
            key("producer"); string(e.producer)
        }
    }

    private func relation(_ r: Relation) {
        object {
            key("attributes", first: true); attributes(r.attributes)
            if let evidence = r.evidence { key("evidence"); span(evidence) }
            key("id"); string(r.id)
            key("kind"); string(r.kind)
            if let object = r.object { key("object"); string(object) }
            key("producer"); string(r.producer)
            key("subject"); string(r.subject)
        }
    }

    private func event(_ v: Event) {
        object {
            key("attributes", first: true); attributes(v.attributes)
            if let date = v.date { key("date"); string(date) }
            if let evidence = v.evidence { key("evidence"); span(evidence) }
            key("id"); string(v.id)
            key("kind"); string(v.kind)
            key("participants"); array(v.participants) { p in
                object {
                    key("entity", first: true); string(p.entity)
                    if let role = p.role { key("role"); string(role) }
                }
            }
            if let place = v.place { key("place"); string(place) }
            key("producer"); string(v.producer)
        }
    }

    // MARK: Primitives

    private func object(_ body: () -> Void) {
        out.append(UInt8(ascii: "{"))
        body()
        out.append(UInt8(ascii: "}"))
    }

    private func array<T>(_ items: [T], _ body: (T) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            body(item)
        }
        out.append(UInt8(ascii: "]"))
    }

    private func key(_ name: String, first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        string(name)
        out.append(UInt8(ascii: ":"))
    }

    private func span(_ span: Span) {
        out.append(UInt8(ascii: "["))
        integer(span.start)
        out.append(UInt8(ascii: ","))
        integer(span.end)
        out.append(UInt8(ascii: "]"))
    }

    private func integer(_ value: Int) {
        // Digits straight into the output: four integers per token made String(value) a
        // measurable share of the parse.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var index = 21
            var rest = value.magnitude
            repeat {
                index -= 1
                digits[index] = UInt8(48 + rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                index -= 1
                digits[index] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<21]))
        }
    }

    private func stringMap(_ map: [String: String]) {
        out.append(UInt8(ascii: "{"))
        for (index, name) in map.keys.sorted().enumerated() {
            key(name, first: index == 0)
            string(map[name]!)
        }
        out.append(UInt8(ascii: "}"))
    }

    private func attributes(_ map: [String: AttributeValue]) {
        out.append(UInt8(ascii: "{"))
        for (index, name) in map.keys.sorted().enumerated() {
            key(name, first: index == 0)
            value(map[name]!)
        }
        out.append(UInt8(ascii: "}"))
    }

    private func value(_ value: AttributeValue) {
        switch value {
        case .string(let text): string(text)
        case .integer(let number): integer(number)
        case .number(let number): out.append(contentsOf: RecordWriter.format(number).utf8)
        case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let items): array(items) { self.value($0) }
        }
    }

    /// Doubles as JSONEncoder writes them: integral values without a fraction.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(.towardZero), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    private func string(_ text: String) {
        JSONString.append(text, to: &out)
    }
}

/// JSON string literals as bytes: the one escaping rule for every JSON Dossier writes.
public enum JSONString {
    /// Appends `text` as a quoted, escaped JSON string.
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them in one append.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as a quoted, escaped JSON string.
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
