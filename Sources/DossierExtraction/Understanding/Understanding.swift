import DossierModel

/// The understanding stage: after names and values are resolved into entities, find who
/// holds which office, what each pronoun and description refers to, how entities relate,
/// and what happened. Each step reads what the earlier ones added.
struct Understanding {
    let gazetteer: Gazetteer

    func apply(to document: inout Document) {
        CoreferenceStage(gazetteer: gazetteer).apply(to: &document)
        RoleStage(gazetteer: gazetteer).apply(to: &document)
        RelationStage(gazetteer: gazetteer).apply(to: &document)
        EventStage(gazetteer: gazetteer).apply(to: &document)
    }
}

/// Links pronouns and definite descriptions to entities (owned by the coreference work).
struct CoreferenceStage {
    let gazetteer: Gazetteer
    func apply(to document: inout Document) {}
}

/// Titles and offices of people, as holds_role relations (owned by the roles work).
struct RoleStage {
    let gazetteer: Gazetteer
    func apply(to document: inout Document) {}
}

/// member_of, located_in, part_of, recognized, diplomatic_relations, resides_in.
struct RelationStage {
    let gazetteer: Gazetteer
    func apply(to document: inout Document) {}
}

/// Meetings, visits, calls, agreements, statements, conferences.
struct EventStage {
    let gazetteer: Gazetteer
    func apply(to document: inout Document) {}
}
