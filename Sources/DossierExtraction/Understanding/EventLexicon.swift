/// The trigger words of the event stage, looked up on lower-cased tokens. Verb patterns in
/// the spirit of PETRARCH's CAMEO dictionary, cut down to diplomatic news.
enum EventTrigger: Sendable {
    case meeting, visit, hosting, call, agreement, recognition, establishment, statement

    /// Event kind as written to the model.
    var kind: String {
        switch self {
        case .meeting: "meeting"
        case .visit: "visit"
        case .hosting: "hosting"
        case .call: "call"
        case .agreement: "agreement"
        case .recognition: "recognition"
        case .establishment: "relations_established"
        case .statement: "statement"
        }
    }

    /// Whether the event is a past fact with its own date (not dated by the dateline).
    var isHistorical: Bool { self == .recognition || self == .establishment }
}

enum EventLexicon {
    static let triggers: [String: EventTrigger] = {
        var table: [String: EventTrigger] = [:]
        for w in ["met", "meet", "meets", "meeting", "meetings", "talks", "consultations"] { table[w] = .meeting }
        for w in ["visit", "visited", "visits", "visiting", "arrived", "arrives", "arrive", "trip"] { table[w] = .visit }
        for w in ["hosted", "hosts", "hosting", "welcomed", "welcomes", "received", "receives"] { table[w] = .hosting }
        for w in ["telephone", "telephoned", "phone", "phoned", "videoconference"] { table[w] = .call }
        for w in ["signed", "sign", "signs", "signing", "inked"] { table[w] = .agreement }
        for w in ["recognize", "recognized", "recognise", "recognised", "recognizes", "recognises", "recognition"] { table[w] = .recognition }
        for w in statementCodes.keys { table[w] = .statement }
        return table
    }()

    /// Speech verbs and their CAMEO code: 010 make statement, 020 appeal.
    static let statementCodes: [String: String] = [
        "said": "010", "says": "010", "stated": "010", "emphasized": "010", "emphasised": "010", "underlined": "010",
        "underscored": "010", "reaffirmed": "010", "stressed": "010", "noted": "010", "told": "010", "announced": "010",
        "added": "010", "declared": "010", "highlighted": "010", "affirmed": "010", "reiterated": "010", "warned": "010",
        "insisted": "010", "acknowledged": "010", "expressed": "010", "urged": "020", "appealed": "020",
    ]

    /// Nouns that make "signed" an agreement.
    static let instruments: Set<String> = ["agreement", "agreements", "treaty", "treaties", "memorandum", "memoranda",
                                           "memorandums", "accord", "accords", "deal", "deals", "mou", "mous", "pact",
                                           "protocol", "protocols", "declaration", "contract", "contracts", "roadmap"]
    /// Nouns after an organization that make it a gathering ("the SCO summit").
    static let gatherings: Set<String> = ["meeting", "summit", "session", "conference", "forum", "ministerial", "gathering"]
    /// Last words of an organization or event name that is itself a gathering.
    static let gatheringNames: Set<Substring> = ["Summit", "Conference", "Forum", "Meeting", "Session"]
    /// Words that tie a meeting to the gathering it happened at.
    static let occasionMarkers: Set<String> = ["during", "sidelines", "margins", "margin", "at", "ahead"]
    /// Words before a trigger that make it a plan, not a fact (CAMEO 036).
    static let futureMarkers: Set<String> = ["will", "would", "shall", "plans", "planned", "plan", "expected", "scheduled",
                                             "intends", "due", "agreed", "hopes", "upcoming", "proposed", "invited", "invitation"]
    /// Determiners that make "the meeting" point back to an event already told.
    static let anaphoric: Set<String> = ["the", "this", "that", "their", "its"]
    /// Verbs of attending a gathering.
    static let attendWords: Set<String> = ["attended", "attend", "attending", "gathered", "participated", "joined"]
    static let placePrepositions: Set<String> = ["in", "at"]
    /// Auxiliaries that make the trigger passive.
    static let passive: Set<String> = ["was", "were", "been", "being", "is", "are"]
    /// Words that may stand between members of one group of actors: connectors and the
    /// lower-case parts of titles ("Netanyahu and energy minister Steinitz").
    static let groupGlue: Set<String> = [",", "and", "&", "or", "the", "of", "'s", "’s", "as", "well", "his", "her", "their",
                                         "minister", "ministers", "prime", "president", "foreign", "energy", "defence",
                                         "defense", "finance", "trade", "secretary", "general", "deputy", "vice", "chancellor",
                                         "premier", "leader", "counterpart", "king", "queen", "prince", "emir", "sultan",
                                         "envoy", "ambassador", "chief", "head", "state", "then", "former", "first"]
    /// Possessives after "received" ("received his education"): no guest follows.
    static let possessives: Set<String> = ["his", "her", "their", "its", "our", "my"]
    static let subjectPronouns: Set<String> = ["he", "she"]
}
