import DossierModel
import Testing
@testable import DossierInput

@Suite("HTML")
struct HTMLReaderTests {
    @Test("block elements become separate paragraphs, inline elements do not break")
    func paragraphs() {
        let html = "<html><body><h1>Ministers  meet</h1><p>First <b>bold</b>\n  and <a href='#'>linked</a>.</p><div>Second</div><ul><li>one</li><li>two</li></ul></body></html>"
        #expect(HTMLReader.read(html).text == "Ministers meet\n\nFirst bold and linked.\n\nSecond\n\none\n\ntwo")
    }

    @Test("br is a line break; whitespace collapses; table cells are spaced")
    func lineBreaks() {
        #expect(HTMLReader.read("<p>Line one<br>Line   two<br/>three</p>").text == "Line one\nLine two\nthree")
        #expect(HTMLReader.read("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>").text == "a b\n\nc")
        #expect(HTMLReader.read("<p>no<b>space</b></p>").text == "nospace")
    }

    @Test("script, style, noscript, template, svg and head content is not text")
    func invisible() {
        let html = """
        <!DOCTYPE html><html><head><title>T</title><style>p { color: red }</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><noscript>Enable JS</noscript><template><p>tpl</p></template>
        <svg><title>icon</title><text>svg text</text></svg><!-- a comment -->
        <p>Visible</p><div hidden>hidden div</div><span aria-hidden="true">dup</span>
        <p style="display: none">gone</p><script type="module">alert(1)</script><p>End</p></body></html>
        """
        #expect(HTMLReader.read(html).text == "Visible\n\nEnd")
    }

    @Test("title, og:title, date, site name and canonical URL become metadata")
    func metadata() {
        let html = """
        <head><title> Ministers &amp; meeting | TDI </title>
        <meta property="og:title" content="Ministers meet">
        <meta property="article:published_time" content="2022-07-30T10:00:00Z">
        <meta property="og:site_name" content="TDI"><link rel="canonical" href="https://tdi.example/a">
        </head><p>x</p>
        """
        let metadata = HTMLReader.read(html).metadata
        #expect(metadata.title == "Ministers & meeting | TDI")
        #expect(metadata.date == "2022-07-30T10:00:00Z")
        #expect(metadata.source == "TDI")
        #expect(metadata.url == "https://tdi.example/a")
        #expect(HTMLReader.read("<meta property='og:title' content='OG only'><p>x</p>").metadata.title == "OG only")
        #expect(HTMLReader.read("<meta name='date' content='2022-07-30'><p>x</p>").metadata.date == "2022-07-30")
    }

    @Test("entities in text are decoded, nbsp becomes a space")
    func entities() {
        #expect(HTMLReader.read("<p>Caf&eacute; &ldquo;Dost&rdquo; &mdash; 30&nbsp;July &#8217;22 &#x2014; AT&T</p>").text
            == "Café “Dost” — 30 July ’22 — AT&T")
    }

    @Test("pre keeps its line breaks; unclosed head ends at body content; malformed markup is text")
    func robustness() {
        #expect(HTMLReader.read("<pre>a  b\nc</pre><p>d</p>").text == "a  b\nc\n\nd")
        #expect(HTMLReader.read("<html><head><title>T</title><p>Body text").text == "Body text")
        #expect(HTMLReader.read("<p>1 < 2 and 3 > 2</p><p>x<</p>").text == "1 < 2 and 3 > 2\n\nx<")
        #expect(HTMLReader.read("<p class=\"a>b\">quoted > in attribute</p>").text == "quoted > in attribute")
        #expect(HTMLReader.read("<p><![CDATA[raw & text]]></p>").text == "raw & text")
    }

    @Test(".html, .htm and .xhtml files read as HTML; a page with no text is empty")
    func files() throws {
        let fixture = try Fixture()
        let a = try fixture.write("a.html", "<p>One</p><p>Two</p>")
        let b = try fixture.write("b.htm", "<title>B</title><p>Bee</p>")
        let c = try fixture.write("c.xhtml", "<?xml version='1.0'?><html><body><p>Sea</p></body></html>")
        let d = try fixture.write("d.html", "<html><script>only()</script></html>")
        let result = events([a, b, c, d])
        #expect(result.documents.map(\.text) == ["One\n\nTwo", "Bee", "Sea"])
        #expect(result.documents.allSatisfy { $0.origin.format == .html })
        #expect(result.documents[1].metadata.title == "B")
        #expect(result.last == .skipped(source: d, reason: "empty (no text left after removing markup)"))
    }

    @Test("a page declaring a Latin-1 charset is decoded as Windows-1252, not repaired")
    func declaredCharset() throws {
        let fixture = try Fixture()
        let html = Array("<meta charset=\"iso-8859-1\"><p>Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        let path = try fixture.write("latin.html", bytes: html)
        let event = try #require(events([path]).first)
        #expect(event.document?.text == "Café “q”")
        #expect(event.warnings.isEmpty)
    }
}

@Suite("HTML robustness")
struct HTMLRobustnessTests {
    @Test("an unclosed head ends at the first body element, which still starts a paragraph")
    func unclosedHead() {
        #expect(HTMLReader.read("<head><title>T</title>Lead<p>Para</p>").text == "Para")
        #expect(HTMLReader.read("<head><meta charset=utf-8><div>A</div><div>B</div>").text == "A\n\nB")
    }

    @Test("truncated markup and deep nesting do not crash")
    func truncated() {
        for html in ["<p", "<p class=\"open", "<!-- never closed", "<script>x", "<![CDATA[x", "&", "&#", "</"] {
            _ = HTMLReader.read(html)
        }
        let deep = String(repeating: "<div><span>", count: 50_000) + "core" + String(repeating: "</span></div>", count: 50_000)
        #expect(HTMLReader.read(deep).text == "core")
    }
}
