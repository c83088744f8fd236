import Foundation
import TabletopCore
import TabletopStore

/// A recorded drill opened to go on (`resume`, `host --resume`): locked, checked, completed.
public struct ContinuedSession {
    /// The log as it was read.
    public let log: SessionLog
    /// Where the log is.
    public let path: String
    /// The writer that continues it, holding its lock.
    public let writer: SessionLogWriter
    /// The engine where the log leaves the drill.
    public let engine: Engine
    /// What the last input caused that was never written to the log nor shown, because the drill was
    /// killed between recording the input and showing its outcome; now written, to be shown.
    public let missed: [TabletopCore.Output]
}
