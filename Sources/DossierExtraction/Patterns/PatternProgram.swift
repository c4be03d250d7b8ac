import DossierModel

/// One instruction of a compiled ``TokenPattern``.
enum PatternOp: Sendable {
    /// Consume one token that passes the test.
    case token(TokenTest)
    /// Consume all tokens of one entity mention starting here that passes the test.
    case entity(EntityTest)
    /// Consume all tokens of one phrase of the list (index into ``TokenPattern/phrases``).
    case phrase(Int)
    /// Try both, the first preferred (greedy quantifiers put the loop body first).
    case split(Int, Int)
    case jump(Int)
    /// Record the current token position into a capture slot (2n: start, 2n+1: end).
    case save(Int)
    case match
}

/// Compiles a ``PatternNode`` tree into a flat program.
struct PatternCompiler {
    /// Programs above this many instructions are refused, which bounds what nested `{m,n}`
    /// (compiled by copying) can cost.
    static let maxInstructions = 20_000

    var ops: [PatternOp] = []

    mutating func compile(_ node: PatternNode) throws(PatternError) -> [PatternOp] {
        try emit(node)
        ops.append(.match)
        return ops
    }

    private mutating func emit(_ node: PatternNode) throws(PatternError) {
        guard ops.count < Self.maxInstructions else {
            throw PatternError(message: "pattern too large (over \(Self.maxInstructions) instructions): reduce '{m,n}' bounds", column: 1)
        }
        switch node {
        case .token(let test): ops.append(.token(test))
        case .entity(let test): ops.append(.entity(test))
        case .phrase(let list): ops.append(.phrase(list))
        case .sequence(let items): for item in items { try emit(item) }
        case .capture(let number, let body):
            ops.append(.save(2 * number))
            try emit(body)
            ops.append(.save(2 * number + 1))
        case .alternation(let branches):
            var exits: [Int] = []
            for branch in branches.dropLast() {
                let split = ops.count
                ops.append(.split(split + 1, -1))
                try emit(branch)
                exits.append(ops.count)
                ops.append(.jump(-1))
                ops[split] = .split(split + 1, ops.count)
            }
            try emit(branches[branches.count - 1])
            for exit in exits { ops[exit] = .jump(ops.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { try emit(body) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(ops.count)
                    ops.append(.split(ops.count + 1, -1))
                    try emit(body)
                }
                for split in splits { ops[split] = .split(split + 1, ops.count) }
            } else {
                let loop = ops.count
                ops.append(.split(loop + 1, -1))
                try emit(body)
                ops.append(.jump(loop))
                ops[loop] = .split(loop + 1, ops.count)
            }
        }
    }

    /// The consuming instructions a match can begin with, or nil when a match can begin
    /// with nothing consumed (then every start position must be tried).
    static func firstInstructions(_ ops: [PatternOp]) -> [Int]? {
        var seen = Set<Int>(), stack = [0], result: [Int] = []
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch ops[pc] {
            case .token, .entity, .phrase: result.append(pc)
            case .split(let a, let b): stack += [b, a]
            case .jump(let a): stack.append(a)
            case .save: stack.append(pc + 1)
            case .match: return nil
            }
        }
        return result
    }
}

/// The state of matching one pattern over one document: scratch space reused across start
/// positions so that a match attempt allocates nothing in the common case.
///
/// The search is a backtracking walk over (instruction, token) states with memoization
/// (RE2's "bit state"): a state already visited from the current start position is not
/// explored again. That bounds the work per start position by program length × (sentence
/// tokens + 1) whatever the nesting of quantifiers, and ``TokenPattern/stepLimit`` caps it
/// further. Every path is explored, and the longest match is kept (ties: the first found,
/// which follows greedy, left-alternative-first priority).
struct PatternSearch {
    let pattern: TokenPattern
    let index: PatternIndex
    private var visited: [UInt32] = []
    private var stamp: UInt32 = 0
    private var jobs: [Job] = []
    private var slots: [Int]
    private var entities: [(tokens: Range<Int>, entity: Int)] = []
    private var alternatives: [(end: Int, entity: Int)] = []

    private enum Job {
        case run(pc: Int, position: Int)
        case restore(slot: Int, value: Int)
        case truncate(count: Int)
        case enter(pc: Int, from: Int, to: Int, entity: Int)
    }

    /// The longest match found from one start position.
    struct Found {
        var end: Int
        var slots: [Int]
        var entities: [(tokens: Range<Int>, entity: Int)]
    }

    init(pattern: TokenPattern, index: PatternIndex) {
        self.pattern = pattern
        self.index = index
        slots = [Int](repeating: -1, count: 2 * pattern.captureNames.count)
    }

    /// Whether some first instruction of the pattern can consume at `position`: a cheap
    /// filter that skips most start positions without setting up a search.
    func canStart(at position: Int, end: Int) -> Bool {
        guard let first = pattern.firstInstructions else { return true }
        return first.contains { pc in
            switch pattern.program[pc] {
            case .token(let test): return test.passes(position, index)
            case .entity(let test):
                return index.mentions[index.mentionOffsets[position]..<index.mentionOffsets[position + 1]].contains {
                    $0.end <= end && test.passes(index.document.entities[$0.entity])
                }
            case .phrase(let list): return pattern.phrases[list].byFirstToken[index.lowered[position]] != nil
            default: return true
            }
        }
    }

    /// The longest non-empty match starting at `start` and ending by `end`, within the
    /// sentence that begins at token `sentenceStart`.
    mutating func longest(at start: Int, end: Int, sentenceStart: Int) -> Found? {
        let program = pattern.program
        let width = end - sentenceStart + 1
        if visited.count < program.count * width { visited = [UInt32](repeating: 0, count: program.count * width); stamp = 0 }
        if stamp == .max { for i in visited.indices { visited[i] = 0 }; stamp = 0 }
        stamp += 1
        for i in slots.indices { slots[i] = -1 }
        entities.removeAll(keepingCapacity: true)
        jobs.removeAll(keepingCapacity: true)
        jobs.append(.run(pc: 0, position: start))
        var best: Found?
        var steps = 0
        while let job = jobs.popLast() {
            var pc: Int, position: Int
            switch job {
            case .restore(let slot, let value): slots[slot] = value; continue
            case .truncate(let count): entities.removeSubrange(count...); continue
            case .run(let p, let q): pc = p; position = q
            case .enter(let p, let from, let to, let entity):
                jobs.append(.truncate(count: entities.count))
                entities.append((from..<to, entity))
                pc = p; position = to
            }
            thread: while true {
                let key = pc * width + (position - sentenceStart)
                if visited[key] == stamp { break }
                visited[key] = stamp
                steps += 1
                if steps > TokenPattern.stepLimit { return best }
                switch program[pc] {
                case .token(let test):
                    guard position < end, test.passes(position, index) else { break thread }
                    pc += 1; position += 1
                case .entity(let test):
                    guard position < end else { break thread }
                    alternatives.removeAll(keepingCapacity: true)
                    for mention in index.mentions[index.mentionOffsets[position]..<index.mentionOffsets[position + 1]]
                    where mention.end <= end && test.passes(index.document.entities[mention.entity]) {
                        alternatives.append((mention.end, mention.entity))
                    }
                    guard let first = alternatives.first else { break thread }
                    // Pushed in reverse so they run in index order (longest mention first).
                    for alternative in alternatives.dropFirst().reversed() {
                        jobs.append(.enter(pc: pc + 1, from: position, to: alternative.end, entity: alternative.entity))
                    }
                    jobs.append(.truncate(count: entities.count))
                    entities.append((position..<first.end, first.entity))
                    pc += 1; position = first.end
                case .phrase(let list):
                    guard position < end, let phrases = pattern.phrases[list].byFirstToken[index.lowered[position]] else { break thread }
                    var ends = phrases.compactMap { phrase -> Int? in
                        guard position + phrase.count <= end else { return nil }
                        for (offset, word) in phrase.enumerated().dropFirst() where index.lowered[position + offset] != word { return nil }
                        return position + phrase.count
                    }
                    guard !ends.isEmpty else { break thread }
                    let next = ends.removeFirst()
                    for other in ends.reversed() { jobs.append(.run(pc: pc + 1, position: other)) }
                    pc += 1; position = next
                case .split(let a, let b):
                    jobs.append(.run(pc: b, position: position))
                    pc = a
                case .jump(let target): pc = target
                case .save(let slot):
                    jobs.append(.restore(slot: slot, value: slots[slot]))
                    slots[slot] = position
                    pc += 1
                case .match:
                    if position > start, position > best?.end ?? start {
                        best = Found(end: position, slots: slots, entities: entities)
                        // Nothing can be longer than the rest of the sentence.
                        if position == end { return best }
                    }
                    break thread
                }
            }
        }
        return best
    }
}

extension TokenTest {
    /// Whether token `i` of the indexed document passes.
    func passes(_ i: Int, _ index: PatternIndex) -> Bool {
        switch self {
        case .literal(let text): return index.texts[i] == text
        case .foldedLiteral(let text): return index.lowered[i] == text
        case .regex(let regex): return regex.matches(regex.caseInsensitive ? index.lowered[i] : index.texts[i])
        case .not(let test): return !test.passes(i, index)
        case .classes(let classes):
            let kind = index.document.tokens[i].kind, flags = index.flags[i]
            return classes.allSatisfy { cls in
                switch cls {
                case .any: return true
                case .word: return kind == .word
                case .number: return kind == .number
                case .punct: return kind == .punctuation
                case .symbol: return kind == .symbol
                case .possessive: return kind == .possessive
                case .capitalized: return flags & PatternIndex.Flags.capitalized != 0
                case .upper: return flags & PatternIndex.Flags.upper != 0
                case .lower: return flags & PatternIndex.Flags.lower != 0
                }
            }
        }
    }
}

extension EntityTest {
    /// Whether `entity` has one of the kinds and every attribute has one of the values
    /// (a list attribute passes when any element does).
    func passes(_ entity: Entity) -> Bool {
        guard kinds.isEmpty || kinds.contains(entity.kind) else { return false }
        return attributes.allSatisfy { test in
            guard let value = entity.attributes[test.key] else { return false }
            if case .list(let items) = value { return items.contains { test.values.contains($0.description) } }
            return test.values.contains(value.description)
        }
    }
}
