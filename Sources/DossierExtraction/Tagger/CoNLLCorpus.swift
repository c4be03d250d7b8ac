import Foundation

/// One sentence of a CoNLL-2003 file: its tokens and the entities of its NER column.
public struct CoNLLSentence: Sendable, Equatable {
    /// The token texts (first column).
    public var tokens: [String]
    /// The gold entities, decoded from the last column (IOB1 or IOB2).
    public var entities: [EntitySpan]

    /// Creates a sentence from tokens and gold entities.
    public init(tokens: [String], entities: [EntitySpan]) {
        self.tokens = tokens
        self.entities = entities
    }
}

/// One article of a CoNLL-2003 file (the text between two `-DOCSTART-` lines).
public struct CoNLLDocument: Sendable, Equatable {
    /// The sentences in order.
    public var sentences: [CoNLLSentence]

    /// Creates a document from sentences.
    public init(sentences: [CoNLLSentence]) { self.sentences = sentences }
}

/// Reads the CoNLL-2003 column format: one token per line with the NER label in the last
/// column, a blank line between sentences, and `-DOCSTART-` lines between articles.
///
/// This reads files only at training and evaluation time; no CoNLL text is ever stored in
/// the repository (see `shared/data/conll2003/SOURCE.txt`).
public enum CoNLLReader {
    /// The errors of reading a CoNLL file.
    public enum ReadError: Error, CustomStringConvertible {
        /// The file could not be read or is not UTF-8.
        case unreadable(String)

        /// A one-line explanation.
        public var description: String {
            switch self {
            case .unreadable(let path): "cannot read CoNLL file \(path)"
            }
        }
    }

    /// Reads and parses the file at `url`.
    public static func read(contentsOf url: URL) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8)
        else { throw ReadError.unreadable(url.path) }
        return parse(text)
    }

    /// Parses CoNLL text. Lines without at least two columns are ignored.
    public static func parse(_ text: String) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var sentences: [CoNLLSentence] = []
        var tokens: [String] = []
        var labels: [Substring] = []

        func endSentence() {
            if !tokens.isEmpty {
                sentences.append(CoNLLSentence(tokens: tokens, entities: EntitySpan.spans(fromIOB: labels)))
            }
            tokens.removeAll(keepingCapacity: true)
            labels.removeAll(keepingCapacity: true)
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences)) }
            sentences.removeAll()
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty {
                endSentence()
            } else if columns[0] == "-DOCSTART-" {
                endDocument()
            } else if columns.count >= 2 {
                tokens.append(String(columns[0]))
                labels.append(columns[columns.count - 1])
            }
        }
        endDocument()
        return documents
    }
}
