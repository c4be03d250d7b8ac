import DossierModel
import Foundation

/// One thing to read: a file (named or found in a folder) or standard input.
struct InputItem {
    /// The origin path: as given or found, `-` for standard input.
    var path: String
    /// How messages name it (`stdin` for standard input).
    var source: String
    /// The document id (or the base of JSON Lines ids).
    var id: String
    /// Found by walking a folder rather than named by the user; such files are only read
    /// when their extension is one Dossier knows.
    var isInFolder: Bool
}

/// What reading an item produced: finished events, or a JSON Lines stream to drain.
enum FileOutcome {
    case events([InputEvent])
    case stream(JSONLinesReader)

    static func skipped(_ item: InputItem, _ reason: String) -> FileOutcome {
        .events([.skipped(source: item.source, reason: reason)])
    }

    static func failed(_ item: InputItem, _ reason: String) -> FileOutcome {
        .events([.failed(source: item.source, reason: reason)])
    }
}

/// Reads one item: chooses the format, applies the checks every input gets (empty,
/// binary, size) and hands the text to the format's reader.
enum FileReading {
    static let supportedExtensions = ".txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .json or none"

    static func read(_ item: InputItem, options: InputOptions, standardInput: StandardInput) -> FileOutcome {
        let ext = item.path == "-" ? "" : fileExtension(item.path)
        let extensionFormat = InputFormat.forExtension(ext)
        let isJSONFile = ext == "json"
        if item.isInFolder, !ext.isEmpty, extensionFormat == nil, !isJSONFile {
            return .skipped(item, "unsupported file type (.\(ext)); Dossier reads \(supportedExtensions)")
        }
        let reader: any ByteReader
        var knownSize: Int?
        if item.path == "-" {
            reader = standardInput.open()
        } else {
            do {
                let file = try FileByteReader(path: item.path)
                knownSize = file.regularFileSize()
                reader = file
            } catch {
                return .failed(item, error.reason)
            }
        }
        let prefix: [UInt8]
        do {
            prefix = try readPrefix(reader)
        } catch {
            return .failed(item, error.reason)
        }
        if prefix.isEmpty { return .skipped(item, "empty") }
        if looksBinary(prefix) { return .skipped(item, "binary file") }

        let forced = options.forcedFormat
        if forced == .jsonl || (forced == nil && !isJSONFile && (extensionFormat ?? detectFormat(prefix)) == .jsonl) {
            if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
                return .skipped(item, "JSON Lines must be UTF-8 but this is UTF-16; convert it (e.g. iconv -f UTF-16 -t UTF-8)")
            }
            return .stream(JSONLinesReader(reader: reader, prefix: prefix, path: item.path, source: item.source,
                                           baseID: item.id, maxLineBytes: options.maxFileBytes))
        }
        let limit = options.maxFileBytes
        let tooLarge = "larger than the \(formatBytes(limit)) size limit; raise the limit or split the file"
        if let size = knownSize, size > limit { return .skipped(item, "\(formatBytes(size)), \(tooLarge)") }
        let bytes: [UInt8]
        do {
            guard let all = try reader.readAll(limit: limit, after: prefix) else { return .skipped(item, tooLarge) }
            bytes = all
        } catch {
            return .failed(item, error.reason)
        }
        if forced == nil, isJSONFile { return JSONFileReader.read(bytes, item: item) }
        let format = forced ?? extensionFormat ?? detectFormat(prefix)
        return .events([document(from: bytes, format: format, item: item)])
    }

    private static func document(from bytes: [UInt8], format: InputFormat, item: InputItem) -> InputEvent {
        let decoded = decodeText(bytes, source: item.source,
                                 fallbackWindows1252: format == .html && HTMLReader.declaresWindows1252(bytes))
        let result: ReadResult
        switch format {
        case .text, .jsonl: result = TextReader.read(decoded.text)
        case .markdown: result = MarkdownReader.read(decoded.text)
        case .html: result = HTMLReader.read(decoded.text)
        }
        if isBlank(result.text) {
            let why = isBlank(decoded.text) ? "empty" : "empty (no text left after removing markup)"
            return .skipped(source: item.source, reason: why)
        }
        let origin = SourceOrigin(path: item.path, format: format)
        let document = SourceDocument(id: item.id, text: result.text, metadata: result.metadata, origin: origin)
        return .document(document, warnings: decoded.warnings + result.warnings)
    }

    /// At least the binary-check sample (or everything, if shorter): pipes deliver bytes in
    /// pieces, and detection must not judge a half-filled first read.
    private static func readPrefix(_ reader: any ByteReader) throws(SystemError) -> [UInt8] {
        var prefix: [UInt8] = []
        while prefix.count < binarySampleSize {
            let chunk = try reader.read(upTo: JSONLinesReader.chunkSize)
            if chunk.isEmpty { break }
            prefix.append(contentsOf: chunk)
        }
        return prefix
    }

    /// The lower-cased extension of the last path component; a leading dot (`.profile`)
    /// is not an extension.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
