import DossierModel

/// Money: a currency symbol, code or prefix before the amount ("$3.2 billion", "US$ 5 million",
/// "€20", "£1.5m", "Rs. 300", "USD 40", "CN¥100", "$5–10 million"), or a currency noun, code
/// or symbol after it ("5 million dollars", "300 rupees", "10 billion yuan", "5 million US
/// dollars", "2.5 billion euros", "40 USD", "20€", "millions of dollars", "50 cents").
///
/// The currency is an ISO 4217 code. A country word before the noun picks the country's
/// currency ("Canadian dollars" CAD, "Pakistani rupees" PKR); a bare noun of a currency
/// several countries use under that name (rupee, peso, dinar, franc, riyal, ...) takes the
/// code of the country the document names most, else a default, and is marked
/// `currency_inferred`. "$" alone is USD. "pounds" and "won" are money only after a scale
/// word or a country word, or before "sterling" (else a weight, a verb).
extension ValueScan {
    /// Money written with the currency first, starting at `i`.
    /// `between` lets "and" join a range ("between US$20 and 25 million").
    func prefixedMoney(at i: Int, between: Bool = false, hints: inout CurrencyHints) -> ValueMatch? {
        var k = i
        var code: String?, family: Currencies.Family?, guess = false
        if tokens[k].kind == .word, isSymbolPrefix(k) {
            code = Currencies.symbolPrefixes[ShortKey(text, tokens[k].span.start, tokens[k].span.end)!]
            k += 2
        } else if lex[k].kind == .countryWord, wordIsExactly(k, "US") || wordIsExactly(k, "U.S."), k + 1 < hi,
                  lex[k + 1].kind == .currencySymbol, lex[k + 1].value <= 0 {
            code = "USD"  // "US $5"
            k += 2
        } else if lex[k].kind == .currencySymbol {
            let symbol = Currencies.symbols[max(0, Int(lex[k].value))]
            (code, family, guess) = (symbol.code, symbol.family, symbol.guess)
            k += 1
        } else if lex[k].kind == .currencyCode, isWrittenCode(k) {
            let entry = Currencies.codes[Int(lex[k].value)]
            (code, family, guess) = (entry.code, entry.family, entry.guess)
            k += 1
            if isByte(k, 0x2E), adjacent(k - 1, k) { k += 1 }  // "Rs. 300"
        } else {
            return nil
        }
        guard var currency = code, var amount = readAmount(at: k, money: true) else { return nil }
        if guess, let family, let hinted = hints.code(for: family, lex: lex) { currency = hinted }
        var attributes: [String: AttributeValue] = ["currency": .string(currency)]
        if guess { attributes["currency_inferred"] = .boolean(true) }
        // "$5–10 million": the scale of the second number applies to both.
        let c = amount.end
        if !amount.scaled, amount.token != nil, c + 1 < hi, between ? wordIs(c, "and") : (isDash(c) || wordIs(c, "to")),
           let upper = readAmount(at: lex[c + 1].kind == .currencySymbol ? c + 2 : c + 1, money: true),
           upper.scaled, upper.token != nil, let low = amount.value.scaled(upper.scalePower),
           low.double < upper.value.double {
            amount.value = low
            attributes["value_max"] = upper.value.attribute
            amount.end = upper.end
        }
        if between, attributes["value_max"] == nil { return nil }
        attributes["value"] = amount.value.attribute
        if amount.vague { attributes["modifier"] = .string(phrase(amount.first..<amount.end)) }
        return ValueMatch(first: i, end: amount.end, kind: .money, attributes: attributes)
    }

    /// The currency written after an amount ending at `e`: its end, code, the amount's power
    /// of ten per unit (-2 for cents), and whether the code is a guess.
    func currencyAfter(_ amount: Amount, at e: Int, hints: inout CurrencyHints)
        -> (end: Int, code: String, power: Int, guess: Bool)? {
        var k = e
        if amount.vague, wordIs(k, "of") { k += 1 }  // "millions of dollars"
        guard k < hi else { return nil }
        var country: Int?
        if lex[k].kind == .countryWord, isCapitalized(k), k + 1 < hi, lex[k + 1].kind == .currencyNoun {
            country = Int(lex[k].value)
            k += 1
        }
        switch lex[k].kind {
        case .currencyNoun:
            let noun = Currencies.nouns[Int(lex[k].value)]
            let sterling = wordIs(k + 1, "sterling")
            switch noun.guarding {
            case .needsContext: guard amount.scaled || country != nil || sterling else { return nil }
            case .lowercase: guard isLowercase(k) else { return nil }
            case .none: break
            }
            if let country, let family = noun.family, let code = Currencies.code(adjective: country, family: family) {
                return (k + (sterling ? 2 : 1), code, noun.power, false)
            }
            if noun.guess, let family = noun.family {
                return (k + 1, hints.code(for: family, lex: lex) ?? noun.code, noun.power, true)
            }
            return (k + (sterling ? 2 : 1), noun.code, noun.power, false)
        case .currencyCode where country == nil && isWrittenCode(k):
            let entry = Currencies.codes[Int(lex[k].value)]
            return (k + 1, entry.code, 0, entry.guess)
        case .currencySymbol where country == nil && lex[k].value > 0:
            let symbol = Currencies.symbols[Int(lex[k].value)]
            return (k + 1, symbol.code, 0, symbol.guess)
        default:
            return nil
        }
    }

    /// Whether the code at `i` is written as a code must be: ISO codes in capitals, local
    /// prefixes as listed ("Rs", "KSh").
    private func isWrittenCode(_ i: Int) -> Bool {
        let entry = Currencies.codes[Int(lex[i].value)]
        return wordIsExactly(i, entry.text)
    }

    /// Whether the word at `i` is a country prefix glued to a currency symbol ("US$", "C$").
    func isSymbolPrefix(_ i: Int) -> Bool {
        guard i + 1 < hi, lex[i + 1].kind == .currencySymbol, adjacent(i, i + 1),
              let key = ShortKey(text, tokens[i].span.start, tokens[i].span.end) else { return false }
        return Currencies.symbolPrefixes[key] != nil
    }
}

/// The currency each family's bare noun means in one document, found once per document from
/// the country words it uses ("rupees" in an article that names Pakistan are PKR).
struct CurrencyHints {
    private var found: [Currencies.Family: String?] = [:]

    /// The code of `family` whose country the document's tokens name most often, if any.
    mutating func code(for family: Currencies.Family, lex: UnsafeBufferPointer<Lex>) -> String? {
        if let known = found[family] { return known }
        var counts: [String: Int] = [:]
        for l in lex where l.kind == .countryWord {
            if let code = Currencies.code(adjective: Int(l.value), family: family) { counts[code, default: 0] += 1 }
        }
        let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        found[family] = .some(best)
        return best
    }
}
