import DossierModel

/// A mention found by one recognition step, before mentions are grouped into entities.
struct Candidate {
    /// Document token indices, when the mention is made of whole tokens.
    var tokens: Range<Int>?
    /// The bytes of the mention.
    var span: Span
    /// The sentence, nil outside sentences (the dateline).
    var sentence: Int?
    var kind: EntityKind
    var form: Mention.Form = .name
    /// The entity's canonical name, when known (from a gazetteer or a definition).
    var canonical: String?
    /// What makes two mentions the same entity ("country:PK", "org:shanghai cooperation organization").
    var identity: String?
    var attributes: [String: AttributeValue] = [:]
    /// An acronym defined for this mention in the text ("(SCO)").
    var acronym: String?
    /// How the mention was linked, when not obvious.
    var resolution: String?

    init(tokens: Range<Int>, view: TokenView, sentence: Int?, kind: EntityKind) {
        self.tokens = tokens
        span = view.span(tokens)
        self.sentence = sentence
        self.kind = kind
    }

    init(span: Span, sentence: Int?, kind: EntityKind) {
        self.span = span
        self.sentence = sentence
        self.kind = kind
    }
}
