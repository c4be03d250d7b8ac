import DossierModel

/// Amounts and what they measure: an optional approximation ("at least", "more than",
/// "about"), an optional sign, the amount, an optional second end of a range, then a percent
/// word (a percentage), a currency (money) or the counted phrase (a quantity).
///
/// A quantity's span covers the approximation and the number ("at least 39", "1.5 million",
/// "hundreds"), not the counted phrase, whose words are heuristic and often a name of their
/// own ("559 Pakistani citizens": "Pakistani" is a nationality); the phrase is the `counted`
/// attribute and ``ValueMention/counted``, its last word the `unit`. A number joined by a
/// hyphen to a unit forms one adjective and one span: "ten-storey" has unit "storey",
/// "54-year-old" unit "year-old". Ranges ("between 24 and 30 people", "5–10 people") give
/// `value` and `value_max`; "from 14 to 31" is a change, two values.
extension ValueScan {
    /// The money, percentage or quantity starting at `i`.
    func matchAmount(at i: Int, hints: inout CurrencyHints) -> ValueMatch? {
        var j = i
        let modifier = quantityModifier(at: i)
        if let modifier { j = modifier.end }
        let between = modifier == nil && lex[i].kind == .datePreposition && lex[i].value == DateWord.between.rawValue
        if between { j += 1 }
        guard j < hi else { return nil }
        var negative = false
        if j + 1 < hi, tokens[j + 1].kind == .number,
           lex[j].kind == .minus || (isMinusSign(j) && adjacent(j, j + 1) && (j == lo || !adjacent(j - 1, j))) {
            negative = true
            j += 1
        }
        var match: ValueMatch
        if let money = prefixedMoney(at: j, between: between, hints: &hints) {
            match = money
        } else {
            let bare = modifier.map { $0.text == "several" || $0.text == "a few" || $0.text == "few" } ?? false
            guard let amount = readAmount(at: j, money: false, bareScale: bare),
                  let found = measure(amount, between: between, hints: &hints) else { return nil }
            match = found
        }
        if negative, let value = match.attributes["value"] {
            match.attributes["value"] = negate(value)
        }
        match.first = i
        if let modifier {
            match.attributes["modifier"] = .string(modifier.text)
            match.attributes["bound"] = .string(modifier.bound)
        } else if match.attributes["modifier"] != nil {
            match.attributes["bound"] = .string("lower")  // "hundreds of": at least that order
        }
        return match
    }

    private func negate(_ value: AttributeValue) -> AttributeValue {
        switch value {
        case .integer(let n): return .integer(-n)
        case .number(let x): return .number(-x)
        default: return value
        }
    }

    /// What an amount measures, from the words after it (and after a second end of a range).
    private func measure(_ first: Amount, between: Bool, hints: inout CurrencyHints) -> ValueMatch? {
        var low = first
        var high: Amount?
        let c = first.end
        let fromBefore = first.first > lo && wordIs(first.first - 1, "from")
        let joins = between ? wordIs(c, "and") : (isDash(c) || (wordIs(c, "to") && !fromBefore))
        if joins, c + 1 < hi, var upper = readAmount(at: c + 1, money: false) {
            if upper.scaled, !low.scaled, low.token != nil, upper.token != nil, let scaled = low.value.scaled(upper.scalePower) {
                low.value = scaled
            }
            if low.value.double < upper.value.double {
                upper.first = low.first
                high = upper
            }
        }
        if between, high == nil { return nil }
        let tail = high?.end ?? low.end
        var attributes: [String: AttributeValue] = ["value": low.value.attribute]
        if let high { attributes["value_max"] = high.value.attribute }
        if low.vague { attributes["modifier"] = .string(phrase(low.first..<low.end)) }
        if let (end, unit) = percentUnit(at: tail) {
            attributes["unit"] = .string(unit)
            return ValueMatch(first: low.first, end: end, kind: .percent, attributes: attributes)
        }
        if let currency = currencyAfter(high ?? low, at: tail, hints: &hints) {
            attributes["currency"] = .string(currency.code)
            if currency.guess { attributes["currency_inferred"] = .boolean(true) }
            if currency.power != 0 {
                attributes["value"] = low.value.scaled(currency.power)?.attribute
                attributes["value_max"] = high.flatMap { $0.value.scaled(currency.power)?.attribute }
            }
            return ValueMatch(first: low.first, end: currency.end, kind: .money, attributes: attributes)
        }
        if let high {
            // A range of counts needs a plural noun after it; "3–1" alone is a score.
            if let phrase = countedPhrase(at: high.end), isPluralCount(phrase.upperBound - 1) || between {
                return quantity(low, attributes: attributes, end: high.end)
            }
            if between { return quantity(low, attributes: attributes, end: high.end) }
            attributes["value_max"] = nil  // "5 to 10" with nothing counted: two values
        }
        return isExcluded(low) ? nil : quantity(low, attributes: attributes, end: low.end)
    }

    /// A quantity ending at token `end`, with its counted phrase or hyphenated unit.
    private func quantity(_ amount: Amount, attributes: [String: AttributeValue], end: Int) -> ValueMatch? {
        var attributes = attributes
        // "ten-storey", "54-year-old": a hyphenated unit. "two-thirds" is a fraction, and a
        // number hyphenated to anything else is a code or a tally ("2019-nCoV", "230-to-197").
        if isHyphen(end), adjacent(end - 1, end), end + 1 < hi, adjacent(end, end + 1) {
            guard tokens[end + 1].kind == .word, isLowerUnit(end + 1), !isFraction(end + 1) else { return nil }
            var k = end + 2
            while isHyphen(k), adjacent(k - 1, k), k + 1 < hi, adjacent(k, k + 1), tokens[k + 1].kind == .word { k += 2 }
            attributes["unit"] = .string(string(Span(start: tokens[end + 1].span.start, end: tokens[k - 1].span.end)))
            return ValueMatch(first: amount.first, end: k, kind: .quantity, attributes: attributes)
        }
        let single = amount.value.mantissa == 1 && amount.value.exponent == 0
        let counted = countedPhrase(at: amount.vague && wordIs(end, "of") ? end + 1 : end, singular: single)
        if let counted {
            if isAddress(counted) { return nil }
            if isFraction(counted.upperBound - 1), wordIs(counted.upperBound, "of") { return nil }  // "three quarters of"
        } else if let token = amount.token {
            if let key = ShortKey(text, tokens[amount.first].span.start, tokens[amount.first].span.end),
               nameNumbers.contains(key), amount.first > lo, !isByte(amount.first - 1, 0x2C) { return nil }
            // "75 m", "5k": a unit abbreviation the scale reader left alone.
            if !token.grouped, end < hi, lex[end].kind == .shortScale {
                attributes["unit"] = .string(string(tokens[end].span))
            }
            // "450°F", "360°": degrees.
            if end < hi, adjacent(end - 1, end), tokens[end].span.length == 2, text[tokens[end].span.start] == 0xC2,
               text[tokens[end].span.start + 1] == 0xB0 {
                var unitEnd = end
                if end + 1 < hi, adjacent(end, end + 1), tokens[end + 1].kind == .word, tokens[end + 1].span.length == 1 {
                    unitEnd = end + 1
                }
                attributes["unit"] = .string(string(Span(start: tokens[end].span.start, end: tokens[unitEnd].span.end)))
            }
        }
        if amount.spelled, !amount.scaled, amount.value.mantissa == 1 {
            // "one of the first", "no one", "the one": a pronoun, not a count.
            guard counted != nil, amount.first == lo || !isPronounDeterminer(amount.first - 1) else { return nil }
        }
        return ValueMatch(first: amount.first, end: end, kind: .quantity, attributes: attributes, counted: counted)
    }

    /// Whether the word at `i` can be a unit in a hyphenated adjective: lowercase letters only
    /// ("storey", "year"), not a function word ("to").
    private func isLowerUnit(_ i: Int) -> Bool {
        switch lex[i].kind {
        case .none, .calendarUnit, .countNoun, .shortScale, .currencyNoun: break
        default: return false
        }
        let span = tokens[i].span
        return (span.start..<span.end).allSatisfy { text[$0] &- 0x61 < 26 }
    }

    /// Whether the word at `i` names a fraction: "thirds", "quarters", "halves", "fifths".
    private func isFraction(_ i: Int) -> Bool {
        if lex[i].kind == .ordinal { return true }
        let span = tokens[i].span
        guard span.length >= 5 else { return false }
        if wordIs(i, "halves") || wordIs(i, "quarters") || wordIs(i, "quarter") || wordIs(i, "half") { return true }
        return text[span.end - 1] | 0x20 == 0x73 && text[span.end - 2] | 0x20 == 0x68 && text[span.end - 3] | 0x20 == 0x74
            || wordIs(i, "thirds")
    }

    private func isPronounDeterminer(_ i: Int) -> Bool {
        wordIs(i, "the") || wordIs(i, "no") || wordIs(i, "any") || wordIs(i, "every") || wordIs(i, "each")
            || wordIs(i, "this") || wordIs(i, "that") || wordIs(i, "which") || wordIs(i, "someone")
    }

    /// Whether an amount is a number that names or locates rather than counts: in a name or
    /// code ("Boeing 737", "COVID-19", "No. 10", "#1"), a time ("6am"), a score, fraction or
    /// phone number ("3–1", "24/7", "555-0100"), a list marker ("1."), a citation ("[1]"),
    /// a zero-padded code ("007"); or a capitalized number word inside a sentence ("Group of
    /// Seven", "Formula One").
    private func isExcluded(_ amount: Amount) -> Bool {
        let i = amount.first, e = amount.end
        if amount.spelled {
            return !isSentenceStart(i) && isCapitalized(i) && !heading || followsName(i)
                || (i > lo && lex[i - 1].kind == .identifier)
        }
        if e < hi, lex[e].kind == .timeSuffix { return true }
        if followsName(i) || isHyphenatedToPrevious(i) { return true }
        if i > lo {
            let p = i - 1
            if lex[p].kind == .identifier || isByte(p, 0x23) || (isByte(p, 0x2B) && adjacent(p, i)) { return true }
            if tokens[p].kind == .number { return true }
            if adjacent(p, i), isByte(p, 0x2F) || isByte(p, 0x3A) || isDash(p), p > lo, tokens[p - 1].kind == .number {
                return true
            }
            if isByte(p, 0x5B), e < hi, isByte(e, 0x5D) { return true }
            if isByte(p, 0x5E) { return true }  // "10^400"
        }
        if e < hi {
            if tokens[e].kind == .number || isByte(e, 0x5E) { return true }
            if adjacent(e - 1, e), isByte(e, 0x2F) || isDash(e), e + 1 < hi, tokens[e + 1].kind == .number { return true }
            if isSentenceStart(i), isByte(e, 0x2E) || isByte(e, 0x29), e + 1 < hi { return true }
            // "1) estimating ...": a list marker inside a sentence.
            if isByte(e, 0x29), adjacent(e - 1, e), !(i > lo && isByte(i - 1, 0x28)) { return true }
        }
        if let token = amount.token, token.integerDigits > 1, text[tokens[i].span.start] == 0x30 { return true }
        return false
    }
}
