/// The kinds of record a gazetteer holds.
public enum GazetteerKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A country or historical state (``Country``).
    case country
    /// A demonym or adjective of a country (``Demonym``).
    case demonym
    /// A city (``City``).
    case city
    /// A world region, grouping or area (``Region``).
    case region
    /// An international organization (``Organization``).
    case organization
    /// A person's title, office, rank or honorific (``PersonTitle``).
    case title
    /// A common first name (``FirstName``).
    case firstName

    /// All kinds in order of ``priority``.
    static let byPriority: [GazetteerKind] = allCases.sorted { $0.priority < $1.priority }

    /// Order of preference when several kinds share one form: organizations, countries,
    /// regions, cities, demonyms, titles, first names.
    var priority: Int {
        switch self {
        case .organization: 0
        case .country: 1
        case .region: 2
        case .city: 3
        case .demonym: 4
        case .title: 5
        case .firstName: 6
        }
    }
}

/// A set of gazetteer kinds, to restrict lookups and matching.
public struct GazetteerKinds: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Creates the set holding one kind.
    public init(_ kind: GazetteerKind) {
        self.init(rawValue: 1 << UInt8(GazetteerKind.allCases.firstIndex(of: kind)!))
    }

    /// Countries.
    public static let countries = GazetteerKinds(.country)
    /// Demonyms.
    public static let demonyms = GazetteerKinds(.demonym)
    /// Cities.
    public static let cities = GazetteerKinds(.city)
    /// Regions.
    public static let regions = GazetteerKinds(.region)
    /// Organizations.
    public static let organizations = GazetteerKinds(.organization)
    /// Titles and honorifics.
    public static let titles = GazetteerKinds(.title)
    /// First names.
    public static let firstNames = GazetteerKinds(.firstName)
    /// Countries, cities and regions.
    public static let places: GazetteerKinds = [.countries, .cities, .regions]
    /// Everything but first names, which are mostly ordinary words too ("May", "Will").
    public static let standard: GazetteerKinds = [.places, .demonyms, .organizations, .titles]
    /// Every kind.
    public static let all: GazetteerKinds = [.standard, .firstNames]

    /// Whether the set holds `kind`.
    public func contains(_ kind: GazetteerKind) -> Bool {
        contains(GazetteerKinds(kind))
    }
}

/// One gazetteer record of any kind.
public enum GazetteerEntry: Sendable, Hashable {
    /// A country.
    case country(Country)
    /// A demonym form.
    case demonym(Demonym)
    /// A city.
    case city(City)
    /// A region.
    case region(Region)
    /// An organization.
    case organization(Organization)
    /// A title.
    case title(PersonTitle)
    /// A first name.
    case firstName(FirstName)

    /// The record's kind.
    public var kind: GazetteerKind {
        switch self {
        case .country: .country
        case .demonym: .demonym
        case .city: .city
        case .region: .region
        case .organization: .organization
        case .title: .title
        case .firstName: .firstName
        }
    }

    /// The record's display name.
    public var name: String {
        switch self {
        case .country(let c): c.displayName
        case .demonym(let d): d.form
        case .city(let c): c.name
        case .region(let r): r.name
        case .organization(let o): o.name
        case .title(let t): t.form
        case .firstName(let f): f.name
        }
    }

    /// The ISO country codes the record belongs to or stands for: a country's own code, a
    /// demonym's or city's country, a region's or organization's members.
    public var countryCodes: [String] {
        switch self {
        case .country(let c): [c.code]
        case .demonym(let d): [d.countryCode]
        case .city(let c): [c.countryCode]
        case .region(let r): r.members
        case .organization(let o): o.members
        case .title, .firstName: []
        }
    }
}

/// A record found under a form, with how that form names it.
public struct GazetteerHit: Sendable, Hashable {
    /// The record.
    public let entry: GazetteerEntry
    /// How the matched form names the record (name, alias, acronym, adjective...).
    public let role: NameRole

    /// Creates a hit.
    public init(entry: GazetteerEntry, role: NameRole) {
        self.entry = entry
        self.role = role
    }

    /// Whether the hit is a title modifier (Deputy, Acting, Former) rather than a name.
    public var isModifier: Bool {
        if case .title(let t) = entry { return t.isModifier }
        return false
    }
}
