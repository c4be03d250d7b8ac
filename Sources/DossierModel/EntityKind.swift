/// What an entity is. An open set: the built-in kinds are constants, and extractors may add
/// their own (`"trade_volume"`), which is why this is a string wrapper, not an enum.
public struct EntityKind: RawRepresentable, Codable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The kind's name, lower-case with underscores.
    public var rawValue: String

    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A named person.
    public static let person: EntityKind = "person"
    /// A sovereign country (or a historical one: the USSR).
    public static let country: EntityKind = "country"
    /// A city or town.
    public static let city: EntityKind = "city"
    /// A world region or sub-region (Central Asia).
    public static let region: EntityKind = "region"
    /// Any other place (rivers, provinces, buildings).
    public static let location: EntityKind = "location"
    /// An organization, company, government body or one of its bodies.
    public static let organization: EntityKind = "organization"
    /// A demonym or national adjective (Pakistani, Kazakhstani) tied to its country.
    public static let nationality: EntityKind = "nationality"
    /// A named event (the Cold War).
    public static let event: EntityKind = "event"
    /// A named policy or programme ("Vision Central Asia").
    public static let policy: EntityKind = "policy"
    /// Other named things (works, products, laws) the recognizer could not place.
    public static let miscellaneous: EntityKind = "miscellaneous"
    /// A date or date range, absolute or relative.
    public static let date: EntityKind = "date"
    /// A counted amount ("559 Pakistani citizens", "two").
    public static let quantity: EntityKind = "quantity"
    /// An amount of money ("$3.2 billion").
    public static let money: EntityKind = "money"
    /// A percentage ("12 percent").
    public static let percent: EntityKind = "percent"

    /// The kinds the built-in recognizer produces.
    public static let builtIn: [EntityKind] = [.person, .country, .city, .region, .location, .organization,
                                               .nationality, .event, .policy, .miscellaneous, .date, .quantity,
                                               .money, .percent]

    /// Whether this kind is a place (country, city, region, location).
    public var isPlace: Bool { self == .country || self == .city || self == .region || self == .location }

    /// Whether this kind is a value (date, quantity, money, percent) rather than a name.
    public var isValue: Bool { self == .date || self == .quantity || self == .money || self == .percent }

    /// Orders by name.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The kind's name.
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
