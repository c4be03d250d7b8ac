/// The entity model of one article: its text, structure and (from later stages) entities,
/// relations and events. Built by DossierExtraction, read-only for report scripts.
public struct Document: Codable, Sendable, Hashable {
    /// The document's stable id (see ``SourceDocument/id``).
    public var id: String
    /// Title, date, place, source and URL, from the input and from the dateline.
    public var metadata: DocumentMetadata
    /// The full text; every ``Span`` in the model indexes into it.
    public var text: String
    /// Blocks of text separated by blank lines or line breaks, each with its role.
    public var paragraphs: [Paragraph]
    /// Sentences in text order.
    public var sentences: [Sentence]
    /// Tokens in text order.
    public var tokens: [Token]
    /// Entities with their mentions, ids "e1", "e2", ... in order of first mention.
    public var entities: [Entity]
    /// Relations between entities.
    public var relations: [Relation]
    /// Events with their participants.
    public var events: [Event]

    /// Creates a document.
    public init(id: String, metadata: DocumentMetadata = .init(), text: String,
                paragraphs: [Paragraph] = [], sentences: [Sentence] = [], tokens: [Token] = [],
                entities: [Entity] = [], relations: [Relation] = [], events: [Event] = []) {
        self.id = id
        self.metadata = metadata
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.entities = entities
        self.relations = relations
        self.events = events
    }

    /// The entity with `id`, if any.
    public func entity(_ id: String) -> Entity? {
        entities.first { $0.id == id }
    }

    /// The text of `span`, or an empty string when the span does not fit this document.
    public func text(of span: Span) -> String {
        text.slice(span).map(String.init) ?? ""
    }
}

/// Metadata of a parsed document.
public struct DocumentMetadata: Codable, Sendable, Hashable {
    /// The headline, if known.
    public var title: String?
    /// The publication date as written in the input or the dateline.
    public var date: String?
    /// The dateline's place ("Tashkent"), if any.
    public var place: String?
    /// The publisher or agency ("TDI", "Reuters").
    public var source: String?
    /// The article's address.
    public var url: String?
    /// Where the document was read from.
    public var origin: SourceOrigin?
    /// Other string fields from the input.
    public var extra: [String: String]

    /// Creates metadata; every field is optional.
    public init(title: String? = nil, date: String? = nil, place: String? = nil,
                source: String? = nil, url: String? = nil, origin: SourceOrigin? = nil,
                extra: [String: String] = [:]) {
        self.title = title
        self.date = date
        self.place = place
        self.source = source
        self.url = url
        self.origin = origin
        self.extra = extra
    }
}

/// A block of text and what role it plays in the article.
public struct Paragraph: Codable, Sendable, Hashable {
    /// What a paragraph is.
    public enum Kind: String, Codable, Sendable {
        /// Ordinary body text.
        case body
        /// A section heading ("Pakistan and Kazakhstan Relations").
        case heading
        /// Navigation or promotion ("Also read: ...", "Subscribe ..."): kept, never extracted from.
        case boilerplate
        /// The dateline line or prefix ("Bishkek, 14 June 2021 (KGW):").
        case dateline
    }

    /// The bytes of the paragraph, without its trailing line break.
    public var span: Span
    /// The paragraph's role.
    public var kind: Kind

    /// Creates a paragraph.
    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}

/// A sentence: a span plus the paragraph it belongs to.
public struct Sentence: Codable, Sendable, Hashable {
    /// The sentence's bytes, trimmed of surrounding white space.
    public var span: Span
    /// Index into ``Document/paragraphs``.
    public var paragraph: Int
    /// Index of the sentence's first token in ``Document/tokens``.
    public var firstToken: Int
    /// Number of tokens in the sentence.
    public var tokenCount: Int

    /// Creates a sentence.
    public init(span: Span, paragraph: Int, firstToken: Int = 0, tokenCount: Int = 0) {
        self.span = span
        self.paragraph = paragraph
        self.firstToken = firstToken
        self.tokenCount = tokenCount
    }

    /// The range of token indices of this sentence.
    public var tokenRange: Range<Int> { firstToken..<(firstToken + tokenCount) }
}

/// A token: a word, number, punctuation mark or symbol.
public struct Token: Codable, Sendable, Hashable {
    /// The coarse class of a token, decided from its characters.
    public enum Kind: String, Codable, Sendable {
        /// Letters, possibly with internal apostrophes or periods ("U.S.", "o'clock"); hyphens
        /// are always tokens of their own.
        case word
        /// Digits, with decimal separators or grouping ("1,000", "3.2").
        case number
        /// Punctuation (".", ",", quotes, brackets, dashes).
        case punctuation
        /// Other symbols ("$", "%", "&").
        case symbol
        /// The possessive clitic "'s" or "’s" split off a word.
        case possessive
    }

    /// The token's bytes.
    public var span: Span
    /// Its class.
    public var kind: Kind

    /// Creates a token.
    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
