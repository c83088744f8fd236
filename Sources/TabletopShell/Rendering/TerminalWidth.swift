import Synchronization

/// The terminal's width in columns as the readline input last saw it: updated when the window is resized,
/// read by renderers that follow the terminal, so text typed after a resize wraps at the new width.
public enum TerminalWidth {
    private static let columns = Atomic<Int>(0)

    /// Records the width after a resize.
    public static func update(_ value: Int) {
        columns.store(value, ordering: .relaxed)
    }

    /// The width after the last resize, if there was one.
    public static var current: Int? {
        let value = columns.load(ordering: .relaxed)
        return value > 0 ? value : nil
    }
}
