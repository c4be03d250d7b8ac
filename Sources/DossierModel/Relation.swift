/// A fact linking entities: membership, roles, location, recognition. Filled by the
/// understanding stage and by extractors.
public struct Relation: Codable, Sendable, Hashable {
    /// Stable within the document: "r1", "r2", ...
    public var id: String
    /// What kind of fact ("member_of", "holds_role", "located_in", ...). Open set.
    public var kind: String
    /// The entity the fact is about (an entity id).
    public var subject: String
    /// The other entity, when there is one (an entity id).
    public var object: String?
    /// Typed details (role title, date, ...).
    public var attributes: [String: AttributeValue]
    /// The text that states the fact.
    public var evidence: Span?
    /// What produced it.
    public var producer: String

    /// Creates a relation.
    public init(id: String, kind: String, subject: String, object: String? = nil,
                attributes: [String: AttributeValue] = [:], evidence: Span? = nil, producer: String = "builtin") {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.object = object
        self.attributes = attributes
        self.evidence = evidence
        self.producer = producer
    }
}

/// Something that happened: a meeting, visit, call, agreement, statement.
public struct Event: Codable, Sendable, Hashable {
    /// One entity taking part, with its role ("host", "visitor", "speaker").
    public struct Participant: Codable, Sendable, Hashable {
        /// The entity id.
        public var entity: String
        /// Its role, if it matters.
        public var role: String?
        /// Creates a participant.
        public init(entity: String, role: String? = nil) {
            self.entity = entity
            self.role = role
        }
    }

    /// Stable within the document: "v1", "v2", ...
    public var id: String
    /// What happened ("meeting", "visit", ...). Open set.
    public var kind: String
    /// Who took part.
    public var participants: [Participant]
    /// Where (an entity id).
    public var place: String?
    /// When (an entity id of a date).
    public var date: String?
    /// Typed details (CAMEO code, how the date was found, ...).
    public var attributes: [String: AttributeValue]
    /// The sentence or clause that reports it.
    public var evidence: Span?
    /// What produced it.
    public var producer: String

    /// Creates an event.
    public init(id: String, kind: String, participants: [Participant] = [], place: String? = nil, date: String? = nil,
                attributes: [String: AttributeValue] = [:], evidence: Span? = nil, producer: String = "builtin") {
        self.id = id
        self.kind = kind
        self.participants = participants
        self.place = place
        self.date = date
        self.attributes = attributes
        self.evidence = evidence
        self.producer = producer
    }
}
