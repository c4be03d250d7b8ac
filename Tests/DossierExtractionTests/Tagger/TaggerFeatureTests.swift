import Testing
@testable import DossierExtraction

@Suite("Tagger: token analysis and feature extraction")
struct TaggerFeatureTests {
    @Test("word shapes, long and collapsed")
    func shapes() {
        #expect(TokenInfo.shapeString("Kazakhstan", collapse: false) == "Xxxxx")
        #expect(TokenInfo.shapeString("Kazakhstan", collapse: true) == "Xx")
        #expect(TokenInfo.shapeString("U.S.", collapse: false) == "X.X.")
        #expect(TokenInfo.shapeString("1996-08-22", collapse: true) == "d-d-d")
        #expect(TokenInfo.shapeString("NATO", collapse: false) == "XXXX")
        #expect(TokenInfo.shapeString("Zürich", collapse: true) == "Xx")
        // The hashed shape agrees with the readable one.
        #expect(TokenInfo("Tashkent").shape == FeatureHasher.hash(TokenInfo.shapeString("Tashkent", collapse: false)))
        #expect(TokenInfo("Tashkent").shortShape == TokenInfo("Almaty").shortShape)
    }

    @Test("lowercased forms fold case and digits")
    func lowerForms() {
        #expect(TokenInfo.lowerForm("JAPAN") == "japan")
        #expect(TokenInfo.lowerForm("1996") == "0000")
        #expect(TokenInfo("JAPAN").lower == TokenInfo("Japan").lower)
        #expect(TokenInfo("JAPAN").word != TokenInfo("Japan").word)
        #expect(TokenInfo("ÉMILE").lower == FeatureHasher.hash("émile"))
    }

    @Test("typographic apostrophes, quotes and dashes give the ASCII features")
    func normalization() {
        #expect(TokenInfo("’s").word == TokenInfo("'s").word)
        #expect(TokenInfo("“").word == TokenInfo("\"").word)
        #expect(TokenInfo("Pakistan–Kazakhstan").lower == TokenInfo("Pakistan-Kazakhstan").lower)
        #expect(TokenInfo("O’Neill").shape == TokenInfo("O'Neill").shape)
    }

    @Test("prefixes and suffixes are hashes of the lowercased ends")
    func affixes() {
        let t = TokenInfo("Pakistani")
        #expect(t.prefixes.0 == FeatureHasher.hash("p"))
        #expect(t.prefixes.3 == FeatureHasher.hash("paki"))
        #expect(t.suffixes.0 == FeatureHasher.hash("i"))
        #expect(t.suffixes.2 == FeatureHasher.hash("ani"))
        #expect(t.suffixes.2 == TokenInfo("Afghani").suffixes.2)
        #expect(TokenInfo("of").prefixes.2 == 0)  // shorter than three characters
    }

    @Test("orthographic flags")
    func flags() {
        #expect(TokenInfo("Tashkent").flags.contains([.initialCapital, .hasLetter, .hasLower]))
        #expect(TokenInfo("SCO").flags.contains(.allCaps))
        #expect(!TokenInfo("SCo").flags.contains(.allCaps))
        #expect(TokenInfo("1991").flags.contains(.hasDigit))
        #expect(TokenInfo(",").flags.contains(.punctuation))
    }

    @Test("features depend on the window, and padding keeps edges apart from the middle")
    func windowFeatures() {
        let extractor = FeatureExtractor(groups: [.token, .window], lexicon: .empty)
        func keys(_ tokens: [String], at i: Int) -> Set<UInt64> {
            let sentence = extractor.prepare(tokens.map { TokenInfo($0) })
            var keys: [UInt64] = []
            extractor.keys(at: i, of: sentence, into: &keys)
            return Set(keys)
        }
        let a = keys(["met", "officials", "in", "Tashkent", "."], at: 3)
        let b = keys(["met", "officials", "in", "Tashkent", "."], at: 3)
        let c = keys(["met", "officials", "near", "Tashkent", "."], at: 3)
        #expect(a == b)
        #expect(a != c)
        #expect(a.intersection(c).count > a.count / 2)  // the token's own features are shared
        // The first token's left context is padding, not a real word.
        #expect(keys(["Tashkent", "."], at: 0) != keys(["in", "Tashkent", "."], at: 1))
    }

    @Test("lexicon matches mark first, inside, last and whole-phrase positions")
    func lexiconMatches() {
        var builder = TaggerLexicon.Builder()
        builder.add(phrase: "Shanghai Cooperation Organization", to: "organization")
        builder.add(phrase: "Shanghai", to: "city")
        let lexicon = builder.build()
        #expect(lexicon.categories == ["organization", "city"])
        let infos = ["the", "SHANGHAI", "Cooperation", "Organization", "met"].map { TokenInfo($0) }
        var marks = [UInt64](repeating: 0, count: infos.count)
        infos.withUnsafeBufferPointer { tokens in marks.withUnsafeMutableBufferPointer { lexicon.matches(tokens, into: $0) } }
        let organization: UInt64 = 0, city: UInt64 = 1
        #expect(marks[0] == 0 && marks[4] == 0)
        #expect(marks[1] == (1 << (organization * 4 + 0)) | (1 << (city * 4 + 3)))
        #expect(marks[2] == 1 << (organization * 4 + 1))
        #expect(marks[3] == 1 << (organization * 4 + 2))
    }

    @Test("document flags: lowercase and mid-sentence capitals elsewhere in the article")
    func documentFlags() {
        let document = [["Barrick", "said", "."], ["then", "shares", "in", "Barrick", "rose"], ["Then", "it", "fell"]]
        let flags = DocumentContext.flags(for: document.map { $0.map { TokenInfo($0) } })
        #expect(flags[0][0] == .capitalizedElsewhere)  // sentence-initial here, mid-sentence there
        #expect(flags[1][3].isEmpty)  // its own mid-sentence capital does not count
        #expect(flags[2][0] == .lowercaseElsewhere)
        #expect(flags[1][0].isEmpty)
        #expect(flags[0][2].isEmpty)  // punctuation gets no document facts
    }
}
