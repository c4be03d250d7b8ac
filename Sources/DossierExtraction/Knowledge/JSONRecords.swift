import Foundation

/// Reads the JSON gazetteer files (regions, organizations) with `JSONSerialization`, which is
/// several times faster than `JSONDecoder` for these small files on Linux.
enum JSONRecords {
    /// The parsed top-level value of a file.
    static func read(_ url: URL) throws -> Any {
        let data = try Data(contentsOf: url)
        return try JSONSerialization.jsonObject(with: data)
    }
}

/// One JSON object with typed accessors; wrong types read as missing.
struct JSONRecord {
    let fields: [String: Any]

    /// Wraps a JSON value that should be an object.
    init?(_ value: Any) {
        guard let fields = value as? [String: Any] else { return nil }
        self.fields = fields
    }

    /// A non-empty string field.
    func string(_ key: String) -> String? {
        guard let s = fields[key] as? String, !s.isEmpty else { return nil }
        return s
    }

    /// A list of strings (non-strings dropped); empty when missing.
    func strings(_ key: String) -> [String] {
        (fields[key] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// An integer field.
    func int(_ key: String) -> Int? {
        if let n = fields[key] as? Int { return n }
        if let n = fields[key] as? NSNumber { return n.intValue }
        if let s = fields[key] as? String { return Int(s) }
        return nil
    }

    /// A list of objects; empty when missing.
    func records(_ key: String) -> [JSONRecord] {
        (fields[key] as? [Any])?.compactMap(JSONRecord.init) ?? []
    }
}
