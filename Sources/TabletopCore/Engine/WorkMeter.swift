import Foundation

/// Counts units of work (decisions read from the decision log) done by the code a test runs under it, so
/// that a test can tell linear from quadratic work by a count rather than by a clock. Counting happens
/// in debug builds only: a release build pays nothing for it, and `isCounting` is false there.
public final class WorkMeter: @unchecked Sendable {
    // @unchecked: `units` is only touched under `lock`.
    private let lock = NSLock()
    private var units = 0

    /// A meter at zero.
    public init() {}

    /// The units counted so far.
    public var count: Int { lock.withLock { units } }

    /// The meter counting for the current task, if a caller set one with `measure`.
    @TaskLocal static var current: WorkMeter?

    /// Whether this build counts at all (debug builds).
    public static var isCounting: Bool {
        #if DEBUG
        true
        #else
        false
        #endif
    }

    /// Runs `body` with this meter counting what it reads; returns what `body` returns.
    public func measure<T>(_ body: () throws -> T) rethrows -> T {
        try Self.$current.withValue(self) { try body() }
    }

    /// Adds `units` to the current task's meter, if any (debug builds only).
    @inline(__always)
    static func count(_ units: Int) {
        #if DEBUG
        guard let meter = current else { return }
        meter.lock.withLock { meter.units += units }
        #endif
    }
}
