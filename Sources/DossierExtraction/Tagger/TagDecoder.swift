/// Finds the best well-formed BILOU tag sequence (Viterbi over first-order transitions).
///
/// Ill-formed sequences ("O I-PER", "B-PER L-LOC", ending on B) are excluded outright
/// rather than merely scored low, so every output decodes to clean entity spans, and each
/// tag only has to be compared against its few legal predecessors.
enum TagDecoder {
    /// The number of tags.
    static let tagCount = EntityTag.count
    /// The row of the transition matrix used for the sentence start.
    static let startRow = EntityTag.count
    /// The size of a transition matrix: (tags + start) rows of `tagCount`, then an end row.
    static let transitionCount = (EntityTag.count + 1) * EntityTag.count + EntityTag.count

    /// Whether `tag` may follow `previous` (nil: the sentence start).
    static func allows(_ previous: EntityTag?, _ tag: EntityTag) -> Bool {
        switch previous {
        case .begin(let t)?, .inside(let t)?:
            switch tag {
            case .inside(t), .last(t): true
            default: false
            }
        default:
            switch tag {
            case .outside, .begin, .unit: true
            case .inside, .last: false
            }
        }
    }

    /// Whether a sentence may end on `tag`.
    static func allowsEnd(_ tag: EntityTag) -> Bool {
        switch tag {
        case .begin, .inside: false
        default: true
        }
    }

    /// For each tag, the legal previous tags (start excluded).
    static let predecessors: [[Int]] = EntityTag.all.map { tag in
        EntityTag.all.filter { allows($0, tag) }.map(\.index)
    }

    /// The best legal tag indices for `count` tokens, given per-token tag scores
    /// (`emissions[i * tagCount + tag]`) and transition scores laid out as `transitionCount`
    /// describes.
    static func decode(emissions: UnsafeBufferPointer<Float>, count: Int,
                       transitions: UnsafeBufferPointer<Float>) -> [Int] {
        guard count > 0 else { return [] }
        let n = tagCount
        let endOffset = (n + 1) * n
        var score = [Float](repeating: -.infinity, count: count * n)
        var back = [Int32](repeating: 0, count: count * n)
        for tag in 0..<n where allows(nil, EntityTag.all[tag]) {
            score[tag] = transitions[startRow * n + tag] + emissions[tag]
        }
        for i in 1..<count {
            let row = i * n, previousRow = (i - 1) * n
            for tag in 0..<n {
                var best = -Float.infinity, bestPrevious: Int32 = 0
                for p in predecessors[tag] {
                    let s = score[previousRow + p] + transitions[p * n + tag]
                    if s > best {
                        best = s
                        bestPrevious = Int32(p)
                    }
                }
                score[row + tag] = best + emissions[row + tag]
                back[row + tag] = bestPrevious
            }
        }
        var bestLast = 0, best = -Float.infinity
        let lastRow = (count - 1) * n
        for tag in 0..<n where allowsEnd(EntityTag.all[tag]) {
            let s = score[lastRow + tag] + transitions[endOffset + tag]
            if s > best {
                best = s
                bestLast = tag
            }
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = bestLast
        var i = count - 1
        while i > 0 {
            path[i - 1] = Int(back[i * n + path[i]])
            i -= 1
        }
        return path
    }
}
