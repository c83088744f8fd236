import Foundation
import Testing

/// The facilitator's console in a real pseudo-terminal.
@Suite(.serialized) struct FacilitatorConsoleTests {
    @Test func ctrlDAsksBeforeStoppingTheWholeTeamsDrill() throws {
        let data = DrillCommandTests.temporaryFolder()
        let terminal = try TerminalSession("\(CommandLineTests.binary.path) host example --players ana:ic --port 0 --token t --data-dir \(data); echo EXIT=$?")
        try terminal.waitFor("] facilitator> ")
        terminal.type("\u{4}")
        try terminal.waitFor("Press Ctrl-D or type 'quit' again to leave")
        // Any other command carries on and forgets the first Ctrl-D.
        terminal.type("who\r")
        try terminal.waitFor("ana (ic) not connected")
        terminal.type("quit\r")
        try terminal.waitFor("Press Ctrl-D or type 'quit' again to leave", count: 2)
        #expect(!terminal.screen.contains("Session saved"))
        // The fourth prompt: Ctrl-D typed before readline reads again reaches the terminal driver instead
        // (a full test run under load timed out here).
        try terminal.waitFor("] facilitator> ", count: 4)
        terminal.type("\u{4}")
        let screen = try terminal.waitFor("EXIT=0")
        #expect(screen.contains("Resume with: tabletop host --resume example-"))
        #expect(try terminal.finish() == 0)
    }

    @Test func tabCompletesTheFacilitatorsCommandsAndInjects() throws {
        let data = DrillCommandTests.temporaryFolder()
        let terminal = try TerminalSession("\(CommandLineTests.binary.path) host example --players ana:ic --port 0 --token t --data-dir \(data); echo EXIT=$?")
        try terminal.waitFor("] facilitator> ")
        terminal.type("inj\tcustomer-\t\r")
        try terminal.waitFor("facilitator> inject customer-call")
        try terminal.waitFor("[Tue 14:05 (T+00:00)] phone")
        terminal.type("en\t\r")
        try terminal.waitFor("Type 'end' again to end; any other command carries on.")
        #expect(!terminal.screen.contains("EXIT="), "end asks to be repeated at a terminal")
        terminal.type("end\r")
        try terminal.waitFor("EXIT=0")
        #expect(try terminal.finish() == 0)
    }
}
