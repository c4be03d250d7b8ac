/// Something the article names or states: a person, place, organization, date, amount.
/// One entity gathers every mention of it in the document.
public struct Entity: Codable, Sendable, Hashable {
    /// Stable within the document: "e1", "e2", ... in order of first mention.
    public var id: String
    /// What it is.
    public var kind: EntityKind
    /// The canonical name: the fullest form in the text, or the gazetteer's name.
    public var name: String
    /// Other names used for it: acronyms, short forms, gazetteer aliases seen in the text.
    public var aliases: [String]
    /// Typed facts: `iso` (country code), `country` (a city's or nationality's country code),
    /// `population`, `value`, `unit`, `normalized`, `precision`, `acronym`, ...
    public var attributes: [String: AttributeValue]
    /// Every place the text refers to it, in text order.
    public var mentions: [Mention]
    /// What produced it: "builtin" or an extractor's name.
    public var producer: String

    /// Creates an entity.
    public init(id: String, kind: EntityKind, name: String, aliases: [String] = [],
                attributes: [String: AttributeValue] = [:], mentions: [Mention] = [], producer: String = "builtin") {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.mentions = mentions
        self.producer = producer
    }
}

/// One place in the text that refers to an entity.
public struct Mention: Codable, Sendable, Hashable {
    /// How the text refers to the entity.
    public enum Form: String, Codable, Sendable, Hashable {
        /// Its name, in full or shortened ("Bilawal Bhutto Zardari", "Bhutto Zardari").
        case name
        /// An acronym or abbreviation ("SCO").
        case acronym
        /// An adjective or demonym ("Pakistani", "Kazakhstan’s" counts as name).
        case adjective
        /// A pronoun ("he", "their").
        case pronoun
        /// A description ("the minister", "the two nations").
        case description
        /// A value expression (dates and amounts).
        case value
    }

    /// The bytes of the mention in the document text.
    public var span: Span
    /// The mention's text (a copy, for readers of the JSON).
    public var text: String
    /// Index of the sentence it is in; nil for mentions outside sentences (the dateline).
    public var sentence: Int?
    /// How it refers.
    public var form: Form
    /// How the mention was linked to its entity when that is not obvious ("acronym defined
    /// in parentheses", "surname of e3", "pronoun: nearest person"), else nil.
    public var resolution: String?

    /// Creates a mention.
    public init(span: Span, text: String, sentence: Int?, form: Form = .name, resolution: String? = nil) {
        self.span = span
        self.text = text
        self.sentence = sentence
        self.form = form
        self.resolution = resolution
    }
}
