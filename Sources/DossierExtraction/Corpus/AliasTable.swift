import Foundation

/// A user's file of names that mean the same real-world entity, for corpus identity:
/// one entity per line, tab-separated, the canonical name first, then its variants.
/// Blank lines and lines starting with `#` are ignored.
///
///     # canonical<TAB>variant<TAB>variant...
///     Bilawal Bhutto Zardari	Bilawal	BBZ
///     Shanghai Cooperation Organisation	SCO
public struct AliasTable: Sendable {
    private var canonicalByVariant: [String: String] = [:]

    /// An empty table.
    public init() {}

    /// Parses the file's text; `source` names it in messages.
    public init(text: String, source: String) throws(AliasFileError) {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard fields.count >= 2 else {
                throw AliasFileError(message: "\(source):\(offset + 1): expected a canonical name and at least one variant separated by tabs")
            }
            for variant in fields { canonicalByVariant[AliasTable.key(variant)] = fields[0] }
        }
    }

    /// Reads and parses a file.
    public init(contentsOf path: String) throws(AliasFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AliasFileError(message: "\(path): cannot read the alias file")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), source: path)
    }

    /// Whether the table lists nothing.
    public var isEmpty: Bool { canonicalByVariant.isEmpty }

    /// The canonical name for `name`, if the table lists it.
    public func canonical(for name: String) -> String? {
        canonicalByVariant[AliasTable.key(name)]
    }

    static func key(_ name: String) -> String {
        // ASCII names (most) are folded byte by byte; Foundation's folding is the slow path.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = []
            var current: [UInt8] = []
            for byte in name.utf8 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    current.append(lower)
                } else if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words.joined(separator: " ")
        }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ").lowercased()
    }
}

/// A malformed or unreadable alias file.
public struct AliasFileError: Error, Sendable, CustomStringConvertible {
    /// `file:line: problem`.
    public var message: String
    /// The message.
    public var description: String { message }
}
