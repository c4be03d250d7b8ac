import DossierModel
import Testing
@testable import DossierExtraction

@Suite("Segmentation: sentences")
struct SegmentationSentenceTests {
    @Test func splitsAtFullStopsQuestionAndExclamationMarks() {
        #expect(Seg.sentences("They met. Did they agree? Yes! It was signed.") ==
                ["They met.", "Did they agree?", "Yes!", "It was signed."])
    }

    @Test(arguments: ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.",
                      "Sen.", "Rep.", "St.", "Rev.", "Lt. Gen."])
    func titlesDoNotEndSentences(_ title: String) {
        #expect(Seg.sentences("Yesterday \(title) Smith arrived. He spoke.").count == 2)
    }

    @Test func companySuffixesEndSentencesOnlyBeforeANewSentence() {
        #expect(Seg.sentences("Apple Inc. CEO Tim Cook spoke.").count == 1)
        #expect(Seg.sentences("Samsung Co. Ltd. said so.").count == 1)
        #expect(Seg.sentences("He works for Apple Inc. The company grew.") == ["He works for Apple Inc.", "The company grew."])
        #expect(Seg.sentences("They sold apples, pears, etc. Prices then fell.").count == 2)
    }

    @Test func monthsAndNumbers() {
        #expect(Seg.sentences("On Jan. 5 the talks began. On Sept. 11 they ended.").count == 2)
        #expect(Seg.sentences("He lives at No. 10 Downing Street.").count == 1)
        #expect(Seg.sentences("Growth was 3.2 percent in 2021. It rose.") == ["Growth was 3.2 percent in 2021.", "It rose."])
    }

    @Test func initialismsEndSentencesBeforeTypicalStarters() {
        #expect(Seg.sentences("The U.S. Congress voted.").count == 1)
        #expect(Seg.sentences("He stayed in the U.S. The next day he left.") == ["He stayed in the U.S.", "The next day he left."])
        #expect(Seg.sentences("They flew to Washington, D.C. It rained all day.").count == 2)
        #expect(Seg.sentences("U.S.-led forces and U.S. 10-year bonds.").count == 1)
    }

    @Test func initialsDoNotEndSentences() {
        #expect(Seg.sentences("J. R. R. Tolkien wrote it. George W. Bush read it.").count == 2)
    }

    @Test func ordinaryWordBeforeAPeriodGetsItsPeriodBackAtASentenceEnd() {
        let doc = Seg.document("They chose Plan B. The rest failed, according to The Sun.")
        #expect(doc.sentences.count == 2)
        let tokens = doc.tokens.map { doc.text(of: $0.span) }
        #expect(tokens.contains("B") && tokens.contains("Sun") && !tokens.contains("Sun."))
        #expect(tokens.filter { $0 == "." }.count == 2)
        #expect(Seg.invariantViolations(doc).isEmpty)
    }

    @Test func timesOfDay() {
        #expect(Seg.sentences("It began at 10 a.m. local time.").count == 1)
        #expect(Seg.sentences("The ship docked at 11:00 a.m. Fijian time on Sunday.").count == 1)
        #expect(Seg.sentences("The vote closed at 8:45 a.m. ET on Tuesday.").count == 1)
        #expect(Seg.sentences("It ended at 6 p.m. Police then left.").count == 2)
    }

    @Test func ellipsis() {
        #expect(Seg.sentences("He paused... Then he left.").count == 2)
        #expect(Seg.sentences("He paused … and then went on.").count == 1)
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(Seg.sentences("He said \"no.\" Then he left.") == ["He said \"no.\"", "Then he left."])
        #expect(Seg.sentences("He said “no.” Then he left.") == ["He said “no.”", "Then he left."])
        #expect(Seg.sentences("It is there (see below.) Next we go.") == ["It is there (see below.)", "Next we go."])
        #expect(Seg.sentences("\"Why?\" he asked.").count == 1)
        #expect(Seg.sentences("I think, 'Wow, so clearly.' \" Then more.") == ["I think, 'Wow, so clearly.' \"", "Then more."])
    }

    @Test func quoteOpeningTheNextSentenceStartsIt() {
        #expect(Seg.sentences("He left. \"We will return,\" he said.") == ["He left.", "\"We will return,\" he said."])
    }

    @Test func lowercaseContinuation() {
        #expect(Seg.sentences("Fruit, e.g. apples, sells well.").count == 1)
        #expect(Seg.sentences("It costs approx. five dollars.").count == 1)
        #expect(Seg.sentences("Prices rose. iPhone sales fell.").count == 2)
    }

    @Test func acronymAfterTheLastWordStaysInTheSentence() {
        let sentences = Seg.sentences("Both are members (CICA). The population is small.")
        #expect(sentences == ["Both are members (CICA).", "The population is small."])
    }

    @Test func bracketedOmissionTrailsTheSentence() {
        #expect(Seg.sentences("It was loud. [...] We left early.") == ["It was loud. [...]", "We left early."])
    }

    @Test func numberedListItemIsNotASentenceOfItsOwn() {
        #expect(Seg.sentences("1. Sanctions will stay in place.").count == 1)
    }

    @Test func ideographicFullStop() {
        #expect(Seg.sentences("我们走了。他来了。") == ["我们走了。", "他来了。"])
    }

    @Test func sentencesNeverCrossParagraphs() {
        let doc = Seg.document("The first line has no full stop\nThe second line does.")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.sentences.count == 2)
        #expect(doc.sentences.map(\.paragraph) == [0, 1])
    }

    @Test func headingIsOneSentence() {
        let doc = Seg.document("Talks in Tashkent\nThe talks began. They ended.")
        #expect(doc.paragraphs.first?.kind == .heading)
        #expect(doc.sentences.map { doc.text(of: $0.span) } == ["Talks in Tashkent", "The talks began.", "They ended."])
    }

    @Test func overlongSentencesAreCut() {
        let text = Array(repeating: "word", count: 1_200).joined(separator: " ")
        let doc = Seg.document(text)
        #expect(doc.sentences.count == 3)
        #expect(doc.sentences.allSatisfy { $0.tokenCount <= Segmenter.maxSentenceTokens })
        #expect(Seg.invariantViolations(doc).isEmpty)
    }

    @Test func sentenceIndexesTokens() {
        let doc = Seg.document("A first one. A second one.")
        #expect(Seg.sentenceTokens(doc) == [["A", "first", "one", "."], ["A", "second", "one", "."]])
    }
}

@Suite("Segmentation: sentences in capitals and states")
struct SegmentationSentenceCaseTests {
    @Test func finalAbbreviationBeforeAStarterInCapitals() {
        #expect(Seg.sentences("THEY LEFT AT 5 P.M. THE NEXT DAY THEY CAME BACK.").count == 2)
    }

    @Test func stateAbbreviations() {
        let doc = Seg.document("He lives in Fresno, Calif. The town is small. She lives in Boston, Mass. The city is big.")
        #expect(doc.sentences.count == 4)
        let tokens = doc.tokens.map { doc.text(of: $0.span) }
        #expect(tokens.contains("Calif."), "an unambiguous abbreviation keeps its period")
        #expect(tokens.contains("Mass") && !tokens.contains("Mass."), "one that is also a word gives it up")
        #expect(Seg.sentences("He flew from Sacramento, Calif., to Austin, Tex., on Monday.").count == 1)
    }
}
