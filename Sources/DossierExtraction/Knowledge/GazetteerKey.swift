/// The normalized lookup key of a gazetteer name, and the words it is made of.
///
/// Normalization makes spelling variants of one name equal:
/// - case and diacritics are folded ("CÔTE d’Ivoire" -> "cotedivoire");
/// - every character that is not a letter or digit is dropped, so periods in acronyms,
///   hyphens and spaces do not count ("U.S." == "US", "Alma-Ata" == "Alma Ata");
/// - a possessive ending is removed ("Kazakhstan’s" -> "kazakhstan", "Pakistanis'" ->
///   "pakistanis");
/// - a leading article "the" is removed when more words follow ("the U.S." -> "us");
/// - British spellings of a few words common in names take the American form
///   (organisation, defence, programme, centre, labour), so "Organisation of Islamic
///   Cooperation" and "Organization of Islamic Cooperation" are one key.
///
/// Words (``words(_:)``) are the runs of letters and digits after folding; the key is their
/// concatenation. Matching a token sequence therefore works whether a tokenizer keeps
/// "U.S." or "Confidence-Building" whole or splits them at the punctuation.
public enum GazetteerKey {
    /// The normalized key of `text` ("the U.S." -> "us", "Kazakhstan’s" -> "kazakhstan").
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        var key = KeyBuilder()
        key.append(text, dropLeadingArticle: true)
        return key.string
    }

    /// The normalized words of `text`, with a leading "the" removed when more words follow
    /// ("The Hague" -> ["hague"], "U.S." -> ["u", "s"]).
    public static func words<S: StringProtocol>(_ text: S) -> [String] {
        var key = KeyBuilder()
        key.append(text, dropLeadingArticle: true)
        return key.words
    }

    /// The key contribution of one token: its folded letters and digits without a possessive
    /// ending, with no article removal ("Kazakhstan’s" -> "kazakhstan", "’s" -> "", "-" -> "").
    public static func token<S: StringProtocol>(_ token: S) -> String {
        var key = KeyBuilder()
        key.append(token, dropLeadingArticle: false)
        return key.string
    }
}
