import DossierExtraction
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
        var pipeline: ExtractionPipeline?
        let linker = CorpusLinker()
        for event in DocumentSource(inputs: inputs, options: options, standardInput: standardInput) {
            switch event {
            case .document(let source, let warnings):
                if pipeline == nil {
                    do { pipeline = try ExtractionPipeline() } catch {
                        throw RunnerError(usage: false, "cannot load the recognition models: \(error)")
                    }
                }
                summary.warnings += warnings
                summary.documentsRead += 1
                var document = pipeline!.parse(source)
                linker.link(&document)
                documents.append(document)
            case .skipped(let source, let reason): summary.skipped.append((source, reason))
            case .failed(let source, let reason): summary.failed.append((source, reason))
            }
        }
        return (documents, summary)
    }
}
