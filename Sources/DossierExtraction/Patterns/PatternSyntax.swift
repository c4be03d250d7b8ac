import DossierModel

/// A test of one token, decided from its text and kind alone.
indirect enum TokenTest: Sendable {
    /// Exact text, apostrophes folded to U+0027.
    case literal(String)
    /// Lowercased text, apostrophes folded.
    case foldedLiteral(String)
    /// Every class must hold.
    case classes([TokenClass])
    case regex(TokenRegex)
    case not(TokenTest)
}

/// The names usable in `[...]` as token classes.
enum TokenClass: String, Sendable, CaseIterable {
    case any, word, number, punct, symbol, possessive, capitalized, upper, lower
}

/// A test of an entity mention: its kind is one of `kinds` (any when empty) and every
/// attribute has one of the listed values (compared as ``AttributeValue/description``).
struct EntityTest: Sendable {
    var kinds: [EntityKind] = []
    var attributes: [(key: String, values: [String])] = []
}

/// The parsed pattern, before compilation into a program.
indirect enum PatternNode: Sendable {
    case token(TokenTest)
    case entity(EntityTest)
    /// Index into the compiled pattern's phrase lists.
    case phrase(Int)
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int?)
    /// Capture number (into ``TokenPattern/captureNames``) and its body.
    case capture(Int, PatternNode)
}

/// Parses the pattern language (see ``TokenPattern``) into a ``PatternNode``.
struct PatternParser {
    /// Quantifier bounds above this are refused: `{m,n}` is compiled by copying the item.
    static let maxRepeat = 100

    let chars: [Character]
    let library: PatternLibrary
    var position = 0
    var captureNames: [String] = []
    /// Phrase lists used, in order of first use; ``PatternNode/phrase`` indexes this.
    var phraseLists: [String] = []

    init(_ source: String, library: PatternLibrary) {
        chars = Array(source)
        self.library = library
    }

    func error(_ message: String, at offset: Int? = nil) -> PatternError {
        PatternError(message: message, column: (offset ?? position) + 1)
    }

    var peek: Character? { position < chars.count ? chars[position] : nil }

    mutating func skipSpace() {
        while let c = peek, c.isWhitespace { position += 1 }
    }

    mutating func parse() throws(PatternError) -> PatternNode {
        let node = try alternation()
        skipSpace()
        if peek == ")" { throw error("unbalanced ')'") }
        if position < chars.count { throw error("unexpected '\(chars[position])'") }
        return node
    }

    mutating func alternation() throws(PatternError) -> PatternNode {
        var branches = [try sequence()]
        skipSpace()
        while peek == "|" {
            position += 1
            branches.append(try sequence())
            skipSpace()
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func sequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        skipSpace()
        let start = position
        while let c = peek, c != "|", c != ")" {
            items.append(try quantified())
            skipSpace()
        }
        if items.isEmpty { throw error("empty pattern or alternative: expected an item", at: start) }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func quantified() throws(PatternError) -> PatternNode {
        let atom = try self.atom()
        let quantifierStart = position
        var node: PatternNode
        switch peek {
        case "?": position += 1; node = .repetition(atom, min: 0, max: 1)
        case "*": position += 1; node = .repetition(atom, min: 0, max: nil)
        case "+": position += 1; node = .repetition(atom, min: 1, max: nil)
        case "{": node = try counted(atom)
        default: return atom
        }
        if let c = peek, "?*+{".contains(c) {
            throw error("a second quantifier needs a group: write (item\(String(chars[quantifierStart..<position])))\(c)")
        }
        return node
    }

    mutating func counted(_ atom: PatternNode) throws(PatternError) -> PatternNode {
        let open = position
        position += 1
        let low = number()
        var high = low
        if peek == "," {
            position += 1
            high = number()
        } else if low == nil {
            throw error("expected a number in '{m,n}'")
        }
        guard peek == "}" else { throw error("expected '}' to close '{m,n}'") }
        position += 1
        let min = low ?? 0
        if let high, high < min { throw error("'{m,n}' with n < m", at: open) }
        if max(min, high ?? 0) > Self.maxRepeat { throw error("'{m,n}' bounds above \(Self.maxRepeat)", at: open) }
        if high == 0 { throw error("'{0}' or '{,0}' matches nothing", at: open) }
        return .repetition(atom, min: min, max: high)
    }

    mutating func number() -> Int? {
        let start = position
        while let c = peek, c.isASCII, c.isNumber { position += 1 }
        return start == position ? nil : Int(String(chars[start..<position]))
    }

    mutating func atom() throws(PatternError) -> PatternNode {
        let start = position
        guard let c = peek else { throw error("expected an item") }
        switch c {
        case "\"": return try quoted()
        case ".": position += 1; return .token(.classes([.any]))
        case "[": return try bracket()
        case "/": return .token(try regex())
        case "@":
            position += 1
            let name = word()
            guard !name.isEmpty else { throw error("expected a list name after '@'") }
            guard library.phraseLists[name] != nil else {
                throw error("unknown phrase list '@\(name)' (the library has: \(library.phraseLists.keys.sorted().joined(separator: ", ")))", at: start)
            }
            if let index = phraseLists.firstIndex(of: name) { return .phrase(index) }
            phraseLists.append(name)
            return .phrase(phraseLists.count - 1)
        case "!":
            position += 1
            guard case .token(let test) = try atom() else {
                throw error("'!' applies to one-token items only (a word, a class, a regex)", at: start)
            }
            return .token(.not(test))
        case "(": return try group()
        case "?", "*", "+", "{": throw error("quantifier '\(c)' with nothing to repeat")
        case "]", "}": throw error("unexpected '\(c)'")
        default:
            let text = word()
            guard !text.isEmpty else { throw error("unexpected '\(c)'") }
            return .token(.foldedLiteral(PatternText.fold(text).lowercased()))
        }
    }

    /// A bare word: letters, digits, `_`, and `-` or `.` inside it ("U.S", "well-known").
    mutating func word() -> String {
        let start = position
        while let c = peek, c.isLetter || c.isNumber || c == "_" || ((c == "-" || c == ".") && position > start
                && position + 1 < chars.count && (chars[position + 1].isLetter || chars[position + 1].isNumber)) {
            position += 1
        }
        return String(chars[start..<position])
    }

    mutating func quoted() throws(PatternError) -> PatternNode {
        let open = position
        position += 1
        var text = ""
        while let c = peek, c != "\"" {
            if c == "\\", position + 1 < chars.count { position += 1 }
            text.append(chars[position])
            position += 1
        }
        guard peek == "\"" else { throw error("unterminated string", at: open) }
        position += 1
        var insensitive = false
        if peek == "i", !(position + 1 < chars.count && (chars[position + 1].isLetter || chars[position + 1].isNumber)) {
            insensitive = true
            position += 1
        }
        let words = text.split(whereSeparator: \.isWhitespace).map { PatternText.fold(String($0)) }
        guard !words.isEmpty else { throw error("empty string literal", at: open) }
        let tests = words.map { PatternNode.token(insensitive ? .foldedLiteral($0.lowercased()) : .literal($0)) }
        return tests.count == 1 ? tests[0] : .sequence(tests)
    }

    mutating func regex() throws(PatternError) -> TokenTest {
        let open = position
        position += 1
        var source = ""
        while let c = peek, c != "/" {
            if c == "\\", position + 1 < chars.count, chars[position + 1] == "/" {
                position += 1
                source.append("/")
            } else {
                source.append(c)
            }
            position += 1
        }
        guard peek == "/" else { throw error("unterminated regular expression", at: open) }
        position += 1
        var insensitive = false
        if peek == "i" { insensitive = true; position += 1 }
        guard !source.isEmpty else { throw error("empty regular expression", at: open) }
        do {
            return .regex(try TokenRegex(source, caseInsensitive: insensitive))
        } catch {
            // Offsets are in scalars; columns are in characters. They agree for the ASCII
            // and precomposed text patterns are written in.
            throw self.error("in regular expression: \(error.message)", at: open + 1 + error.offset)
        }
    }

    mutating func group() throws(PatternError) -> PatternNode {
        let open = position
        position += 1
        var capture: Int?
        if peek == "?" {
            position += 1
            guard peek == "<" else { throw error("expected '<name>' after '(?'") }
            position += 1
            let nameStart = position
            let name = word()
            guard !name.isEmpty, peek == ">" else { throw error("expected a capture name and '>'", at: nameStart) }
            guard !captureNames.contains(name) else { throw error("duplicate capture name '\(name)'", at: nameStart) }
            position += 1
            captureNames.append(name)
            capture = captureNames.count - 1
        }
        let body = try alternation()
        guard peek == ")" else { throw error("missing ')' for the group opened here", at: open) }
        position += 1
        return capture.map { .capture($0, body) } ?? body
    }

    mutating func bracket() throws(PatternError) -> PatternNode {
        let open = position
        position += 1
        var classes: [TokenClass] = []
        var entity = EntityTest()
        var isEntity = false
        skipSpace()
        while let c = peek, c != "]" {
            let termStart = position
            let key = word()
            guard !key.isEmpty else { throw error("unexpected '\(c)' in '[...]'") }
            if peek == "=" {
                position += 1
                isEntity = true
                let values = try attributeValues()
                if key == "kind" || key == "entity" {
                    entity.kinds += values.map { EntityKind(rawValue: $0) }
                } else {
                    entity.attributes.append((key, values))
                }
            } else if let cls = TokenClass(rawValue: key) {
                classes.append(cls)
            } else if EntityKind.builtIn.contains(EntityKind(rawValue: key)) {
                // `[quantity]` is shorthand for `[kind=quantity]`, for built-in kinds only,
                // so that a misspelt class is an error rather than a kind that never matches.
                isEntity = true
                entity.kinds.append(EntityKind(rawValue: key))
            } else {
                throw error("unknown token class '\(key)' (known: \(TokenClass.allCases.map(\.rawValue).joined(separator: ", ")); entity tests are written kind=...)", at: termStart)
            }
            skipSpace()
        }
        guard peek == "]" else { throw error("missing ']'", at: open) }
        position += 1
        if isEntity {
            if !classes.isEmpty { throw error("'[...]' mixes token classes with entity tests", at: open) }
            return .entity(entity)
        }
        if classes.isEmpty { throw error("empty '[]'", at: open) }
        return .token(.classes(classes))
    }

    /// `value`, `"quoted value"` or alternatives `a|b|"c d"`.
    mutating func attributeValues() throws(PatternError) -> [String] {
        var values: [String] = []
        repeat {
            if !values.isEmpty { position += 1 }
            if peek == "\"" {
                let open = position
                position += 1
                var text = ""
                while let c = peek, c != "\"" { text.append(c); position += 1 }
                guard peek == "\"" else { throw error("unterminated string", at: open) }
                position += 1
                values.append(text)
            } else {
                let start = position
                while let c = peek, !c.isWhitespace, c != "]", c != "|" { position += 1 }
                guard position > start else { throw error("expected a value after '='") }
                values.append(String(chars[start..<position]))
            }
        } while peek == "|"
        return values
    }
}

/// Text normalization shared by patterns and documents.
enum PatternText {
    /// Curly and modifier apostrophes become U+0027, so "'s" in a pattern matches "’s".
    static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" }) else {
            return text
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" ? "'" : $0
        }))
    }
}
