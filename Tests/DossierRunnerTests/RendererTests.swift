import DossierScripting
import Foundation
import Testing
@testable import DossierRunner

@Suite("Renderer")
struct RendererTests {
    static let events: [OutputEvent] = [
        .heading("People", level: 1),
        .table(name: "people", columns: ["name", "note"]),
        .row(table: "people", values: [.string("Ana"), .string("says \"hi\", twice")]),
        .row(table: "people", values: [.string("Bartholomew"), .nil]),
        .text("done"),
    ]

    func render(_ format: OutputFormat) -> String {
        let sink = MemorySink()
        let renderer = Renderer(format: format, sink: sink)
        for event in Self.events { renderer.emit(event, script: "s") }
        renderer.finish()
        return sink.text
    }

    @Test("text aligns columns")
    func text() {
        #expect(render(.text) == """
        People
        ======
        name         note
        -----------  ----------------
        Ana          says "hi", twice
        Bartholomew
        done

        """)
    }

    @Test("CSV follows RFC 4180 and leaves text out")
    func csv() {
        #expect(render(.csv) == "name,note\r\nAna,\"says \"\"hi\"\", twice\"\r\nBartholomew,\r\n")
    }

    @Test("JSON Lines has one object per row, text line and heading")
    func jsonl() {
        #expect(render(.jsonl) == """
        {"heading":"People","level":1}
        {"table":"people","name":"Ana","note":"says \\"hi\\", twice"}
        {"table":"people","name":"Bartholomew","note":null}
        {"text":"done"}

        """)
    }

    @Test("Markdown uses pipe tables")
    func markdown() {
        #expect(render(.markdown).contains("| name | note |\n| --- | --- |\n| Ana | says \"hi\", twice |\n"))
    }

    @Test("JSON is one document of blocks in order, rows keyed by column")
    func json() throws {
        let text = render(.json)
        #expect(text == """
        {"blocks":[
        {"heading":"People","level":1},
        {"table":"people","columns":["name","note"],"rows":[{"name":"Ana","note":"says \\"hi\\", twice"},{"name":"Bartholomew","note":null}]},
        {"text":"done"}
        ]}

        """)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test("HTML is a self-contained page with escaped values and no scripts")
    func html() {
        let sink = MemorySink()
        let renderer = Renderer(format: .html, sink: sink)
        renderer.emit(.heading("<People>", level: 2), script: "s")
        renderer.emit(.row(table: "t", values: [.string("a < b & \"c\"")]), script: "s")
        renderer.finish()
        #expect(sink.text.hasPrefix("<!DOCTYPE html>"))
        #expect(sink.text.contains("<h2>&lt;People&gt;</h2>"))
        #expect(sink.text.contains("<td>a &lt; b &amp; &quot;c&quot;</td>"))
        #expect(!sink.text.contains("<script"))
    }

    @Test("records render as key: value lines, a JSON object, or a definition list")
    func records() {
        func render(_ format: OutputFormat) -> String {
            let sink = MemorySink()
            let renderer = Renderer(format: format, sink: sink)
            renderer.emit(.record(["who": .string("Ana"), "count": .integer(2)]), script: "s")
            renderer.finish()
            return sink.text
        }
        #expect(render(.text) == "count: 2\nwho: Ana\n\n")
        #expect(render(.jsonl) == "{\"record\":{\"count\":2,\"who\":\"Ana\"}}\n")
        #expect(render(.html).contains("<dl><dt>count</dt><dd>2</dd><dt>who</dt><dd>Ana</dd></dl>"))
        #expect(render(.json).contains("{\"record\":{\"count\":2,\"who\":\"Ana\"}}"))
    }

    @Test("a table that grows a column keeps one aligned block in text and pads earlier rows")
    func growingTable() {
        let sink = MemorySink()
        let renderer = Renderer(format: .text, sink: sink)
        renderer.emit(.table(name: "t", columns: ["a"]), script: "s")
        renderer.emit(.row(table: "t", values: [.integer(1)]), script: "s")
        renderer.emit(.table(name: "t", columns: ["a", "b"]), script: "s")
        renderer.emit(.row(table: "t", values: [.integer(2), .integer(3)]), script: "s")
        renderer.finish()
        #expect(sink.text == "a  b\n-  -\n1\n2  3\n")
    }
}
