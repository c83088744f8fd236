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
        let ok = writeAll(Array(text.utf8), to: descriptor) && fsync(descriptor) == 0
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
        guard writeAll(Array(text.utf8), to: descriptor) else { throw failure(path) }
    }

    /// Writes every byte, retrying interrupted and short writes; false (with `errno` set) on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
