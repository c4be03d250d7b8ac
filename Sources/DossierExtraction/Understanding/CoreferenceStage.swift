import DossierModel

/// Links pronouns and definite descriptions to the entities they refer to, as `.pronoun`
/// and `.description` mentions whose `resolution` says how the link was made.
///
/// The pipeline runs this stage before ``RoleStage``, yet descriptions ("the Foreign
/// Minister of Pakistan", "the two Ministers") can only be linked through roles. Both stages
/// therefore share ``RoleFinder``, which reads roles without changing the document: this
/// stage computes them itself, for the whole article at once, which is also what makes
/// cataphora work (a description before the name is linked to whoever the article later
/// shows holding that office). The rules are deliberately conservative: when two readings
/// remain, nothing is linked.
struct CoreferenceStage {
    let gazetteer: Gazetteer
    /// Title phrases scanned once for both stages.
    var titles: [TitlePhrase]? = nil

    func apply(to document: inout Document) {
        guard !document.entities.isEmpty else { return }
        let text = UnderstandingText(document)
        let roles = RoleFinder(gazetteer: gazetteer, text: text, titles: titles).mentions()
        var resolver = CoreferenceResolver(text: text, roles: roles, gazetteer: gazetteer)
        let links = resolver.resolve()
        guard !links.isEmpty else { return }
        var touched = Set<Int>()
        for link in links {
            let span = text.span(link.tokens)
            // A description already recorded as a name (rare) is not repeated.
            guard !document.entities[link.entity].mentions.contains(where: { $0.span == span }) else { continue }
            document.entities[link.entity].mentions.append(Mention(
                span: span, text: document.text(of: span), sentence: link.sentence,
                form: link.form, resolution: link.resolution))
            touched.insert(link.entity)
        }
        for e in touched { document.entities[e].mentions.sort { $0.span < $1.span } }
    }
}

/// One link found by the resolver: tokens, the entity they refer to, and how.
struct CoreferenceLink {
    var tokens: Range<Int>
    var sentence: Int
    var entity: Int
    var form: Mention.Form
    var resolution: String
}
