import Foundation

extension String {
    /// Foundation's `trimmingCharacters(in:)`, done scalar by scalar in Swift: the same text, without a
    /// round trip through `NSString` and UTF-16 (issue 21: that round trip was a thirtieth of replaying
    /// a drill). Being more specific than Foundation's generic one, it is what the core's calls mean.
    func trimmingCharacters(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        // Nothing to trim: the text itself, with no copy.
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(Substring(scalars[start..<end]))
    }

    /// Foundation's `replacingOccurrences(of:with:)`, done on the bytes when the text and the target
    /// are plain ASCII (the same left-to-right, non-overlapping replacement; canonical equivalence has
    /// nothing to add there, as in `quickContains`), else by Foundation.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        let plain = !target.isEmpty && target.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") && $0 != 0x0A && $0 != 0x0D }
        guard plain, utf8.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: target, with: replacement, options: [], range: nil)
        }
        let bytes = Array(utf8), pattern = Array(target.utf8)
        var result: [UInt8] = [], index = 0, replaced = false
        result.reserveCapacity(bytes.count)
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: replacement.utf8)
                index += pattern.count
                replaced = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return replaced ? String(decoding: result, as: UTF8.self) : self
    }
}
