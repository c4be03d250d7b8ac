import Foundation

/// Where the input `-` (and an empty input list) reads from. Injectable so tests and
/// embedding programs need not touch the process's real standard input.
public struct StandardInput: Sendable {
    let open: @Sendable () -> any ByteReader

    /// The process's standard input, read incrementally (a JSON Lines stream piped in is
    /// processed record by record).
    public static var process: StandardInput {
        StandardInput { FileByteReader(borrowing: 0) }
    }

    /// Fixed contents, for tests and callers that already hold the bytes.
    public static func data(_ data: Data) -> StandardInput {
        StandardInput { DataByteReader(data) }
    }

    /// Fixed text, encoded as UTF-8.
    public static func text(_ text: String) -> StandardInput {
        .data(Data(text.utf8))
    }

    /// Reads from a file handle (a pipe, a file), incrementally.
    public static func fileHandle(_ handle: FileHandle) -> StandardInput {
        StandardInput { HandleByteReader(handle) }
    }
}
