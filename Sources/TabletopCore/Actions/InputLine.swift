/// What a typed line may be before it is recorded in a session log.
///
/// A line is refused before it is written, not after: a refused line must cost nothing, and a
/// 100 MB paste would otherwise sit in the log and every report made from it.
public enum InputLine {
    /// The longest line accepted, in bytes of UTF-8: room for a long statement, not for a file.
    public static let maximumBytes = 4_000

    /// Why a line is refused before it is recorded, or nil when it may be recorded.
    public static func refusal(_ line: String) -> String? {
        let bytes = line.utf8.count
        if bytes > maximumBytes {
            return "that line is \(bytes) bytes long; a line can be at most \(maximumBytes) (write a summary, not a document)"
        }
        if let control = TerminalText.firstControl(in: line) {
            return "that line holds a control character (\(TerminalText.visible(control.scalar))) at column \(control.offset + 1); type it again without it"
        }
        return nil
    }
}
