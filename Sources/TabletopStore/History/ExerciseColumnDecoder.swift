import Foundation
import TabletopCore

/// Reads the `exercise` columns both backends keep as JSON text (players, hard fails, variants) and the
/// seed, kept as text, decoding each distinct text once.
///
/// Issue 21: a list of 10,000 exercises ran `JSONDecoder` 30,000 times, mostly over the same few texts (`[]`,
/// a trainee's player, a scenario's variant picks). A text that does not decode reads as it always did:
/// no players, no hard fails or variants (nil).
struct ExerciseColumnDecoder {
    private let decoder = JSONDecoder()
    private var players: [String: [Player]] = [:]
    private var lists: [String: [String]?] = [:]

    /// The players a `players` column holds; none when it does not decode.
    mutating func players(_ text: String) -> [Player] {
        if let known = players[text] { return known }
        let value = (try? decoder.decode([Player].self, from: Data(text.utf8))) ?? []
        players[text] = value
        return value
    }

    /// The strings a `hardFails` or `variants` column holds; nil when there is none or it does not decode.
    mutating func strings(_ text: String?) -> [String]? {
        guard let text else { return nil }
        if let known = lists[text] { return known }
        let value = try? decoder.decode([String].self, from: Data(text.utf8))
        lists[text] = .some(value)
        return value
    }

    /// The seed, kept as text: it may use all 64 bits, more than SQLite's signed integer holds.
    func seed(_ text: String?) -> UInt64? {
        text.flatMap { UInt64($0) }
    }
}
