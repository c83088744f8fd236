import Foundation
import TabletopCore
#if canImport(Glibc)
import Glibc
#endif

/// Appends records to a session log, each line chained to the one before. Every line is written
/// (`write`) before `append` returns, so the kernel holds it and a crash or kill of the process loses
/// nothing the trainee was shown next. `sync` lines are also flushed to disk (fsync), at once or, with
/// `syncEvery` above 1, every that many of them and whenever `flush` is called (at a pause, at the end):
/// a power loss or kernel crash can lose the lines since the last flush (issue 21: an fsync per line was
/// most of a scripted drill's time).
///
/// A writer holds the session's lock for as long as it lives, so a log has one writer at a time.
/// Before every append it checks that its open file is still the one at `path`, unchanged since its
/// own last write (size and modification times): a log deleted, replaced, emptied or edited under a
/// running drill would otherwise swallow every later decision unseen. Then the log as this writer
/// wrote it (it keeps a copy), and the record that was to be appended, go to a recovery file beside it.
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
    /// The whole log as this writer knows it: what it read at the start and everything it wrote.
    private var copy: [UInt8] = []
    /// The file as this writer last left it, to notice changes made by anything else.
    private var lastSeen: FileState?
    /// Where the log was recovered to after it changed under the drill, and the message that says so.
    public private(set) var loss: String?
    /// The command that continues a recovered log, for that message (a team drill's is `tabletop host --resume`).
    public var continueCommand = "tabletop resume"
    /// How many `sync` lines may wait for one fsync; 1 (the default) flushes each as it is written.
    public var syncEvery = 1
    /// `sync` lines written since the last fsync.
    private var unsynced = 0
    /// Whether anything was written since the last fsync.
    private var dirty = false
    /// How many times the log was flushed to disk (fsync) by this writer.
    public private(set) var flushes = 0

    /// Starts a new log with its header; refuses to overwrite an existing file.
    public init(creating path: String, header: SessionHeader) throws {
        self.path = path
        sessionID = header.session
        let created = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard created >= 0 else {
            throw StoreError("cannot create the session log \(path): \(String(cString: strerror(errno)))")
        }
        do {
            lock = try SessionLock(logPath: path, sessionID: header.session)
        } catch {
            Glibc.close(created)
            unlink(path)
            throw error
        }
        descriptor = created
        nextSeq = 0
        previousHash = SessionLine.genesis
        do {
            try append(.header(header), sync: false)
            // Written (a full disk fails here); on disk by the time anyone has read the briefing.
            flushInBackground()
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
        copy = try Self.readAll(descriptor, path: path)
        lastSeen = FileState(descriptor)
    }

    deinit {
        if !closed { Glibc.close(descriptor) }
    }

    /// Closes the log and lets go of the session's lock: nothing more can be appended. (A process
    /// that ends does the same; a server restarted in the same process needs it said.)
    public func close() {
        guard !closed else { return }
        // Best effort: a log that cannot be flushed now was written, and the kernel still holds it.
        try? flush()
        Self.backgroundFlushes.sync {}
        closed = true
        Glibc.close(descriptor)
        lock.release()
    }

    /// The anchor of what has been written: the last line's sequence number and hash.
    public var anchor: SessionAnchor { SessionAnchor(seq: nextSeq - 1, hash: previousHash) }

    /// Writes one record as one line; a `sync` line is also flushed to disk, at once or (`syncEvery`) with
    /// the batch it completes.
    public func append(_ record: SessionRecord, sync: Bool) throws {
        guard !lost else { throw StoreError("the session log \(path) is gone; nothing more is written") }
        guard !closed else { throw StoreError("the session log \(path) is closed; nothing more is written") }
        try throwBackgroundFailure()
        var buffer = try SessionLine.encodedLine(seq: nextSeq, prev: previousHash, record: record)
        let hash = SessionLine.hash(buffer)
        buffer.append(0x0A)
        if let problem = changedUnderTheDrill() {
            lost = true
            let message = recover(problem, pending: buffer)
            loss = message
            throw StoreError(message)
        }
        try Self.writeAll(buffer, to: descriptor, path: path)
        copy += buffer
        lastSeen = FileState(descriptor)
        dirty = true
        nextSeq += 1
        previousHash = hash
        if sync {
            // Written: from here a kill of the process loses nothing; the fsync guards against power loss.
            TestFaults.beforeSync()
            unsynced += 1
            if unsynced >= syncEvery { try flush() }
        }
    }

    /// Flushes what was written to disk (fsync), if anything was since the last flush.
    public func flush() throws {
        try throwBackgroundFailure()
        guard dirty, !lost, !closed else { return }
        if fsync(descriptor) != 0 {
            throw StoreError("cannot flush the session log \(path) to disk: \(String(cString: strerror(errno)))")
        }
        dirty = false
        unsynced = 0
        flushes += 1
    }

    /// Flushes what was written to disk on another thread, without waiting: for the moment a person is
    /// shown the prompt and starts to read and type. The lines are already written (a killed process
    /// loses nothing); the fsync that guards against power loss runs meanwhile instead of before the
    /// prompt, where it cost 10 to 140 ms on a busy disk (issue 21). A failure is thrown by the next
    /// `append`, `flush` or `seal`; `close` waits for it.
    public func flushInBackground() {
        guard dirty, !lost, !closed else { return }
        // A descriptor of its own, so that closing the log meanwhile cannot pull the file from under it.
        let copy = dup(descriptor)
        guard copy >= 0 else { return }
        dirty = false
        unsynced = 0
        flushes += 1
        let failure = backgroundFailure
        Self.backgroundFlushes.async {
            if fsync(copy) != 0 { failure.record(String(cString: strerror(errno))) }
            Glibc.close(copy)
        }
    }

    /// The serial queue background flushes run on; waiting on it waits for every flush started before.
    private static let backgroundFlushes = DispatchQueue(label: "tabletop.session-log.flush")

    /// Why a background flush failed, if one did: thrown once, as the failure of the next write.
    private let backgroundFailure = BackgroundFailure()

    private func throwBackgroundFailure() throws {
        if let message = backgroundFailure.take() {
            throw StoreError("cannot flush the session log \(path) to disk: \(message)")
        }
    }

    /// Closes this run of the drill with a seal (flushed): `verify` reads a log that does not end with
    /// one as interrupted or cut short. A later run appends after the seal and seals again.
    public func seal(_ reason: String, wall: String) throws {
        try append(.note(SessionNote(kind: SessionLog.sealKind, text: "\(reason); \(nextSeq + 1) lines", wall: wall)), sync: true)
        try flush()
    }

    /// Why the open file is no longer the session log at `path` as this writer left it, or nil.
    private func changedUnderTheDrill() -> String? {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0 else { return "it can no longer be read" }
        guard stat(path, &named) == 0 else { return "it was deleted or moved" }
        guard open.st_nlink > 0, named.st_ino == open.st_ino, named.st_dev == open.st_dev else { return "it was replaced by another file" }
        if let lastSeen, FileState(open) != lastSeen { return "another program changed it" }
        return nil
    }

    /// Writes the log as this writer knows it, plus the line that was to be written, to a new file
    /// beside the log; returns the message that says where it went.
    private func recover(_ problem: String, pending: [UInt8]) -> String {
        let bytes = copy + pending
        let besideTheLog = (path as NSString).deletingLastPathComponent
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // Beside the log first; where that cannot be written (a folder made read-only or immutable),
        // the temporary folder, so that what was recorded is never lost.
        for folder in [besideTheLog.isEmpty ? "." : besideTheLog, NSTemporaryDirectory()] {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if let target = Self.writeRecovery(bytes, in: folder, stem: stem) {
                return "the session log \(path) changed under the drill (\(problem)), so nothing more is written to it; "
                    + "everything recorded so far is in \(target): continue with '\(continueCommand) \(target)'"
            }
        }
        return "the session log \(path) changed under the drill (\(problem)) and no recovery file could be written; "
            + "nothing more is written"
    }

    /// Writes a recovery file under a name not yet taken in `folder`; its path, or nil.
    private static func writeRecovery(_ bytes: [UInt8], in folder: String, stem: String) -> String? {
        for attempt in 1...100 {
            let name = attempt == 1 ? "\(stem).recovered.jsonl" : "\(stem).recovered-\(attempt).jsonl"
            let target = (folder as NSString).appendingPathComponent(name)
            let file = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if file < 0 {
                if errno == EEXIST || errno == ELOOP { continue }
                return nil
            }
            defer { Glibc.close(file) }
            guard PrivateFile.writeAll(bytes, to: file), fsync(file) == 0 else { return nil }
            return target
        }
        return nil
    }

    /// Reads the whole file from its start.
    private static func readAll(_ descriptor: Int32, path: String) throws -> [UInt8] {
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if count < 0 { throw StoreError("cannot read the session log \(path): \(String(cString: strerror(errno)))") }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Writes every byte, retrying interrupted and short writes.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        guard PrivateFile.writeAll(bytes, to: descriptor) else {
            throw StoreError("cannot write to the session log \(path): \(String(cString: strerror(errno)))")
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

/// What a file's metadata says of its content: its size and when its content was last modified.
/// (Not its status-change time: a chmod or a backup tool's hard link is no change of content. A
/// change by another program within the same clock tick as our own write can go unseen.)
private struct FileState: Equatable {
    let size: Int64
    let modified: timespec

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = info.st_mtim
    }

    init?(_ descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    static func == (a: FileState, b: FileState) -> Bool {
        a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }
}

/// The failure of a background flush, kept for the writer's thread to throw.
final class BackgroundFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func record(_ message: String) { lock.withLock { self.message = self.message ?? message } }

    /// The failure, once.
    func take() -> String? {
        lock.withLock {
            defer { message = nil }
            return message
        }
    }
}
