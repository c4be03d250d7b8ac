import DossierModel
import DossierScripting

/// Loads `--extractor` scripts, orders them, and applies them to each document, accounting
/// for failures: a failing extractor leaves that document as it was and the run goes on.
struct ExtractorRunner {
    let chain: [ExtractorScript]

    init(_ references: [String], limits: ScriptLimits) throws(RunnerError) {
        var loaded: [ExtractorScript] = []
        for reference in references {
            let path = try ScriptLocator.resolve(reference)
            do {
                loaded.append(try ExtractorScript(path: path, displayPath: reference, limits: limits))
            } catch {
                throw RunnerError(usage: false, error.description)
            }
        }
        do { chain = try ExtractorChain(loaded).ordered } catch { throw RunnerError(usage: true, error.message) }
    }

    /// Runs every extractor over `document`; failures are returned as summary lines.
    func apply(to document: inout Document, errors: (String) -> Void) -> [String] {
        var failures: [String] = []
        for extractor in chain {
            do {
                document = try extractor.extract(document)
            } catch {
                errors("error: \(error.description)")
                failures.append(error.summary)
            }
        }
        return failures
    }
}
