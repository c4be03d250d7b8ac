/// One way to reach a record from a key: the record's position in its table, how the form
/// names it, and, for acronyms, the letters as written so that "us" does not match "US".
struct NameRef: Sendable, Hashable {
    /// Index of the record in its table.
    var record: Int32
    /// How the form names the record.
    var role: NameRole
    /// For case-sensitive forms (acronyms): the form's letters and digits as written.
    var exactLetters: String?

    /// Whether text whose letters and digits are `letters` may be this form: any case for
    /// ordinary names; for acronyms the same letters, or all capitals ("UN", "U.N.", "QUAD"
    /// for "Quad"), never lowercase ("who" is not WHO).
    func accepts(letters: Substring) -> Bool {
        guard let exact = exactLetters else { return true }
        if letters == exact[...] { return true }
        return !letters.contains(where: { $0.isLowercase })
    }
}

/// Normalized keys (as 64-bit hashes, see ``KeyHash``) to records, plus the word-boundary
/// prefixes of multi-word keys that let a phrase matcher stop early.
///
/// Built once from a ``Builder``: entries are kept sorted by hash, so a lookup is a binary
/// search and loading stores no key strings at all.
struct NameIndex: Sendable {
    fileprivate struct Entry: Sendable {
        var hash: UInt64
        /// Insertion order, to keep equal hashes in the order they were added.
        var sequence: Int32
        var record: Int32
        var role: NameRole
        /// Index into `acronyms`, or -1.
        var acronym: Int32
    }

    /// Entries sorted by hash; equal hashes keep insertion order.
    private var entries: [Entry] = []
    /// Sorted hashes of the proper word-boundary prefixes of multi-word keys ("shanghai",
    /// "shanghaicooperation" for "Shanghai Cooperation Organization").
    private var prefixes: [UInt64] = []
    /// Letters as written of case-sensitive forms.
    private var acronyms: [String] = []

    /// An empty index.
    init() {}

    /// Collects names, then sorts them into an index.
    struct Builder {
        fileprivate var entries: [Entry] = []
        fileprivate var prefixes: [UInt64] = []
        fileprivate var acronyms: [String] = []
        private var key = KeyBuilder()

        /// A builder with room for about `capacity` names.
        init(capacity: Int = 0) {
            entries.reserveCapacity(capacity)
        }

        /// A builder holding an index's names, to add more.
        init(_ index: NameIndex) {
            entries = index.entries  // sequence numbers are positions, so order is kept
            prefixes = index.prefixes
            acronyms = index.acronyms
        }

        /// Adds `form` as a name of record `record`; returns false when the form has no
        /// letters. Acronym-like forms ("US", "U.S.") and `caseSensitive` ones match only
        /// as written or in capitals.
        @discardableResult
        mutating func add(_ form: String, record: Int, role: NameRole, caseSensitive: Bool = false) -> Bool {
            key.reset()
            key.append(form, dropLeadingArticle: true)
            guard !key.bytes.isEmpty else { return false }
            var acronym: Int32 = -1
            if caseSensitive || NameIndex.looksLikeAcronym(form) {
                acronym = Int32(acronyms.count)
                acronyms.append(NameIndex.letters(of: form))
            }
            entries.append(Entry(hash: KeyHash(key.bytes).state, sequence: Int32(entries.count), record: Int32(record),
                                 role: role, acronym: acronym))
            if key.wordEnds.count > 1 {
                var hash = KeyHash()
                var start = 0
                for end in key.wordEnds.dropLast() {
                    hash.append(key.bytes[start..<end])
                    prefixes.append(hash.state)
                    start = end
                }
            }
            return true
        }

        /// Appends another builder's names, whose record numbers start at `recordOffset`.
        mutating func append(_ other: Builder, recordOffset: Int) {
            let sequenceOffset = Int32(entries.count)
            let acronymOffset = Int32(acronyms.count)
            entries.reserveCapacity(entries.count + other.entries.count)
            for var e in other.entries {
                e.sequence += sequenceOffset
                e.record += Int32(recordOffset)
                if e.acronym >= 0 { e.acronym += acronymOffset }
                entries.append(e)
            }
            prefixes += other.prefixes
            acronyms += other.acronyms
        }

        /// For each name, the records added under its key so far, in insertion order (one
        /// pass over all names, for resolving many names before the index is built).
        func records(named names: [String]) -> [[Int32]] {
            var wanted: [UInt64: [Int]] = [:]
            // A 4096-bit filter on the hashes' low bits skips most dictionary probes.
            var filter = [UInt64](repeating: 0, count: 64)
            var key = KeyBuilder()
            for (k, name) in names.enumerated() {
                key.reset()
                key.append(name, dropLeadingArticle: true)
                let hash = KeyHash(key.bytes).state
                wanted[hash, default: []].append(k)
                filter[Int(hash >> 6 & 63)] |= 1 << (hash & 63)
            }
            var result = [[Int32]](repeating: [], count: names.count)
            for e in entries where filter[Int(e.hash >> 6 & 63)] & (1 << (e.hash & 63)) != 0 {
                guard let ks = wanted[e.hash] else { continue }
                for k in ks where result[k].last != e.record { result[k].append(e.record) }
            }
            return result
        }

        /// The sorted index.
        func build() -> NameIndex {
            var index = NameIndex()
            // Equal hashes keep insertion order (population order for cities).
            let all = NameIndex.radixSorted(entries)
            var sorted: [Entry] = []
            sorted.reserveCapacity(all.count)
            var last: Entry?
            for var e in all {
                e.sequence = Int32(sorted.count)
                if let l = last, l.hash == e.hash, l.record == e.record, l.role == e.role,
                   (l.acronym < 0) == (e.acronym < 0),
                   l.acronym < 0 || acronyms[Int(l.acronym)] == acronyms[Int(e.acronym)] {
                    continue  // the same name twice ("US" and "U.S." both give key "us")
                }
                sorted.append(e)
                last = e
            }
            index.entries = sorted
            index.prefixes = NameIndex.radixSorted(prefixes.map { Entry(hash: $0, sequence: 0, record: 0, role: .name, acronym: -1) })
                .map(\.hash)
            index.acronyms = acronyms
            return index
        }
    }

    /// The number of names.
    var count: Int { entries.count }

    /// `entries` sorted by hash, stably (a least-significant-digit radix sort on 11-bit
    /// digits: several times faster than a comparison sort on tens of thousands of names).
    fileprivate static func radixSorted(_ entries: [Entry]) -> [Entry] {
        guard entries.count > 64 else {
            return entries.sorted { $0.hash != $1.hash ? $0.hash < $1.hash : $0.sequence < $1.sequence }
        }
        var source = entries
        var target = entries
        let radix = 11
        let mask: UInt64 = (1 << UInt64(radix)) - 1
        var counts = [Int](repeating: 0, count: 1 << radix)
        counts.withUnsafeMutableBufferPointer { counts in
            for shift in stride(from: 0, to: 64, by: radix) {
                source.withUnsafeBufferPointer { src in
                    target.withUnsafeMutableBufferPointer { dst in
                        counts.update(repeating: 0)
                        for e in src { counts[Int((e.hash >> UInt64(shift)) & mask)] += 1 }
                        var total = 0
                        for i in counts.indices {
                            let c = counts[i]
                            counts[i] = total
                            total += c
                        }
                        for e in src {
                            let digit = Int((e.hash >> UInt64(shift)) & mask)
                            dst[counts[digit]] = e
                            counts[digit] += 1
                        }
                    }
                }
                swap(&source, &target)
            }
        }
        return source
    }

    /// The references stored under a key hash, in insertion order.
    func lookup(_ hash: KeyHash) -> [NameRef] {
        var lo = 0
        var hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].hash < hash.state { lo = mid + 1 } else { hi = mid }
        }
        var result: [NameRef] = []
        while lo < entries.count, entries[lo].hash == hash.state {
            let e = entries[lo]
            result.append(NameRef(record: e.record, role: e.role, exactLetters: e.acronym < 0 ? nil : acronyms[Int(e.acronym)]))
            lo += 1
        }
        return result
    }

    /// The references stored under the normalized key of `name`.
    func lookup(name: String) -> [NameRef] {
        var key = KeyBuilder()
        key.append(name, dropLeadingArticle: true)
        return key.bytes.isEmpty ? [] : lookup(KeyHash(key.bytes))
    }

    /// Whether the key with this hash begins some longer multi-word key at a word boundary.
    func hasLongerKey(startingWith hash: KeyHash) -> Bool {
        var lo = 0
        var hi = prefixes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if prefixes[mid] < hash.state { lo = mid + 1 } else { hi = mid }
        }
        return lo < prefixes.count && prefixes[lo] == hash.state
    }

    /// An acronym: two to eight letters, no lowercase letter, no space ("US", "U.S.", "USSR").
    static func looksLikeAcronym(_ form: String) -> Bool {
        var letters = 0
        for b in form.utf8 {
            if b &- 0x61 < 26 || b == 0x20 { return false }
            if b &- 0x41 < 26 { letters += 1 }
            if b >= 0x80 { return slowLooksLikeAcronym(form) }
        }
        return letters >= 2 && letters <= 8
    }

    private static func slowLooksLikeAcronym(_ form: String) -> Bool {
        var letters = 0
        for s in form.unicodeScalars {
            if s.properties.isLowercase || s == " " { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2 && letters <= 8
    }

    /// The letters and digits of a token as written, without a possessive ending
    /// ("SCO’s" -> "SCO", "U.S." -> "US").
    static func letters<S: StringProtocol>(ofToken token: S) -> String {
        var text = Substring(token)
        if text.count >= 2, let last = text.last, last == "s" || last == "S" {
            let apostrophe = text[text.index(before: text.index(before: text.endIndex))]
            if "'’`ʼ".contains(apostrophe) { text = text.dropLast(2) }
        }
        return letters(of: text)
    }

    /// The letters and digits of a name as written, without a leading article or possessive
    /// ending ("the U.S." -> "US"), for the case check of acronyms in lookups.
    static func letters(ofName name: String) -> String {
        var text = Substring(name)
        if text.count > 4, text.prefix(4).lowercased() == "the " { text = text.dropFirst(4) }
        return letters(ofToken: text)
    }

    /// The letters and digits of `text` as written ("U.S." -> "US").
    static func letters<S: StringProtocol>(of text: S) -> String {
        String(text.filter { $0.isLetter || $0.isNumber })
    }
}
