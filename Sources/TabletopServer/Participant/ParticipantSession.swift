import Foundation
import TabletopCore
import TabletopDrill

/// What a participant's shell knows of the server, shared between the network thread and the main thread.
public final class ParticipantSession: @unchecked Sendable {
    /// Guards everything below; wakes the waits whenever it changes.
    private let lock = SignalledLock()
    private var welcomed = false
    private var finished: String?
    private var fatal: String?
    private var latestPrompt = "> "
    private var snapshot = CompletionSnapshot()
    private var promptChanged = false
    private var prompts = 0
    /// How many of this participant's lines the server says it has handled (nil: a server too old to say).
    private var answered: Int?
    private var lost = false

    /// A session before any connection.
    public init() {}

    /// Handles one message from the server (network thread); `render` turns outputs into text to show.
    public func receive(_ message: ServerMessage, display: PendingDisplay, render: (Output) -> String) {
        switch message.type {
        case "welcome":
            locked { welcomed = true }
            display.push("Joined “\(TerminalText.inline(message.title ?? "the drill"))” as \(TerminalText.inline(message.name ?? "?")) (\(TerminalText.inline(message.role ?? "?"))). "
                + "Everyone sees your decisions; 'help' lists commands, 'quit' leaves.")
        case "output":
            if let output = message.output { display.push(render(output)) }
        case "prompt":
            locked {
                latestPrompt = message.prompt ?? latestPrompt
                snapshot = CompletionSnapshot(people: message.people ?? [], assets: message.assets ?? [],
                                              channels: message.channels ?? [], choices: message.choices ?? 0)
                promptChanged = true
                prompts += 1
                if let count = message.answered { answered = count }
            }
        case "error":
            if message.fatal == true {
                locked {
                    fatal = message.message ?? "refused by the server"
                    finished = fatal
                }
                // Not shown here: the shell stops and prints it once, on stderr.
            } else {
                display.push("error: \(TerminalText.block(message.message ?? ""))")
            }
        case "ended":
            display.push("The facilitator has the report. Thank you for playing.")
            locked { finished = "ended" }
        default:
            break
        }
    }

    /// The connection closed (network thread).
    public func connectionClosed() {
        locked {
            if finished == nil {
                lost = true
                fatal = "the connection to the server was lost; run the same command to rejoin"
            }
            finished = finished ?? fatal
        }
    }

    /// The drill ended, the server refused or cut off this participant, or the connection dropped.
    public var isFinished: Bool { locked { finished != nil } }
    /// The connection dropped without a refusal or the drill's end: worth reconnecting.
    public var connectionLost: Bool { locked { lost } }

    /// Forgets the last connection's outcome before a reconnection.
    public func reset() {
        locked {
            welcomed = false
            finished = nil
            fatal = nil
            lost = false
        }
    }
    /// Why the session finished (`ended` for the drill's end), if it did.
    public var finishReason: String? { locked { finished } }
    /// Why the session ended badly, if it did (not for a drill that simply ended).
    public var failure: String? { locked { finished == "ended" ? nil : fatal } }
    /// The prompt the server sent last.
    public var prompt: String { locked { latestPrompt } }

    /// Waits up to 10 s for the welcome or a refusal; returns whether the join was accepted.
    public func waitForWelcome() -> Bool {
        wait(seconds: 10) { welcomed || finished != nil }
        return locked { welcomed && finished == nil }
    }

    /// Where the conversation stands before sending a line: what `waitForAnswer` waits past.
    public var mark: (prompts: Int, answered: Int?) { locked { (prompts, answered) } }

    /// Waits up to 5 s for the server to have handled the line sent after `mark`. Prompts caused by
    /// other participants' lines do not count: only one that says this participant's line was handled
    /// (a server that does not say so is waited for as before, until any prompt).
    public func waitForAnswer(after mark: (prompts: Int, answered: Int?)) {
        wait(seconds: 5) {
            if finished != nil { return true }
            guard let answered else { return prompts > mark.prompts }
            return answered > (mark.answered ?? 0)
        }
    }

    /// Hands the newest prompt and completions to `apply`, when they changed since last time (main thread).
    public func applyPrompt(_ apply: (_ prompt: String, _ completions: CompletionSnapshot) -> Void) {
        let update: (String, CompletionSnapshot)? = locked {
            defer { promptChanged = false }
            return promptChanged ? (latestPrompt, snapshot) : nil
        }
        guard let (prompt, snapshot) = update else { return }
        apply(prompt, snapshot)
    }

    /// Waits, woken by every change, until `done` holds or `seconds` have passed.
    private func wait(seconds: Double, until done: () -> Bool) {
        lock.wait(seconds: seconds, until: done)
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.locked(body)
    }
}
