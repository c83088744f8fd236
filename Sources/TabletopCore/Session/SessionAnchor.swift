/// Where a session log ended when it was last seen: its last line's sequence number and hash.
///
/// The history keeps one per session. A log read later must still hold that line with that hash:
/// a log cut short (and perhaps continued since) cannot, which is what makes truncation visible.
public struct SessionAnchor: Sendable, Hashable, Codable {
    /// The `seq` of the last line (the header is 0).
    public var seq: Int
    /// The SHA-256 of that line, as the next line's `prev` names it.
    public var hash: String

    /// Creates an anchor.
    public init(seq: Int, hash: String) {
        self.seq = seq
        self.hash = hash
    }
}
