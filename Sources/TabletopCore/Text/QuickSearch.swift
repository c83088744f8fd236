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
    ///
    /// When the text too is plain ASCII, the byte scan is the answer: canonical equivalence maps no
    /// ASCII character but those three to another, so Foundation finds exactly the same (issue 21:
    /// Foundation's search was a tenth of replaying a drill). A needle with a carriage return or line
    /// feed still goes to Foundation, which may treat "\r\n" as one character.
    func quickContains(_ needle: String) -> Bool {
        // Another needle goes to Foundation directly.
        let prefilter = !needle.isEmpty && needle.utf8.allSatisfy {
            $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") && $0 != 0x0A && $0 != 0x0D
        }
        guard prefilter else { return range(of: needle) != nil }
        guard Self.mayContain(utf8, needle.utf8) else { return false }
        if Self.isPlainASCII(utf8) { return true }
        return range(of: needle) != nil
    }

    /// Whether every byte is ASCII: such a text has no character Foundation's search could read as
    /// equivalent to another.
    private static func isPlainASCII(_ bytes: UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in buffer.allSatisfy { $0 < 0x80 } } ?? bytes.allSatisfy { $0 < 0x80 }
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

extension String {
    /// Foundation's `contains` for a text in a text, by `quickContains`: the same answer, without
    /// Foundation's search where plain bytes decide. Being more specific than Foundation's generic
    /// `contains`, it is what `text.contains("phrase")` means throughout the core.
    func contains(_ other: String) -> Bool { quickContains(other) }
}

extension Substring {
    /// As `String.contains(_:)`, for a slice.
    func contains(_ other: String) -> Bool { quickContains(other) }
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
