/// Keeps document ids unique within a run. A repeated id gets `~2`, `~3`, ... appended
/// (and the caller warns), because downstream stages key results by id and a silent
/// collision would merge two articles.
///
/// Millions of ids must fit, so only two independent 64-bit hashes of each are stored
/// (16 bytes per id instead of the string); a false collision needs a 128-bit match.
struct UniqueIDs {
    private struct Key: Hashable {
        var a: Int
        var b: Int
    }

    private var seen = Set<Key>()
    /// Next suffix to try for ids that have been repeated; only duplicates land here.
    private var nextSuffix: [String: Int] = [:]

    /// `id` if unused, else the first free `id~N`; either way it is now taken.
    mutating func claim(_ id: String) -> String {
        if seen.insert(Self.key(id)).inserted { return id }
        var suffix = nextSuffix[id] ?? 2
        while true {
            let candidate = "\(id)~\(suffix)"
            suffix += 1
            if seen.insert(Self.key(candidate)).inserted {
                nextSuffix[id] = suffix
                return candidate
            }
        }
    }

    private static func key(_ id: String) -> Key {
        var first = Hasher()
        first.combine(0 as UInt8)
        first.combine(id)
        var second = Hasher()
        second.combine(1 as UInt8)
        second.combine(id)
        return Key(a: first.finalize(), b: second.finalize())
    }
}
