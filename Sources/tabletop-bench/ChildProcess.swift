import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Measurements of whole processes: time to the first prompt in a pseudo-terminal, and peak memory.
enum ChildProcess {
    /// Seconds from launching `executable` in a fresh pseudo-terminal until `marker` appears on it.
    static func timeToMarker(_ executable: URL, arguments: [String], marker: String) throws -> Double {
        // posix_openpt and friends are not visible to Swift here; these are the Linux ioctls they wrap.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430 // TIOCSPTLCK, TIOCGPTN
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("cannot open the pseudo-terminal's other end") }
        defer { close(master) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        let start = ContinuousClock.now
        try process.run()
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let target = Array(marker.utf8)
        while !seen.containsSubsequence(target) {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 5000) > 0 else { process.terminate(); throw BenchError("no prompt within 5 s") }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            seen += buffer[0..<count]
        }
        let elapsed = seconds(ContinuousClock.now - start)
        _ = "\u{4}".withCString { write(master, $0, 1) }
        // Drain until the child leaves, so it never blocks on a full terminal.
        while process.isRunning {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 100) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        return elapsed
    }

    /// Runs a command to its end (output discarded) and returns its wall time in seconds; fails unless it exits 0.
    static func time(_ executable: URL, arguments: [String]) throws -> Double {
        let start = ContinuousClock.now
        let status = try runSilently(executable, arguments: arguments)
        let elapsed = seconds(ContinuousClock.now - start)
        guard status == 0 else { throw BenchError("\(executable.lastPathComponent) \(arguments.prefix(3).joined(separator: " ")) … exited \(status)") }
        return elapsed
    }

    /// Runs a command to its end and returns the peak resident memory of the largest child so far, in MB.
    /// Call it before any other child process, so that the figure is this command's own.
    static func peakMemory(_ executable: URL, arguments: [String]) throws -> Double {
        try runSilently(executable, arguments: arguments)
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

extension ChildProcess {
    /// Runs a command to its end with no input and its output discarded, and returns its exit status.
    ///
    /// `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux `waitUntilExit` polls its
    /// run loop every 50 ms, which added up to 50 ms to every timed command (a bare Swift program timed
    /// 50 ms that way and 2.8 ms this way).
    @discardableResult
    static func runSilently(_ executable: URL, arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable.path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("cannot wait for \(executable.lastPathComponent): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED and WEXITSTATUS are macros Swift cannot see: the low 7 bits hold a signal, the next 8 the status.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
