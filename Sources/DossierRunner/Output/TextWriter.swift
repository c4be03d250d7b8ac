import Foundation

/// Where rendered output bytes go: standard output or a file written atomically.
public protocol ByteSink: AnyObject {
    /// Appends text.
    func write(_ text: String)
    /// Appends bytes (UTF-8).
    func write(bytes: [UInt8])
    /// Makes the output visible (flushes; for files, renames into place).
    func commit() throws
    /// Drops everything written (for files: removes the temporary file).
    func discard()
}

/// Where a command's output goes: the given sink, or a file written atomically.
enum OutputTarget {
    static func open(_ path: String?, orElse fallback: ByteSink) throws(RunnerError) -> ByteSink {
        guard let path else { return fallback }
        do { return try AtomicFileSink(path: path) } catch {
            throw RunnerError(usage: false, "cannot write \(path): \(error.localizedDescription); check that its folder exists and is writable")
        }
    }
}

/// A 64 KiB staging buffer that hands full chunks to `flush`.
struct StagingBuffer {
    var bytes: [UInt8] = []
    init() { bytes.reserveCapacity(1 << 16) }
    /// Appends and reports whether the buffer should be flushed.
    mutating func append<C: Collection>(_ more: C) -> Bool where C.Element == UInt8 {
        bytes.append(contentsOf: more)
        return bytes.count >= 1 << 16
    }
}

/// Buffered standard output.
public final class StandardOutputSink: ByteSink {
    private var buffer = StagingBuffer()
    /// Creates a sink that writes to file descriptor 1.
    public init() {}
    /// Appends text, flushing every 64 KiB.
    public func write(_ text: String) { if buffer.append(text.utf8) { flush() } }
    /// Appends bytes, flushing every 64 KiB.
    public func write(bytes: [UInt8]) { if buffer.append(bytes) { flush() } }
    /// Flushes the buffer.
    public func commit() throws { flush() }
    /// Flushes what was written (standard output cannot be taken back).
    public func discard() { flush() }
    private func flush() {
        var offset = 0
        while offset < buffer.bytes.count {
            let written = buffer.bytes[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        buffer.bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes to a temporary file beside the target and renames it into place on commit, so a
/// failed or interrupted run never leaves a half-written file at the target path.
public final class AtomicFileSink: ByteSink {
    /// The final path.
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer = StagingBuffer()
    private var finished = false

    /// Creates the temporary file; throws when the folder is not writable.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
    }

    deinit { if !finished { discard() } }

    /// Appends text.
    public func write(_ text: String) { if buffer.append(text.utf8) { flush() } }

    /// Appends bytes.
    public func write(bytes: [UInt8]) { if buffer.append(bytes) { flush() } }

    private func flush() {
        handle.write(Data(buffer.bytes))
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        flush()
        try handle.synchronize()
        try handle.close()
        finished = true
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: reason])
        }
    }

    /// Removes the temporary file; the target is untouched.
    public func discard() {
        finished = true
        try? handle.close()
        unlink(temporaryPath)
    }
}
