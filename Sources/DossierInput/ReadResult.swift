import DossierModel

/// What a format reader makes of one file's text: the article text, the metadata the
/// format carried, and any recoverable problems.
struct ReadResult {
    var text: String
    var metadata = SourceMetadata()
    var warnings: [String] = []
}

/// Plain text is taken as it is (already decoded and newline-normalized): its line breaks
/// and blank lines are the paragraph structure extraction relies on.
enum TextReader {
    static func read(_ text: String) -> ReadResult {
        ReadResult(text: text)
    }
}
