import Foundation

/// Work on many recorded sessions spread over the machine's cores, the results in the order given: a
/// cohort report or `history import` replays and scores each session on its own, and one core did all of
/// them (issue 21). Each transform must be pure in its input (a replay and a scoring are); what is
/// shown or written is shown or written afterwards, in order, by the caller.
public enum OrderedConcurrentMap {
    /// `transform` of every item, computed concurrently, in the items' order.
    public static func map<Item: Sendable, Value: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Value) -> [Value] {
        guard items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(transform) }
        let results = Slots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }

    /// One slot per item, filled from any thread.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Value) {
            lock.withLock { slots[index] = value }
        }

        func values() -> [Value] {
            lock.withLock { slots.map { $0! } }
        }
    }
}
