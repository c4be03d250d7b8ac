/// What a script says about itself in the table it returns, in the spirit of NSE's script
/// fields and sysdig's chisel globals.
public struct ScriptMetadata: Sendable, Hashable {
    /// Short name ("meetings"); defaults to the file name without `.lua`.
    public var name: String
    /// What the script does, one or more sentences.
    public var description: String
    /// Categories for listing and selection ("diplomacy", "summary").
    public var categories: [String]
    /// Who wrote it.
    public var author: String?
    /// Its licence.
    public var license: String?
    /// The Dossier Lua API version it was written for ("1"), if stated.
    public var apiVersion: String?
    /// The arguments it accepts, sorted by name.
    public var arguments: [ArgumentDeclaration]
    /// The hooks it defines, in call order.
    public var hooks: [ReportHook]

    /// Creates metadata.
    public init(name: String, description: String = "", categories: [String] = [], author: String? = nil,
                license: String? = nil, apiVersion: String? = nil, arguments: [ArgumentDeclaration] = [],
                hooks: [ReportHook] = []) {
        self.name = name
        self.description = description
        self.categories = categories
        self.author = author
        self.license = license
        self.apiVersion = apiVersion
        self.arguments = arguments
        self.hooks = hooks
    }

    /// The text `dossier help SCRIPT` prints.
    public var helpText: String {
        var lines = ["\(name)" + (categories.isEmpty ? "" : "  [\(categories.joined(separator: ", "))]")]
        if !description.isEmpty { lines += ["", description] }
        var facts: [String] = []
        if let author { facts.append("author: \(author)") }
        if let license { facts.append("license: \(license)") }
        if let apiVersion { facts.append("api: \(apiVersion)") }
        facts.append("hooks: " + hooks.map(\.rawValue).joined(separator: ", "))
        lines += [""] + facts
        lines += ["", "Arguments (give with --arg NAME=VALUE):"]
        if arguments.isEmpty { lines.append("  (none)") }
        let width = arguments.map { $0.name.count + $0.type.rawValue.count + 3 }.max() ?? 0
        for argument in arguments {
            let head = "\(argument.name) <\(argument.type.rawValue)>"
            var help = argument.help
            if argument.required { help += help.isEmpty ? "required" : " (required)" }
            if let value = argument.defaultValue { help += " (default: \(value.text))" }
            if let choices = argument.choices { help += " (one of: \(choices.joined(separator: ", ")))" }
            lines.append("  " + head.padding(toLength: max(width, head.count), withPad: " ", startingAt: 0) + "  " + help)
        }
        return lines.joined(separator: "\n")
    }
}

/// The hooks a report can define, called in this order.
public enum ReportHook: String, Sendable, Hashable, CaseIterable {
    /// Called once before the first document: `on_start(ctx)`.
    case onStart = "on_start"
    /// Called for every document: `on_document(doc, ctx)`.
    case onDocument = "on_document"
    /// Called once after the last document: `on_finish(ctx)`.
    case onFinish = "on_finish"
}
