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

/// Buffered standard output.
public final class StandardOutputSink: ByteSink {
    private var buffer: [UInt8] = []
    /// Creates a sink that writes to file descriptor 1.
    public init() { buffer.reserveCapacity(1 << 16) }
    /// Appends text, flushing every 64 KiB.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes, flushing every 64 KiB.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }
    /// Flushes the buffer.
    public func commit() throws { flush() }
    /// Flushes what was written (standard output cannot be taken back).
    public func discard() { flush() }
    private func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes to a temporary file beside the target and renames it into place on commit, so a
/// failed or interrupted run never leaves a half-written file at the target path.
public final class AtomicFileSink: ByteSink {
    /// The final path.
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
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
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
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
