import CLua
import DossierModel

/// A loaded extractor: a Lua file returning `dossier.extractor { name =, provides =,
/// after =, before =, extract = function(doc, add) ... end }`. It adds entities, mentions,
/// attributes, relations and events that later extractors and every report then see, each
/// marked with the extractor's name as its producer.
public final class ExtractorScript {
    /// The path as the user gave it.
    public let displayPath: String
    /// The extractor's name (defaults to the file name).
    public let name: String
    /// What it does.
    public let description: String
    /// The entity kinds (or other facts) it adds, for listing and for `needs` of reports.
    public let provides: [String]
    /// Kinds (or facts) it reads, which other extractors `provide`: those run first.
    public let needs: [String]
    /// Extractors that must run before this one (by name).
    public let after: [String]
    /// Extractors that must run after this one (by name).
    public let before: [String]
    /// The state it runs in.
    public let state: LuaState
    private let extractReference: Int32
    private let binding = ExtractorBinding()
    private let addReference: Int32

    /// Loads the extractor at `path` (running its main chunk in the sandbox).
    public init(path: String, displayPath: String? = nil, limits: ScriptLimits = .default) throws(ScriptError) {
        let shown = displayPath ?? path
        self.displayPath = shown
        state = try ScriptFile.load(path: path, displayPath: shown, limits: limits, expecting: "extractor",
                                    example: "return dossier.extractor { name = \"...\", extract = function(doc, add) ... end }")
        let L = state.L
        let reader = MetadataReader(L: L, tableIndex: lua_gettop(L), fallbackName: ScriptFile.fallbackName(shown))
        do {
            if let kind = try reader.string("kind"), kind != "extractor" {
                throw MetadataReader.Problem(message: "this is a \(kind), not an extractor (declare it with dossier.extractor { ... })")
            }
            guard reader.field("extract") == LUA_TFUNCTION else {
                throw MetadataReader.Problem(message: "an extractor needs extract = function(doc, add) ... end")
            }
            name = try reader.string("name") ?? ScriptFile.fallbackName(shown)
            description = try reader.string("description") ?? ""
            provides = try reader.stringList("provides")
            needs = try reader.stringList("needs")
            after = try reader.stringList("after")
            before = try reader.stringList("before")
        } catch let problem as MetadataReader.Problem {
            lua_pop(L, 1)
            throw ScriptError(kind: .invalidScript, script: shown, message: "\(shown): \(problem.message)")
        } catch {
            lua_pop(L, 1)
            throw ScriptError(kind: .invalidScript, script: shown, message: "\(shown): \(error)")
        }
        lua_getfield(L, -1, "extract")
        extractReference = luaL_ref(L, LUA_REGISTRYINDEX_VALUE)
        lua_pop(L, 1)
        binding.push(into: state)
        addReference = luaL_ref(L, LUA_REGISTRYINDEX_VALUE)
    }

    /// Runs `extract(doc, add)` and returns the document with the additions; when the call
    /// fails, nothing of it is applied and the error says where.
    public func extract(_ document: Document) throws(ScriptError) -> Document {
        let additions = ExtractorAdditions(document: document, producer: name)
        binding.current = additions
        defer { binding.current = nil }
        let L = state.L
        lua_rawgeti(L, LUA_REGISTRYINDEX_VALUE, Int64(extractReference))
        DocumentBinding.push(document, into: state)
        lua_rawgeti(L, LUA_REGISTRYINDEX_VALUE, Int64(addReference))
        try state.call(arguments: 2, results: 0, script: displayPath, documentID: document.id, hook: "extract")
        return additions.document
    }
}
