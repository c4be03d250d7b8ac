import DossierScripting

/// Turns script output events into bytes in one ``OutputFormat``. Formats that need every
/// row before printing (aligned text tables) buffer one table at a time; the others stream.
public final class Renderer: OutputSink {
    private let format: OutputFormat
    private let sink: ByteSink
    private let showScriptNames: Bool
    private var columns: [String: [String]] = [:]
    private var pending: (table: String, rows: [[String]])?
    private var lastTable: String?
    private var wroteAnything = false
    private var blocks = OutputBlocks()
    /// The page title for HTML output.
    public var title = "Dossier report"
    /// Text lines CSV output could not represent.
    public private(set) var droppedTextLines = 0

    /// Creates a renderer. `showScriptNames` adds the script's name to JSON Lines records
    /// (useful when several reports share one output).
    public init(format: OutputFormat, sink: ByteSink, showScriptNames: Bool = false) {
        self.format = format
        self.sink = sink
        self.showScriptNames = showScriptNames
    }

    /// Renders one event.
    public func emit(_ event: OutputEvent, script: String) {
        if format == .json || format == .html {
            if case .table(let name, let names) = event { columns[name] = names }
            blocks.add(event, columns: columns)
            return
        }
        switch event {
        case .row(let table, _) where pending?.table == table: break
        // A table that grew a column keeps its pending rows: they are padded when printed.
        case .table(let name, _) where pending?.table == name: break
        default: flushPendingTable()
        }
        switch event {
        case .text(let line): text(line, script: script)
        case .heading(let title, let level): heading(title, level: level, script: script)
        case .table(let name, let names):
            columns[name] = names
            if pending?.table != name { lastTable = nil }
            if format == .csv, lastTable == name { lastTable = nil }
        case .row(let table, let values): row(table: table, values: values, script: script)
        case .record(let fields): record(fields, script: script)
        }
    }

    /// Writes whatever is buffered.
    public func finish() {
        switch format {
        case .json: sink.write(blocks.json())
        case .html: sink.write(blocks.html(title: title))
        default: flushPendingTable()
        }
    }

    private func text(_ line: String, script: String) {
        switch format {
        case .text, .markdown: sink.write(line + "\n")
        case .csv: droppedTextLines += 1
        case .jsonl: writeJSON(["text": .string(line)], script: script)
        case .json, .html: break
        }
        lastTable = nil
    }

    private func heading(_ title: String, level: Int, script: String) {
        switch format {
        case .text:
            if wroteAnything { sink.write("\n") }
            sink.write(title + "\n" + String(repeating: level == 1 ? "=" : "-", count: max(3, title.count)) + "\n")
        case .markdown:
            if wroteAnything { sink.write("\n") }
            sink.write(String(repeating: "#", count: level) + " " + title + "\n\n")
        case .csv:
            droppedTextLines += 1
            return
        case .jsonl: writeJSON(["heading": .string(title), "level": .integer(Int64(level))], script: script)
        case .json, .html: return
        }
        wroteAnything = true
        lastTable = nil
    }

    private func row(table: String, values: [LuaValue], script: String) {
        let names = columns[table] ?? values.indices.map { "column\($0 + 1)" }
        switch format {
        case .text, .markdown:
            if pending == nil { pending = (table, []) }
            pending!.rows.append(values.map(\.text))
        case .csv:
            if lastTable != table {
                if wroteAnything { sink.write("\r\n") }
                sink.write(names.map(CSV.field).joined(separator: ",") + "\r\n")
                lastTable = table
            }
            sink.write(values.map { CSV.field($0.text) }.joined(separator: ",") + "\r\n")
        case .jsonl:
            var ordered: [(String, LuaValue)] = [("table", .string(table))]
            for (name, value) in zip(names, values) {
                ordered.append((name, value))
            }
            writeJSON(ordered: ordered, script: script)
        case .json, .html: break
        }
        wroteAnything = true
    }

    private func record(_ fields: [String: LuaValue], script: String) {
        let sorted = fields.sorted { $0.key < $1.key }
        switch format {
        case .text: sink.write(sorted.map { "\($0.key): \($0.value.text)" }.joined(separator: "\n") + "\n\n")
        case .markdown: sink.write(sorted.map { "- **\($0.key)**: \($0.value.text)" }.joined(separator: "\n") + "\n\n")
        case .csv: droppedTextLines += 1
        case .jsonl: writeJSON(ordered: [("record", .record(fields))], script: script)
        case .json, .html: break
        }
        lastTable = nil
        wroteAnything = true
    }

    private func flushPendingTable() {
        guard let (table, buffered) = pending else { return }
        pending = nil
        let names = columns[table] ?? (buffered.first ?? []).indices.map { "column\($0 + 1)" }
        let rows = buffered.map { $0.count < names.count ? $0 + Array(repeating: "", count: names.count - $0.count) : $0 }
        sink.write(format == .markdown ? TableLayout.markdown(header: names, rows: rows) : TableLayout.aligned(header: names, rows: rows))
    }

    private func writeJSON(_ fields: [String: LuaValue], script: String) {
        writeJSON(ordered: fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, script: script)
    }

    private func writeJSON(ordered fields: [(String, LuaValue)], script: String) {
        var all = fields
        if showScriptNames { all.insert(("script", .string(script)), at: 0) }
        sink.write(JSONText.object(all) + "\n")
        wroteAnything = true
    }
}
