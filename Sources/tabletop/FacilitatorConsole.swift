import Foundation
import TabletopCore
import TabletopDrill
import TabletopServer
import TabletopShell

/// The facilitator's console of a team drill: reads commands at the terminal (or from a script), hands
/// them to the host on its event loop, and shows the replies and what the host's console was shown.
struct FacilitatorConsole {
    let host: DrillHost
    let input: any LineInput
    let display: PendingDisplay

    /// Runs until the drill ends, its log is lost, or the facilitator leaves; tells the participants when
    /// the server is going away, and returns the engine where the drill stands.
    func run() throws -> Engine {
        let host = host, input = input, display = display
        input.setCompletion { before in
            FacilitatorCompleter.candidates(beforeCursor: before,
                                            snapshot: (try? host.eventLoop.submit { host.completionSnapshot }.wait()) ?? .init())
        }
        // The console's prompt carries the drill's clock, kept current while the facilitator types.
        let prompt = { "[\((try? host.eventLoop.submit { host.consoleClock }.wait()) ?? "?")] facilitator> " }
        input.setIdleHandler {
            display.drain { input.display($0) }
            input.setPrompt(prompt())
            // A participant's line found the session log gone: the drill cannot go on.
            if input.isInteractive, (try? host.eventLoop.submit { host.logLoss != nil }.wait()) == true {
                input.requestStop("the session log changed")
            }
            // A participant's line (or the clock) ended the drill: the debrief does not wait for Enter.
            if input.isInteractive, (try? host.eventLoop.submit { host.engine.state.end != nil }.wait()) == true {
                input.requestStop("the drill ended")
            }
        }
        // Leaving stops the whole team's drill, so at a terminal Ctrl-D or 'quit' asks to be repeated.
        var leaving = false, ending = false
        func confirmedLeave() -> Bool {
            guard input.isInteractive, !leaving else { return true }
            leaving = true
            input.display("The drill is not over: leaving stops the server for everyone (they are told, and "
                + "'tabletop host --resume' restarts it). Press Ctrl-D or type 'quit' again to leave; any other command carries on.")
            return false
        }
        while true {
            guard let line = input.readLine(prompt: prompt()) else {
                if input.stopReason == "end of input", !confirmedLeave() { continue }
                break
            }
            display.drain { input.display($0) }
            if input.echoesInput { input.display("facilitator> \(TerminalText.inline(line))") }
            if case .quit = ConsoleCommand.parse(line) {
                if confirmedLeave() { break } else { continue }
            }
            leaving = false
            // Ending is for everyone and cannot be undone, so at a terminal it asks to be repeated, as leaving does.
            if case .drill(.end) = ConsoleCommand.parse(line), input.isInteractive, !ending {
                ending = true
                input.display("Ending the drill ends it for everyone and shows the debrief. Type 'end' again to end; any other command carries on.")
                continue
            }
            ending = false
            if try host.eventLoop.submit({ host.logLoss != nil }).wait() { break }
            let replies = try host.eventLoop.submit { host.facilitate(line) }.wait()
            // Replies quote participants' lines, which a log from before the refusal of control characters may hold.
            replies.map(TerminalText.block).forEach(input.display)
            // Let the host's console lines for this command arrive before the next prompt: what the command
            // queued on the event loop (a kicked participant's connection closing) has run once this has.
            try host.eventLoop.submit {}.wait()
            display.drain { input.display($0) }
            if try host.eventLoop.submit({ host.engine.state.end != nil || host.logLoss != nil }).wait() { break }
        }
        input.setIdleHandler(nil)
        try host.eventLoop.submit { host.announceShutdown() }.wait()
        // The notices are written once what announceShutdown queued on the event loop has run.
        try host.eventLoop.submit {}.wait()
        display.drain { input.display($0) }
        return try host.eventLoop.submit { host.engine }.wait()
    }
}
