import DossierModel

/// A dateline at the start of an article, with the byte spans of its parts in the text it was
/// found in. "Bishkek, 14 June 2021 (KGW):" has place "Bishkek", date "14 June 2021" and
/// source "KGW"; a first line that holds only a date ("Friday, January 4, 2019") is a dateline
/// with just a date.
public struct Dateline: Sendable, Hashable {
    /// The whole dateline, including its separator (":", "-", "—", "--").
    public var span: Span
    /// The place as written, all its components ("Kabul, Afghanistan", "NEW YORK, N.Y.").
    public var place: Span?
    /// The date as written ("30 July 2022", "Jan 5"), not normalized.
    public var date: Span?
    /// The agency named in parentheses ("TDI", "Reuters"), without the parentheses.
    public var source: Span?

    /// Creates a dateline from its spans.
    public init(span: Span, place: Span? = nil, date: Span? = nil, source: Span? = nil) {
        self.span = span
        self.place = place
        self.date = date
        self.source = source
    }
}

/// Recognizes news datelines: `PLACE[, PLACE...][, DATE] [(AGENCY)] SEPARATOR`, or
/// `DATE [(AGENCY)] SEPARATOR`, or `(AGENCY) SEPARATOR`, or a line that is only a date.
/// Places may be joined by "/" ("GENEVA/LONDON"); the agency may also be written between
/// slashes ("/PRNewswire/").
///
/// A place alone is accepted only when it is written in capitals ("ISLAMABAD:") or has
/// several components before a dash ("Kabul, Afghanistan —"), so that ordinary openings such
/// as "Background: ..." are not mistaken for datelines.
public struct DatelineParser: Sendable {
    /// The longest dateline considered, in bytes; real ones are far shorter.
    static let maxLength = 160

    /// Creates a parser.
    public init() {}

    /// The dateline at the start of the first line of `text`, if there is one. Spans index
    /// into `text`.
    public func parse(_ text: String) -> Dateline? {
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { buffer -> Dateline? in
            let bytes = UTF8Text(bytes: buffer)
            var end = 0
            while end < bytes.count, bytes.classify(end).0 != .lineBreak { end += UTF8Text.scalarLength(bytes[end]) }
            return parse(bytes, lineStart: 0, lineEnd: end)
        } ?? nil
    }

    /// The dateline at the start of the line `text[lineStart..<lineEnd]`.
    func parse(_ text: UTF8Text, lineStart: Int, lineEnd: Int) -> Dateline? {
        let line = DatelineScanner(text: text, hi: lineEnd)
        let start = line.skipSpaces(lineStart)
        let lineContentEnd = line.trimEnd(from: lineEnd, lowerBound: start)
        guard start < lineContentEnd else { return nil }
        // A line that is nothing but a date (Wikinews puts the publication date there).
        if let end = DatePhrase.match(text, at: start, limit: lineContentEnd), end == lineContentEnd {
            let span = Span(start: start, end: end)
            return Dateline(span: span, date: span)
        }
        let scan = DatelineScanner(text: text, hi: min(lineContentEnd, start + DatelineParser.maxLength))
        var place: Span?, date: Span?, source: Span?
        var cursor: Int
        var components = 0, placeInCapitals = false
        if let end = DatePhrase.match(text, at: start, limit: scan.hi) {
            date = Span(start: start, end: end)
            cursor = end
        } else if scan.byte(start) == 0x28 {
            cursor = start  // "(Reuters) - ...": an agency alone
        } else {
            guard let first = scan.placeComponent(at: start),
                  !DatelineParser.labels.contains(text, start, first.firstWordEnd, fold: .lower) else { return nil }
            place = Span(start: start, end: first.end)
            placeInCapitals = first.inCapitals
            components = 1
            cursor = first.end
            while components < 3, scan.byte(cursor) == 0x2C {
                let next = scan.skipSpaces(cursor + 1)
                if let end = DatePhrase.match(text, at: next, limit: scan.hi) {
                    date = Span(start: next, end: end)
                    cursor = end
                    break
                }
                guard let component = scan.placeComponent(at: next) else { break }
                place = Span(start: start, end: component.end)
                components += 1
                cursor = component.end
            }
        }
        var k = scan.skipSpaces(cursor)
        // The agency: "(Reuters)", or "/PRNewswire/" in press releases.
        if scan.byte(k) == 0x28 || scan.byte(k) == 0x2F {
            guard let agency = scan.agency(at: k) else { return nil }
            source = agency.content
            cursor = agency.end
            k = scan.skipSpaces(cursor)
        }
        guard let separator = scan.separator(at: k, spaced: k > cursor) else {
            // No separator: acceptable only when the dateline is the whole line.
            guard k >= lineContentEnd, date != nil || source != nil else { return nil }
            return Dateline(span: Span(start: start, end: cursor), place: place, date: date, source: source)
        }
        let strong = date != nil || source != nil || placeInCapitals || (components >= 2 && separator.isDash)
        guard strong else { return nil }
        return Dateline(span: Span(start: start, end: separator.end), place: place, date: date, source: source)
    }

    /// All-caps openings that label a story rather than name a place ("UPDATE:", "FILE -").
    static let labels = ShortWordSet([
        "update", "updated", "updates", "breaking", "exclusive", "watch", "analysis", "opinion",
        "editorial", "note", "editor", "editors", "file", "photo", "photos", "video", "warning",
        "correction", "clarification", "live", "comment", "feature", "interview", "review",
        "factbox", "explainer", "sponsored", "advertisement", "developing", "urgent", "flash",
        "alert", "fact", "poll", "listen", "read", "see", "related", "also", "more", "subscribe",
        "news", "top", "latest", "excerpt", "transcript", "question", "answer", "source",
        "sources", "background", "context", "summary", "highlights", "profile", "obituary",
        "caption", "credit", "image", "graphic", "map", "chart", "table", "timeline", "quote",
    ])
}
