/// A small regular expression over the text of one token, for `/.../` items of a
/// ``TokenPattern``.
///
/// Supported: literal characters, `.`, classes `[a-z0-9_]` and `[^...]`, escapes `\d \w \s`
/// (and `\D \W \S`, and `\x` for any other punctuation `x`), anchors `^` `$`, groups `( | )`
/// and the quantifiers `?` `*` `+`. It searches: `/port/` matches "exports"; anchor with
/// `^...$` for a whole-token match. With the `i` flag both sides are lowercased.
///
/// Written here rather than using `NSRegularExpression` or `Regex` because it runs once per
/// token per pattern item on the hot path: it is a Thompson NFA simulation (Pike VM without
/// captures), so time is linear in token length × program size with no backtracking blow-up.
struct TokenRegex: Sendable, Hashable {
    /// One instruction of the NFA program.
    enum Op: Sendable, Hashable {
        case char(Unicode.Scalar)
        case any
        case set(ScalarSet)
        case split(Int, Int)
        case jump(Int)
        case lineStart
        case lineEnd
        case match
    }

    /// A bracketed class or class escape: ranges, optionally negated.
    struct ScalarSet: Sendable, Hashable {
        var ranges: [ClosedRange<UInt32>] = []
        var negated = false
        var caseInsensitive = false

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            var found = ranges.contains { $0.contains(scalar.value) }
            // Case-insensitive classes test the other case too, so [A-Z] still matches "a".
            if !found, caseInsensitive {
                let upper = String(scalar).uppercased().unicodeScalars
                if upper.count == 1, let u = upper.first { found = ranges.contains { $0.contains(u.value) } }
            }
            return found != negated
        }
    }

    let program: [Op]
    let caseInsensitive: Bool

    /// Compiles `source`; errors carry the 0-based scalar offset in `source`.
    init(_ source: String, caseInsensitive: Bool) throws(RegexSyntaxError) {
        var parser = Parser(scalars: Array(source.unicodeScalars), fold: caseInsensitive)
        var program: [Op] = []
        try parser.alternation(into: &program)
        if parser.position < parser.scalars.count {
            throw RegexSyntaxError(message: "unbalanced ')'", offset: parser.position)
        }
        program.append(.match)
        self.program = program
        self.caseInsensitive = caseInsensitive
    }

    /// Whether the expression matches somewhere in `text` (already lowercased when the
    /// expression is case-insensitive).
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = [Int](), next = [Int]()
        var onList = [Int](repeating: -1, count: program.count)
        var generation = 0
        for position in 0...scalars.count {
            // Unanchored search: a fresh thread starts at every position.
            if add(0, position, scalars.count, &current, &onList, generation) { return true }
            guard position < scalars.count else { break }
            let scalar = scalars[position]
            generation += 1
            next.removeAll(keepingCapacity: true)
            for pc in current {
                let advances: Bool
                switch program[pc] {
                case .char(let c): advances = c == scalar
                case .any: advances = true
                case .set(let set): advances = set.contains(scalar)
                default: advances = false
                }
                if advances, add(pc + 1, position + 1, scalars.count, &next, &onList, generation) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds the thread at `pc` and everything reachable without consuming; true on a match.
    private func add(_ pc: Int, _ position: Int, _ count: Int, _ list: inout [Int],
                     _ onList: inout [Int], _ generation: Int) -> Bool {
        guard onList[pc] != generation else { return false }
        onList[pc] = generation
        switch program[pc] {
        case .match: return true
        case .jump(let target): return add(target, position, count, &list, &onList, generation)
        case .split(let a, let b):
            return add(a, position, count, &list, &onList, generation)
                || add(b, position, count, &list, &onList, generation)
        case .lineStart: return position == 0 && add(pc + 1, position, count, &list, &onList, generation)
        case .lineEnd: return position == count && add(pc + 1, position, count, &list, &onList, generation)
        default: list.append(pc); return false
        }
    }
}

/// A syntax error inside a `/.../` item, at a scalar offset of the expression.
struct RegexSyntaxError: Error {
    var message: String
    var offset: Int
}

extension TokenRegex {
    /// Recursive-descent parser emitting NFA instructions directly.
    struct Parser {
        let scalars: [Unicode.Scalar]
        let fold: Bool
        var position = 0

        init(scalars: [Unicode.Scalar], fold: Bool) {
            self.scalars = scalars
            self.fold = fold
        }

        var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func alternation(into program: inout [Op]) throws(RegexSyntaxError) {
            let start = program.count
            var branch: [Op] = []
            try sequence(into: &branch)
            guard peek == "|" else { program += branch.map { Self.shift($0, by: start) }; return }
            position += 1
            var rest: [Op] = []
            try alternation(into: &rest)
            // split L1 L2; L1: branch; jump end; L2: rest; end:
            let first = start + 1
            let second = first + branch.count + 1
            program.append(.split(first, second))
            program += branch.map { Self.shift($0, by: first) }
            program.append(.jump(second + rest.count))
            program += rest.map { Self.shift($0, by: second) }
        }

        mutating func sequence(into program: inout [Op]) throws(RegexSyntaxError) {
            while let c = peek, c != "|", c != ")" {
                var atom: [Op] = []
                try self.atom(into: &atom)
                let base = program.count
                switch peek {
                case "?":
                    position += 1
                    program.append(.split(base + 1, base + 1 + atom.count))
                    program += atom.map { Self.shift($0, by: base + 1) }
                case "*":
                    position += 1
                    program.append(.split(base + 1, base + 2 + atom.count))
                    program += atom.map { Self.shift($0, by: base + 1) }
                    program.append(.jump(base))
                case "+":
                    position += 1
                    program += atom.map { Self.shift($0, by: base) }
                    program.append(.split(base, base + atom.count + 1))
                default:
                    program += atom.map { Self.shift($0, by: base) }
                }
                if let q = peek, q == "?" || q == "*" || q == "+" {
                    throw RegexSyntaxError(message: "nothing to repeat before '\(q)'", offset: position)
                }
            }
        }

        /// Emits one atom with instruction targets relative to 0.
        mutating func atom(into program: inout [Op]) throws(RegexSyntaxError) {
            let c = scalars[position]
            position += 1
            switch c {
            case ".": program.append(.any)
            case "^": program.append(.lineStart)
            case "$": program.append(.lineEnd)
            case "?", "*", "+": throw RegexSyntaxError(message: "nothing to repeat before '\(c)'", offset: position - 1)
            case "(":
                try alternation(into: &program)
                guard peek == ")" else { throw RegexSyntaxError(message: "missing ')'", offset: position) }
                position += 1
            case "[": program.append(.set(try bracket()))
            case "\\":
                guard let e = peek else { throw RegexSyntaxError(message: "trailing '\\'", offset: position - 1) }
                position += 1
                if let set = Self.classEscape(e) { program.append(.set(set)) } else { program.append(.char(folded(e))) }
            default: program.append(.char(folded(c)))
            }
        }

        mutating func bracket() throws(RegexSyntaxError) -> ScalarSet {
            let open = position - 1
            var set = ScalarSet(caseInsensitive: fold)
            if peek == "^" { set.negated = true; position += 1 }
            var first = true
            while let c = peek, c != "]" || first {
                first = false
                position += 1
                var low = c
                if c == "\\" {
                    guard let e = peek else { break }
                    position += 1
                    if let escape = Self.classEscape(e) { set.ranges += escape.ranges; continue }
                    low = e
                }
                var high = low
                if peek == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    high = scalars[position + 1]
                    position += 2
                    guard high.value >= low.value else {
                        throw RegexSyntaxError(message: "range out of order in '[...]'", offset: position - 3)
                    }
                }
                set.ranges.append(low.value...high.value)
            }
            guard peek == "]" else { throw RegexSyntaxError(message: "missing ']'", offset: open) }
            position += 1
            return set
        }

        func folded(_ c: Unicode.Scalar) -> Unicode.Scalar {
            guard fold else { return c }
            let lower = String(c).lowercased().unicodeScalars
            return lower.count == 1 ? lower.first! : c
        }

        static func classEscape(_ e: Unicode.Scalar) -> ScalarSet? {
            let digits: [ClosedRange<UInt32>] = [48...57]
            let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122, 0xC0...0x24F]
            let space: [ClosedRange<UInt32>] = [9...13, 32...32, 0xA0...0xA0]
            switch e {
            case "d": return ScalarSet(ranges: digits)
            case "D": return ScalarSet(ranges: digits, negated: true)
            case "w": return ScalarSet(ranges: word)
            case "W": return ScalarSet(ranges: word, negated: true)
            case "s": return ScalarSet(ranges: space)
            case "S": return ScalarSet(ranges: space, negated: true)
            default: return nil
            }
        }

        static func shift(_ op: Op, by offset: Int) -> Op {
            switch op {
            case .split(let a, let b): return .split(a + offset, b + offset)
            case .jump(let a): return .jump(a + offset)
            default: return op
            }
        }
    }
}
