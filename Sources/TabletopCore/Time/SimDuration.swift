import Foundation

/// A span of simulated time, in whole seconds.
///
/// Written in files and shell lines as a number and a unit, or several joined: `45s`, `30m`, `2h`,
/// `1d`, `1h30m`. A bare `0` is also accepted.
public struct SimDuration: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The length in seconds.
    public var seconds: Int

    /// Creates a duration of the given number of seconds.
    public init(seconds: Int) { self.seconds = seconds }

    /// A duration of `n` minutes.
    public static func minutes(_ n: Int) -> SimDuration { SimDuration(seconds: n * 60) }
    /// A duration of `n` hours.
    public static func hours(_ n: Int) -> SimDuration { SimDuration(seconds: n * 3600) }
    /// No time at all.
    public static let zero = SimDuration(seconds: 0)

    /// The largest duration a file may state (one year), so arithmetic never overflows.
    public static let maximum = SimDuration(seconds: 366 * 86_400)

    private static let units: [(suffix: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// Parses `30m`, `2h`, `1d`, `1h30m`, `0`; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "0" { self.init(seconds: 0); return }
        var total = 0
        var number = ""
        var sawUnit = false
        var lastUnitRank = -1
        for character in trimmed {
            if character.isASCII, character.isNumber {
                number.append(character)
                guard number.count <= 7 else { return nil }
            } else if let rank = Self.units.firstIndex(where: { $0.suffix == character }) {
                // Units must come largest first and each at most once: "1h30m", not "30m1h".
                guard let value = Int(number), rank > lastUnitRank else { return nil }
                total += value * Self.units[rank].seconds
                number = ""
                sawUnit = true
                lastUnitRank = rank
            } else {
                return nil
            }
        }
        guard sawUnit, number.isEmpty, total <= Self.maximum.seconds else { return nil }
        self.init(seconds: total)
    }

    /// The shortest spelling that parses back to the same value: `1h30m`, `45s`, `0m`.
    public var description: String {
        guard seconds > 0 else { return "0m" }
        var rest = seconds
        var text = ""
        for unit in Self.units where rest >= unit.seconds {
            text += "\(rest / unit.seconds)\(unit.suffix)"
            rest %= unit.seconds
        }
        return text
    }

    /// The clock form used in prompts and transcripts: `01:35` for 95 minutes, `26:00` past a day.
    public var clock: String {
        let minutes = seconds / 60
        return "\(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool { lhs.seconds < rhs.seconds }

    /// Encoded as a bare number of seconds, which keeps logs and saved states short and exact.
    public init(from decoder: any Decoder) throws {
        seconds = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(seconds)
    }
    public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration { SimDuration(seconds: lhs.seconds + rhs.seconds) }
}
