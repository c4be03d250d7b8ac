import Testing
@testable import DossierExtraction

@Suite struct KnowledgeKeyTests {
    @Test func foldsCaseDiacriticsAndPunctuation() {
        #expect(GazetteerKey.normalize("U.S.") == "us")
        #expect(GazetteerKey.normalize("the U.S.") == "us")
        #expect(GazetteerKey.normalize("US") == "us")
        #expect(GazetteerKey.normalize("Côte d’Ivoire") == "cotedivoire")
        #expect(GazetteerKey.normalize("Cote d'Ivoire") == "cotedivoire")
        #expect(GazetteerKey.normalize("Türkiye") == "turkiye")
        #expect(GazetteerKey.normalize("São Paulo") == "saopaulo")
        #expect(GazetteerKey.normalize("Łódź") == "lodz")
        #expect(GazetteerKey.normalize("Straße") == "strasse")
        #expect(GazetteerKey.normalize("Alma-Ata") == GazetteerKey.normalize("Alma Ata"))
        #expect(GazetteerKey.normalize("Hồ Chí Minh") == "hochiminh")
    }

    @Test func stripsPossessivesAndLeadingArticle() {
        #expect(GazetteerKey.normalize("Kazakhstan’s") == "kazakhstan")
        #expect(GazetteerKey.normalize("Kazakhstan's") == "kazakhstan")
        #expect(GazetteerKey.normalize("Pakistanis'") == "pakistanis")
        #expect(GazetteerKey.normalize("The Hague") == "hague")
        #expect(GazetteerKey.normalize("The") == "the")
        #expect(GazetteerKey.token("’s") == "")
        #expect(GazetteerKey.token("-") == "")
        #expect(GazetteerKey.words("Confidence-Building") == ["confidence", "building"])
        #expect(GazetteerKey.words("O'Sullivan") == ["o", "sullivan"])
    }

    @Test func keepsOtherScripts() {
        #expect(GazetteerKey.normalize("Москва") == "москва")
        #expect(GazetteerKey.normalize("") == "")
        #expect(GazetteerKey.normalize("--") == "")
    }
}
