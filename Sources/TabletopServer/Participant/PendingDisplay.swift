import Foundation

/// Text that network threads want shown, held until the main thread (which owns readline) shows it.
///
/// Readline is not thread-safe: only the thread reading lines may draw. Non-interactive inputs have no
/// line being edited, so their text is written at once.
public final class PendingDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private let immediate: Bool

    /// `immediate` when standard input is not a readline terminal.
    public init(immediate: Bool) {
        self.immediate = immediate
    }

    /// Queues text (or writes it now, for non-interactive inputs).
    public func push(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if immediate {
            // `try?`: a full disk or a closed pipe behind standard output must not crash the drill.
            try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
        } else {
            lines.append(text)
        }
    }

    /// Shows what is queued with `show` (the line input's display); call on the main thread only.
    public func drain(into show: (String) -> Void) {
        lock.lock()
        let pending = lines
        lines.removeAll()
        lock.unlock()
        for text in pending { show(text) }
    }
}
