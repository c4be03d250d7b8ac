import DossierExtraction
import DossierModel

/// A mention from the pipeline's output, reduced to what CoNLL annotates: a name of one of
/// the four CoNLL classes, located in bytes and, when it lines up with them, in CoNLL tokens.
struct PredictedName {
    /// Where the mention is in the article text.
    let bytes: Span
    /// The CoNLL class its entity's kind maps to.
    let type: NamedEntityType
    /// The CoNLL tokens it covers exactly; nil when it starts or ends inside a token or on a
    /// space, which makes it a boundary error whatever its type.
    let tokens: Range<Int>?
    /// Its text, for error reports.
    let text: String

    /// The CoNLL class of a pipeline entity kind, or nil for kinds CoNLL does not annotate
    /// (values: dates and amounts; and kinds added later that have no CoNLL counterpart).
    static func conllType(of kind: EntityKind) -> NamedEntityType? {
        switch kind {
        case .person: .person
        case .country, .city, .region, .location: .location
        case .organization: .organization
        case .nationality, .event, .policy, .miscellaneous: .miscellaneous
        default: nil
        }
    }

    /// The mention forms CoNLL annotates. Pronouns and descriptions ("he", "the minister") are
    /// coreference the pipeline adds to entities; CoNLL never marks them, so scoring them
    /// would punish resolution work as recognition errors.
    static let scoredForms: Set<Mention.Form> = [.name, .acronym, .adjective]

    /// The names of `document` (the pipeline's parse of `article`), flattened the way CoNLL
    /// is flat: identical (span, class) pairs from several entities count once, and a mention
    /// strictly inside another scored mention ("Pakistan" inside "Pakistan Foreign Office") is
    /// dropped, since only the outer one could be a CoNLL entity.
    static func collect(from document: Document, in article: EvaluationArticle,
                        tally ignored: inout IgnoredMentions) -> [PredictedName] {
        var names: [PredictedName] = []
        var seen: Set<PairKey> = []
        for entity in document.entities {
            guard let type = conllType(of: entity.kind) else {
                ignored.otherKinds += entity.mentions.count
                continue
            }
            for mention in entity.mentions {
                guard scoredForms.contains(mention.form) else {
                    ignored.coreference += 1
                    continue
                }
                guard seen.insert(PairKey(span: mention.span, type: type)).inserted else {
                    ignored.duplicates += 1
                    continue
                }
                let text = document.text(of: mention.span).replacingOccurrences(of: "\n", with: " | ")
                names.append(PredictedName(bytes: mention.span, type: type,
                                           tokens: article.tokenRange(exactly: mention.span), text: text))
            }
        }
        let outer = names.filter { name in
            !names.contains { $0.bytes != name.bytes && $0.bytes.contains(name.bytes) }
        }
        ignored.nested += names.count - outer.count
        ignored.offTokenEdges += outer.filter { $0.tokens == nil }.count
        return outer.sorted { $0.bytes < $1.bytes }
    }

    /// The span `EntityScore` sees. A mention off the token edges gets a range past the
    /// article's last token (made distinct by `ordinal`), so it counts as predicted and can
    /// never be correct.
    func scoredSpan(ordinal: Int, pastEnd tokenCount: Int) -> EntitySpan {
        let range = tokens ?? (tokenCount + ordinal)..<(tokenCount + ordinal + 1)
        return EntitySpan(range: range, type: type)
    }

    private struct PairKey: Hashable {
        var span: Span
        var type: NamedEntityType
    }
}

/// Mentions in the pipeline's output that were not scored, by reason, so a change in these
/// numbers is visible rather than silently moving the score.
struct IgnoredMentions {
    /// Mentions of kinds without a CoNLL class (dates, amounts, new kinds).
    var otherKinds = 0
    /// Pronoun and description mentions.
    var coreference = 0
    /// Repeats of a (span, class) pair already taken from another entity.
    var duplicates = 0
    /// Mentions inside another scored mention.
    var nested = 0
    /// Scored mentions that do not start and end on CoNLL token boundaries (scored as wrong).
    var offTokenEdges = 0

    /// One line for the report.
    var summary: String {
        "mentions not scored: \(otherKinds) of other kinds (values), \(coreference) pronouns/descriptions, "
            + "\(nested) nested in another name, \(duplicates) duplicates; "
            + "scored but off CoNLL token edges: \(offTokenEdges)"
    }
}
