import DossierModel
import Foundation
@testable import DossierExtraction

/// Loads the short articles written for the event and relation tests.
enum EventFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func parse(_ name: String) throws -> Document {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        return PipelineFixture.parse(text, id: name)
    }
}

extension Document {
    /// Events of `kind`.
    func eventsOfKind(_ kind: String) -> [Event] { events.filter { $0.kind == kind } }

    /// Relations of `kind`.
    func relationsOfKind(_ kind: String) -> [Relation] { relations.filter { $0.kind == kind } }

    /// The canonical name of entity `id` (empty when unknown).
    func entityName(_ id: String?) -> String { id.flatMap { entity($0)?.name } ?? "" }

    /// Names of an event's participants with `role` (any role when nil), sorted.
    func participantNames(_ event: Event, role: String? = nil) -> [String] {
        event.participants.filter { role == nil || $0.role == role }.map { entityName($0.entity) }.sorted()
    }

    /// Whether a relation of `kind` links the entities named `subject` and `object`.
    func relationLinking(_ kind: String, _ subject: String, _ object: String?) -> Relation? {
        relations.first { $0.kind == kind && entityName($0.subject) == subject && (object == nil ? $0.object == nil : entityName($0.object) == object) }
    }
}
