import DossierExtraction
import DossierInput
import DossierModel
import DossierScripting

/// Inputs to finished documents, the part `run`, `parse` and `repl` share: read, parse (the
/// models load on the first document, so a run over nothing starts fast), link corpus
/// identities, apply extractors, and account for every input in the summary.
struct ParsedDocuments {
    let source: DocumentSource
    let linker: CorpusLinker
    let extractors: ExtractorRunner

    init(inputs: [String], options: InputOptions, standardInput: StandardInput,
         aliases: AliasTable = AliasTable(), extractors: ExtractorRunner) {
        source = DocumentSource(inputs: inputs, options: options, standardInput: standardInput)
        linker = CorpusLinker(aliases: aliases)
        self.extractors = extractors
    }

    /// Hands each document to `body`, which returns its own failure reasons for it (a script
    /// that failed on it). A document with failures is recorded as failed; with `stopOnFailure`
    /// the first failed document or input ends the loop (`summary.stoppedEarly`).
    func forEach(summary: inout RunSummary, stopOnFailure: Bool, errors: (String) -> Void,
                 _ body: (Document) -> [String]) throws(RunnerError) {
        var pipeline: ExtractionPipeline?
        for event in source {
            switch event {
            case .document(let sourceDocument, let warnings):
                summary.warnings += warnings
                summary.documentsRead += 1
                if pipeline == nil {
                    do { pipeline = try ExtractionPipeline() } catch {
                        throw RunnerError(usage: false, "cannot load the recognition models: \(error)")
                    }
                }
                var document = pipeline!.parse(sourceDocument)
                linker.link(&document)
                let failures = extractors.apply(to: &document, errors: errors) + body(document)
                guard failures.isEmpty else {
                    summary.failed.append((document.id, failures.joined(separator: "; ")))
                    if stopOnFailure { summary.stoppedEarly = true; return }
                    continue
                }
            case .skipped(let source, let reason):
                summary.skipped.append((source, reason))
            case .failed(let source, let reason):
                summary.failed.append((source, reason))
                if stopOnFailure { summary.stoppedEarly = true; return }
            }
        }
    }
}
