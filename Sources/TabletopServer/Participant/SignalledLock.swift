import Foundation

/// A lock whose every release wakes the threads waiting for what it guards to change: the participant
/// client's threads wait on it instead of polling.
final class SignalledLock: @unchecked Sendable {
    private let condition = NSCondition()

    /// Runs `body` holding the lock, then wakes every waiter (it may have changed what they wait for).
    func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return body()
    }

    /// Waits, holding the lock while `done` is asked, until it holds or `seconds` have passed (nil: no
    /// limit); returns whether it holds.
    @discardableResult
    func wait(seconds: Double?, until done: () -> Bool) -> Bool {
        let deadline = seconds.map { Date().addingTimeInterval($0) } ?? .distantFuture
        condition.lock()
        defer { condition.unlock() }
        while !done() {
            guard condition.wait(until: deadline) else { return done() }
        }
        return true
    }
}
