import DossierModel

/// Settings that change how inputs are read.
public struct InputOptions: Sendable, Hashable {
    /// The default for ``maxFileBytes``: 256 MiB.
    public static let defaultMaxFileBytes = 256 * 1024 * 1024

    /// Read every input in this format, ignoring file extensions and content detection
    /// (the `--input-format` option). Files inside folders whose extension Dossier does not
    /// read (`.png`, `.pdf`, ...) are still skipped: forcing a format says how to read
    /// articles, not which files are articles.
    public var forcedFormat: InputFormat?

    /// The largest file read as one document; bigger files are skipped with a reason.
    /// JSON Lines are streamed rather than loaded, so for them the limit applies to each
    /// line (record) instead of the whole file, and a multi-gigabyte `.jsonl` still works.
    public var maxFileBytes: Int

    /// Creates options; the defaults detect formats and allow files up to 256 MiB.
    public init(forcedFormat: InputFormat? = nil, maxFileBytes: Int = InputOptions.defaultMaxFileBytes) {
        self.forcedFormat = forcedFormat
        self.maxFileBytes = max(1, maxFileBytes)
    }
}
