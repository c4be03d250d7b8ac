import DossierScripting

/// Output kept as blocks (headings, tables with their rows, text) for the formats that are
/// one document rather than a stream: a JSON document and a self-contained HTML page. They
/// hold the whole output in memory; use `jsonl` or `csv` to stream a very large one.
struct OutputBlocks {
    enum Block {
        case heading(String, level: Int)
        case text(String)
        case record([String: LuaValue])
        case table(name: String, columns: [String], rows: [[LuaValue]])
    }

    private(set) var blocks: [Block] = []

    mutating func add(_ event: OutputEvent, columns: [String: [String]]) {
        switch event {
        case .heading(let title, let level): blocks.append(.heading(title, level: level))
        case .text(let line):
            if case .text(let previous)? = blocks.last {
                blocks[blocks.count - 1] = .text(previous + "\n" + line)
            } else {
                blocks.append(.text(line))
            }
        case .table: break
        case .record(let fields): blocks.append(.record(fields))
        case .row(let table, let values):
            if case .table(let name, _, var rows)? = blocks.last, name == table {
                rows.append(values)
                let names = columns[table] ?? []
                // A table that grew a column: earlier rows get nil there.
                rows = rows.map { $0.count < names.count ? $0 + Array(repeating: LuaValue.nil, count: names.count - $0.count) : $0 }
                blocks[blocks.count - 1] = .table(name: name, columns: names, rows: rows)
            } else {
                let names = columns[table] ?? values.indices.map { "column\($0 + 1)" }
                blocks.append(.table(name: table, columns: names, rows: [values]))
            }
        }
    }

    /// `{"blocks": [...]}`: headings, text and tables (rows as objects keyed by column), in order.
    func json() -> String {
        let items = blocks.map { block -> String in
            switch block {
            case .heading(let title, let level):
                return JSONText.object([("heading", .string(title)), ("level", .integer(Int64(level)))])
            case .text(let text):
                return JSONText.object([("text", .string(text))])
            case .record(let fields):
                return JSONText.object([("record", .record(fields))])
            case .table(let name, let columns, let rows):
                let objects = rows.map { row in JSONText.object(Array(zip(columns, row))) }
                return "{" + JSONText.string("table") + ":" + JSONText.string(name) + ","
                    + JSONText.string("columns") + ":[" + columns.map(JSONText.string).joined(separator: ",") + "],"
                    + JSONText.string("rows") + ":[" + objects.joined(separator: ",") + "]}"
            }
        }
        return "{\"blocks\":[\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    /// A self-contained HTML page: inline style, no scripts, every value escaped.
    func html(title: String) -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                body += "<h\(level)>\(HTML.escape(text))</h\(level)>\n"
            case .text(let text):
                body += "<pre>\(HTML.escape(text))</pre>\n"
            case .record(let fields):
                body += "<dl>" + fields.sorted { $0.key < $1.key }.map { "<dt>\(HTML.escape($0.key))</dt><dd>\(HTML.escape($0.value.text))</dd>" }.joined() + "</dl>\n"
            case .table(let name, let columns, let rows):
                body += "<table data-name=\"\(HTML.escape(name))\">\n<thead><tr>"
                    + columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows {
                    body += "<tr>" + row.map { "<td>\(HTML.escape($0.text))</td>" }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        tbody tr:nth-child(even) { background: #fafafa; }
        pre { white-space: pre-wrap; font: inherit; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}

/// HTML text escaping.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
