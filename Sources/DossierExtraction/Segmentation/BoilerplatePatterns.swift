/// The openings and whole lines that mark navigation, promotion, credits and legal lines in
/// scraped news. Matching is ASCII case-insensitive at the start of a paragraph (after an
/// optional bullet or opening bracket), and a pattern must end at a word boundary, so
/// "Related:" matches and "Relatedly" does not.
enum BoilerplatePatterns {
    /// A group of patterns and the longest paragraph (in words) they may mark: promotion lines
    /// are short, and a long paragraph that happens to start with "Subscribe" is prose.
    struct Group {
        let patterns: [StaticString]
        let maxWords: Int
        let wholeLine: Bool
    }

    static let groups: [Group] = [
        Group(patterns: [
            "also read", "read also", "read more", "read:", "see also", "related:", "related articles",
            "related stories", "related news", "related coverage", "related content", "related reading",
            "related topics", "more on this", "more from", "more stories", "you may also like",
            "you might also like", "recommended for you", "recommended:", "subscribe", "share this",
            "share on", "share:", "follow us", "follow our", "click here", "sign up for", "sign up to",
            "sign up:", "advertisement", "sponsored content", "story continues", "continue reading",
            "listen to this article", "download the app", "download our app", "join our",
            "like us on", "get the latest", "don't miss", "must read", "trending:", "watch:",
            "watch now", "watch video", "read the full", "for more news", "for more information",
            "for the latest", "this article was", "this story was", "originally published",
            "last updated", "updated:", "published:", "posted:", "posted on", "report an error",
            "support our journalism", "support independent", "become a member", "tags:",
        ], maxWords: 40, wholeLine: false),
        Group(patterns: [
            "(reporting by", "(additional reporting", "(editing by", "(writing by", "(compiled by",
            "(reporting and writing", "reporting by", "additional reporting by", "editing by",
            "writing by", "compiled by", "edited by", "with reporting by", "(ap photo", "(photo",
            "(afp photo", "(reuters photo", "(file photo",
        ], maxWords: 60, wholeLine: false),
        Group(patterns: [
            "copyright", "\u{00A9}", "(c) 1", "(c) 2", "all rights reserved",
        ], maxWords: 60, wholeLine: false),
        Group(patterns: [
            "image:", "photo:", "photograph:", "picture:", "credit:", "photo credit", "image credit",
            "file photo", "image source", "source:", "video:", "graphic:",
        ], maxWords: 10, wholeLine: false),
        Group(patterns: [
            "share", "tweet", "email", "print", "comments", "related", "more", "sponsored",
            "recommended", "top stories", "most read", "most popular", "loading", "skip to content",
            "next article", "previous article", "back to top", "menu", "home",
        ], maxWords: 3, wholeLine: true),
    ]

    /// Section headings after which everything to the end of the article is apparatus
    /// (Wikinews "Sources", "External links").
    static let trailingSections: [StaticString] = [
        "sources", "source", "references", "external links", "further reading", "notes",
    ]

    /// Section headings that introduce a list of links ("Related news", "See also").
    static let linkSections: [StaticString] = [
        "related news", "related articles", "related stories", "related", "see also",
        "related coverage", "more stories", "more from", "read more", "also read",
    ]

    /// Whether `text[lo..<hi]` starts with `pattern`, ASCII case-insensitively, ending at a
    /// word boundary (or the pattern ends in punctuation).
    static func hasPrefix(_ text: UTF8Text, _ lo: Int, _ hi: Int, _ pattern: StaticString) -> Bool {
        pattern.withUTF8Buffer { p in
            let count = p.count
            guard count > 0, hi - lo >= count else { return false }
            for k in 0..<count {
                var b = text[lo + k]
                if b &- 0x41 < 26 { b |= 0x20 }
                if b != p[k] { return false }
            }
            let lastIsLetter = (p[count - 1] | 0x20) &- 0x61 < 26
            guard lastIsLetter, lo + count < hi else { return true }
            return !text.classify(lo + count).0.isWordCharacter
        }
    }

    /// Whether `text[lo..<hi]` is `pattern` with nothing after it but punctuation or space.
    static func isWholeLine(_ text: UTF8Text, _ lo: Int, _ hi: Int, _ pattern: StaticString) -> Bool {
        guard hasPrefix(text, lo, hi, pattern) else { return false }
        var i = lo + pattern.withUTF8Buffer { $0.count }
        while i < hi {
            let (cls, length) = text.classify(i)
            if cls.isWordCharacter { return false }
            i += length
        }
        return true
    }
}
