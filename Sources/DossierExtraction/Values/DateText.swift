import DossierModel

/// Dates as metadata carries them: a dateline's "30 July 2022", a page's "Friday, January 4,
/// 2019", a feed's "2019-01-04T10:00:00Z" or "Fri, 04 Jan 2019 10:00:00 +0000", a short
/// "Jan 5" or "Sept. 8".
public enum DateText {
    /// A date and its precision.
    public typealias Parsed = (date: CalendarDate, precision: DatePrecision)

    /// The date the text starts with, and how precise it is; nil when it starts with none.
    ///
    /// Whatever follows the date (a time, a zone, an agency) is ignored. A date without a
    /// year ("Jan 5") takes the year that puts it nearest to `reference` (see
    /// ``ValueRecognizer`` for the rule); without a reference it has none and gives nil, as
    /// do ranges. Relative words resolve against `reference` ("yesterday"). A week, quarter,
    /// season, decade or century gives its first day, month or year with its own precision.
    public static func parse(_ text: String, reference: CalendarDate? = nil) -> Parsed? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { parse(UTF8Text(bytes: $0), reference) }
            ?? Array(text.utf8).withUnsafeBufferPointer { parse(UTF8Text(bytes: $0), reference) }
    }

    private static func parse(_ text: UTF8Text, _ reference: CalendarDate?) -> Parsed? {
        var start = 0
        while start < text.count, text[start] == 0x20 || text[start] == 0x09 || text[start] == 0x0A { start += 1 }
        // Digits in ISO shape are an ISO date or nothing ("2019-13-45" is no date, not 2019).
        if let iso = isoDate(text, start) { return iso }
        // Metadata is one line; the first few tokens hold any date.
        var scanner = TokenScanner(text: text, start: start, end: min(text.count, start + 256))
        var tokens: [Token] = []
        while tokens.count < 24, let scanned = scanner.next() { tokens.append(scanned.token) }
        guard !tokens.isEmpty else { return nil }
        let lex = tokens.map { Lex.classify(text, $0) }
        return tokens.withUnsafeBufferPointer { tokens in
            lex.withUnsafeBufferPointer { lex in
                let scan = ValueScan(text: text, tokens: tokens, lex: lex, lo: 0, hi: tokens.count,
                                     reference: reference, heading: false)
                guard let match = scan.singleDate(at: 0, strong: true) ?? scan.relativeDate(at: 0),
                      !match.yearUnknown, let value = match.value else { return nil }
                switch value {
                case .range: return nil
                case .calendar(let date): return (date, date.precision)
                default: return value.start.map { ($0, value.precision) }
                }
            }
        }
    }

    /// "2019-01-04", "2019-01-04T10:00:00Z", "2019-01", "20190104" at `i`: nil when the text
    /// does not have that shape, else the date it names, if valid.
    private static func isoDate(_ text: UTF8Text, _ i: Int) -> Parsed?? {
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= text.count else { return nil }
            var value = 0
            for k in at..<(at + count) {
                guard text[k] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(text[k] - 0x30)
            }
            return value
        }
        func endsAt(_ k: Int) -> Bool {
            guard k < text.count else { return true }
            let b = text[k]
            return b == 0x54 || b == 0x74 || b == 0x20 || b == 0x09 || b == 0x5A || b == 0x0A  // T t space Z
        }
        guard let year = digits(i, 4) else { return nil }
        if i + 4 < text.count, text[i + 4] == 0x2D, let month = digits(i + 5, 2) {
            if i + 7 < text.count, text[i + 7] == 0x2D, let day = digits(i + 8, 2), endsAt(i + 10) {
                return .some(CalendarDate(year: year, month: month, day: day).map { ($0, .day) })
            }
            guard endsAt(i + 7) else { return .some(nil) }
            return .some(CalendarDate(year: year, month: month).map { ($0, .month) })
        }
        if let month = digits(i + 4, 2), let day = digits(i + 6, 2), endsAt(i + 8) {
            return .some(CalendarDate(year: year, month: month, day: day).map { ($0, .day) })
        }
        return nil
    }
}
