/// A fleet the scenario declares (`groups:`): how many machines it really has and what the ones the
/// scenario does not list as assets are called and show, so that `sweep` covers the whole fleet the
/// text speaks of (twelve web servers), not just the few assets that carry a story.
public struct AssetGroup: Sendable, Hashable, Codable {
    /// The id assets name in their `groups:` (`web-fleet`).
    public var id: String
    /// How many members the fleet has, listed assets included.
    public var size: Int
    /// The names of every member, from `members: web-{01..12}`, in order; empty when the file gives
    /// only a size (the members it does not list are then summarised by count).
    public var memberNames: [String]
    /// What a sweep finds on a member the scenario does not list ("nothing unusual").
    public var rest: String?

    /// Creates a group.
    public init(id: String, size: Int, memberNames: [String], rest: String?) {
        self.id = id
        self.size = size
        self.memberNames = memberNames
        self.rest = rest
    }

    /// Expands a member pattern: `web-{01..12}` gives web-01 … web-12 (the width of the first number
    /// pads them all); a pattern without braces names one member. Nil when the braces do not hold
    /// `first..last` with first ≤ last, or when the range is implausibly large.
    public static func expand(_ pattern: String) -> [String]? {
        guard let open = pattern.firstIndex(of: "{") else { return pattern.contains("}") ? nil : [pattern] }
        guard let close = pattern[open...].firstIndex(of: "}") else { return nil }
        let range = pattern[pattern.index(after: open)..<close].components(separatedBy: "..")
        guard range.count == 2, let first = Int(range[0]), let last = Int(range[1]), first >= 0, first <= last,
              last - first < Self.largestPattern, range.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        let width = range[0].count
        let head = pattern[..<open], tail = pattern[pattern.index(after: close)...]
        guard !tail.contains("{") else { return nil }
        return (first...last).map { number in
            let digits = String(number)
            return head + String(repeating: "0", count: max(0, width - digits.count)) + digits + tail
        }
    }

    /// The most members a pattern may name: a fleet beyond that is summarised by its size alone.
    public static let largestPattern = 10_000
}
