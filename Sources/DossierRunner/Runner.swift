import DossierExtraction
import DossierInput
import DossierModel
import DossierScripting
import Foundation

/// Runs report scripts over inputs: read, segment, hand each document to every script,
/// render the output, and account for everything in a ``RunSummary``.
public struct Runner {
    /// Creates a runner.
    public init() {}

    /// Runs `request`, writing rendered output to `output` (or to `request.outputPath`) and
    /// script errors as they happen to `errors`. Throws only for usage problems and output
    /// that cannot be written; document and script failures are in the summary.
    public func run(_ request: RunRequest, output: ByteSink = StandardOutputSink(),
                    errors: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws(RunnerError) -> RunSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = RunSummary()
        guard !request.scripts.isEmpty else { throw RunnerError(usage: true, "no script given") }

        let sink = try OutputTarget.open(request.outputPath, orElse: output)
        let renderer = Renderer(format: request.format, sink: sink, showScriptNames: request.scripts.count > 1)
        let extractors = try ExtractorRunner(request.extractors, limits: request.limits)
        let scripts = try loadScripts(request, renderer: renderer, summary: &summary, errors: errors)

        var active = scripts
        for script in scripts {
            do { try script.start() } catch {
                fail(script: script, error: error, summary: &summary, errors: errors)
                active.removeAll { $0 === script }
            }
        }
        let documents = ParsedDocuments(inputs: request.inputs, options: request.inputOptions,
                                        standardInput: request.standardInput, extractors: extractors)
        var scriptErrors: [ScriptError] = []
        try documents.forEach(summary: &summary, stopOnFailure: request.failFast, errors: errors) { document in
            var failures: [String] = []
            for script in active {
                do throws(ScriptError) { try script.process(document) } catch {
                    scriptErrors.append(error)
                    errors("error: \(error.description)")
                    failures.append(error.summary)
                }
            }
            return failures
        }
        summary.scriptErrors += scriptErrors
        for script in active where !summary.stoppedEarly {
            do { try script.finish() } catch { fail(script: script, error: error, summary: &summary, errors: errors) }
        }
        renderer.finish()
        if renderer.droppedTextLines > 0 {
            summary.warnings.append("\(renderer.droppedTextLines) text line(s) and headings left out of CSV output; use --format text or jsonl to see them")
        }
        do { try sink.commit() } catch {
            throw RunnerError(usage: false, "cannot write \(request.outputPath ?? "output"): \(error.localizedDescription)")
        }
        summary.elapsed = clock.now - start
        return summary
    }

    private func loadScripts(_ request: RunRequest, renderer: Renderer, summary: inout RunSummary,
                             errors: (String) -> Void) throws(RunnerError) -> [ReportScript] {
        var scripts: [ReportScript] = []
        for reference in request.scripts {
            let path = try ScriptLocator.resolve(reference)
            do {
                let script = try ReportScript(path: path, displayPath: reference, limits: request.limits)
                try script.prepare(arguments: arguments(for: script, in: request), sink: renderer)
                scripts.append(script)
                summary.scriptsRun.append(script.metadata.name)
            } catch {
                if error.kind == .arguments { throw RunnerError(usage: true, error.message) }
                summary.scriptErrors.append(error)
                summary.scriptsFailed.append(reference)
                errors("error: \(error.description)")
                if request.failFast { throw RunnerError(usage: false, error.message) }
            }
        }
        if scripts.isEmpty && !summary.scriptsFailed.isEmpty {
            summary.failed.append(("scripts", "no script could be loaded"))
        }
        return scripts
    }

    /// `key=value` goes to every script declaring `key`; `name.key=value` to the script
    /// named `name` only. A key no script declares is an error for the scripts it targets.
    private func arguments(for script: ReportScript, in request: RunRequest) -> [String: String] {
        var values: [String: String] = [:]
        let declared = Set(script.metadata.arguments.map(\.name))
        for (key, value) in request.arguments {
            if let dot = key.firstIndex(of: ".") {
                let target = String(key[..<dot])
                if target == script.metadata.name { values[String(key[key.index(after: dot)...])] = value }
            } else if declared.contains(key) || request.scripts.count == 1 {
                values[key] = value
            }
        }
        return values
    }

    private func fail(script: ReportScript, error: ScriptError, summary: inout RunSummary, errors: (String) -> Void) {
        summary.scriptErrors.append(error)
        summary.scriptsFailed.append(script.displayPath)
        errors("error: \(error.description)")
    }
}
