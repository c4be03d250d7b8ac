import DossierInput
import DossierModel
import Foundation

/// Reads and parses a small set of inputs into memory (for `dossier repl`), with the same
/// readers, pipeline and corpus linking as `parse` and `run`.
public enum DocumentLoader {
    /// The parsed documents and the accounting of every input.
    public static func load(_ inputs: [String], options: InputOptions = InputOptions(),
                            standardInput: StandardInput = .process) throws(RunnerError) -> ([Document], RunSummary) {
        var summary = RunSummary()
        var documents: [Document] = []
        let parsed = ParsedDocuments(inputs: inputs, options: options, standardInput: standardInput,
                                     extractors: try ExtractorRunner([], limits: .default))
        try parsed.forEach(summary: &summary, stopOnFailure: false, errors: { _ in }) { document in
            documents.append(document)
            return []
        }
        return (documents, summary)
    }
}
