import CLua

/// The `ctx.out` object: `out:text(...)`, `out:heading(text [, level])`,
/// `out:table{ name =, columns = {...} }`, `out:row{ column = value, ... }` and
/// `out:record{ key = value, ... }` (a free-form structured record).
/// Rows are checked against their table's columns so a typo is an error, not a silent gap.
final class OutputWriter {
    private let sink: OutputSink
    private let script: String
    private var columnsByTable: [String: [String]] = [:]
    /// Tables whose columns came from rows, not from out:table: they grow when a later row
    /// brings a new key (a first row with `place = nil` must not fix the columns forever).
    private var implicitTables: Set<String> = []
    private var currentTable: String?

    init(sink: OutputSink, script: String) {
        self.sink = sink
        self.script = script
    }

    func text(_ line: String) { sink.emit(.text(line), script: script) }

    /// Pushes the `out` table with its methods onto the stack.
    func push(into state: LuaState) {
        let L = state.L
        lua_createtable(L, 0, 4)
        state.setField("text", HostFunction("text") { [unowned self] call in
            var parts: [String] = []
            if call.argumentCount >= 2 { for index in 2...call.argumentCount { parts.append(try call.string(index)) } }
            self.text(parts.joined(separator: "\t"))
            return 0
        })
        state.setField("heading", HostFunction("heading") { [unowned self] call in
            let text = try call.string(2)
            let level = call.type(3) == .nil || call.type(3) == .none ? 1 : Int(try call.integer(3))
            guard (1...6).contains(level) else { throw call.argumentError(3, "heading level must be 1 to 6") }
            self.sink.emit(.heading(text, level: level), script: self.script)
            return 0
        })
        state.setField("table", HostFunction("table") { [unowned self] call in
            try call.requireTable(2)
            guard case .record(let fields) = try call.value(2) else { throw call.argumentError(2, "expected { name = ..., columns = {...} }") }
            guard case .list(let columnValues)? = fields["columns"], !columnValues.isEmpty else {
                throw call.argumentError(2, "'columns' must be a non-empty list of column names")
            }
            let columns = try columnValues.map { value -> String in
                guard case .string(let name) = value, !name.isEmpty else { throw call.argumentError(2, "column names must be non-empty strings") }
                return name
            }
            guard Set(columns).count == columns.count else { throw call.argumentError(2, "column names must be unique") }
            let name: String
            switch fields["name"] {
            case .string(let given)?: name = given
            case nil: name = self.script
            default: throw call.argumentError(2, "'name' must be a string")
            }
            try self.declare(name: name, columns: columns, call: call)
            return 0
        })
        state.setField("record", HostFunction("record") { [unowned self] call in
            try call.requireTable(2)
            guard case .record(let fields) = try call.value(2), !fields.isEmpty else {
                throw call.argumentError(2, "a record is a table of name = value")
            }
            self.sink.emit(.record(fields), script: self.script)
            return 0
        })
        state.setField("row", HostFunction("row") { [unowned self] call in
            try call.requireTable(2)
            try self.row(call.value(2), call: call)
            return 0
        })
        lua_pushstring(L, "dossier.Output")
        lua_setfield(L, -2, "__name")
    }

    private func declare(name: String, columns: [String], call: LuaCall) throws {
        if let existing = columnsByTable[name], existing != columns {
            throw call.argumentError(2, "table '\(name)' was already declared with columns \(existing.joined(separator: ", "))")
        }
        if columnsByTable[name] == nil {
            columnsByTable[name] = columns
            sink.emit(.table(name: name, columns: columns), script: script)
        }
        currentTable = name
    }

    private func row(_ value: LuaValue, call: LuaCall) throws {
        let table = currentTable ?? script
        switch value {
        case .record(let fields):
            if columnsByTable[table] == nil {
                try declare(name: table, columns: fields.keys.sorted(), call: call)
                implicitTables.insert(table)
            } else if implicitTables.contains(table) {
                let added = fields.keys.filter { !columnsByTable[table]!.contains($0) }.sorted()
                if !added.isEmpty {
                    columnsByTable[table]! += added
                    sink.emit(.table(name: table, columns: columnsByTable[table]!), script: script)
                }
            }
            let columns = columnsByTable[table]!
            if let unknown = fields.keys.sorted().first(where: { !columns.contains($0) }) {
                throw call.argumentError(2, "row has column '\(unknown)' but table '\(table)' has columns \(columns.joined(separator: ", "))")
            }
            sink.emit(.row(table: table, values: columns.map { fields[$0] ?? .nil }), script: script)
        case .list(let values):
            guard let columns = columnsByTable[table] else {
                throw call.argumentError(2, "a row given as a list needs a table declared first with out:table{ columns = {...} }")
            }
            guard values.count == columns.count else {
                throw call.argumentError(2, "row has \(values.count) values but table '\(table)' has \(columns.count) columns")
            }
            sink.emit(.row(table: table, values: values), script: script)
        default:
            throw call.argumentError(2, "row must be a table of column = value")
        }
    }
}
