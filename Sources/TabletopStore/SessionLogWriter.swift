import Foundation
import TabletopCore
#if canImport(Glibc)
import Glibc
#endif

/// Appends records to a session log, each line chained to the one before; `sync` lines are on disk
/// (fsync) before `append` returns, so what the trainee is shown next cannot be lost.
///
/// A writer holds the session's lock for as long as it lives, so a log has one writer at a time.
/// Before every append it checks that its open file is still the one at `path`: a log deleted or
/// replaced under a running drill would otherwise swallow every later decision unseen. Then what the
/// open file holds, and the record that was to be appended, go to a recovery file beside it.
public final class SessionLogWriter {
    /// Where the log is.
    public let path: String
    /// The session id, for messages.
    public let sessionID: String
    private let descriptor: Int32
    private let lock: SessionLock
    private var nextSeq: Int
    private var previousHash: String
    /// Set once the log was found deleted or replaced: nothing more is written anywhere.
    private var lost = false
    private var closed = false

    /// Starts a new log with its header; refuses to overwrite an existing file.
    public init(creating path: String, header: SessionHeader) throws {
        self.path = path
        sessionID = header.session
        lock = try SessionLock(logPath: path, sessionID: header.session)
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError("cannot create the session log \(path): \(String(cString: strerror(errno)))")
        }
        nextSeq = 0
        previousHash = SessionLine.genesis
        do {
            try append(.header(header), sync: true)
        } catch {
            // A log without its header is no session (a full disk, say): leave no empty file behind.
            unlink(path)
            throw error
        }
    }

    /// Continues an existing log, first cutting off a partial last line if a crash left one.
    ///
    /// `lock` must have been taken before `log` was read, so that nobody appended in between.
    public init(appendingTo path: String, after log: SessionLog, lock: SessionLock) throws {
        self.path = path
        sessionID = log.header.session
        self.lock = lock
        descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
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
        if !closed { Glibc.close(descriptor) }
    }

    /// Closes the log and lets go of the session's lock: nothing more can be appended. (A process
    /// that ends does the same; a server restarted in the same process needs it said.)
    public func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
        lock.release()
    }

    /// The anchor of what has been written: the last line's sequence number and hash.
    public var anchor: SessionAnchor { SessionAnchor(seq: nextSeq - 1, hash: previousHash) }

    /// Writes one record as one line; with `sync`, waits until it is on disk.
    public func append(_ record: SessionRecord, sync: Bool) throws {
        guard !lost else { throw StoreError("the session log \(path) is gone; nothing more is written") }
        guard !closed else { throw StoreError("the session log \(path) is closed; nothing more is written") }
        let line = try SessionLine(seq: nextSeq, prev: previousHash, record: record)
        var buffer = try line.encoded()
        let hash = SessionLine.hash(buffer)
        buffer.append(0x0A)
        if let problem = stillAtPath() {
            lost = true
            throw StoreError(recover(problem, pending: buffer))
        }
        try Self.writeAll(buffer, to: descriptor, path: path)
        if sync {
            TestFaults.beforeSync()
            if fsync(descriptor) != 0 {
                throw StoreError("cannot flush the session log \(path) to disk: \(String(cString: strerror(errno)))")
            }
        }
        nextSeq += 1
        previousHash = hash
    }

    /// Closes this run of the drill with a seal (flushed): `verify` reads a log that does not end with
    /// one as interrupted or cut short. A later run appends after the seal and seals again.
    public func seal(_ reason: String, wall: String) throws {
        try append(.note(SessionNote(kind: SessionLog.sealKind, text: "\(reason); \(nextSeq + 1) lines", wall: wall)), sync: true)
    }

    /// Why the open file is no longer the session log at `path`, or nil when it still is.
    private func stillAtPath() -> String? {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0 else { return "it can no longer be read" }
        guard stat(path, &named) == 0 else { return "it was deleted" }
        guard open.st_nlink > 0, named.st_ino == open.st_ino, named.st_dev == open.st_dev else { return "it was replaced by another file" }
        return nil
    }

    /// Copies what the open (deleted or replaced) file holds, plus the line that was to be written,
    /// to a new file beside the log; returns the message that says where it went.
    private func recover(_ problem: String, pending: [UInt8]) -> String {
        var bytes = [UInt8]()
        var offset: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count <= 0 { break }
            bytes += chunk[..<count]
            offset += off_t(count)
        }
        bytes += pending
        let folder = (path as NSString).deletingLastPathComponent
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        try? FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        for attempt in 1...100 {
            let name = attempt == 1 ? "\(stem).recovered.jsonl" : "\(stem).recovered-\(attempt).jsonl"
            let target = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            let file = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if file < 0 { if errno == EEXIST { continue } else { break } }
            defer { Glibc.close(file) }
            guard (try? Self.writeAll(bytes, to: file, path: target)) != nil, fsync(file) == 0 else { break }
            return "the session log \(path) changed under the drill (\(problem)), so nothing more is written to it; "
                + "everything recorded so far is in \(target): continue with 'tabletop resume \(target)'"
        }
        return "the session log \(path) changed under the drill (\(problem)) and no recovery file could be written beside it; "
            + "nothing more is written"
    }

    /// Writes every byte, retrying interrupted and short writes.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { raw in
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
