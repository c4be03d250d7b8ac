import DossierModel
@testable import DossierExtraction

/// One pipeline for all tests (loading models is the slow part).
enum PipelineFixture {
    static let pipeline = try! ExtractionPipeline()

    static func parse(_ text: String, id: String = "test") -> Document {
        pipeline.parse(SourceDocument(id: id, text: text, origin: SourceOrigin(path: id, format: .text)))
    }
}

extension Document {
    /// Entities of `kind`.
    func entities(_ kind: EntityKind) -> [Entity] { entities.filter { $0.kind == kind } }

    /// The entity named `name` (canonical name or an alias).
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name || $0.aliases.contains(name) }
    }
}
