import Foundation

/// Reads the project's gazetteer files (`Sources/DossierExtraction/Resources/gazetteer`) as
/// phrase lists for the tagger's lexicon features. The phrases end up in the weights file as
/// hashes, so the tagger needs none of these files at run time.
///
/// Columns are found by the names in each file's `#`-header line rather than by position,
/// so that added columns do not break training. Unknown files are ignored.
enum GazetteerLists {
    /// Which columns of which file family feed which lexicon category. A '|' inside a cell
    /// separates alternatives.
    private static let tsvFamilies: [(stem: String, category: String, columns: [String])] = [
        ("countries", "country", ["name", "official_name", "common_name"]),
        ("country-aliases", "country", ["alias"]),
        ("cities", "city", ["name", "asciiname", "alternates"]),
        ("city-aliases", "city", ["alias"]),
        ("demonyms", "demonym", ["adjectives", "person", "people"]),
        ("first-names", "first-name", ["name"]),
        ("titles", "title", ["form"]),
    ]
    private static let jsonFamilies: [(stem: String, list: String, fields: [(String, String)])] = [
        ("organizations", "groups", [("name", "organization"), ("acronyms", "organization"), ("aliases", "organization")]),
        ("regions", "regions", [("name", "region"), ("aliases", "region"), ("adjectives", "demonym")]),
    ]

    /// The phrase lists of the gazetteer folder at `path`, by category, in a fixed order.
    static func read(_ path: String) throws -> [(category: String, phrases: [String])] {
        let folder = URL(fileURLWithPath: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var lists: [(category: String, phrases: [String])] = []
        func add(_ category: String, _ phrases: [String]) {
            if let i = lists.firstIndex(where: { $0.category == category }) {
                lists[i].phrases += phrases
            } else {
                lists.append((category, phrases))
            }
        }
        for family in tsvFamilies {
            for name in names where matches(name, stem: family.stem, ext: "tsv") {
                add(family.category, try tsvPhrases(folder.appendingPathComponent(name), columns: family.columns))
            }
        }
        for family in jsonFamilies {
            for name in names where matches(name, stem: family.stem, ext: "json") {
                for (category, phrases) in try jsonPhrases(folder.appendingPathComponent(name), family.list, family.fields) {
                    add(category, phrases)
                }
            }
        }
        return lists.map { ($0.category, $0.phrases.map(spaced)) }
    }

    private static func matches(_ name: String, stem: String, ext: String) -> Bool {
        name == "\(stem).\(ext)" || (name.hasPrefix("\(stem)-") && name.hasSuffix(".\(ext)"))
    }

    private static func tsvPhrases(_ url: URL, columns wanted: [String]) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var header: [String] = []
        var result: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                let cells = line.dropFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if cells.count > 1 { header = cells }
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            for column in wanted {
                guard let i = header.firstIndex(of: column), i < cells.count else { continue }
                result += cells[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        return result.filter { !$0.isEmpty }
    }

    private static func jsonPhrases(_ url: URL, _ list: String, _ fields: [(String, String)]) throws -> [(String, [String])] {
        let data = try Data(contentsOf: url)
        let root = try JSONSerialization.jsonObject(with: data)
        // Records sit in a top-level list, either directly or inside groups.
        var records: [[String: Any]] = []
        if let array = root as? [[String: Any]] {
            records = array
        } else if let object = root as? [String: Any], let items = object[list] as? [[String: Any]] {
            for item in items {
                if let inner = item["organizations"] as? [[String: Any]] { records += inner } else { records.append(item) }
            }
        }
        return fields.map { field, category in
            (category, records.flatMap { record -> [String] in
                if let s = record[field] as? String { return [s] }
                return record[field] as? [String] ?? []
            })
        }
    }

    /// The phrase with its tokens separated by single spaces, tokenized the way running text
    /// is: brackets, quotes and trailing commas or semicolons are tokens of their own.
    static func spaced(_ phrase: String) -> String {
        var tokens: [String] = []
        for piece in phrase.split(separator: " ") {
            var word = Substring(piece)
            var trailing: [String] = []
            while let c = word.first, "(\"[".contains(c) {
                tokens.append(String(c))
                word = word.dropFirst()
            }
            while let c = word.last, "),;:\"]".contains(c) {
                trailing.insert(String(c), at: 0)
                word = word.dropLast()
            }
            if !word.isEmpty { tokens.append(String(word)) }
            tokens += trailing
        }
        return tokens.joined(separator: " ")
    }
}
