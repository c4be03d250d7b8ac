import DossierModel

/// An amount read from the text: digits, words, or both ("559", "1.5 million", "twenty-one",
/// "a dozen", "one hundred and fifty", "tens of thousands").
struct Amount {
    var value: DecimalValue
    var first: Int
    var end: Int
    /// The digits token, when the amount is one without a scale word.
    var token: NumberToken?
    /// Whether the amount is a plural order of magnitude ("hundreds", "tens of thousands"):
    /// its value is then that order, a lower bound.
    var vague = false
    /// Whether a scale word multiplied it ("million", "bn").
    var scaled = false
    /// Whether it is spelled in words.
    var spelled = false
    /// The power of ten a scale word after digits applied ("1.5 million": 6).
    var scalePower = 0
}

/// Reading amounts and the approximations before them.
extension ValueScan {
    /// The amount starting at `i`. `money` lets the one-letter scales "m", "k" and "b" count
    /// ("£1.5m"); elsewhere they are units ("a 5m wall").
    func readAmount(at i: Int, money: Bool, bareScale: Bool = false) -> Amount? {
        guard i < hi else { return nil }
        var amount: Amount
        switch lex[i].kind {
        case .number:
            guard let n = number(i), n.suffix == .none else { return nil }
            amount = Amount(value: n.value, first: i, end: i + 1, token: n)
        case .cardinal, .article:
            guard let spelled = spelledNumber(at: i) else { return nil }
            amount = spelled
        case .pluralScale:
            return orderOfMagnitude(at: i)
        case .dozen where lex[i].value > 0:
            return orderOfMagnitude(at: i)
        case .scale where bareScale:
            guard let value = DecimalValue(mantissa: 1, exponent: Int(lex[i].value)) else { return nil }
            return Amount(value: value, first: i, end: i + 1, vague: true, scaled: true)
        default:
            return nil
        }
        guard amount.token != nil else { return amount }
        let j = amount.end
        guard j < hi else { return amount }
        switch lex[j].kind {
        case .scale:
            guard let scaled = amount.value.scaled(Int(lex[j].value)) else { return nil }
            amount.value = scaled
            amount.end = j + 1
            amount.scaled = true
            amount.scalePower = Int(lex[j].value)
        case .dozen where lex[j].value == 0:
            guard let dozens = amount.value.multiplied(by: 12) else { return nil }
            amount.value = dozens
            amount.end = j + 1
        case .shortScale where adjacent(j - 1, j) && (money || tokens[j].span.length >= 2):
            guard let scaled = amount.value.scaled(Int(lex[j].value)) else { return nil }
            amount.value = scaled
            amount.end = j + 1
            amount.scaled = true
            amount.scalePower = Int(lex[j].value)
        default:
            break
        }
        return amount
    }

    /// "two", "twenty-one", "one hundred and fifty", "two thousand", "a dozen", "a million",
    /// "three million".
    private func spelledNumber(at i: Int) -> Amount? {
        enum Last { case none, unit, tens, hundred, scale, and }
        var total: Int64 = 0, current: Int64 = 0, last = Last.none
        var smallestScale = Int.max
        var j = i
        if lex[i].kind == .article {
            // "a hundred", "a million", "a dozen": the article is one.
            guard i + 1 < hi, lex[i + 1].kind == .scale || (lex[i + 1].kind == .dozen && lex[i + 1].value == 0)
            else { return nil }
            current = 1
            last = .unit
            j = i + 1
        }
        loop: while j < hi {
            let l = lex[j]
            switch l.kind {
            case .cardinal:
                let v = Int64(l.value)
                if last == .none || last == .hundred || last == .scale || last == .and {
                    current += v
                } else if last == .tens, (1...9).contains(v), isHyphen(j - 1) || !adjacent(j - 1, j) {
                    current += v
                } else {
                    break loop
                }
                last = v >= 20 && v % 10 == 0 && last != .tens ? .tens : .unit
                j += 1
                // "twenty-one": the hyphen joins.
                if last == .tens, isHyphen(j), j + 1 < hi, adjacent(j - 1, j), adjacent(j, j + 1),
                   lex[j + 1].kind == .cardinal, lex[j + 1].value < 10 { j += 1 }
            case .scale where l.value == 2:
                guard last == .unit || last == .tens, current > 0, current < 100 else { break loop }
                current *= 100
                last = .hundred
                j += 1
            case .scale:
                let power = Int(l.value)
                guard last == .unit || last == .tens || last == .hundred, current > 0, power < smallestScale,
                      let factor = power10(power) else { break loop }
                let (product, overflow) = current.multipliedReportingOverflow(by: factor)
                guard !overflow else { return nil }
                total += product
                current = 0
                smallestScale = power
                last = .scale
                j += 1
            case .dozen where l.value == 0:
                guard last == .unit || last == .tens, current > 0 else { break loop }
                current *= 12
                last = .scale
                j += 1
            case .datePreposition where l.value == DateWord.and.rawValue:
                guard last == .hundred || last == .scale, j + 1 < hi, lex[j + 1].kind == .cardinal else { break loop }
                last = .and
                j += 1
            default:
                break loop
            }
        }
        if last == .and { j -= 1 }
        guard j > i, let value = DecimalValue(mantissa: total + current) else { return nil }
        return Amount(value: value, first: i, end: j, scaled: smallestScale != Int.max, spelled: true)
    }

    /// "hundreds", "thousands", "tens of thousands", "hundreds of millions", "dozens".
    private func orderOfMagnitude(at i: Int) -> Amount? {
        var value: DecimalValue
        if lex[i].kind == .dozen {
            value = DecimalValue(mantissa: 12)!
        } else {
            guard let v = DecimalValue(mantissa: 1, exponent: Int(lex[i].value)) else { return nil }
            value = v
        }
        var j = i + 1
        while j + 1 < hi, wordIs(j, "of"), lex[j + 1].kind == .pluralScale, lex[j + 1].value >= 3,
              let larger = value.scaled(Int(lex[j + 1].value)) {
            value = larger
            j += 2
        }
        return Amount(value: value, first: i, end: j, vague: true, scaled: true, spelled: true)
    }

    private func power10(_ n: Int) -> Int64? {
        guard n >= 0, n <= 18 else { return nil }
        var result: Int64 = 1
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// An approximation before an amount: its end, canonical text and bound ("lower" for
    /// "at least", "more than", "over"; "upper" for "up to", "nearly", "under"; "approximate"
    /// for "about", "some", "an estimated"; "exact" for "exactly").
    func quantityModifier(at i: Int) -> (end: Int, text: String, bound: String)? {
        if lex[i].kind == .article {
            if wordIs(i + 1, "estimated") { return (i + 2, phrase(i..<(i + 2)), "approximate") }
            if wordIs(i + 1, "few") { return (i + 2, "a few", "lower") }
            return nil
        }
        if wordIs(i, "as"), wordIs(i + 1, "many") || wordIs(i + 1, "much"), wordIs(i + 2, "as") {
            return (i + 3, "as many as", "upper")
        }
        guard lex[i].kind == .modifier, let word = ModifierWord(rawValue: lex[i].value) else { return nil }
        func pair(_ second: StaticString, _ text: String, _ bound: String) -> (Int, String, String)? {
            wordIs(i + 1, second) ? (i + 2, text, bound) : nil
        }
        switch word {
        case .at: return pair("least", "at least", "lower") ?? pair("most", "at most", "upper")
        case .more: return pair("than", "more than", "lower")
        case .less: return pair("than", "less than", "upper")
        case .fewer: return pair("than", "fewer than", "upper")
        case .about, .around, .approximately, .roughly, .some, .estimated:
            return (i + 1, phrase(i..<(i + 1)), "approximate")
        case .nearly, .almost, .under: return (i + 1, phrase(i..<(i + 1)), "upper")
        case .over: return (i + 1, "over", "lower")
        case .up: return pair("to", "up to", "upper")
        case .close: return pair("to", "close to", "approximate")
        case .upwards: return pair("of", "upwards of", "lower")
        case .just, .well:
            let prefix = word == .just ? "just " : "well "
            return pair("over", prefix + "over", "lower") ?? pair("under", prefix + "under", "upper")
        case .exactly: return (i + 1, "exactly", "exact")
        case .several, .few: return (i + 1, phrase(i..<(i + 1)), "lower")
        case .no:
            return pair("more", "no more than", "upper").flatMap { wordIs(i + 2, "than") ? ($0.0 + 1, $0.1, $0.2) : nil }
                ?? pair("fewer", "no fewer than", "lower").flatMap { wordIs(i + 2, "than") ? ($0.0 + 1, $0.1, $0.2) : nil }
                ?? pair("less", "no less than", "lower").flatMap { wordIs(i + 2, "than") ? ($0.0 + 1, $0.1, $0.2) : nil }
        case .only:
            return nil
        }
    }
}
