import DossierModel
import Testing
@testable import DossierInput

@Suite("Markdown")
struct MarkdownReaderTests {
    @Test("headings lose their markers and stand as their own paragraph")
    func headings() {
        let result = MarkdownReader.read("# Pakistan and Kazakhstan\nIntro line.\n## Background ##\nText.")
        #expect(result.text == "Pakistan and Kazakhstan\n\nIntro line.\n\nBackground\n\nText.")
        #expect(result.metadata.title == "Pakistan and Kazakhstan")
    }

    @Test("setext headings lose their underline")
    func setext() {
        let result = MarkdownReader.read("Big News\n========\nBody.\nSub\n---\nMore.")
        #expect(result.text == "Big News\n\nBody.\n\nSub\n\nMore.")
        #expect(result.metadata.title == "Big News")
    }

    @Test("emphasis, strong, strikethrough and code markers are stripped")
    func emphasis() {
        #expect(MarkdownReader.read("The **Foreign Minister** met *his* __counterpart__ _today_ ~~not~~ `now`.").text
            == "The Foreign Minister met his counterpart today not now.")
    }

    @Test("characters that are not emphasis survive")
    func notEmphasis() {
        #expect(MarkdownReader.read("2 * 3 = 6 and snake_case_name and ~5% and a * b").text
            == "2 * 3 = 6 and snake_case_name and ~5% and a * b")
        #expect(MarkdownReader.read("Price: \\*10\\* dollars").text == "Price: *10* dollars")
    }

    @Test("links keep their text, images are dropped, autolinks keep the address")
    func links() {
        let text = "Read [the **report**](https://example.com/a_(b)) and [this][ref] ![chart](c.png) <https://x.org>.\n\n[ref]: https://example.com"
        #expect(MarkdownReader.read(text).text == "Read the report and this https://x.org.")
        #expect(MarkdownReader.read("An editorial [sic] bracket.").text == "An editorial [sic] bracket.")
    }

    @Test("YAML front matter becomes metadata and leaves the text")
    func frontMatter() {
        let text = """
        ---
        title: "Ministers meet in Tashkent"
        date: 2022-07-30
        source: TDI
        url: https://example.com/a
        author: Staff
        ---
        # Heading
        Body text.
        """
        let result = MarkdownReader.read(text)
        #expect(result.metadata.title == "Ministers meet in Tashkent")
        #expect(result.metadata.date == "2022-07-30")
        #expect(result.metadata.source == "TDI")
        #expect(result.metadata.url == "https://example.com/a")
        #expect(result.metadata.extra["author"] == "Staff")
        #expect(result.text == "Heading\n\nBody text.")
    }

    @Test("lists, quotes, fences, rules and inline HTML read as plain lines")
    func blocks() {
        let text = "- first item\n* second\n1. numbered\n> quoted **line**\n\n---\n```swift\nlet x = *y*\n```\nA <sup>1</sup> note &amp; more"
        #expect(MarkdownReader.read(text).text
            == "first item\nsecond\n1. numbered\nquoted line\n\nlet x = *y*\n\nA 1 note & more")
    }

    @Test(".md files go through the Markdown reader, with CRLF normalized")
    func file() throws {
        let document = try #require(try readText("story.md", "# Title\r\n\r\nSome *text*.\r\n"))
        #expect(document.text == "Title\n\nSome text.")
        #expect(document.metadata.title == "Title")
        #expect(document.origin.format == .markdown)
        #expect(try readText("story.markdown", "_x_ y")?.text == "x y")
    }
}

@Suite("Markdown robustness")
struct MarkdownRobustnessTests {
    @Test("HTML comments vanish; hostile bracket runs finish quickly without crashing")
    func hostile() {
        #expect(MarkdownReader.read("Text <!-- hidden note --> more").text == "Text  more")
        #expect(MarkdownReader.read("> # Quoted heading\n> quoted *text*").text == "Quoted heading\n\nquoted text")
        let brackets = String(repeating: "[", count: 5000) + "x" + String(repeating: "](u)", count: 5000)
        #expect(!MarkdownReader.read(brackets).text.isEmpty)
        let ticks = (1...150).map { String(repeating: "`", count: $0) }.joined(separator: "a")
        #expect(!MarkdownReader.read(ticks).text.isEmpty)
    }
}
