import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per session: an exclusive advisory lock (`flock`) on the session log itself, held while
/// a drill plays, resumes or is hosted, so two tabletops can never append to one log at once.
///
/// The lock belongs to the file, not to a name: a symbolic or hard link to the log, or the same log
/// reached through another folder, finds it taken. The kernel releases a `flock` when its process
/// dies however it dies, so nothing is ever left stale. Beside the log's real path, `<log>.lock` holds
/// the owner's process id, only for the message a second writer gets; it is never followed if it is
/// a symbolic link (a planted link cannot make tabletop overwrite another file).
public final class SessionLock {
    /// The file that names the owner's pid.
    public let path: String
    private let descriptor: Int32
    private var held = true

    /// Takes the lock of the existing session log at `logPath`, or explains who holds it.
    public init(logPath: String, sessionID: String) throws {
        descriptor = open(logPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError("cannot open the session log \(logPath): \(String(cString: strerror(errno)))")
        }
        path = Self.realPath(logPath) + ".lock"
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            // Not held: a class whose init throws once it is whole still runs `deinit`, whose release would
            // close this descriptor a second time (by then perhaps another file's, another session's log in a
            // server) and remove the holder's pid file.
            held = false
            close(descriptor)
            let who = Self.holder(path).map { " (pid \($0))" } ?? ""
            throw StoreError("session \(sessionID) is open in another tabletop\(who); finish or quit that one first")
        }
        Self.writeOwner(path)
    }

    deinit { release() }

    /// Lets go of the lock (also done when the lock goes away).
    public func release() {
        guard held else { return }
        held = false
        // Removed while still held, so the file never names a pid that no longer holds the lock.
        unlink(path)
        // Unlock before closing: a process forked elsewhere in this program (a test or a tool starting a
        // child) shares the descriptor until its exec closes it, and a lock is only let go by close once
        // every copy is closed, so the next taker would find it still held.
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The path with every symbolic link resolved, so that the pid file sits beside the real log.
    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes this process's pid to a file made afresh: whatever stood at the path (a planted symbolic
    /// or hard link, a fifo) is removed, never written through. Only the lock's holder gets here.
    private static func writeOwner(_ path: String) {
        unlink(path)
        let file = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else { return }
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
    }

    /// The pid written by the holder, when it can be read.
    private static func holder(_ path: String) -> Int32? {
        // Non-blocking: a fifo planted at the path must not hang the message.
        let file = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
