import Foundation

/// Reads the tab-separated gazetteer files: UTF-8, one record a line, '#' starts a comment
/// line, blank lines are skipped, fields are separated by tabs, and list fields by '|'.
enum TabularFile {
    /// Calls `body` with the 1-based line number and the fields of each record line; a
    /// message returned by `body` is noted in `log` for that line.
    static func read(_ url: URL, log: inout DiagnosticLog, _ body: (Int, TabularRow) -> String?) {
        guard let data = contents(url, log: &log) else { return }
        let problems = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return scan(bytes, range: 0..<bytes.count, firstLine: 1, body)
        }
        for (line, problem) in problems { log.note(url, line: line, problem) }
    }

    /// The bytes of a file, or nil with a note in `log`.
    static func contents(_ url: URL, log: inout DiagnosticLog) -> Data? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.note(url, "cannot read file")
            return nil
        }
        return data
    }

    /// `parts` consecutive ranges covering `bytes`, each starting at a line start, with the
    /// 1-based number of its first line.
    static func lineAlignedParts(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        var result: [(Range<Int>, Int)] = []
        var start = 0
        var line = 1
        for p in 1...max(parts, 1) {
            var end = bytes.count
            if p < parts {
                end = max(start, bytes.count * p / parts)
                while end < bytes.count, end > 0, bytes[end - 1] != 0x0A { end += 1 }
            }
            result.append((start..<end, line))
            line += bytes[start..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            start = end
        }
        return result
    }

    /// Calls `body` for each record line of `bytes[range]`, numbering lines from `firstLine`;
    /// returns the problems `body` reported, with their line numbers.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, firstLine: Int,
                     _ body: (Int, TabularRow) -> String?) -> [(Int, String)] {
        var problems: [(Int, String)] = []
        var fields: [Range<Int>] = []
        fields.reserveCapacity(16)
        var lineNumber = firstLine - 1
        var start = range.lowerBound
        let count = range.upperBound
        while start < count {
            lineNumber += 1
            var end = count
            if let base = bytes.baseAddress, let nl = memchr(base + start, 0x0A, count - start) {
                end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
            }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if end > start, bytes[start] != 0x23 {
                var fieldStart = start
                for i in start..<end where bytes[i] == 0x09 {
                    fields.append(fieldStart..<i)
                    fieldStart = i + 1
                }
                fields.append(fieldStart..<end)
                let row = TabularRow(bytes: bytes, fields: fields)
                if !row.isBlank, let problem = body(lineNumber, row) {
                    problems.append((lineNumber, problem))
                }
                fields.removeAll(keepingCapacity: true)
            }
            start = next
        }
        return problems
    }
}

/// The fields of one line of a tabular file, valid only inside the call that provides it.
struct TabularRow {
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let fields: [Range<Int>]

    /// The number of fields.
    var count: Int { fields.count }

    /// Whether every field is empty or spaces.
    var isBlank: Bool { fields.allSatisfy { trimmed($0).isEmpty } }

    /// Field `i` trimmed of spaces, or "" when missing.
    func string(_ i: Int) -> String {
        guard i < fields.count else { return "" }
        let r = trimmed(fields[i])
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// Field `i` trimmed of spaces, or nil when missing or empty.
    func text(_ i: Int) -> String? {
        let s = string(i)
        return s.isEmpty ? nil : s
    }

    /// Field `i` as a decimal integer, or nil.
    func int(_ i: Int) -> Int? {
        guard i < fields.count else { return nil }
        let r = trimmed(fields[i])
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var value = 0
        for k in r {
            let d = bytes[k] &- 0x30
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// Field `i` as a number, or nil.
    func double(_ i: Int) -> Double? {
        Double(string(i))
    }

    /// Whether fields `i` and `j` hold the same bytes.
    func equal(_ i: Int, _ j: Int) -> Bool {
        guard i < fields.count, j < fields.count else { return false }
        let a = trimmed(fields[i])
        let b = trimmed(fields[j])
        return a.count == b.count && zip(a, b).allSatisfy { bytes[$0] == bytes[$1] }
    }

    /// Whether field `i` is missing or empty.
    func isEmpty(_ i: Int) -> Bool {
        i >= fields.count || trimmed(fields[i]).isEmpty
    }

    /// The '|'-separated items of field `i`, trimmed, empty items dropped.
    func list(_ i: Int) -> [String] {
        guard i < fields.count else { return [] }
        let r = fields[i]
        var items: [String] = []
        var start = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || bytes[k] == 0x7C {
            let item = trimmed(start..<k)
            if !item.isEmpty {
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[item]), as: UTF8.self))
            }
            start = k + 1
        }
        return items
    }

    private func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        return lo..<hi
    }
}
