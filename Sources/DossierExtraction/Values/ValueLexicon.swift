import DossierModel

/// What a token can mean to value recognition. Every token of a document is classified once,
/// with a single allocation-free table lookup, so that the matchers afterwards compare small
/// integers instead of strings, and so that the scan can skip the many tokens that can start
/// no value.
struct Lex: Equatable, Sendable {
    var kind: LexKind
    /// The kind's payload: a month or weekday number, a number's value, a power of ten, a
    /// table index or a word code (see each kind).
    var value: Int32

    static let none = Lex(kind: .none, value: 0)

    init(kind: LexKind, value: Int32 = 0) {
        self.kind = kind
        self.value = value
    }

    init(_ kind: LexKind, _ value: Int) {
        self.kind = kind
        self.value = Int32(value)
    }
}

/// The classes of ``Lex``.
enum LexKind: UInt8, Sendable {
    /// Not in the lexicon: for counted phrases, a content word.
    case none
    /// A number token (digits); parsed on demand.
    case number
    /// A month name, value 1...12; must be capitalized to count ("may" is a verb).
    case month
    /// A month abbreviation ("Jan.", "Sept"), value 1...12; needs a number beside it.
    case monthAbbreviation
    /// A weekday name, value 1 (Monday) ... 7 (Sunday).
    case weekday
    /// A weekday abbreviation ("Fri"), only used before a full date or in metadata.
    case weekdayAbbreviation
    /// "a" or "an".
    case article
    /// A spelled cardinal: "zero" ... "ninety", value the number.
    case cardinal
    /// A spelled ordinal: "first" ... "thirtieth", value the number.
    case ordinal
    /// "hundred", "thousand", "million", "lakh" ...: value the power of ten.
    case scale
    /// "tens", "hundreds", "thousands", "millions" ...: value the power of ten.
    case pluralScale
    /// "dozen" (value 0) or "dozens" (value 1).
    case dozen
    /// "bn", "mn", "tn", "k", "m", "b": value the power of ten; only directly after a number.
    case shortScale
    /// A currency noun ("dollars"), value an index into ``Currencies/nouns``.
    case currencyNoun
    /// An ISO 4217 code or a currency prefix ("USD", "Rs"), value an index into ``Currencies/codes``.
    case currencyCode
    /// A currency symbol ("$", "€"), value an index into ``Currencies/codes`` (-1 for "$").
    case currencySymbol
    /// A country adjective or name that picks a currency ("Canadian", "Pakistan"), value an
    /// index into ``Currencies/adjectives``.
    case countryWord
    /// "%", "percent", "pct" (value 0), "percentage" (1), "basis" (2), "per" (3).
    case percent
    /// A calendar unit, value a ``CalendarUnit``.
    case calendarUnit
    /// A relative date word, value a ``RelativeWord``.
    case relative
    /// "early" (1), "mid" (2), "late" (3).
    case dateModifier
    /// A word that puts a following year in date context, value a ``DateWord``.
    case datePreposition
    /// The first word of an approximation ("at least", "about"), value a ``ModifierWord``.
    case modifier
    /// "spring" (1), "summer" (2), "autumn"/"fall" (3), "winter" (4).
    case season
    /// "am", "pm", "a.m.", "o'clock", "GMT": the number before is a time of day.
    case timeSuffix
    /// "No.", "number", "page", "chapter": the number after is an identifier.
    case identifier
    /// "minus".
    case minus
    /// An irregular plural noun that counts people or things ("people", "children").
    case countNoun
    /// A word that makes a sentence speak of the future ("will", "’ll", "scheduled").
    case future
    /// A function word or common verb: it ends a counted phrase.
    case stop
    /// An irregular past-tense verb ("was", "said", "met"): it tells the sentence's tense.
    case pastVerb
}

/// Calendar units, the payload of ``LexKind/calendarUnit``.
enum CalendarUnit: Int32 {
    case day = 1, week, month, year, decade, century, fortnight, quarter, weekend
}

/// Relative date words, the payload of ``LexKind/relative``.
enum RelativeWord: Int32 {
    case yesterday = 1, today, tomorrow, tonight, ago, last, next, this, coming, earlier, later, past, night, morning
}

/// Words that open a date context, the payload of ``LexKind/datePreposition``.
enum DateWord: Int32 {
    case `in` = 1, on, since, by, until, from, of, during, before, after, between, through, to, and, circa, `as`
}

/// First words of approximations, the payload of ``LexKind/modifier``.
enum ModifierWord: Int32 {
    case at = 1, more, less, fewer, about, around, approximately, roughly, some, nearly, almost, over, under, up,
         close, upwards, estimated, just, well, exactly, several, few, only, no
}

extension Lex {
    /// Classifies the token at `span`.
    static func classify(_ text: UTF8Text, _ token: Token) -> Lex {
        let lo = token.span.start, hi = token.span.end
        switch token.kind {
        case .number:
            return Lex(kind: .number)
        case .word, .possessive:
            guard let key = ShortKey(text, lo, hi, fold: .lower) else { return .none }
            return table[key] ?? .none
        case .symbol, .punctuation:
            if hi - lo == 1 {
                switch text[lo] {
                case 0x24: return Lex(.currencySymbol, -1)  // $
                case 0x25: return Lex(kind: .percent)
                default: return .none
                }
            }
            if let index = Currencies.symbolIndex(text.scalar(at: lo).value) { return Lex(.currencySymbol, index) }
            return .none
        }
    }

    private static let table: [ShortKey: Lex] = {
        var table: [ShortKey: Lex] = [:]
        func add(_ words: [StaticString], _ kind: LexKind, _ value: Int = 0) {
            for word in words { table[ShortKey(word)] = Lex(kind, value) }
        }
        func numbered(_ words: [StaticString], _ kind: LexKind, from first: Int = 1) {
            for (offset, word) in words.enumerated() { table[ShortKey(word)] = Lex(kind, first + offset) }
        }
        // Stop words first: later entries with a meaning of their own overwrite them.
        add(ValueStopWords.words, .stop)
        add(ValueStopWords.pastVerbs, .pastVerb)
        numbered(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december"], .month)
        numbered(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], .monthAbbreviation)
        numbered(["jan.", "feb.", "mar.", "apr.", "may.", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec."],
                 .monthAbbreviation)
        add(["sept", "sept."], .monthAbbreviation, 9)
        numbered(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], .weekday)
        numbered(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], .weekdayAbbreviation)
        numbered(["mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."], .weekdayAbbreviation)
        add(["tues", "tues."], .weekdayAbbreviation, 2)
        add(["thur", "thurs", "thur.", "thurs."], .weekdayAbbreviation, 4)
        add(["a", "an"], .article)
        numbered(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
                 .cardinal, from: 0)
        let tens: [StaticString] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, word) in tens.enumerated() { table[ShortKey(word)] = Lex(.cardinal, 20 + 10 * k) }
        numbered(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"], .ordinal)
        add(["thirtieth"], .ordinal, 30)
        for (word, power) in [("hundred", 2), ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12),
                              ("lakh", 5), ("crore", 7)] as [(StaticString, Int)] {
            table[ShortKey(word)] = Lex(.scale, power)
        }
        for (word, power) in [("tens", 1), ("hundreds", 2), ("thousands", 3), ("millions", 6), ("billions", 9),
                              ("trillions", 12)] as [(StaticString, Int)] {
            table[ShortKey(word)] = Lex(.pluralScale, power)
        }
        add(["dozen"], .dozen, 0)
        add(["dozens"], .dozen, 1)
        for (word, power) in [("bn", 9), ("mn", 6), ("tn", 12), ("k", 3), ("m", 6), ("b", 9), ("mln", 6), ("bln", 9)]
            as [(StaticString, Int)] {
            table[ShortKey(word)] = Lex(.shortScale, power)
        }
        add(["percent", "pct", "pc"], .percent, 0)
        add(["percentage"], .percent, 1)
        add(["basis"], .percent, 2)
        add(["per"], .percent, 3)
        for (words, unit) in [(["day", "days"], CalendarUnit.day), (["week", "weeks"], .week), (["month", "months"], .month),
                              (["year", "years"], .year), (["decade", "decades"], .decade),
                              (["century", "centuries"], .century), (["fortnight"], .fortnight),
                              (["quarter"], .quarter), (["weekend"], .weekend)] as [([StaticString], CalendarUnit)] {
            add(words, .calendarUnit, Int(unit.rawValue))
        }
        numbered(["yesterday", "today", "tomorrow", "tonight", "ago", "last", "next", "this", "coming", "earlier",
                  "later", "past", "night", "morning"], .relative)
        add(["afternoon", "evening"], .relative, Int(RelativeWord.morning.rawValue))
        numbered(["early", "mid", "late"], .dateModifier)
        numbered(["in", "on", "since", "by", "until", "from", "of", "during", "before", "after", "between", "through",
                  "to", "and", "circa", "as"], .datePreposition)
        add(["till", "til"], .datePreposition, Int(DateWord.until.rawValue))
        add(["throughout"], .datePreposition, Int(DateWord.through.rawValue))
        numbered(["at", "more", "less", "fewer", "about", "around", "approximately", "roughly", "some", "nearly",
                  "almost", "over", "under", "up", "close", "upwards", "estimated", "just", "well", "exactly",
                  "several", "few", "only", "no"], .modifier)
        add(["approx", "approx."], .modifier, Int(ModifierWord.approximately.rawValue))
        numbered(["spring", "summer", "autumn", "winter"], .season)
        add(["fall"], .season, 3)
        add(["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "hrs"], .timeSuffix)
        add(["no.", "nos.", "number", "page", "pages", "chapter", "article", "section", "flight", "route", "room",
             "platform", "gate", "episode", "season", "version", "grade", "level", "category", "stage", "phase",
             "step", "round", "lane", "line", "track", "channel", "highway", "interstate", "model", "act", "verse",
             "paragraph", "clause", "item", "#"], .identifier)
        add(["minus"], .minus)
        add(["people", "persons", "children", "men", "women", "police", "personnel", "staff", "troops", "feet",
             "teeth", "cattle", "livestock", "sheep", "fish", "deer", "aircraft", "crew", "faithful", "youth",
             "militia", "infantry", "offspring", "series", "species"], .countNoun)
        add(["will", "shall", "’ll", "'ll", "wo", "upcoming", "scheduled", "slated", "expected", "forthcoming"], .future)
        for (index, entry) in Currencies.nouns.enumerated() {
            for word in entry.words { table[ShortKey(word)] = Lex(.currencyNoun, index) }
        }
        for (index, entry) in Currencies.adjectives.enumerated() {
            for word in entry.words { table[ShortKey(word)] = Lex(.countryWord, index) }
        }
        for (index, code) in Currencies.codes.enumerated() where table[code.key] == nil || code.prefix {
            table[code.key] = Lex(.currencyCode, index)
        }
        return table
    }()
}
