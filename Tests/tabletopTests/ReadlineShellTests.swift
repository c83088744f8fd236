import Foundation
import Testing

/// The interactive shell in a real pseudo-terminal: completion, history, Ctrl-C, live injects, exit.
@Suite(.serialized) struct ReadlineShellTests {
    static func play(_ extra: String = "", data: String = DrillCommandTests.temporaryFolder()) -> String {
        "\(CommandLineTests.binary.path) play example --seed 3 --data-dir \(data) \(extra); echo EXIT=$?; stty -a"
    }

    @Test func completesVerbsAndAssetsRecallsHistoryAndClearsWithCtrlC() throws {
        let terminal = try TerminalSession(Self.play())
        try terminal.waitFor("sev?] > ")
        terminal.type("ac\t\r")
        try terminal.waitFor("You acknowledge the report")
        terminal.type("inspect admin-t\t\r")
        try terminal.waitFor("Scope: admin API, read and export")
        terminal.type("\u{1B}[A\u{1B}[A\r")  // Up twice: "ack" again
        try terminal.waitFor("You acknowledge the report", count: 2)
        terminal.type("isolate half-typed")
        try terminal.waitFor("isolate half-typed")
        terminal.type("\u{3}")
        try terminal.waitFor("isolate half-typed^C")
        terminal.type("status\r")
        // Taking the report on (`ack`) made the trainee the commander.
        let screen = try terminal.waitFor("Commander: trainee")
        #expect(!screen.contains("you know of no asset called 'half-typed'"))
        #expect(screen.contains("> inspect admin-token"))
        terminal.type("quit\r")
        let final = try terminal.waitFor("EXIT=0")
        #expect(try terminal.finish() == 0)
        #expect(final.contains("Resume with: tabletop resume example-"))
        // The terminal is back in its normal modes.
        try terminal.waitFor(" icanon")
        #expect(terminal.screen.contains(" echo ") && !terminal.screen.contains("-icanon"))
    }

    @Test func liveInjectAppearsAboveAHalfTypedLineThatSurvives() throws {
        let terminal = try TerminalSession(Self.play("--live --speed 600"))
        try terminal.waitFor("sev?] > ")
        terminal.type("channel #ir-gi")
        // At 600 simulated seconds per second, the scanner alert (T+00:10) arrives about a second later.
        try terminal.waitFor("High-confidence match")
        // The half-typed line is redrawn under the inject a moment after the inject is printed (other
        // output, such as the clock's, may redraw it before the inject too, so count from the inject).
        try terminal.waitUntil("the half-typed line redrawn under the inject") { screen in
            (screen.components(separatedBy: "High-confidence match").last ?? "").contains("channel #ir-gi")
        }
        terminal.type("st\r")
        try terminal.waitFor("You open the private channel #ir-gist.")
        terminal.type("\u{4}")
        try terminal.waitFor("EXIT=0")
        #expect(try terminal.finish() == 0)
    }

    @Test func historyCarriesOverToTheNextDrillAndACorruptFileIsIgnored() throws {
        let data = DrillCommandTests.temporaryFolder()
        let first = try TerminalSession(Self.play(data: data))
        try first.waitFor("sev?] > ")
        first.type("lookup mara\r")
        try first.waitFor("Mara Lindqvist: Head of Support")
        first.type("\u{4}")
        try first.waitFor("EXIT=0")
        _ = try first.finish()
        let second = try TerminalSession(Self.play(data: data))
        try second.waitFor("sev?] > ")
        second.type("\u{1B}[A\r")
        try second.waitFor("Mara Lindqvist: Head of Support")
        second.type("\u{4}")
        try second.waitFor("EXIT=0")
        _ = try second.finish()

        try Data([0x00, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: data + "/history"))
        let third = try TerminalSession(Self.play(data: data))
        try third.waitFor("warning: the shell history \(data)/history is not text; ignoring it (it will be replaced)")
        third.type("ack\r")
        try third.waitFor("You acknowledge the report")
        third.type("quit\r")
        try third.waitFor("EXIT=0")
        #expect(try third.finish() == 0)
    }

    @Test func sigtermSavesAndRestoresTheTerminal() throws {
        let data = DrillCommandTests.temporaryFolder()
        let terminal = try TerminalSession("\(CommandLineTests.binary.path) play example --seed 3 --data-dir \(data) & pid=$!; sleep 2; kill -TERM $pid; wait $pid; echo EXIT=$?; stty -a")
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("Resume with: tabletop resume example-"))
        _ = try terminal.finish()
    }
}
