import Foundation

/// The median of some values (the middle one; the upper middle for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `body` `runs` times and returns the median wall time in seconds.
func measure(runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    return median((0..<runs).map { _ in seconds(clock.measure(body)) })
}

func format(_ seconds: Double) -> String {
    if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

/// `PASS` or `MISS` against a bar.
func verdict(_ passed: Bool) -> String { passed ? "PASS" : "MISS" }

/// The value below which `fraction` of the values lie (nearest rank): a high percentile stands for
/// "the slowest single input" where a maximum would be decided by one preempted run.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
}

/// "1.4×": a figure as a multiple of its floor.
func ratio(_ figure: Double, _ floor: Double) -> String { String(format: "%.1f×", figure / floor) }

/// The group's result, or a one-line error on standard error and exit status 1 when it fails (a missing
/// product, a child that exits non-zero) instead of a crash with a stack trace.
func orExit<Result>(_ group: String, _ body: () throws -> Result) -> Result {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data("tabletop-bench: \(group): error: \(error)\n".utf8))
        exit(1)
    }
}
