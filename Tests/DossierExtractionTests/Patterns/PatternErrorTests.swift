import Testing
@testable import DossierExtraction

@Suite("Pattern compile errors and phrase lists")
struct PatternErrorTests {
    @Test(arguments: [
        (#""trade"#, 1, "unterminated string"),
        (#"trade [foo]"#, 8, "unknown token class 'foo'"),
        (#"a ( b"#, 3, "missing ')'"),
        (#"a b )"#, 5, "unbalanced ')'"),
        (#"* a"#, 1, "nothing to repeat"),
        (#"a b{3,1}"#, 4, "n < m"),
        (#"a b{1000}"#, 4, "bounds above"),
        (#"a | | b"#, 5, "empty pattern or alternative"),
        (#"a @missing"#, 3, "unknown phrase list '@missing'"),
        (#"x /ab(c/"#, 8, "in regular expression: missing ')'"),
        (#"x /abc"#, 3, "unterminated regular expression"),
        (#"(?<p> a) (?<p> b)"#, 13, "duplicate capture name 'p'"),
        (#"[word kind=country]"#, 1, "mixes token classes"),
        (#"a b?+"#, 5, "second quantifier"),
        (#"![country]"#, 1, "one-token items only"),
        (#""#, 1, "empty pattern"),
        (#"[]"#, 1, "empty '[]'"),
    ])
    func errorColumn(pattern: String, column: Int, message: String) throws {
        let error = try #require(PatternFixture.error(pattern))
        #expect(error.column == column, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("column \(column): "))
    }

    @Test func tooLargeProgramsAreRefused() {
        #expect(PatternFixture.error("((a{100}){100}){100}")?.message.contains("too large") == true)
    }

    @Test func phraseLists() throws {
        let library = PatternLibrary(phrases: [
            "exporters": ["exports", "shipments", "export earnings"],
            "places": ["U.S.", "Central Asia"],
        ])
        #expect(library.listNames == ["exporters", "places"])
        let text = "U.S. Exports rose. Central Asia's export earnings fell. Export shipments grew."
        #expect(try PatternFixture.texts("@exporters", in: text, library: library) == ["Exports", "export earnings", "shipments"])
        #expect(try PatternFixture.texts(#"@places "'s"? @exporters [word]"#, in: text, library: library)
            == ["U.S. Exports rose", "Central Asia's export earnings fell"])
        #expect(try PatternFixture.texts("(?<what> @exporters)+ grew", in: text, library: library) == ["shipments grew"])
    }
}
