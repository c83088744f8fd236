import Foundation
import Synchronization

/// Runs a command in a real pseudo-terminal (through util-linux `script`), types into it and reads the screen's text.
final class TerminalSession: Sendable {
    private let process: Process
    private let input: Pipe
    private let output = OutputBuffer()

    final class OutputBuffer: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    /// Starts `command` (a shell command line) in a pty of 100 columns.
    init(_ command: String, environment: [String: String] = [:]) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", "stty cols 100 rows 40; " + command, "/dev/null"]
        process.currentDirectoryURL = CommandLineTests.repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = nil
        // `script` runs the command with $SHELL, or dash when it is unset (as under CI). A non-interactive
        // dash dies of the Ctrl-C typed at the program, so nothing after the program would run; bash waits
        // for its child and carries on when the child handled the signal.
        env["SHELL"] = "/bin/bash"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        input = Pipe()
        let pipe = Pipe()
        process.standardInput = input
        process.standardOutput = pipe
        process.standardError = pipe
        let buffer = output
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            buffer.bytes.withLock { $0 += data }
        }
        try process.run()
    }

    /// Types bytes as a person would (control characters included: "\u{3}" is Ctrl-C).
    func type(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Everything shown so far, with terminal escape sequences and carriage returns removed.
    var screen: String {
        let raw = String(decoding: output.bytes.withLock { $0 }, as: UTF8.self)
        return raw.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Waits until `text` has appeared (`count` times), or fails after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = screen
            if current.components(separatedBy: text).count - 1 >= count { return current }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TerminalTimeout(expected: text, screen: screen)
    }

    /// Waits until the screen satisfies `condition` (described by `expected` in the failure), or fails after `timeout` seconds.
    @discardableResult
    func waitUntil(_ expected: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = screen
            if condition(current) { return current }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TerminalTimeout(expected: expected, screen: screen)
    }

    /// Waits for the process to end and returns its exit status.
    func finish(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw TerminalTimeout(expected: "the program to exit", screen: screen)
        }
        return process.terminationStatus
    }
}

struct TerminalTimeout: Error, CustomStringConvertible {
    let expected: String
    let screen: String
    var description: String { "timed out waiting for \(expected); the screen shows:\n\(screen.suffix(1500))" }
}
