/// How a gazetteer form names its record: the main name, an official or alternate name, an
/// acronym, an adjective ("Central Asian"), and so on.
public enum NameRole: UInt8, Sendable, Hashable, CaseIterable {
    /// The record's main name ("Pakistan", "Shanghai Cooperation Organization").
    case name
    /// A long official name ("Islamic Republic of Pakistan").
    case official
    /// A short or common name, former name, exonym or other alias ("Burma", "Kiev").
    case alias
    /// An acronym or initialism ("SCO", "U.S."): matched only as written or in capitals.
    case acronym
    /// An adjective ("Pakistani", "Central Asian").
    case adjective
    /// A word for one person ("a Pakistani", "a Briton").
    case person
    /// A word for several people ("Pakistanis", "the British").
    case people
}
