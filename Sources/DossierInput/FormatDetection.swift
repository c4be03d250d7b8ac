import DossierModel

/// Guesses the format of content that has no telling extension (stdin, `README`,
/// `article.dat`). Only the first bytes are looked at, so detection costs nothing on
/// large streams.
///
/// - `{` as the first non-space character: JSON Lines.
/// - `<` first and an HTML tag (`<html`, `<body`, `<p`, `<div`, `<!doctype html`, ...)
///   somewhere in the sample: HTML. A `<` alone is not enough: plain text may quote
///   `<something>`.
/// - Anything else: plain text. Markdown reads fine as text, so it is never guessed.
func detectFormat(_ bytes: [UInt8]) -> InputFormat {
    var sample = bytes.prefix(binarySampleSize)
    if sample.starts(with: utf8BOM) { sample = sample.dropFirst(3) }
    guard let first = sample.firstIndex(where: { !isASCIIWhitespace($0) }) else { return .text }
    switch sample[first] {
    case UInt8(ascii: "{"): return .jsonl
    case UInt8(ascii: "<"): return containsHTMLTag(sample[first...]) ? .html : .text
    default: return .text
    }
}

/// Tags that only HTML documents or fragments start with.
private let htmlMarkers = ["!doctype html", "html", "head", "body", "p", "div", "article",
                           "section", "meta", "title", "h1", "h2", "h3", "br", "span", "main"]

private func containsHTMLTag(_ sample: ArraySlice<UInt8>) -> Bool {
    let lower = sample.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    var i = 0
    while i < lower.count {
        guard lower[i] == UInt8(ascii: "<") else { i += 1; continue }
        for marker in htmlMarkers {
            let name = Array(marker.utf8)
            let end = i + 1 + name.count
            guard end <= lower.count, Array(lower[(i + 1)..<end]) == name else { continue }
            // The name must end there: `<pre` is not `<p`, `<divider` is not `<div`.
            if end == lower.count || [UInt8(ascii: ">"), UInt8(ascii: "/"), 32, 9, 10, 13].contains(lower[end]) {
                return true
            }
        }
        i += 1
    }
    return false
}

func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 || byte == 11
}
