import DossierModel

/// An exact decimal, `mantissa × 10^exponent`, so that "3.2 billion" is 3200000000 and not
/// 3200000000.0000005, and so that amounts far beyond any real one are refused rather than
/// turned into infinity.
struct DecimalValue: Equatable, Sendable {
    var mantissa: Int64
    var exponent: Int

    /// The largest mantissa: 18 digits, the most an Int64 holds in full.
    static let maxMantissa: Int64 = 999_999_999_999_999_999
    /// Exponents are kept within ±30: no stated amount is larger, and Double stays exact enough.
    static let maxExponent = 30

    init?(mantissa: Int64, exponent: Int = 0) {
        guard abs(exponent) <= DecimalValue.maxExponent, mantissa.magnitude <= DecimalValue.maxMantissa.magnitude
        else { return nil }
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The value times `10^power`.
    func scaled(_ power: Int) -> DecimalValue? { DecimalValue(mantissa: mantissa, exponent: exponent + power) }

    /// The value times `factor`.
    func multiplied(by factor: Int64) -> DecimalValue? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: factor)
        return overflow ? nil : DecimalValue(mantissa: product, exponent: exponent)
    }

    var negated: DecimalValue { DecimalValue(mantissa: -mantissa, exponent: exponent)! }

    /// The nearest Double.
    var double: Double {
        let m = Double(mantissa)
        return exponent >= 0 ? m * DecimalValue.power(exponent) : m / DecimalValue.power(-exponent)
    }

    /// The value as a whole number, when it is one and fits an Int.
    var integer: Int? {
        var m = mantissa, e = exponent
        while e < 0 {
            guard m % 10 == 0 else { return nil }
            m /= 10
            e += 1
        }
        while e > 0 {
            let (p, overflow) = m.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            m = p
            e -= 1
        }
        return Int(exactly: m)
    }

    /// The attribute value: an integer when whole and exactly representable, else a real.
    var attribute: AttributeValue {
        if let whole = integer, whole.magnitude < 1 << 53 { return .integer(whole) }
        return .number(double)
    }

    private static func power(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}

/// What ends a number token besides digits.
enum NumberSuffix: Sendable {
    case none
    /// "2nd", "21st", "4th".
    case ordinal
    /// "1990s", "90s".
    case plural
}

/// A number token read from its bytes: "559", "1,000", "3.2", "1,00,000", "2nd", "1990s".
struct NumberToken: Sendable {
    var value: DecimalValue
    /// Digits before the decimal point.
    var integerDigits: Int
    /// Whether thousands separators were written.
    var grouped: Bool
    /// Whether a decimal part was written.
    var hasFraction: Bool
    var suffix: NumberSuffix

    /// The value as a small whole number when written as plain digits ("07" is 7), for days,
    /// months and years.
    var plainInteger: Int? {
        guard !grouped, !hasFraction, integerDigits <= 9 else { return nil }
        return Int(value.mantissa)
    }

    /// Reads the number token at `span`, or returns nil for what is not one quantity: times
    /// ("10:30"), dotted runs ("1.2.3", "30.07.2022"), odd grouping ("1,2,3"), more than 18
    /// digits, non-ASCII digits.
    static func parse(_ text: UTF8Text, _ span: Span) -> NumberToken? {
        var mantissa: Int64 = 0
        var digits = 0, integerDigits = 0, fractionDigits = 0
        var seenPoint = false, grouped = false
        var groupLengths: (first: Int, last: Int, allThree: Bool, middleTwo: Bool) = (0, 0, true, true)
        var run = 0, groups = 0
        var i = span.start
        let end = span.end
        while i < end {
            let b = text[i]
            if b &- 0x30 < 10 {
                guard digits < 18 else { return nil }
                mantissa = mantissa * 10 + Int64(b - 0x30)
                digits += 1
                run += 1
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
            } else if b == 0x2C, !seenPoint {
                if groups == 0 { groupLengths.first = run } else {
                    groupLengths.allThree = groupLengths.allThree && run == 3
                    groupLengths.middleTwo = groupLengths.middleTwo && run == 2
                }
                groups += 1
                grouped = true
                run = 0
            } else if b == 0x2E, !seenPoint {
                seenPoint = true
                if grouped { groupLengths.last = run }
                run = 0
            } else {
                break
            }
            i += 1
        }
        if grouped && !seenPoint { groupLengths.last = run }
        if grouped {
            // Western "1,000,000" or Indian "10,00,000"; "1,2,3" is a list.
            guard groupLengths.first >= 1, groupLengths.first <= 3, groupLengths.last == 3,
                  groupLengths.allThree || (groupLengths.middleTwo && groupLengths.first <= 2) else { return nil }
        }
        var suffix = NumberSuffix.none
        if i < end {
            let letters = end - i
            let first = text[i] | 0x20
            if letters == 1, first == 0x73 { suffix = .plural }
            else if letters == 2, first &- 0x61 < 26 { suffix = .ordinal }
            else { return nil }  // ":" or "." runs: times, versions, dotted dates
        }
        guard digits > 0, let value = DecimalValue(mantissa: mantissa, exponent: -fractionDigits) else { return nil }
        return NumberToken(value: value, integerDigits: integerDigits, grouped: grouped,
                           hasFraction: fractionDigits > 0, suffix: suffix)
    }
}
