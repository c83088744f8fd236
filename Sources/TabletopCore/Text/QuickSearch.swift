import Foundation

extension StringProtocol {
    /// Whether the text contains `needle`, answering exactly as Foundation's `contains` (`range(of:)`, a
    /// canonical-equivalence search) does, but with a scan of the UTF-8 bytes first: when the bytes of
    /// `needle` are not in the text, Foundation cannot find it either, and most texts searched while
    /// loading a scenario hold none of the phrases looked for (issue 21: these searches were a seventh of
    /// loading 10,000 injects). Only when the bytes are there does Foundation decide.
    ///
    /// The byte scan is used only for a needle of ASCII without `K`, `;` or `` ` ``: those are the only ASCII
    /// characters with a canonically equivalent non-ASCII spelling (KELVIN SIGN, GREEK QUESTION MARK, GREEK
    /// VARIA), which Foundation would find where the bytes differ; any other needle goes to Foundation.
    func quickContains(_ needle: String) -> Bool {
        // Another needle goes to Foundation directly.
        let prefilter = needle.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
        guard !prefilter || Self.mayContain(utf8, needle.utf8) else { return false }
        return range(of: needle) != nil
    }

    /// Whether `needle`'s bytes occur, in order and together, in `haystack`.
    private static func mayContain(_ haystack: UTF8View, _ needle: String.UTF8View) -> Bool {
        let pattern = Array(needle)
        guard let first = pattern.first else { return true }
        let found = haystack.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
        if let found { return found }
        // Not contiguous (a bridged string): the plain way.
        let bytes = Array(haystack)
        return bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { start in
            bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, answered without Foundation when the text starts
    /// and ends with a printable ASCII character other than a space (nothing to trim: the text itself),
    /// which is nearly every text of a scenario (issue 21: Foundation's trimming was a fifth of replaying
    /// a long log, and a twentieth of loading a large scenario).
    func trimmingWhitespaceAndNewlines() -> String {
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, answered without Foundation when the text starts and ends
    /// with a printable ASCII character other than a space (nothing to trim).
    func trimmingWhitespaces() -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
