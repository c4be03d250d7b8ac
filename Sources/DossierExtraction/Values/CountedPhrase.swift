import DossierModel

/// The noun phrase a number counts: "559 [Pakistani citizens] in ...", "48 [apartments] were
/// damaged". Without a part-of-speech tagger this is a heuristic on the words after the
/// number: up to four content words (words outside the value lexicon, country words, plural
/// nouns, calendar units), stopping at punctuation, function words and common verbs, then
/// trimmed of trailing words that look like verbs or adverbs ("-ed", "-ing", "-ly"), so that
/// "4,210 reported collisions leading to" counts "reported collisions".
extension ValueScan {
    /// The counted phrase starting at token `i`: its token range, or nil when none follows.
    func countedPhrase(at i: Int, singular: Bool = false) -> Range<Int>? {
        var j = i
        // "three more people": "more" is not part of what is counted.
        if j < hi, lex[j].kind == .modifier, wordIs(j, "more"), j + 1 < hi, isContent(j + 1) { j += 1 }
        let first = j
        var end = j
        while end < hi, end - first < 4 {
            // A past verb after the noun ends the phrase: "three nations [offered] assistance".
            if end > first, endsInEd(end) { break }
            if isContent(end) {
                end += 1
            } else if isHyphen(end), end > first, end + 1 < hi, adjacent(end - 1, end), adjacent(end, end + 1),
                      isContent(end + 1) {
                end += 2  // "Pakistani-born", "low-income"
            } else {
                break
            }
        }
        while end - first > 1, looksLikeVerbOrAdverb(end - 1) || ValueStopWords.trailing.contains(
            text, tokens[end - 1].span.start, tokens[end - 1].span.end, fold: .lower) { end -= 1 }
        if end - first == 1, looksLikeVerbOrAdverb(first) { return nil }
        guard end > first else { return nil }
        // More than one of something is a plural: "federal workers [hostage]".
        if !singular, let plural = (first..<end).last(where: { isPluralCount($0) }), plural < end - 1 {
            end = plural + 1
        }
        return first..<end
    }

    /// Whether token `i` can belong to a counted phrase.
    func isContent(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, text[tokens[i].span.start] &- 0x30 >= 10 else { return false }
        switch lex[i].kind {
        case .none, .countNoun, .calendarUnit: return true
        case .countryWord: return !wordIsExactly(i, "us")
        case .currencyNoun: return Currencies.nouns[Int(lex[i].value)].guarding != .none
        default: return false
        }
    }

    /// Whether the word at `i` ends in "-ed" (not "-eed": "need", "speed").
    func endsInEd(_ i: Int) -> Bool {
        guard lex[i].kind == .none, tokens[i].span.length >= 5 else { return false }
        let end = tokens[i].span.end
        return text[end - 2] | 0x20 == 0x65 && text[end - 1] | 0x20 == 0x64 && text[end - 3] | 0x20 != 0x65
    }

    /// Whether the word at `i` ends like a past participle, gerund or adverb.
    func looksLikeVerbOrAdverb(_ i: Int) -> Bool {
        guard lex[i].kind == .none else { return false }
        let span = tokens[i].span
        guard span.length >= 5 else { return false }
        let a = text[span.end - 3] | 0x20, b = text[span.end - 2] | 0x20, c = text[span.end - 1] | 0x20
        if b == 0x65 && c == 0x64 { return true }  // -ed
        if a == 0x69 && b == 0x6E && c == 0x67 { return true }  // -ing
        return b == 0x6C && c == 0x79 && span.length >= 6  // -ly
    }

    /// Whether the phrase is all capitalized words ending in a street word: "10 Downing
    /// Street" is an address, not ten of something.
    func isAddress(_ phrase: Range<Int>) -> Bool {
        guard let last = phrase.last, phrase.allSatisfy({ isCapitalized($0) }) else { return false }
        return ValueStopWords.streets.contains(text, tokens[last].span.start, tokens[last].span.end)
    }
}

/// Words that end a counted phrase. Listed for the lexicon, which gives every word one class;
/// a word with a value meaning of its own ("about", "last") is classified by that instead and
/// still ends the phrase.
enum ValueStopWords {
    static let words: [StaticString] = [
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "which", "who",
        "whom", "whose", "what", "it", "he", "she", "they", "we", "i", "you", "them", "him", "me", "us", "itself",
        "themselves", "and", "or", "but", "nor", "so", "yet", "if", "than", "then", "because", "while", "when",
        "where", "whether", "though", "although", "unless", "once", "for", "with", "into", "onto", "against",
        "across", "via", "without", "within", "along", "near", "toward", "towards", "behind", "beyond", "above",
        "below", "beside", "besides", "despite", "including", "like", "unlike", "upon", "amid", "among", "amongst",
        "is", "are", "be", "been", "being", "has", "have", "having", "do", "does", "would", "should", "can",
        "could", "might", "must", "ought", "says", "say", "tell", "according", "see", "make", "get", "go", "come",
        "take", "give", "become", "remain", "remains", "stay", "die", "dies", "injured", "wounded", "dead", "alive",
        "missing", "also", "not", "never", "all", "both", "each", "every", "either", "neither", "any", "many",
        "much", "most", "least", "such", "same", "own", "even", "still", "already", "again", "here", "there", "now",
        "too", "very", "down", "out", "off", "away", "back", "respectively", "apiece", "total", "altogether",
        "overall", "instead", "live", "face", "need", "needs", "want", "wants", "fled", "flee", "fear", "vote",
        "lose", "win", "receive", "return", "suffer", "continue", "appear", "seem", "hold", "hit", "cut", "put",
        "set", "run", "lead", "reportedly", "allegedly", "apparently", "times", "plus", "north", "south", "east",
        "west", "northeast", "northwest", "southeast", "southwest", "apart",
    ]

    /// Irregular past-tense verbs: they end a counted phrase and tell a past sentence.
    static let pastVerbs: [StaticString] = [
        "was", "were", "had", "did", "said", "told", "saw", "made", "got", "went", "came", "took", "gave", "left",
        "fell", "rose", "lost", "won", "ran", "met", "held", "found", "became", "began", "led", "kept", "wrote",
        "spent", "paid", "sold", "bought", "built", "brought", "thought", "caught", "fought", "meant", "sent",
        "felt", "heard", "knew", "grew", "threw", "drew", "flew", "shot", "struck", "stole", "broke", "spoke",
        "chose", "drove", "rode", "ate", "lay", "laid", "fed", "sat", "stood", "sank", "fled", "killed", "died",
    ]

    /// Adjectives that follow a measure ("30 feet high", "82 years old") and so never end
    /// what is counted, though they may sit inside it ("two deep wounds").
    static let trailing = ShortWordSet(["old", "long", "wide", "high", "tall", "deep", "thick", "away", "later",
                                        "earlier", "aboard", "ahead", "behind", "overall", "total"])

    /// The last words of street addresses.
    static let streets = ShortWordSet([
        "Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Lane", "Drive", "Square", "Place",
        "Way", "Court", "Terrace", "Plaza",
    ])
}
