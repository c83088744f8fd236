import Foundation
import Testing
import TabletopCore
import TabletopStore

/// `tabletop history` end to end: drills are recorded, imports from two processes at once all land.
@Suite struct HistoryCommandTests {
    @Test func playRecordsAndHistoryListsAndFilters() throws {
        let data = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--seed", "1", "--trainee", "ana", "--data-dir", data], stdin: "ack\nchannel #ir\n")
        _ = try CommandLineTests.run(["play", "example", "--seed", "2", "--trainee", "bo", "--data-dir", data], stdin: "ack\n")
        let all = try CommandLineTests.run(["history", "--data-dir", data])
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 3)
        let ana = try CommandLineTests.run(["history", "--trainee", "ana", "--json", "--data-dir", data])
        let records = (try JSONSerialization.jsonObject(with: Data(ana.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]]
        #expect(records?.map { $0["trainee"] as? String } == ["ana"])
        #expect(records?.first?["outcome"] as? String == "abandoned")
        #expect((records?.first?["steps"] as? [Any])?.count == 21)
        // The seed and its variant pick, for whoever plans the next drill (example's caller varies).
        #expect(records?.first?["seed"] as? Int == 1)
        #expect((records?.first?["variants"] as? [String])?.contains { $0.hasPrefix("caller=") } == true)
        #expect(all.stdout.contains("SEED") && all.stdout.contains("2 caller="))
        let badDate = try CommandLineTests.run(["history", "--since", "last week", "--data-dir", data])
        #expect(badDate.status == 2)
    }

    /// `history --json` is written record by record without `JSONEncoder` (issue 21), and prints what the
    /// encoder printed of the same records: every field, plans included, byte for byte, filtered or not.
    @Test func jsonIsWhatTheEncoderPrintedOfEveryRecord() throws {
        let data = DrillCommandTests.temporaryFolder()
        let expert = CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/example-expert.script").path
        _ = try CommandLineTests.run(["play", "example", "--script", expert, "--trainee", "Zoë", "--seed", "3", "--data-dir", data])
        _ = try CommandLineTests.run(["play", "example", "--seed", "2", "--trainee", "bo", "--data-dir", data], stdin: "ack\n")
        let history = try HistoryStore(path: data + "/history.sqlite", readOnly: true)
        #expect(try history.exercises(matching: HistoryFilter(), withSteps: true).contains { $0.plan?.isEmpty == false && $0.steps.count > 1 })
        for filter in [HistoryFilter(), HistoryFilter(trainee: "Zoë")] {
            let records = try history.exercises(matching: filter, withSteps: true)
            #expect(!records.isEmpty)
            let listed = try CommandLineTests.run(["history", "--json", "--data-dir", data] + (filter.trainee.map { ["--trainee", $0] } ?? []))
            #expect(listed.status == 0)
            #expect(listed.stdout == (try JSONText.encode(HistoryJSON(exercises: records))) + "\n")
        }
    }

    /// A scripted drill whose script ends before anything is decided (no postmortem, not even an ack) is
    /// recorded as abandoned, and the cohort marks it provisional and leaves it out of the median; it left
    /// no record before. A person who opens a drill and leaves at once is still not recorded.
    @Test func aScriptThatEndsEarlyIsRecordedAsAbandoned() throws {
        let data = DrillCommandTests.temporaryFolder()
        let script = data + "/short.script"
        try "# only a comment: the script ends before the first move\n".write(toFile: script, atomically: true, encoding: .utf8)
        _ = try CommandLineTests.run(["play", "example", "--script", script, "--trainee", "Ana", "--seed", "1", "--practice", "--data-dir", data])
        let listed = try CommandLineTests.run(["history", "--json", "--data-dir", data])
        let records = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]]
        #expect(records?.map { $0["outcome"] as? String } == ["abandoned"])
        #expect(records?.first?["provisional"] as? Bool == true)
        let expert = CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/example-expert.script").path
        _ = try CommandLineTests.run(["play", "example", "--script", expert, "--trainee", "Bo", "--seed", "1", "--practice", "--data-dir", data])
        let cohort = try CommandLineTests.run(["report", "--from-history", "--format", "md", "--data-dir", data])
        #expect(cohort.stdout.contains("median score 100 (final drills only); 1 provisional (50%)"))
        #expect(cohort.stdout.contains("| Ana | ") && cohort.stdout.contains(" † | Ana |"))
        let interactive = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--trainee", "Cy", "--data-dir", interactive], stdin: "")
        #expect(try CommandLineTests.run(["history", "--data-dir", interactive]).stdout.contains("No exercises recorded."))
    }

    /// Two `history import` processes writing the same database at the same moment both land, every time.
    @Test func concurrentImportsFromTwoProcessesAllLand() throws {
        let data = DrillCommandTests.temporaryFolder()
        var sessions: [String] = []
        for seed in 1...8 {
            let played = DrillCommandTests.temporaryFolder()
            _ = try CommandLineTests.run(["play", "example", "--seed", String(seed), "--trainee", "t\(seed)", "--data-dir", played], stdin: "ack\npage jon\n")
            sessions.append(try DrillCommandTests.sessionFile(in: played))
        }
        let database = data + "/history.sqlite"
        for round in 0..<3 {
            let halves = [Array(sessions[0..<4]), Array(sessions[4..<8])]
            let errors = halves.map { _ in Pipe() }
            let processes = zip(halves, errors).map { half, error -> Process in
                let process = Process()
                process.executableURL = CommandLineTests.binary
                process.arguments = ["history", "import", "--db", database] + half
                process.currentDirectoryURL = CommandLineTests.repositoryRoot
                process.standardOutput = FileHandle.nullDevice
                process.standardError = error
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }.joined()
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round): \(messages)")
            let listed = try CommandLineTests.run(["history", "--db", database, "--json"])
            let records = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]]
            #expect(records?.count == 8, "round \(round)")
        }
    }

    @Test func aDamagedDatabaseIsAClearErrorAndTheDrillIsNotLost() throws {
        let data = DrillCommandTests.temporaryFolder()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: data + "/history.sqlite"))
        let play = try CommandLineTests.run(["play", "example", "--seed", "1", "--data-dir", data], stdin: "ack\n")
        #expect(play.status == 0)
        #expect(play.stderr.contains("warning: not recorded in the history:"))
        #expect(play.stdout.contains("Session saved:"))
        let list = try CommandLineTests.run(["history", "--data-dir", data])
        #expect(list.status == 1)
        #expect(list.stderr.contains("is damaged or is not a tabletop history database"))
    }
}
