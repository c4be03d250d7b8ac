/// A range of a document's text as 0-based, end-exclusive UTF-8 byte offsets.
///
/// Byte offsets are the public convention of the JSON output (`docs/model.md`): they are
/// exact for any text, cheap to slice, and what most JSON tooling expects for UTF-8.
public struct Span: Codable, Sendable, Hashable, Comparable {
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "span end \(end) before start \(start)")
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// Whether the span covers no bytes.
    public var isEmpty: Bool { end == start }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    /// Orders by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    // Spans are encoded as a two-element array [start, end] to keep the JSON compact.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        guard end >= start else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "span end before start")
        }
        self.init(start: start, end: end)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}

extension String {
    /// The text covered by `span`, or nil when the span is out of bounds or splits a character.
    public func slice(_ span: Span) -> Substring? {
        let bytes = utf8
        guard span.start >= 0, span.end <= bytes.count,
              let lower = bytes.index(bytes.startIndex, offsetBy: span.start, limitedBy: bytes.endIndex),
              let upper = bytes.index(lower, offsetBy: span.length, limitedBy: bytes.endIndex),
              lower.samePosition(in: unicodeScalars) != nil,
              upper.samePosition(in: unicodeScalars) != nil
        else { return nil }
        return self[lower..<upper]
    }
}
