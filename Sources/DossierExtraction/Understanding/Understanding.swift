import DossierModel

/// The understanding stage: after names and values are resolved into entities, find who
/// holds which office, what each pronoun and description refers to, how entities relate,
/// and what happened. Each step reads what the earlier ones added.
struct Understanding {
    let gazetteer: Gazetteer

    func apply(to document: inout Document) {
        // Title phrases depend on tokens only: scan once for both stages that read roles.
        let titles = document.entities.contains { $0.kind == .person } ? UnderstandingText(document).titlePhrases(gazetteer) : []
        CoreferenceStage(gazetteer: gazetteer, titles: titles).apply(to: &document)
        RoleStage(gazetteer: gazetteer, titles: titles).apply(to: &document)
        RelationStage(gazetteer: gazetteer).apply(to: &document)
        EventStage(gazetteer: gazetteer).apply(to: &document)
    }
}
