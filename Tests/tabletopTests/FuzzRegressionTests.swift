import Foundation
import Testing

/// Every input the fuzzers ever found trouble with (Fuzz/regressions/<target>/), and every seed of the corpus,
/// runs through its target again, in a child process with a deadline, so a hang fails the test instead of
/// stalling it.
@Suite struct FuzzRegressionTests {
    static let targets = ["loader", "condition", "line", "sessionlog", "wire"]

    @Test(arguments: targets)
    func regressionsEndQuickly(_ target: String) throws {
        try runsCleanly(target, folder: "Fuzz/regressions/\(target)")
    }

    /// The seed corpus, as `Fuzz/seed-corpus` gathers it for CI, holds valid and broken inputs alike; every one
    /// ends cleanly (the wire target also checks that the session log of each replays to the server's state).
    @Test(arguments: targets)
    func seedCorpusEndsCleanly(_ target: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-corpus-\(target)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let gather = Process()
        gather.executableURL = URL(fileURLWithPath: "/bin/sh")
        gather.arguments = [CommandLineTests.repositoryRoot.appendingPathComponent("Fuzz/seed-corpus").path, target, folder.path]
        try gather.run()
        gather.waitUntilExit()
        #expect(gather.terminationStatus == 0, "Fuzz/seed-corpus \(target) failed")
        try runsCleanly(target, folder: folder.path)
    }

    /// The repository keeps one copy of each shipped scenario: nothing under Fuzz/ repeats one byte for byte.
    @Test func fuzzFolderHoldsNoCopyOfAShippedScenario() throws {
        let root = CommandLineTests.repositoryRoot
        let manager = FileManager.default
        let scenarios = try manager.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".yaml") }
            .map { try Data(contentsOf: root.appendingPathComponent("Scenarios/\($0)")) }
        #expect(scenarios.count >= 4)
        let fuzz = root.appendingPathComponent("Fuzz")
        for case let relative as String in manager.enumerator(atPath: fuzz.path) ?? NSEnumerator() {
            guard let data = manager.contents(atPath: fuzz.appendingPathComponent(relative).path) else { continue }
            #expect(!scenarios.contains(data), "Fuzz/\(relative) is a copy of a shipped scenario")
        }
    }

    func runsCleanly(_ target: String, folder relative: String) throws {
        let folder = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : CommandLineTests.repositoryRoot.appendingPathComponent(relative)
        let inputs = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard !inputs.isEmpty else { return }
        let fuzzer = CommandLineTests.binary.deletingLastPathComponent().appendingPathComponent("tabletop-fuzz")
        let process = Process()
        process.executableURL = fuzzer
        process.arguments = [target, folder.path, "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        #expect(!timedOut, "an input in \(relative) made the \(target) target hang")
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("no crash"))
    }
}
