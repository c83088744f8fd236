import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fault a crash-safety test can ask for: `TABLETOP_TEST_KILL_AT_SYNC=N` kills the process with
/// SIGKILL at its Nth line that must survive (a `sync` line), after the line was written and before it
/// was flushed (which, with `SessionLogWriter.syncEvery` above 1, may be many lines later).
///
/// The test suite kills a drill this way at every such line of a scripted drill and checks that `verify`,
/// `resume`, `replay --check` and the final score all hold; nothing else reads the variable.
enum TestFaults {
    private static let killAt: Int? = ProcessInfo.processInfo.environment["TABLETOP_TEST_KILL_AT_SYNC"].flatMap { Int($0) }
    nonisolated(unsafe) private static var syncs = 0

    /// Called after every `sync` line is written, before it is (or is not yet) flushed.
    static func beforeSync() {
        guard let killAt else { return }
        syncs += 1
        if syncs == killAt { kill(getpid(), SIGKILL) }
    }
}
