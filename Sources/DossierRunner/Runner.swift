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
        // Loading the models takes a noticeable part of a second: only when a document comes.
        var pipeline: ExtractionPipeline?
        let linker = CorpusLinker()
        let source = DocumentSource(inputs: request.inputs, options: request.inputOptions, standardInput: request.standardInput)
        documents: for event in source {
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
                var failures = extractors.apply(to: &document, errors: errors)
                for script in active {
                    do { try script.process(document) } catch {
                        summary.scriptErrors.append(error)
                        errors("error: \(error.description)")
                        failures.append("\(error.summary)")
                    }
                }
                if !failures.isEmpty {
                    summary.failed.append((document.id, failures.joined(separator: "; ")))
                    if request.failFast { summary.stoppedEarly = true; break documents }
                }
            case .skipped(let source, let reason):
                summary.skipped.append((source, reason))
            case .failed(let source, let reason):
                summary.failed.append((source, reason))
                if request.failFast { summary.stoppedEarly = true; break documents }
            }
        }
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
