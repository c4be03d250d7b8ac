import DossierModel
import Testing
@testable import DossierExtraction

/// Money: symbols, codes, prefixes and nouns, scales, ISO currencies.
@Suite("Values: money")
struct ValueMoneyTests {
    private func money(_ phrase: String, in text: String) -> Val.Found? {
        Val.values(text).first { $0.text == phrase && $0.kind == .money }
    }

    @Test("Amounts and currencies", arguments: [
        ("The deal is worth $3.2 billion.", "$3.2 billion", 3_200_000_000.0, "USD"),
        ("Aid of US$ 5 million was pledged.", "US$ 5 million", 5_000_000, "USD"),
        ("Aid of US$5 million was pledged.", "US$5 million", 5_000_000, "USD"),
        ("They must pay €20 each.", "€20", 20, "EUR"),
        ("It cost £1.5m to build.", "£1.5m", 1_500_000, "GBP"),
        ("It cost 5 million dollars to build.", "5 million dollars", 5_000_000, "USD"),
        ("It cost 10 billion yuan to build.", "10 billion yuan", 10_000_000_000, "CNY"),
        ("It cost ¥100 to enter.", "¥100", 100, "JPY"),
        ("It cost CN¥100 to enter.", "CN¥100", 100, "CNY"),
        ("It raised C$10,000 in a day.", "C$10,000", 10_000, "CAD"),
        ("It raised nearly CDN$11,000 in a day.", "nearly CDN$11,000", 11_000, "CAD"),
        ("It cost 5 million Canadian dollars.", "5 million Canadian dollars", 5_000_000, "CAD"),
        ("A reward of one million rubles was offered.", "one million rubles", 1_000_000, "RUB"),
        ("It cost 38.8 million euro.", "38.8 million euro", 38_800_000, "EUR"),
        ("It cost 5 million pounds.", "5 million pounds", 5_000_000, "GBP"),
        ("It cost 500 pounds sterling.", "500 pounds sterling", 500, "GBP"),
        ("It cost USD 40 per barrel.", "USD 40", 40, "USD"),
        ("It cost 40 USD per barrel.", "40 USD", 40, "USD"),
        ("It cost 20€ at the door.", "20€", 20, "EUR"),
        ("It cost 50 cents.", "50 cents", 0.5, "USD"),
        ("It cost ₹500 crore.", "₹500 crore", 5_000_000_000, "INR"),
        ("It cost 300 billion won.", "300 billion won", 300_000_000_000, "KRW"),
    ])
    func amounts(text: String, phrase: String, value: Double, currency: String) throws {
        let found = try #require(money(phrase, in: text), "\(Val.values(text))")
        #expect(found.number("value") == value)
        #expect(found.string("currency") == currency)
        #expect(found["currency_inferred"] == nil)
    }

    @Test("A currency several countries use takes the country the article names")
    func inferredCurrency() throws {
        let pakistan = try #require(money("Rs 300", in: "In Pakistan, fuel now costs Rs 300 per litre, Pakistani officials said."))
        #expect(pakistan.string("currency") == "PKR" && pakistan.flag("currency_inferred"))
        #expect(money("PKR 300", in: "Fuel in Lahore costs PKR 300 now.")?.string("currency") == "PKR")
        let bare = try #require(money("300 rupees", in: "A ticket costs 300 rupees."))
        #expect(bare.string("currency") == "INR" && bare.flag("currency_inferred"))
        #expect(money("300 Pakistani rupees", in: "A ticket costs 300 Pakistani rupees.")?.string("currency") == "PKR")
        #expect(money("300 Pakistani rupees", in: "A ticket costs 300 Pakistani rupees.")?["currency_inferred"] == nil)
    }

    @Test("Ranges, approximations and orders of magnitude")
    func rangesAndModifiers() throws {
        let range = try #require(money("$5–10 million", in: "It will cost $5–10 million."))
        #expect(range["value"] == .integer(5_000_000) && range["value_max"] == .integer(10_000_000))
        let between = try #require(money("between US$20 and 25 million", in: "The bridge will cost between US$20 and 25 million."))
        #expect(between["value"] == .integer(20_000_000) && between["value_max"] == .integer(25_000_000))
        let least = try #require(money("at least $12 million", in: "The floods cost at least $12 million."))
        #expect(least.string("modifier") == "at least" && least.string("bound") == "lower")
        let millions = try #require(money("millions of dollars", in: "They stole millions of dollars."))
        #expect(millions["value"] == .integer(1_000_000) && millions.string("bound") == "lower")
    }

    @Test("Pounds and won alone are not money")
    func guarded() {
        #expect(Val.texts("The baby weighed 8 pounds.", kind: .money).isEmpty)
        #expect(Val.values("The baby weighed 8 pounds.").first?.string("unit") == "pounds")
        #expect(Val.texts("The team won 3 games.", kind: .money).isEmpty)
        #expect(Val.texts("They thanked 500 Rand supporters.", kind: .money).isEmpty)
        #expect(Val.texts("ALL 5 MEMBERS AGREED.", kind: .money).isEmpty)
    }
}
