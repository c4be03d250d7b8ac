/// The four entity classes of CoNLL-2003, the classes the learned tagger recognizes.
public enum NamedEntityType: UInt8, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// A person ("Bilawal Bhutto Zardari"); CoNLL label `PER`.
    case person
    /// A location: country, city, region, river ("Tashkent"); CoNLL label `LOC`.
    case location
    /// An organization, including companies and sports clubs; CoNLL label `ORG`.
    case organization
    /// Other names: nationalities, events, titles of works ("Pakistani"); CoNLL label `MISC`.
    case miscellaneous

    /// The CoNLL label: `PER`, `LOC`, `ORG` or `MISC`.
    public var label: String {
        switch self {
        case .person: "PER"
        case .location: "LOC"
        case .organization: "ORG"
        case .miscellaneous: "MISC"
        }
    }

    /// Parses a CoNLL label (`PER`, `LOC`, `ORG`, `MISC`); nil for anything else.
    public init?(label: some StringProtocol) {
        switch label {
        case "PER": self = .person
        case "LOC": self = .location
        case "ORG": self = .organization
        case "MISC": self = .miscellaneous
        default: return nil
        }
    }

    /// The CoNLL label.
    public var description: String { label }
}

/// One token's tag in the BILOU scheme: a token is outside any entity, or it begins, continues,
/// ends an entity of several tokens, or is a whole one-token entity.
///
/// BILOU rather than BIO because the model then learns what entity ends look like, which
/// is worth about a point of F1 on CoNLL for a linear model at no extra cost in decoding.
public enum EntityTag: Hashable, Sendable, CustomStringConvertible {
    /// Not part of an entity.
    case outside
    /// The first token of an entity of two or more tokens.
    case begin(NamedEntityType)
    /// A token strictly inside an entity of three or more tokens.
    case inside(NamedEntityType)
    /// The last token of an entity of two or more tokens.
    case last(NamedEntityType)
    /// A one-token entity.
    case unit(NamedEntityType)

    /// The number of distinct tags: `O` plus four positions for each of the four types.
    public static let count = 1 + 4 * NamedEntityType.allCases.count

    /// The entity type, or nil for `outside`.
    public var type: NamedEntityType? {
        switch self {
        case .outside: nil
        case .begin(let t), .inside(let t), .last(let t), .unit(let t): t
        }
    }

    /// Whether this tag starts an entity (`B` or `U`).
    public var startsEntity: Bool {
        switch self {
        case .begin, .unit: true
        default: false
        }
    }

    /// Whether this tag ends an entity (`L` or `U`).
    public var endsEntity: Bool {
        switch self {
        case .last, .unit: true
        default: false
        }
    }

    /// The tag in the BIO (IOB2) scheme: `B-PER`, `I-PER` or `O`.
    public var bio: String {
        switch self {
        case .outside: "O"
        case .begin(let t), .unit(let t): "B-\(t.label)"
        case .inside(let t), .last(let t): "I-\(t.label)"
        }
    }

    /// The BILOU spelling: `B-PER`, `I-PER`, `L-PER`, `U-PER` or `O`.
    public var description: String {
        switch self {
        case .outside: "O"
        case .begin(let t): "B-\(t.label)"
        case .inside(let t): "I-\(t.label)"
        case .last(let t): "L-\(t.label)"
        case .unit(let t): "U-\(t.label)"
        }
    }

    /// The dense index used by the model: 0 is `O`, then B, I, L, U for each type in turn.
    public var index: Int {
        switch self {
        case .outside: 0
        case .begin(let t): 1 + 4 * Int(t.rawValue)
        case .inside(let t): 2 + 4 * Int(t.rawValue)
        case .last(let t): 3 + 4 * Int(t.rawValue)
        case .unit(let t): 4 + 4 * Int(t.rawValue)
        }
    }

    /// The tag with the given dense index (see `index`); `index` must be in `0..<count`.
    public init(index: Int) {
        precondition(index >= 0 && index < EntityTag.count, "tag index \(index) out of range")
        if index == 0 {
            self = .outside
            return
        }
        let type = NamedEntityType(rawValue: UInt8((index - 1) / 4))!
        switch (index - 1) % 4 {
        case 0: self = .begin(type)
        case 1: self = .inside(type)
        case 2: self = .last(type)
        default: self = .unit(type)
        }
    }

    /// All tags in index order.
    public static let all: [EntityTag] = (0..<count).map(EntityTag.init(index:))
}
