import DossierModel
import Foundation

/// Streams a JSON Lines input record by record. Only the current line is held in memory
/// (plus one read chunk), so files and pipes of any size work; a line longer than the
/// limit is discarded as it streams past instead of being buffered.
struct JSONLinesReader {
    private let reader: any ByteReader
    private let path: String
    private let source: String
    private let baseID: String
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    /// Where the current line starts in `buffer`, and where to resume looking for its end.
    private var lineStart = 0
    private var scanFrom = 0
    /// File offset of `buffer[0]`, for warnings that point at a byte.
    private var bufferOffset = 0
    private var lineNumber = 0
    private var atEnd = false
    private var finished = false
    /// Set while skipping the rest of an over-long line.
    private var discarding = false
    private var producedAnything = false

    static let chunkSize = 65536

    /// - Parameters:
    ///   - prefix: bytes already read from `reader` for detection; they come first.
    ///   - path: the origin path (`-` for stdin); `source` is how messages name it.
    init(reader: any ByteReader, prefix: [UInt8], path: String, source: String, baseID: String, maxLineBytes: Int) {
        self.reader = reader
        self.path = path
        self.source = source
        self.baseID = baseID
        self.maxLineBytes = maxLineBytes
        buffer = prefix
    }

    /// Bytes currently held; tests check it stays small while a large file streams.
    var bufferedByteCount: Int { buffer.count }

    /// The next record's outcome; nil when the input is exhausted.
    mutating func next() -> InputEvent? {
        while !finished {
            let line: ArraySlice<UInt8>
            let offset: Int
            switch nextLine() {
            case .none:
                finished = true
                if !producedAnything { return .skipped(source: source, reason: "empty (no JSON Lines records)") }
                return nil
            case .failure(let reason):
                finished = true
                return .failed(source: source, reason: reason)
            case .tooLong(let number):
                producedAnything = true
                return .skipped(source: "\(source):\(number)",
                                reason: "line is longer than the \(formatBytes(maxLineBytes)) limit; raise the size limit to read it")
            case .line(let bytes, let lineOffset):
                line = bytes
                offset = lineOffset
            }
            var body = line
            if body.last == 13 { body = body.dropLast() }  // CRLF files
            if lineNumber == 1, body.starts(with: utf8BOM) { body = body.dropFirst(3) }
            if body.allSatisfy(isASCIIWhitespace) { continue }  // blank lines are not records
            producedAnything = true
            return record(from: body, offset: offset + (body.startIndex - line.startIndex))
        }
        return nil
    }

    private func record(from body: ArraySlice<UInt8>, offset: Int) -> InputEvent {
        let lineSource = "\(source):\(lineNumber)"
        var warnings: [String] = []
        var data = Data(body)
        if let problems = findUTF8Problems(body) {
            warnings.append(utf8Warning(source: lineSource, offset: offset + problems.firstOffset, count: problems.count))
            data = Data(String(decoding: body, as: UTF8.self).utf8)
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return .skipped(source: lineSource, reason: "not valid JSON (\(jsonProblem(error))); the rest of the file is still read")
        }
        let origin = SourceOrigin(path: path, line: lineNumber, format: .jsonl)
        switch JSONRecord.make(value, defaultID: "\(baseID)#\(lineNumber)", origin: origin, source: lineSource) {
        case .document(let document, let recordWarnings):
            return .document(document, warnings: warnings + recordWarnings)
        case .skipped(let reason):
            return .skipped(source: lineSource, reason: reason)
        }
    }

    private enum LineResult {
        case line(ArraySlice<UInt8>, offset: Int)
        case tooLong(Int)
        case failure(String)
    }

    /// The next line without its newline, numbered in `lineNumber`.
    private mutating func nextLine() -> LineResult? {
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: 10) {
                lineNumber += 1
                let start = lineStart
                lineStart = newline + 1
                scanFrom = lineStart
                if discarding { discarding = false; return .tooLong(lineNumber) }
                return .line(buffer[start..<newline], offset: bufferOffset + start)
            }
            if atEnd {
                if discarding {
                    discarding = false
                    lineNumber += 1
                    lineStart = buffer.count
                    scanFrom = buffer.count
                    return .tooLong(lineNumber)
                }
                guard lineStart < buffer.count else { return nil }
                lineNumber += 1
                let start = lineStart
                lineStart = buffer.count
                scanFrom = buffer.count
                return .line(buffer[start...], offset: bufferOffset + start)
            }
            // Keep only the unfinished line before reading on, so memory stays bounded.
            bufferOffset += lineStart
            buffer.removeSubrange(0..<lineStart)
            lineStart = 0
            if buffer.count > maxLineBytes {
                discarding = true
                bufferOffset += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            scanFrom = buffer.count
            do {
                let chunk = try reader.read(upTo: Self.chunkSize)
                if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
            } catch {
                return .failure("read error after line \(lineNumber): \(error.reason)")
            }
        }
    }
}

/// The parser's own explanation, trimmed to read well inside parentheses.
func jsonProblem(_ error: Error) -> String {
    let nsError = error as NSError
    var text = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    if text.hasSuffix(".") { text.removeLast() }
    guard let first = text.first else { return "unknown problem" }
    return first.lowercased() + text.dropFirst()
}

/// `256 MiB`, `1.5 KiB`, `12 bytes`: sizes for messages.
func formatBytes(_ count: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(count)
    var unit = 0
    while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
    if unit == 0 { return "\(count) bytes" }
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
}
