import Foundation
import TabletopCore
#if canImport(Glibc)
import Glibc
#endif

/// Appends records to a session log, each line chained to the one before; `sync` lines are on disk
/// (fsync) before `append` returns, so what the trainee is shown next cannot be lost.
public final class SessionLogWriter {
    /// Where the log is.
    public let path: String
    private let descriptor: Int32
    private var nextSeq: Int
    private var previousHash: String

    /// Starts a new log with its header; refuses to overwrite an existing file.
    public init(creating path: String, header: SessionHeader) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError("cannot create the session log \(path): \(String(cString: strerror(errno)))")
        }
        nextSeq = 0
        previousHash = SessionLine.genesis
        try append(.header(header), sync: true)
    }

    /// Continues an existing log, first cutting off a partial last line if a crash left one.
    public init(appendingTo path: String, after log: SessionLog) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError("cannot open the session log \(path) for writing: \(String(cString: strerror(errno)))")
        }
        if log.droppedPartialLine {
            guard ftruncate(descriptor, off_t(log.completeLength)) == 0 else {
                throw StoreError("cannot cut the partial last line of \(path): \(String(cString: strerror(errno)))")
            }
        }
        nextSeq = log.lineCount
        previousHash = log.lastHash
    }

    deinit {
        close(descriptor)
    }

    /// Writes one record as one line; with `sync`, waits until it is on disk.
    public func append(_ record: SessionRecord, sync: Bool) throws {
        let line = try SessionLine(seq: nextSeq, prev: previousHash, record: record)
        let bytes = try line.encoded()
        var buffer = bytes
        buffer.append(0x0A)
        try buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StoreError("cannot write to the session log \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
        if sync, fsync(descriptor) != 0 {
            throw StoreError("cannot flush the session log \(path) to disk: \(String(cString: strerror(errno)))")
        }
        nextSeq += 1
        previousHash = SessionLine.hash(bytes)
    }

    /// Reads and checks a log file.
    public static func read(_ path: String, decodeOutputs: Bool = true) throws -> SessionLog {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError("\(path): no such session log") }
        guard let data = FileManager.default.contents(atPath: path) else { throw StoreError("\(path): cannot be read") }
        switch SessionLog.parse([UInt8](data), decodeOutputs: decodeOutputs) {
        case .success(let log): return log
        case .failure(let problem): throw StoreError("\(path): \(problem)")
        }
    }
}
