import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per session: an exclusive advisory lock (`flock`) on `<log>.lock`, held while a drill
/// plays, resumes or is hosted, so two tabletops can never append to one log at once.
///
/// The lock file holds the owner's process id, for the message a second writer gets. The kernel
/// releases a `flock` when its process dies however it dies, so a lock file left behind by a crash
/// is stale by construction: the next writer simply takes the lock and writes its own pid.
public final class SessionLock {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock of the session log at `logPath`, or explains who holds it.
    public init(logPath: String, sessionID: String) throws {
        path = logPath + ".lock"
        descriptor = try Self.acquire(path, sessionID: sessionID)
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Opens and locks the lock file. A holder removes the file before it lets go, so a lock won on
    /// a file that is no longer at `path` is worthless: then it tries again with the new file.
    private static func acquire(_ path: String, sessionID: String) throws -> Int32 {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw StoreError("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let reason = errno
                let holder = Self.holder(descriptor)
                close(descriptor)
                if reason == EINTR { continue }
                let who = holder.map { " (pid \($0))" } ?? ""
                throw StoreError("session \(sessionID) is open in another tabletop\(who); finish or quit that one first")
            }
            var held = stat(), current = stat()
            if fstat(descriptor, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                return descriptor
            }
            close(descriptor)
        }
    }

    private var held = true

    deinit { release() }

    /// Lets go of the lock (also done when the lock goes away).
    public func release() {
        guard held else { return }
        held = false
        // Removed while still held, so nobody can lock this file after we let go (see `acquire`).
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The pid written by the holder, when it can be read.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
