/// How an abbreviation's period behaves at a possible sentence end. The classes encode how
/// often each kind of abbreviation really ends a sentence in news text.
enum AbbreviationClass: UInt8, Sendable {
    /// Titles and connectives that always precede more of the sentence: "Mr.", "Gen.", "e.g.".
    case title
    /// Ends a sentence only before a typical sentence starter ("in the U.S. The next day"),
    /// because a capitalized word after it is usually a name ("U.S. Congress", "St. Louis").
    case starter
    /// Like ``starter``, but the word without its period is also an ordinary word or name
    /// ("Jan", "Sun", "Mass", the initial in "Plan B."), so when it does end a sentence the
    /// period becomes a token of its own.
    case wordLike
    /// Precedes a number ("No. 10", "Fig. 3"): never ends a sentence before a digit, otherwise
    /// like ``wordLike``.
    case number
    /// Often closes a sentence ("etc.", "Inc.", "Jr.", "p.m."): ends one before any
    /// capitalized word except the company suffixes and time zones that typically follow it.
    case final
}

/// The abbreviation tables. Entries are written without their final period and matched
/// case-sensitively, so "Gen." is an abbreviation and "gen." is not; all-caps text also
/// finds the title-case entries ("GEN." as "Gen.").
enum Abbreviations {
    /// The class of the word `text[lo..<hi]` when it is followed by a period, if it is a
    /// known abbreviation.
    static func lookup(_ text: UTF8Text, _ lo: Int, _ hi: Int) -> AbbreviationClass? {
        guard let key = ShortKey(text, lo, hi) else { return nil }
        if let found = table[key] { return found }
        guard text.isAllCapsASCII(lo, hi), let folded = ShortKey(text, lo, hi, fold: .capitalized) else { return nil }
        // "MR." and "JAN." in capitals are abbreviations; "CIA." is an acronym ending a
        // sentence, not the company suffix "Cia.", so suffixes are never matched in capitals.
        guard let found = table[folded], found != .final else { return nil }
        return found
    }

    /// Words that commonly follow a ``AbbreviationClass/final`` abbreviation without starting
    /// a new sentence ("Samsung Co. Ltd.", "6 p.m. Eastern").
    static let finalContinuations = ShortWordSet([
        "Ltd", "Inc", "Co", "Corp", "Plc", "PLC", "LLC", "Pty", "Ltda", "GmbH", "AG", "SA",
        "Eastern", "Central", "Pacific", "Mountain", "Atlantic", "Greenwich",
    ])

    private static let table: [ShortKey: AbbreviationClass] = {
        var table: [ShortKey: AbbreviationClass] = [:]
        func add(_ words: [StaticString], _ cls: AbbreviationClass) {
            for word in words { table[ShortKey(word)] = cls }
        }
        add([
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
            "Gen", "Gens", "Lt", "Lieut", "Col", "Sgt", "Capt", "Cpt", "Cmdr", "Cdr", "Comdr", "Cmdt",
            "Adm", "Maj", "Brig", "Cpl", "Pvt", "Pte", "Spc", "Gov", "Govs", "Sen", "Sens", "Rep",
            "Reps", "Rev", "Revd", "Hon", "Rt", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Msgr",
            "Fr", "Sec", "Dept", "Univ", "Assn", "Asst", "Assoc", "Mt", "Ft", "Wm", "Cllr", "Pfc",
            "Ald", "Ens",
            "vs", "v", "cf", "viz", "approx", "ca", "e.g", "i.e", "esp", "incl", "est",
        ], .title)
        add(["St", "Ste", "Ave", "Blvd", "Rd", "Hwy", "Bldg", "Sq", "Ph.D",
             // US states and Canadian provinces in AP style.
             "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Kans", "Ky", "Md", "Mich",
             "Minn", "Mont", "Neb", "Nebr", "Nev", "Okla", "Oreg", "Penn", "Tenn", "Tex", "Vt", "Wis",
             "Wisc", "Wyo", "Ont", "Que", "Alta", "Sask"], .starter)
        add([
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            // State abbreviations that are also ordinary words ("Miss", "Mass", "Ill").
            "Del", "Ga", "Ill", "Ind", "La", "Mass", "Miss", "Mo", "Ore", "Pa", "Va", "Wash",
        ], .wordLike)
        add(["No", "Nos", "Nr", "Vol", "Vols", "vol", "Fig", "Figs", "fig", "Art", "Arts", "Ch",
             "Chap", "p", "pp", "Para", "Sect", "Op"], .number)
        add(["etc", "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Jr", "Sr", "Esq", "Pty", "Mfg",
             "al", "a.m", "p.m", "A.M", "P.M",
             // Company suffixes of other languages that English news quotes.
             "Kft", "Zrt", "Nyrt", "Sdn", "Bhd", "Tbk", "Cia", "Cie"], .final)
        return table
    }()
}
