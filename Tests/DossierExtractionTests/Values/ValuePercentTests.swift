import DossierModel
import Testing
@testable import DossierExtraction

/// Percentages and percentage points.
@Suite("Values: percentages")
struct ValuePercentTests {
    @Test("Percent in words and signs", arguments: [
        ("Prices rose 12 percent.", "12 percent", 12.0, "percent"),
        ("Prices rose 12 per cent.", "12 per cent", 12, "percent"),
        ("Prices rose 12%.", "12%", 12, "percent"),
        ("Prices rose 12 pct.", "12 pct", 12, "percent"),
        ("Prices rose twelve percent.", "twelve percent", 12, "percent"),
        ("Prices rose 50.8 percent.", "50.8 percent", 50.8, "percent"),
        ("Rates rose 0.5 percentage points.", "0.5 percentage points", 0.5, "percentage points"),
        ("Rates rose 25 basis points.", "25 basis points", 25, "basis points"),
        ("Prices fell -3%.", "-3%", -3, "percent"),
    ])
    func percent(text: String, phrase: String, value: Double, unit: String) throws {
        let found = try #require(Val.values(text).first { $0.text == phrase }, "\(Val.values(text))")
        #expect(found.kind == .percent)
        #expect(found.number("value") == value)
        #expect(found.string("unit") == unit)
    }

    @Test("Ranges and approximations")
    func rangesAndModifiers() throws {
        let dash = try #require(Val.value("10–15%", in: "Only 10–15% own one."))
        #expect(dash.kind == .percent && dash["value"] == .integer(10) && dash["value_max"] == .integer(15))
        let to = try #require(Val.value("10 to 15 percent", in: "Only 10 to 15 percent own one."))
        #expect(to["value_max"] == .integer(15))
        let about = try #require(Val.value("about 17%", in: "Females are about 17% lighter."))
        #expect(about.string("modifier") == "about" && about.string("bound") == "approximate")
        #expect(Val.texts("Income per capita rose.", kind: .percent).isEmpty)
    }
}
