import DossierModel

/// The articles named on a command line, read lazily as a sequence of ``InputEvent``s.
///
/// Inputs are any mix of files, folders (read recursively) and `-` for standard input; an
/// empty list means standard input. Nothing is read until iteration asks for the next
/// event, and at most one file (or one JSON Lines line) is in memory at a time, so a
/// caller can stream a corpus of any size:
///
/// ```swift
/// for event in DocumentSource(inputs: ["articles/", "extra.jsonl"]) {
///     switch event {
///     case .document(let document, let warnings): ...
///     case .skipped(let source, let reason), .failed(let source, let reason): ...
///     }
/// }
/// ```
///
/// Every input ends in at least one event, so a run summary can account for all of them.
///
/// **Formats.** `--input-format` (``InputOptions/forcedFormat``) wins; otherwise the
/// extension decides (`.txt`/`.text`, `.md`/`.markdown`, `.html`/`.htm`/`.xhtml`,
/// `.jsonl`/`.ndjson`, `.json`); otherwise the content: `{` first means JSON Lines, `<`
/// with an HTML tag means HTML, anything else is text. Files inside folders with other
/// extensions are skipped as unsupported; a file named explicitly is always read.
///
/// **Ids.** A JSON record's own `id` wins. Otherwise a file in a folder input is named by
/// its path relative to that folder (`examples/` + `examples/articles/a.txt` gives
/// `articles/a.txt`), a file input by its path as given, standard input by `stdin`, and
/// JSON Lines records without an id by `<that name>#<line>`. Ids are unique within one
/// iteration: a repeated id gets `~2`, `~3`, ... appended and the document carries a
/// warning saying so, because downstream stages key their results by id.
///
/// **Order.** Inputs in the order given; inside a folder, files in byte order of their
/// relative paths. Hidden files and folders are ignored; symbolic links to folders are
/// reported as skipped, never followed.
public struct DocumentSource: Sequence, Sendable {
    /// The inputs as given on the command line.
    public let inputs: [String]
    /// How to read them.
    public let options: InputOptions
    /// What `-` reads.
    public let standardInput: StandardInput

    /// Creates a source; no file is touched until iteration.
    /// - Parameters:
    ///   - inputs: file paths, folder paths and `-`; empty means `["-"]`.
    ///   - options: forced format and size limit.
    ///   - standardInput: what `-` reads; the process's standard input unless injected.
    public init(inputs: [String], options: InputOptions = InputOptions(), standardInput: StandardInput = .process) {
        self.inputs = inputs.isEmpty ? ["-"] : inputs
        self.options = options
        self.standardInput = standardInput
    }

    /// Starts reading from the first input. Each iterator reads the inputs anew; standard
    /// input can of course only be consumed once per process.
    public func makeIterator() -> Iterator {
        Iterator(source: self)
    }

    /// Produces one event at a time; holds at most one open file.
    public struct Iterator: IteratorProtocol {
        private let source: DocumentSource
        private var nextInput = 0
        private var walker: DirectoryWalker?
        private var stream: JSONLinesReader?
        private var queue: [InputEvent] = []
        private var ids = UniqueIDs()
        private var readStandardInput = false

        init(source: DocumentSource) {
            self.source = source
        }

        /// The next event, or nil when every input has been accounted for.
        public mutating func next() -> InputEvent? {
            while true {
                if !queue.isEmpty { return finalize(queue.removeFirst()) }
                if stream != nil {
                    if let event = stream!.next() { return finalize(event) }
                    stream = nil
                    continue
                }
                if walker != nil {
                    switch walker!.next() {
                    case .file(let path, let relative):
                        start(FileReading.read(InputItem(path: path, source: path, id: relative, isInFolder: true),
                                               options: source.options, standardInput: source.standardInput))
                    case .event(let event):
                        return event
                    case nil:
                        walker = nil
                    }
                    continue
                }
                guard nextInput < source.inputs.count else { return nil }
                let input = source.inputs[nextInput]
                nextInput += 1
                begin(input)
            }
        }

        /// Bytes the current JSON Lines stream holds in memory, for tests of streaming.
        var streamBufferedBytes: Int? { stream?.bufferedByteCount }

        private mutating func begin(_ input: String) {
            if input == "-" {
                if readStandardInput {
                    queue.append(.skipped(source: "stdin", reason: "standard input was already read (\"-\" given more than once)"))
                    return
                }
                readStandardInput = true
                start(FileReading.read(InputItem(path: "-", source: "stdin", id: "stdin", isInFolder: false),
                                       options: source.options, standardInput: source.standardInput))
                return
            }
            if input.isEmpty {
                queue.append(.failed(source: "\"\"", reason: "empty path"))
                return
            }
            do {
                if try FileSystem.kind(following: input) == .directory {
                    walker = DirectoryWalker(root: input)
                    return
                }
            } catch {
                queue.append(.failed(source: input, reason: error.reason))
                return
            }
            start(FileReading.read(InputItem(path: input, source: input, id: input, isInFolder: false),
                                   options: source.options, standardInput: source.standardInput))
        }

        private mutating func start(_ outcome: FileOutcome) {
            switch outcome {
            case .events(let events): queue.append(contentsOf: events)
            case .stream(let reader): stream = reader
            }
        }

        /// Makes the document's id unique in this run, warning when it had to be changed.
        private mutating func finalize(_ event: InputEvent) -> InputEvent {
            guard case .document(var document, var warnings) = event else { return event }
            let unique = ids.claim(document.id)
            if unique != document.id {
                warnings.append("\(document.origin.displayName): duplicate id \"\(document.id)\" (an earlier document in this run has it); renamed to \"\(unique)\" so ids stay unique")
                document.id = unique
            }
            return .document(document, warnings: warnings)
        }
    }
}
