import DossierModel

/// Finds and normalizes values in an article, in the manner of Duckling and SUTime: dates
/// (absolute, partial, relative, ranges), quantities, money and percentages.
///
/// It reads the tokens the ``Segmenter`` produced, so it sees body and heading sentences
/// only: the dateline is metadata (parse it with ``DateText``). Each mention carries typed
/// attributes:
/// - dates: `normalized` (ISO 8601 cut to its precision: "2022-07-30", "1991-12", "1992",
///   "2019-W01", "2019-Q1", "2019-SU", "199X" for a decade, "18XX" for a century, "start/end"
///   for a range), `precision` (a ``DatePrecision``), `relative` (true when any part comes
///   from the reference date), `resolved_from` (the reference, ISO) or `unresolved` (no
///   reference to resolve against), `start`/`end` for spans of time, `year_inferred` when the
///   text gave no year, `modifier` ("early", "mid", "late", "earlier", "later"),
///   `ambiguous`/`alternative` for a day–month order that could be read both ways.
/// - quantities: `value`, `unit` (the counted head noun), `counted` (the counted phrase),
///   `modifier` ("at least", "more than", "about", "hundreds"), `bound` ("lower", "upper",
///   "approximate", "exact"), `value_max` for a range. The span covers the modifier and the
///   number, not the counted phrase, which ``ValueMention/counted`` locates.
/// - money: `value` (in units of the currency: "$3.2 billion" is 3200000000), `currency`
///   (ISO 4217), `currency_inferred` when the currency word fits several countries and the
///   code is a guess from the document, plus `modifier`, `bound` and `value_max`. The span
///   covers the whole expression.
/// - percentages: `value`, `unit` ("percent", "percentage points", "basis points"), and
///   `modifier`, `bound`, `value_max`.
///
/// Dates that need the reference: "last" is the one strictly before it, "next" strictly
/// after, "this" the current one. A weekday or a date without a year ("on Tuesday", "on 5
/// March") follows the sentence's tense: with a future marker before it ("will", "’ll",
/// "shall", "scheduled", "upcoming") the first such day on or after the reference; with a
/// past-tense verb in the sentence the latest on or before it; with neither, the nearest.
/// Numeric dates are read year first (ISO) or, when both readings are valid, day first
/// ("03/04/2020" is 3 April) with `ambiguous` and the month-first `alternative`.
///
/// Not values: years inside names ("Vision 2030"), numbers in names and codes ("Boeing 737",
/// "COVID-19", "Article 5", "No. 10"), ordinals ("first", "2nd": they rank, not count), times
/// of day ("6am", "15:00"), scores ("3–1"), fractions, phone-like digit runs, list markers.
///
/// Work is linear in the number of tokens; a value is never longer than a few tokens. The
/// value is immutable: share one instance across threads.
public struct ValueRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// The values in the body and heading sentences of `document`, in text order.
    ///
    /// `reference` is the publication date, used to resolve relative dates ("yesterday",
    /// "on Tuesday", "last month") and dates without a year; nil when unknown, in which case
    /// such dates are marked `unresolved`.
    public func values(in document: Document, reference: CalendarDate?) -> [ValueMention] {
        guard !document.sentences.isEmpty else { return [] }
        var text = document.text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            values(UTF8Text(bytes: bytes), document, reference)
        } ?? Array(text.utf8).withUnsafeBufferPointer { values(UTF8Text(bytes: $0), document, reference) }
    }

    private func values(_ text: UTF8Text, _ document: Document, _ reference: CalendarDate?) -> [ValueMention] {
        document.tokens.withUnsafeBufferPointer { tokens in
            let lex = tokens.map { Lex.classify(text, $0) }
            return lex.withUnsafeBufferPointer { lex in
                var mentions: [ValueMention] = []
                var hints = CurrencyHints()
                let nameNumbers = ValueScan.nameNumbers(text, tokens, lex)
                for (index, sentence) in document.sentences.enumerated() {
                    let range = sentence.tokenRange
                    guard range.lowerBound >= 0, range.upperBound <= tokens.count else { continue }
                    let heading = document.paragraphs.indices.contains(sentence.paragraph)
                        && document.paragraphs[sentence.paragraph].kind == .heading
                    let scan = ValueScan(text: text, tokens: tokens, lex: lex, lo: range.lowerBound,
                                         hi: range.upperBound, reference: reference, heading: heading,
                                         nameNumbers: nameNumbers)
                    scan.scanSentence(index, hints: &hints, into: &mentions)
                }
                return mentions
            }
        }
    }
}

/// One value found in a document.
public struct ValueMention: Sendable, Hashable {
    /// The bytes of the expression (see ``ValueRecognizer`` for what each kind covers).
    public var span: Span
    /// `.date`, `.quantity`, `.money` or `.percent`.
    public var kind: EntityKind
    /// Index of the sentence in ``Document/sentences``.
    public var sentence: Int
    /// Typed attributes (see ``ValueRecognizer``).
    public var attributes: [String: AttributeValue]
    /// For a quantity, the bytes of the counted phrase ("Pakistani citizens" after "559"),
    /// which the mention's span does not include.
    public var counted: Span?

    /// Creates a mention.
    public init(span: Span, kind: EntityKind, sentence: Int, attributes: [String: AttributeValue] = [:],
                counted: Span? = nil) {
        self.span = span
        self.kind = kind
        self.sentence = sentence
        self.attributes = attributes
        self.counted = counted
    }
}

/// A value a matcher found: token range, kind and attributes.
struct ValueMatch {
    var first: Int
    var end: Int
    var kind: EntityKind
    var attributes: [String: AttributeValue]
    var counted: Range<Int>? = nil
}

extension ValueScan {
    /// Scans one sentence left to right, taking at each token the first value that starts
    /// there and continuing after it.
    func scanSentence(_ sentence: Int, hints: inout CurrencyHints, into mentions: inout [ValueMention]) {
        var i = lo
        while i < hi {
            guard canStartValue(i), let match = match(at: i, hints: &hints) else {
                i += 1
                continue
            }
            let span = Span(start: tokens[match.first].span.start, end: tokens[match.end - 1].span.end)
            var attributes = match.attributes
            var counted: Span?
            if let phrase = match.counted, let last = phrase.last {
                counted = Span(start: tokens[phrase.lowerBound].span.start, end: tokens[last].span.end)
                attributes["counted"] = .string(string(counted!))
                attributes["unit"] = .string(string(tokens[last].span))
            }
            mentions.append(ValueMention(span: span, kind: match.kind, sentence: sentence,
                                         attributes: attributes, counted: counted))
            i = max(match.end, i + 1)
        }
    }

    /// A cheap test that lets the scan skip most tokens: ordinary words, punctuation.
    private func canStartValue(_ i: Int) -> Bool {
        switch lex[i].kind {
        case .none:
            // Hyphens and minus signs can open a negative number; capitals a dollar prefix
            // ("C$") or a quarter ("Q3 2020").
            guard tokens[i].kind == .word else { return tokens[i + 1 < hi ? i + 1 : i].kind == .number }
            return isSymbolPrefix(i) || (tokens[i].span.length == 2 && text[tokens[i].span.start] == 0x51)
        case .stop, .countNoun, .timeSuffix, .identifier, .future, .calendarUnit, .shortScale: return false
        default: return true
        }
    }

    /// The value starting at token `i`: dates first (so that "30 July 2022" is not a
    /// quantity 30), then money, percentages and quantities, which share their amount reader.
    private func match(at i: Int, hints: inout CurrencyHints) -> ValueMatch? {
        if let date = matchDate(at: i) { return date }
        return matchAmount(at: i, hints: &hints)
    }
}
