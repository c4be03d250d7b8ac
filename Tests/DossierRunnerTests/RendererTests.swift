import DossierScripting
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
}
