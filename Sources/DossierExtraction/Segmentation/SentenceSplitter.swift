/// Decides whether a token that could end a sentence does, by looking at what follows it.
///
/// Closing quotes and brackets after the punctuation stay in the sentence ('he said." Then',
/// '(see below.) Next'). A sentence then needs white space and a next word that does not
/// start in lowercase ("Why?" he asked" is one sentence). Abbreviations are judged by their
/// class (``AbbreviationClass``): "in the U.S. The next day" ends after "U.S." because "The"
/// typically starts sentences, "the U.S. Congress" does not.
struct SentenceSplitter {
    /// The verdict on one token.
    enum Decision: Equatable {
        /// The sentence goes on.
        case none
        /// The sentence ends at `end` (after any closing quotes or brackets).
        case boundary(end: Int)
        /// The sentence ends at `end`, and the abbreviation token's final period is split off
        /// into a token of its own: it was a full stop after an ordinary word ("Plan B.").
        case boundarySplittingPeriod(end: Int)
    }

    /// What the next word looks like.
    private enum Next { case capital, lower, digit, other }

    /// The decision for `token` in a paragraph ending at `end`. `isListMarker` says the token
    /// is the period of an item number at the start of the sentence ("1. First").
    func decide(_ token: ScannedToken, text: UTF8Text, end: Int, isListMarker: Bool) -> Decision {
        var j = token.token.span.end
        closers: while j < end {
            let (cls, length) = text.classify(j)
            switch cls {
            case .closer, .doubleQuote, .apostrophe, .period, .terminal, .ellipsis, .fullStop: j += length
            default: break closers
            }
        }
        var sentenceEnd = j
        let ends: Decision = token.role.splitsPeriodAtEnd
            ? .boundarySplittingPeriod(end: sentenceEnd) : .boundary(end: sentenceEnd)
        if j >= end || token.role == .fullStop { return ends }
        guard text.classify(j).0.isSpace else { return .none }
        var opened = false
        lead: while j < end {
            let (cls, length) = text.classify(j)
            switch cls {
            case .space, .lineBreak:
                j += length
            case .doubleQuote, .apostrophe, .opener:
                if !opened, cls != .opener, isSpaceOrEnd(text, j + length, end) {
                    // A closing quote set off by a space ('clearly.' "') still closes this sentence.
                    j += length
                    sentenceEnd = j
                } else if !opened, cls == .opener, let omission = omissionEnd(text, at: j, end: end) {
                    // "[...]" after a sentence marks omitted text; it trails the sentence.
                    j = omission
                    sentenceEnd = j
                } else {
                    // Quotes, not brackets, make the next word a likely sentence start.
                    opened = opened || (text[j] != 0x28 && text[j] != 0x5B && text[j] != 0x7B)
                    j += length
                }
            default:
                break lead
            }
        }
        let boundary: Decision = token.role.splitsPeriodAtEnd
            ? .boundarySplittingPeriod(end: sentenceEnd) : .boundary(end: sentenceEnd)
        guard j < end else { return boundary }
        let next = classifyNext(text, at: j, end: end)
        switch token.role {
        case .none:
            return .none
        case .fullStop:
            return boundary
        case .period:
            return isListMarker || next == .lower ? .none : boundary
        case .terminal:
            return next == .lower ? .none : boundary
        case .ellipsis:
            return next == .capital ? boundary : .none
        case .abbreviation(let cls):
            guard next == .capital else { return .none }
            let starts = opened || startsSentence(text, at: j, end: end)
            switch cls {
            case .title:
                return .none
            case .starter, .wordLike, .number:
                return starts ? boundary : .none
            case .final:
                // "Apple Inc. CEO", "Samsung Co. Ltd.", "6 p.m. Eastern", "a.m. Tongan time".
                if starts { return boundary }
                let wordEnd = asciiWordEnd(text, at: j, end: end)
                let continues = text.isAllCapsASCII(j, wordEnd)
                    || Abbreviations.finalContinuations.contains(text, j, wordEnd)
                    || nextWordIsTime(text, after: wordEnd, end: end)
                return continues ? .none : boundary
            }
        }
    }

    /// Whether the word after `i` is "time" ("10 a.m. Tongan time").
    private func nextWordIsTime(_ text: UTF8Text, after i: Int, end: Int) -> Bool {
        var k = i
        while k < end, text[k] == 0x20 { k += 1 }
        return k > i && k + 4 <= end && BoilerplatePatterns.hasPrefix(text, k, end, "time")
    }

    private func isSpaceOrEnd(_ text: UTF8Text, _ i: Int, _ end: Int) -> Bool {
        i >= end || text.classify(i).0.isSpace
    }

    /// The end of a bracketed ellipsis ("[...]", "(…)") starting at `i`.
    private func omissionEnd(_ text: UTF8Text, at i: Int, end: Int) -> Int? {
        let open = text[i]
        guard open == 0x5B || open == 0x28 else { return nil }
        var k = i + 1, dots = 0
        while k < end {
            if text[k] == 0x2E { dots += 1; k += 1 } else if text.classify(k).0 == .ellipsis { dots += 3; k += 3 } else { break }
        }
        let close: UInt8 = open == 0x5B ? 0x5D : 0x29
        guard dots >= 3, k < end, text[k] == close else { return nil }
        return k + 1
    }

    private func classifyNext(_ text: UTF8Text, at j: Int, end: Int) -> Next {
        switch text.classify(j).0 {
        case .upper, .caseless, .ideograph:
            return .capital
        case .lower:
            // "iPhone", "eBay": a capital inside the first word means a name, not a continuation.
            var k = j, seen = 0
            while k < end, seen < 12 {
                let (cls, length) = text.classify(k)
                if cls == .upper { return .capital }
                guard cls == .lower else { break }
                k += length
                seen += 1
            }
            return .lower
        case .digit:
            return .digit
        default:
            return .other
        }
    }

    private func asciiWordEnd(_ text: UTF8Text, at j: Int, end: Int) -> Int {
        var k = j
        while k < end, (text[k] | 0x20) &- 0x61 < 26, k - j <= ShortKey.capacity { k += 1 }
        return k
    }

    /// Whether the capitalized word at `j` is one that typically opens a sentence.
    private func startsSentence(_ text: UTF8Text, at j: Int, end: Int) -> Bool {
        let wordEnd = asciiWordEnd(text, at: j, end: end)
        if wordEnd < end, text.classify(wordEnd).0.isWordCharacter { return false }
        return SentenceSplitter.starters.containsAllowingCaps(text, j, wordEnd)
    }

    /// Function words and adverbs that start sentences in news and are never part of a name
    /// that follows an initialism or a title.
    static let starters = ShortWordSet([
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
        "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here", "In", "On", "At",
        "By", "For", "From", "With", "Without", "After", "Before", "During", "When", "While",
        "Whereas", "As", "If", "Unless", "But", "And", "Or", "So", "Yet", "However", "Meanwhile",
        "Also", "Still", "Then", "Now", "Since", "Although", "Though", "Because", "Despite", "Some",
        "Many", "Most", "All", "Both", "Each", "Every", "Other", "Others", "Another", "No", "Not",
        "None", "Such", "Several", "Few", "Instead", "Thus", "Therefore", "Further", "Furthermore",
        "Moreover", "Overall", "Nevertheless", "Nonetheless", "Indeed", "Later", "Earlier", "Last",
        "Today", "Yesterday", "Tomorrow", "What", "Who", "Why", "How", "Where", "Which", "According",
        "Under", "Among", "Following", "Until", "Once", "Even", "Only", "Just", "Officials", "Police",
        "Authorities", "Critics", "Analysts", "Experts", "Residents", "Witnesses", "Earlier",
        "Separately", "Similarly", "Additionally", "Elsewhere", "Previously", "Currently", "Asked",
    ])
}
