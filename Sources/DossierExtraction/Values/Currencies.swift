/// Currency symbols, codes, nouns and the country words that pick one currency of a family
/// ("Canadian dollars", "Pakistani rupees"), mapped to ISO 4217 codes.
///
/// The code list is the active ISO 4217 set (as in Debian's iso-codes), written out here so
/// that nothing is read at run time, minus fund and metal codes and the codes that are also
/// English words ("ALL", "TOP", "TRY", "MAD", ...), which in all-caps text would turn
/// ordinary words before a number into money.
enum Currencies {
    /// Currencies that share a name across countries: the noun alone does not say which.
    enum Family: UInt8, Sendable {
        case dollar, pound, rupee, peso, dinar, franc, shilling, riyal, dirham, krone, krona, won, ruble
    }

    /// When a currency noun after a number means money.
    enum Guard: Sendable {
        /// Always.
        case none
        /// Only after a scale word, a country word, or before "sterling": "pounds" and "won"
        /// are also a weight and a verb.
        case needsContext
        /// Only in lower case: "Rand" is a surname.
        case lowercase
    }

    /// A currency noun and the code it means by default.
    struct Noun: Sendable {
        let words: [StaticString]
        let code: String
        let family: Family?
        /// Power of ten of one unit: -2 for cents and pence.
        let power: Int
        let guarding: Guard
        /// Whether the default code is only a guess among several countries' currencies.
        let guess: Bool

        init(_ words: [StaticString], _ code: String, _ family: Family? = nil, power: Int = 0,
             guarding: Guard = .none, guess: Bool = false) {
            self.words = words
            self.code = code
            self.family = family
            self.power = power
            self.guarding = guarding
            self.guess = guess
        }
    }

    static let nouns: [Noun] = [
        Noun(["dollar", "dollars"], "USD", .dollar),
        Noun(["cent", "cents"], "USD", .dollar, power: -2),
        Noun(["euro", "euros"], "EUR"),
        Noun(["pound", "pounds"], "GBP", .pound, guarding: .needsContext),
        Noun(["sterling"], "GBP", .pound),
        Noun(["pence", "penny", "pennies"], "GBP", .pound, power: -2),
        Noun(["yen"], "JPY"),
        Noun(["yuan", "renminbi"], "CNY"),
        Noun(["rupee", "rupees"], "INR", .rupee, guess: true),
        Noun(["ruble", "rubles", "rouble", "roubles"], "RUB", .ruble),
        Noun(["won"], "KRW", .won, guarding: .needsContext),
        Noun(["peso", "pesos"], "MXN", .peso, guess: true),
        Noun(["reais", "reals"], "BRL"),
        Noun(["franc", "francs"], "CHF", .franc, guess: true),
        Noun(["lira", "liras", "lire"], "TRY"),
        Noun(["rand"], "ZAR", guarding: .lowercase),
        Noun(["naira"], "NGN"), Noun(["cedi", "cedis"], "GHS"), Noun(["birr"], "ETB"), Noun(["kwacha"], "ZMW"),
        Noun(["shilling", "shillings"], "KES", .shilling, guess: true),
        Noun(["dinar", "dinars"], "IQD", .dinar, guess: true),
        Noun(["riyal", "riyals", "rial", "rials"], "SAR", .riyal, guess: true),
        Noun(["dirham", "dirhams"], "AED", .dirham, guess: true),
        Noun(["krone", "kroner"], "NOK", .krone, guess: true),
        Noun(["krona", "kronor"], "SEK", .krona, guess: true),
        Noun(["koruna", "korunas"], "CZK"), Noun(["ringgit"], "MYR"), Noun(["baht"], "THB"), Noun(["dong"], "VND"),
        Noun(["rupiah"], "IDR"), Noun(["taka"], "BDT"), Noun(["tenge"], "KZT"), Noun(["som"], "KGS"),
        Noun(["manat"], "AZN"), Noun(["lari"], "GEL"), Noun(["hryvnia", "hryvnias", "hryvnas"], "UAH"),
        Noun(["zloty", "zlotys", "zlotych"], "PLN"), Noun(["forint", "forints"], "HUF"), Noun(["leu", "lei"], "RON"),
        Noun(["lev", "leva"], "BGN"), Noun(["kuna", "kunas"], "HRK"), Noun(["kyat", "kyats"], "MMK"),
        Noun(["afghani", "afghanis"], "AFN"), Noun(["bolivar", "bolivars", "bolívar", "bolívares"], "VES"),
        Noun(["soles"], "PEN"), Noun(["quetzal", "quetzales"], "GTQ"), Noun(["shekel", "shekels"], "ILS"),
    ]

    /// A country adjective or name with the codes it selects, one per family.
    struct Adjective: Sendable {
        let words: [StaticString]
        let codes: [String]
        init(_ words: [StaticString], _ codes: String...) {
            self.words = words
            self.codes = codes
        }
    }

    static let adjectives: [Adjective] = [
        Adjective(["us", "u.s.", "american", "states", "usa"], "USD"),
        Adjective(["canadian", "canada"], "CAD"), Adjective(["australian", "australia"], "AUD"),
        Adjective(["zealand"], "NZD"), Adjective(["kong"], "HKD"), Adjective(["singapore", "singaporean"], "SGD"),
        Adjective(["taiwan", "taiwanese"], "TWD"), Adjective(["jamaican", "jamaica"], "JMD"),
        Adjective(["zimbabwean", "zimbabwe"], "ZWL"), Adjective(["namibian", "namibia"], "NAD"),
        Adjective(["liberian", "liberia"], "LRD"), Adjective(["fijian", "fiji"], "FJD"),
        Adjective(["british", "britain", "uk", "u.k."], "GBP"), Adjective(["egyptian", "egypt"], "EGP"),
        Adjective(["lebanese", "lebanon"], "LBP"), Adjective(["syrian", "syria"], "SYP"),
        Adjective(["sudanese", "sudan"], "SDG"),
        Adjective(["indian", "india"], "INR"), Adjective(["pakistani", "pakistan"], "PKR"),
        Adjective(["lankan", "lanka"], "LKR"), Adjective(["nepalese", "nepali", "nepal"], "NPR"),
        Adjective(["mauritian", "mauritius"], "MUR"),
        Adjective(["mexican", "mexico"], "MXN"), Adjective(["philippine", "philippines", "filipino"], "PHP"),
        Adjective(["argentine", "argentinian", "argentina"], "ARS"), Adjective(["chilean", "chile"], "CLP"),
        Adjective(["colombian", "colombia"], "COP"), Adjective(["cuban", "cuba"], "CUP"),
        Adjective(["dominican"], "DOP"), Adjective(["uruguayan", "uruguay"], "UYU"),
        Adjective(["iraqi", "iraq"], "IQD"), Adjective(["kuwaiti", "kuwait"], "KWD"),
        Adjective(["jordanian", "jordan"], "JOD"), Adjective(["bahraini", "bahrain"], "BHD"),
        Adjective(["libyan", "libya"], "LYD"), Adjective(["tunisian", "tunisia"], "TND"),
        Adjective(["algerian", "algeria"], "DZD"), Adjective(["serbian", "serbia"], "RSD"),
        Adjective(["swiss", "switzerland"], "CHF"), Adjective(["cfa"], "XOF"),
        Adjective(["congolese", "congo"], "CDF"), Adjective(["rwandan", "rwanda"], "RWF"),
        Adjective(["burundian", "burundi"], "BIF"), Adjective(["guinean", "guinea"], "GNF"),
        Adjective(["kenyan", "kenya"], "KES"), Adjective(["ugandan", "uganda"], "UGX"),
        Adjective(["tanzanian", "tanzania"], "TZS"), Adjective(["somali", "somalia"], "SOS"),
        Adjective(["saudi", "arabia"], "SAR"), Adjective(["qatari", "qatar"], "QAR"),
        Adjective(["yemeni", "yemen"], "YER"), Adjective(["omani", "oman"], "OMR"),
        Adjective(["iranian", "iran"], "IRR"), Adjective(["emirati", "uae", "emirates"], "AED"),
        Adjective(["moroccan", "morocco"], "MAD"),
        Adjective(["norwegian", "norway"], "NOK"), Adjective(["danish", "denmark"], "DKK"),
        Adjective(["swedish", "sweden"], "SEK"), Adjective(["icelandic", "iceland"], "ISK"),
        Adjective(["korean", "korea"], "KRW"), Adjective(["russian", "russia"], "RUB"),
        Adjective(["belarusian", "belarus"], "BYN"),
    ]

    /// A written code or prefix before or after an amount ("USD", "Rs", "RMB").
    struct Code: Sendable {
        /// The lookup key, lower-cased.
        let key: ShortKey
        /// The text as it must be written (ISO codes also match in all caps).
        let text: StaticString
        let code: String
        let family: Family?
        /// Whether this is a local prefix rather than an ISO code: prefixes win over
        /// ordinary words of the lexicon.
        let prefix: Bool
        let guess: Bool
    }

    static let codes: [Code] = {
        var codes: [Code] = []
        func add(_ text: StaticString, _ code: String, _ family: Family? = nil, prefix: Bool, guess: Bool = false) {
            let key = text.withUTF8Buffer { ShortKey(UTF8Text(bytes: $0), 0, $0.count, fold: .lower)! }
            codes.append(Code(key: key, text: text, code: code, family: family, prefix: prefix, guess: guess))
        }
        for text in isoCodes {
            add(text, text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }, family(of: text), prefix: false)
        }
        add("RMB", "CNY", prefix: true)
        add("NIS", "ILS", prefix: true)
        add("Rs", "INR", .rupee, prefix: true, guess: true)
        add("Rp", "IDR", prefix: true)
        add("KSh", "KES", prefix: true)
        add("Ksh", "KES", prefix: true)
        add("Dhs", "AED", prefix: true)
        return codes
    }()

    /// Active ISO 4217 codes without funds, metals, test codes and English words.
    private static let isoCodes: [StaticString] = [
        "AED", "AFN", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND",
        "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUC", "CVE",
        "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GHS", "GIP", "GMD",
        "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
        "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD",
        "LSL", "LYD", "MDL", "MGA", "MKD", "MMK", "MNT", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
        "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
        "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SRD", "SSP", "STN", "SVC",
        "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VED",
        "VES", "VND", "VUV", "WST", "XAF", "XCD", "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
    ]

    private static let families: [Family: [StaticString]] = [
        .dollar: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "ZWL", "NAD", "LRD", "FJD", "BSD", "BBD",
                  "BZD", "TTD", "XCD", "GYD", "SRD", "BND", "KYD", "SBD", "BMD"],
        .pound: ["GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP"],
        .rupee: ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
        .peso: ["MXN", "PHP", "ARS", "CLP", "COP", "CUP", "DOP", "UYU"],
        .dinar: ["IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD", "MKD"],
        .franc: ["CHF", "XOF", "XAF", "CDF", "RWF", "BIF", "GNF", "DJF", "KMF", "XPF"],
        .shilling: ["KES", "UGX", "TZS", "SOS"],
        .riyal: ["SAR", "QAR", "YER", "OMR", "IRR"],
        .dirham: ["AED", "MAD"],
        .krone: ["NOK", "DKK"],
        .krona: ["SEK", "ISK"],
        .won: ["KRW", "KPW"],
        .ruble: ["RUB", "BYN"],
    ]

    private static let familyByCode: [String: Family] = {
        var map: [String: Family] = [:]
        for (family, codes) in families {
            for code in codes { map[code.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }] = family }
        }
        return map
    }()

    /// The family of an ISO code, if it shares its name with other currencies.
    static func family(of code: String) -> Family? { familyByCode[code] }

    private static func family(of code: StaticString) -> Family? {
        family(of: code.withUTF8Buffer { String(decoding: $0, as: UTF8.self) })
    }

    /// The code the country word at `adjective` selects within `family`, if any.
    static func code(adjective: Int, family: Family) -> String? {
        adjectives[adjective].codes.first { familyByCode[$0] == family }
    }

    /// A currency symbol: its code and family.
    struct Symbol: Sendable {
        let scalar: UInt32
        let code: String
        let family: Family?
        let guess: Bool
    }

    /// Index 0 is "$", which ``Lex`` classifies without a lookup.
    static let symbols: [Symbol] = [
        Symbol(scalar: 0x24, code: "USD", family: .dollar, guess: false),
        Symbol(scalar: 0x20AC, code: "EUR", family: nil, guess: false),
        Symbol(scalar: 0xA3, code: "GBP", family: .pound, guess: false),
        Symbol(scalar: 0xA5, code: "JPY", family: nil, guess: false),
        Symbol(scalar: 0x20B9, code: "INR", family: nil, guess: false),
        Symbol(scalar: 0x20BD, code: "RUB", family: nil, guess: false),
        Symbol(scalar: 0x20A9, code: "KRW", family: nil, guess: false),
        Symbol(scalar: 0x20BA, code: "TRY", family: nil, guess: false),
        Symbol(scalar: 0x20A6, code: "NGN", family: nil, guess: false),
        Symbol(scalar: 0x20B1, code: "PHP", family: nil, guess: false),
        Symbol(scalar: 0x20AA, code: "ILS", family: nil, guess: false),
        Symbol(scalar: 0x20AB, code: "VND", family: nil, guess: false),
        Symbol(scalar: 0x20B4, code: "UAH", family: nil, guess: false),
        Symbol(scalar: 0x20B8, code: "KZT", family: nil, guess: false),
        Symbol(scalar: 0x0E3F, code: "THB", family: nil, guess: false),
        Symbol(scalar: 0x20BC, code: "AZN", family: nil, guess: false),
        Symbol(scalar: 0x20BE, code: "GEL", family: nil, guess: false),
        Symbol(scalar: 0x20B5, code: "GHS", family: nil, guess: false),
        Symbol(scalar: 0x09F3, code: "BDT", family: nil, guess: false),
        Symbol(scalar: 0x20A1, code: "CRC", family: nil, guess: false),
        Symbol(scalar: 0x20AE, code: "MNT", family: nil, guess: false),
        Symbol(scalar: 0x20A8, code: "INR", family: .rupee, guess: true),
    ]

    /// The index in ``symbols`` of a non-ASCII currency symbol.
    static func symbolIndex(_ scalar: UInt32) -> Int? {
        guard scalar >= 0xA0 else { return nil }
        return symbols.firstIndex { $0.scalar == scalar }
    }

    /// Letters written directly before "$" or "¥" that name the country ("US$", "C$", "CN¥").
    static let symbolPrefixes: [ShortKey: String] = {
        var map: [ShortKey: String] = [:]
        for (text, code) in [("US", "USD"), ("U.S.", "USD"), ("C", "CAD"), ("CA", "CAD"), ("CDN", "CAD"),
                             ("Can", "CAD"), ("A", "AUD"), ("AU", "AUD"), ("NZ", "NZD"), ("HK", "HKD"),
                             ("S", "SGD"), ("SG", "SGD"), ("NT", "TWD"), ("R", "BRL"), ("MX", "MXN"),
                             ("Mex", "MXN"), ("Z", "ZWL"), ("J", "JMD"), ("EC", "XCD"), ("TT", "TTD"),
                             ("CN", "CNY"), ("RMB", "CNY"), ("JP", "JPY")] as [(StaticString, String)] {
            map[ShortKey(text)] = code
        }
        return map
    }()
}
