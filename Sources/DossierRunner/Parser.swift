import DossierExtraction
import DossierInput
import DossierModel
import Foundation

/// Runs `dossier parse`: reads inputs, builds each document's model and writes it.
public struct Parser {
    /// Creates a parser.
    public init() {}

    /// Parses every input and writes the models; the summary accounts for every input.
    public func run(_ request: ParseRequest, output: ByteSink = StandardOutputSink(),
                    errors: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws(RunnerError) -> RunSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = RunSummary()
        var aliases = AliasTable()
        if let path = request.aliasPath {
            do { aliases = try AliasTable(contentsOf: path) } catch { throw RunnerError(usage: true, error.message) }
        }
        let extractors = try ExtractorRunner(request.extractors, limits: request.limits)
        let sink = try OutputTarget.open(request.outputPath, orElse: output)
        let writer = ModelWriter(format: request.format, sink: sink)
        let documents = ParsedDocuments(inputs: request.inputs, options: request.inputOptions,
                                        standardInput: request.standardInput, aliases: aliases, extractors: extractors)
        try documents.forEach(summary: &summary, stopOnFailure: false, errors: errors) { document in
            writer.write(document)
            return []
        }
        writer.finish()
        do { try sink.commit() } catch {
            throw RunnerError(usage: false, "cannot write \(request.outputPath ?? "output"): \(error.localizedDescription)")
        }
        summary.elapsed = clock.now - start
        return summary
    }
}

/// Writes documents as JSON Lines, a JSON array, or a readable listing.
final class ModelWriter {
    private let format: ParseRequest.Format
    private let sink: ByteSink
    private let encoder: JSONEncoder
    private let recordWriter = RecordWriter()
    private var count = 0

    init(format: ParseRequest.Format, sink: ByteSink) {
        self.format = format
        self.sink = sink
        encoder = DocumentRecord.makeEncoder(pretty: true)
    }

    func write(_ document: Document) {
        switch format {
        case .jsonl:
            sink.write(bytes: recordWriter.json(document))
            sink.write("\n")
        case .json:
            sink.write((count == 0 ? "[\n" : ",\n") + encode(document))
        case .text:
            sink.write((count == 0 ? "" : "\n") + DocumentListing.text(document))
        }
        count += 1
    }

    func finish() {
        if format == .json { sink.write(count == 0 ? "[]\n" : "\n]\n") }
    }

    private func encode(_ document: Document) -> String {
        // Encoding plain value types cannot fail; a failure here is a bug worth seeing.
        String(decoding: try! encoder.encode(DocumentRecord(document)), as: UTF8.self)
    }
}
