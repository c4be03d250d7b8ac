import DossierModel
import Testing
@testable import DossierExtraction

/// Quantities: numbers in digits and words, approximations, counted phrases, ranges, and the
/// numbers that are not quantities.
@Suite("Values: quantities")
struct ValueQuantityTests {
    private func quantity(_ phrase: String, in text: String) -> Val.Found? {
        Val.values(text).first { $0.text == phrase && $0.kind == .quantity }
    }

    @Test("The counted phrase follows the number; the span is the number")
    func counted() throws {
        let found = try #require(quantity("559", in: "Three Norwegian ports employ 559 Pakistani citizens."))
        #expect(found["value"] == .integer(559))
        #expect(found.string("counted") == "Pakistani citizens" && found.counted == "Pakistani citizens")
        #expect(found.string("unit") == "citizens")
        #expect(quantity("48", in: "48 warehouses were flooded.")?.string("unit") == "warehouses")
        #expect(quantity("4,210", in: "2017 saw 4,210 reported collisions leading to injuries.")?.string("counted")
                == "reported collisions")
        #expect(quantity("hundreds of thousands", in: "Strikes left hundreds of thousands of postal workers idle.")?
                .string("counted") == "postal workers")
        #expect(quantity("three", in: "All three nations sent rescue teams.")?.string("counted") == "nations")
        #expect(quantity("seventy", in: "He was seventy years old.")?.string("unit") == "years")
        #expect(quantity("39", in: "In all, 39 were rescued.")?["unit"] == nil)
    }

    @Test("Numbers in digits and in words", arguments: [
        ("There were 1,000 people.", "1,000", 1000.0),
        ("It grew 3.2 times.", "3.2", 3.2),
        ("Two ministers met.", "Two", 2),
        ("It lasted twenty-one days.", "twenty-one", 21),
        ("It took a dozen tries.", "a dozen", 12),
        ("It had one hundred and fifty rooms.", "one hundred and fifty", 150),
        ("There were 1.5 million people.", "1.5 million", 1_500_000),
        ("There were two thousand three hundred voters.", "two thousand three hundred", 2300),
        ("There were 2.5bn users.", "2.5bn", 2_500_000_000),
        ("There were ten lakh voters.", "ten lakh", 1_000_000),
        ("Tens of thousands of farmers protested.", "Tens of thousands", 10_000),
        ("The temperature fell to -5 degrees.", "-5", -5),
        ("The temperature fell to minus 12 degrees.", "minus 12", -12),
    ])
    func numbers(text: String, phrase: String, value: Double) throws {
        let found = try #require(quantity(phrase, in: text), "\(Val.values(text))")
        #expect(found.number("value") == value)
    }

    @Test("Approximations are part of the span, with their bound", arguments: [
        ("At least 39 died.", "At least 39", "at least", "lower"),
        ("More than 1,000 rescuers responded.", "More than 1,000", "more than", "lower"),
        ("About 50 people came.", "About 50", "about", "approximate"),
        ("Nearly 40 were hurt.", "Nearly 40", "nearly", "upper"),
        ("Over 30 hours passed.", "Over 30", "over", "lower"),
        ("Up to 10 people may die.", "Up to 10", "up to", "upper"),
        ("An estimated 500 fled.", "An estimated 500", "an estimated", "approximate"),
        ("As many as 20 boats sank.", "As many as 20", "as many as", "upper"),
        ("Hundreds of people fled.", "Hundreds", "hundreds", "lower"),
        ("Several hundred people fled.", "Several hundred", "several", "lower"),
    ])
    func modifiers(text: String, phrase: String, modifier: String, bound: String) throws {
        let found = try #require(quantity(phrase, in: text), "\(Val.values(text))")
        #expect(found.string("modifier") == modifier)
        #expect(found.string("bound") == bound)
    }

    @Test("Ranges of counts")
    func ranges() throws {
        let between = try #require(quantity("between 24 and 30", in: "Rescuers counted between 24 and 30 people aboard the ferry."))
        #expect(between["value"] == .integer(24) && between["value_max"] == .integer(30))
        #expect(between.string("counted") == "people")
        let dash = try #require(quantity("5–10", in: "Groups of 5–10 people formed."))
        #expect(dash["value_max"] == .integer(10))
        let scaled = try #require(quantity("5 to 10 million", in: "Officials said 5 to 10 million people fled."))
        #expect(scaled["value"] == .integer(5_000_000) && scaled["value_max"] == .integer(10_000_000))
        // A change is two values.
        #expect(Val.texts("The toll rose from fourteen to 31.", kind: .quantity) == ["fourteen", "31"])
    }

    @Test("A number joined to its unit by a hyphen is one adjective")
    func hyphenated() throws {
        let storeys = try #require(quantity("ten-storey", in: "The ten-storey building collapsed."))
        #expect(storeys["value"] == .integer(10) && storeys.string("unit") == "storey")
        #expect(quantity("54-year-old", in: "A 54-year-old man died.")?.string("unit") == "year-old")
        #expect(Val.texts("Congress needs a two-thirds majority.", kind: .quantity).isEmpty)
        #expect(Val.texts("Three quarters of the states must ratify.", kind: .quantity).isEmpty)
    }

    @Test("Units written as symbols or abbreviations")
    func units() {
        #expect(quantity("75", in: "The 75 m ship sank.")?.string("unit") == "m")
        #expect(quantity("450", in: "It uses 450°F glue guns.")?.string("unit") == "°F")
        #expect(quantity("145", in: "It was 145 km away.")?.string("unit") == "km")
    }

    @Test("Numbers that name, locate, rank or time are not quantities", arguments: [
        "The G20 summit opened.", "A Boeing 737 crashed.", "COVID-19 spread.", "Article 5 applies.",
        "He lives at No. 10 in the street.", "He was ranked #1 last season.", "She finished first.",
        "He came 2nd in the race.", "The blast came at 6am.", "The crash took place at 15:00 local time.",
        "It happened at 6 p.m. on the day.", "Call 555-0100 for details.", "Open 24/7.", "They won 3–1.",
        "He drives for Formula One.", "The Group of Seven met.", "He spoke at 10 Downing Street.",
        "Norway became one of the first backers.", "No one came.", "Windows 10 was released.",
        "The code 007 was used.", "See reference [3] for more.", "It rose 10^400 times.",
        "The bill passed by a vote of 212-to-190.", "The coronavirus 2019-nCoV spread.", "He flew a 737-MAX jet.",
    ])
    func notQuantities(text: String) {
        #expect(Val.values(text).allSatisfy { $0.kind != .quantity }, "\(text): \(Val.values(text))")
    }

    @Test("A number written after a name elsewhere in the article still names")
    func nameNumbers() {
        let text = "An Airbus 320 jet landed safely. The 320 was refuelled."
        #expect(Val.texts(text, kind: .quantity).isEmpty)
    }

    @Test("One is a count only before what it counts")
    func one() {
        #expect(quantity("one", in: "At least one bridge was damaged.") == nil)
        #expect(quantity("At least one", in: "At least one bridge was damaged.")?.string("unit") == "bridge")
        #expect(quantity("one", in: "He has one daughter.")?.string("unit") == "daughter")
        #expect(quantity("one", in: "He is the one who knows.") == nil)
    }
}
