import Foundation

/// Results of a pure function of text, remembered per process: `ask` and `inspect` read the topic words
/// of every fact, inject and name seen so far, and whether each of them names an asset, on every line
/// (issue 21). The texts are the scenario's, so the same few hundred are asked about again and again;
/// remembering their answers makes a line's cost independent of how much was seen before it.
///
/// Only pure functions are memoized, so what the engine decides is the same with or without the memo.
/// Past `limit` entries the memo starts again empty, so typed text cannot make it grow without bound.
final class TextMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    // Look-ups only, never iterated: no output depends on the order of this Dictionary.
    private var values: [Key: Value] = [:]
    private let limit: Int

    /// An empty memo that keeps at most `limit` entries.
    init(limit: Int) {
        self.limit = limit
    }

    /// The remembered value for `key`, or `compute(key)` (then remembered).
    func value(_ key: Key, compute: (Key) -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = compute(key)
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}

/// What `Engine.mentions` is asked: whether the text names the asset (of this id and name).
struct MentionQuestion: Hashable, Sendable {
    let text: String
    let assetID: String
    let assetName: String
}
