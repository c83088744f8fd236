import Crypto

extension SessionLog {
    /// The kind of the note that closes every run of a drill (`play`, `resume`, a hosted drill).
    public static let sealKind = "sealed"

    /// The kind of the note `resume --force` writes when it continues a log that was cut short.
    public static let cutKind = "cut"

    /// The cuts a forced resume recorded in this log, in words.
    public var recordedCuts: [String] {
        records.compactMap { if case .note(let note) = $0, note.kind == Self.cutKind { note.text } else { nil } }
    }

    /// Where the log ends: its last line's sequence number and hash.
    public var anchor: SessionAnchor { SessionAnchor(seq: lineCount - 1, hash: lastHash) }

    /// Whether the last run closed the log with a seal; a log that ends without one was interrupted
    /// (a crash, a kill, a power cut) or lost lines at its end.
    public var isSealed: Bool {
        if case .note(let note) = records.last, note.kind == Self.sealKind { return true }
        return false
    }

    /// How a log stands against an anchor recorded earlier.
    public enum AnchorCheck: Sendable, Equatable {
        /// The anchored line is there, unchanged.
        case holds
        /// The log has fewer lines than when the anchor was taken.
        case shorter(lines: Int, anchored: Int)
        /// The anchored line is there but is not the line that was anchored: the log was cut and rewritten.
        case rewritten(line: Int)
    }

    /// Checks that the log (whose bytes are `bytes`) still holds the anchored line.
    public func check(_ anchor: SessionAnchor, bytes: [UInt8]) -> AnchorCheck {
        guard anchor.seq < lineCount else { return .shorter(lines: lineCount, anchored: anchor.seq + 1) }
        var start = 0
        var index = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            if index == anchor.seq {
                let hash = SessionLine.hexBytes(SHA256.hash(data: bytes[start..<newline]))
                return hash.elementsEqual(anchor.hash.utf8) ? .holds : .rewritten(line: index + 1)
            }
            index += 1
            start = newline + 1
        }
        return .shorter(lines: lineCount, anchored: anchor.seq + 1)
    }
}
