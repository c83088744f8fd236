/// A session log read back: its lines checked against the hash chain.
public struct SessionLog: Sendable {
    /// The header.
    public var header: SessionHeader
    /// Every complete line, header first.
    public var lines: [SessionLine]
    /// SHA-256 of the last complete line, the `prev` of the next one to append.
    public var lastHash: String
    /// Whether a cut-off last line (a write interrupted by a crash or power cut) was dropped.
    public var droppedPartialLine: Bool
    /// Bytes of the file up to the end of the last complete line; the rest is the partial line.
    public var completeLength: Int

    /// Why a log cannot be used.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line at fault, when one is.
        public var line: Int?
        /// What is wrong.
        public var message: String

        /// Creates a problem report.
        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { line.map { "line \($0): \(message)" } ?? message }
    }

    /// Reads a log, checking every line's position and the hash of the line before it.
    public static func parse(_ bytes: [UInt8]) -> Result<SessionLog, Problem> {
        var lines: [SessionLine] = []
        var previousHash = SessionLine.genesis
        var start = 0
        var completeLength = 0
        var index = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { break }
            let slice = bytes[start..<newline]
            let number = index + 1
            let line: SessionLine
            do {
                line = try SessionLine.decode(slice)
            } catch {
                return .failure(Problem(line: number, message: "not a session record; the log is damaged"))
            }
            guard line.isIntact else {
                return .failure(Problem(line: number, message: "the line's checksum does not match its content; it was edited"))
            }
            guard line.seq == index else {
                return .failure(Problem(line: number, message: "expected record \(index), found \(line.seq); lines were removed or reordered"))
            }
            guard line.prev == previousHash else {
                return .failure(Problem(line: number, message: "the hash chain breaks here: line \(number - 1) or this one was edited"))
            }
            if index == 0 {
                guard case .header(let header) = line.record else {
                    return .failure(Problem(line: 1, message: "the first line is not a session header"))
                }
                guard header.format >= 1 else {
                    return .failure(Problem(line: 1, message: "session format \(header.format) is older than any this version reads (1 to \(SessionHeader.currentFormat))"))
                }
                guard header.format <= SessionHeader.currentFormat else {
                    return .failure(Problem(line: 1, message: "written by a newer tabletop (session format \(header.format)); this version reads format \(SessionHeader.currentFormat)"))
                }
            }
            previousHash = SessionLine.hash(slice)
            lines.append(line)
            index += 1
            start = newline + 1
            completeLength = start
        }
        guard let first = lines.first, case .header(let header) = first.record else {
            return .failure(Problem(line: nil, message: "the file holds no session header; it is empty or not a session log"))
        }
        return .success(SessionLog(header: header, lines: lines, lastHash: previousHash,
                                   droppedPartialLine: completeLength < bytes.count, completeLength: completeLength))
    }

    /// The records after the header, in order.
    public var records: [SessionRecord] { lines.dropFirst().map(\.record) }

    /// The outputs recorded, in order.
    public var outputs: [Output] {
        records.compactMap { if case .output(let output) = $0 { output } else { nil } }
    }
}
