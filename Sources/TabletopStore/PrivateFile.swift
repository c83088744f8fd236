import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files that hold a drill's contents (reports beside session logs) as the logs are kept:
/// readable by their owner only, and whole or not at all.
public enum PrivateFile {
    /// Writes `text` to a temporary file beside `path` (mode 0600), flushes it, and renames it over
    /// `path`; on failure nothing is left behind and the error says why in words.
    public static func write(_ text: String, to path: String) throws {
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        let bytes = Array(text.utf8)
        var offset = 0
        var ok = true
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                ok = false
                break
            }
            offset += written
        }
        if ok, fsync(descriptor) != 0 { ok = false }
        let error = failure(path)
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ok ? failure(path) : error
        }
    }

    private static func failure(_ path: String) -> StoreError {
        StoreError("cannot write \(path): \(String(cString: strerror(errno)))")
    }

    /// Writes to a path the user named (`report -o`): a new file is made as `write` makes it (0600,
    /// whole or not at all); an existing one is written in place, keeping its owner and mode, and is
    /// whatever it is (a device such as /dev/stdout, a fifo, a link the user chose): never replaced.
    public static func write(_ text: String, toNamed path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw failure(path) }
            return try write(text, to: path)
        }
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += written
        }
    }
}
