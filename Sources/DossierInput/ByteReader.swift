import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, carrying the system's own wording ("permission denied").
struct SystemError: Error {
    let reason: String

    /// Captures `errno` right after a failed call.
    static func fromErrno(_ code: Int32 = errno) -> SystemError {
        SystemError(reason: systemReason(code))
    }
}

/// The system's message for an errno, lower-cased at the start so it reads as a phrase
/// after `path: ` ("no such file or directory").
func systemReason(_ code: Int32) -> String {
    let message = String(cString: strerror(code))
    guard let first = message.first else { return "error \(code)" }
    return first.lowercased() + message.dropFirst()
}

/// A source of bytes read in chunks, so large inputs never have to fit in memory at once.
protocol ByteReader: AnyObject {
    /// Up to `count` bytes; an empty array means end of input.
    func read(upTo count: Int) throws(SystemError) -> [UInt8]
}

extension ByteReader {
    /// Reads until end of input, or until more than `limit` bytes have been read, in which
    /// case it returns nil and stops reading.
    func readAll(limit: Int, after prefix: [UInt8] = []) throws(SystemError) -> [UInt8]? {
        var bytes = prefix
        while true {
            if bytes.count > limit { return nil }
            let chunk = try read(upTo: max(65536, min(limit - bytes.count + 1, 1 << 20)))
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
        }
    }
}

/// Reads a file descriptor it owns; closes it when released.
final class FileByteReader: ByteReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Bytes delivered so far; tests use it to prove streaming reads stay incremental.
    private(set) var bytesRead = 0

    /// Opens `path` for reading.
    init(path: String) throws(SystemError) {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw SystemError.fromErrno() }
        descriptor = fd
        ownsDescriptor = true
    }

    /// Wraps a descriptor the caller keeps ownership of (the process's stdin).
    init(borrowing fd: Int32) {
        descriptor = fd
        ownsDescriptor = false
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The file's size when it is a regular file, else nil (pipes, devices).
    func regularFileSize() -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        // Uninitialized storage: zero-filling a 4 MiB buffer per call cost more than parsing.
        var failure: Int32 = 0
        let buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            while true {
                #if canImport(Glibc)
                let n = Glibc.read(descriptor, raw.baseAddress, count)
                #elseif canImport(Musl)
                let n = Musl.read(descriptor, raw.baseAddress, count)
                #else
                let n = Darwin.read(descriptor, raw.baseAddress, count)
                #endif
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno; initialized = 0 } else { initialized = n }
                return
            }
        }
        if failure != 0 {
            errno = failure
            throw SystemError.fromErrno()
        }
        bytesRead += buffer.count
        return buffer
    }
}

/// Serves bytes from memory (injected standard input in tests).
final class DataByteReader: ByteReader {
    private let data: Data
    private var position: Int

    init(_ data: Data) {
        self.data = data
        position = data.startIndex
    }

    func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        let end = min(data.endIndex, position + count)
        defer { position = end }
        return [UInt8](data[position..<end])
    }
}

/// Reads through a `FileHandle`, for callers that hold one rather than a descriptor.
final class HandleByteReader: ByteReader {
    private let handle: FileHandle

    init(_ handle: FileHandle) { self.handle = handle }

    func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        do {
            guard let data = try handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        } catch {
            throw SystemError(reason: "read error: \(error.localizedDescription)")
        }
    }
}
