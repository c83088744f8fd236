import ArgumentParser
import Foundation
import TabletopCore
import TabletopServer
import TabletopShell

/// `tabletop join`: a participant's shell in a team drill, connected to `tabletop host`.
struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a team drill as one participant.",
        discussion: "Your lines go to the facilitator's server, which records them under your name. 'quit' or Ctrl-D leaves; run the same command to rejoin.")

    @Argument(help: ArgumentHelp("The server's address, as printed by 'tabletop host'.", valueName: "host:port")) var address: String
    @Option(help: ArgumentHelp("The join token the facilitator gave you.", valueName: "token")) var token: String
    @Option(help: ArgumentHelp("Your name in the drill's roster.", valueName: "name")) var name: String
    @Option(help: ArgumentHelp("Your role in the drill's roster.", valueName: "role")) var role: String
    @Option(help: ArgumentHelp("Read lines from a file instead of the terminal.", valueName: "file")) var script: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where the shell's history is kept.", valueName: "dir")) var dataDirectory: String?

    func validate() throws {
        guard Self.split(address) != nil else {
            throw ValidationError("give the server's address as host:port, such as 127.0.0.1:7411 (got '\(address.prefix(60))')")
        }
    }

    /// `host:port`, with the port in range; IPv6 hosts are written in brackets (`[::1]:7411`).
    static func split(_ address: String) -> (host: String, port: Int)? {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
              (1...65535).contains(port) else { return nil }
        let host = address[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : (host, port)
    }

    func run() throws {
        let (serverHost, serverPort) = Self.split(address)!
        let setup = DrillSetup(scenariosDirectory: nil, dataDirectory: dataDirectory)
        let input = try setup.makeInput(script: script, live: false)
        defer { input.close() }
        let display = PendingDisplay(immediate: !(input is ReadlineInput))
        let session = ParticipantSession()
        let renderer = DrillSetup.renderer()
        func connect(seen: Int, instance: String?) throws -> DrillClient {
            let client = try DrillClient(host: serverHost, port: serverPort,
                                         hello: .hello(token: token, name: name, role: role, seen: seen, instance: instance),
                                         onMessage: { session.receive($0, display: display, renderer: renderer) },
                                         onClose: { session.connectionClosed() })
            guard session.waitForWelcome() else {
                client.drop()
                throw CommandFailure("error: \(session.finishReason ?? "the server did not answer the hello within 10 seconds")")
            }
            return client
        }
        var client: DrillClient
        do {
            client = try connect(seen: 0, instance: nil)
        } catch let error as ServerError {
            throw CommandFailure("error: \(error.description)")
        }
        input.setIdleHandler {
            display.drain(into: input)
            session.applyPrompt(to: input)
            if session.isFinished, let readline = input as? ReadlineInput { readline.stopRequest = "the server ended the connection" }
        }
        defer { input.setIdleHandler(nil) }
        while true {
            if readLines(input, session: session, display: display, client: client) == .left {
                client.close()
                DrillSetup.printLine("You left the drill; rejoin with the same 'tabletop join' command.")
                return
            }
            display.drain(into: input)
            guard session.connectionLost else {
                if let failure = session.failure { throw CommandFailure("error: \(failure)") }
                return
            }
            client = try reconnect(after: client, session: session, display: display, input: input, connect: connect)
        }
    }

    /// Why reading lines stopped.
    enum Stop { case left, connectionEnded }

    /// Reads and sends lines until the participant leaves or the connection ends (the session says how).
    private func readLines(_ input: any LineInput, session: ParticipantSession, display: PendingDisplay, client: DrillClient) -> Stop {
        while !session.isFinished {
            guard let line = input.readLine(prompt: session.prompt) else {
                return session.isFinished ? .connectionEnded : .left
            }
            display.drain(into: input)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if input.echoesInput { display.push("\(session.prompt)\(line)") }
            if ["quit", "exit"].contains(trimmed.lowercased()) { return .left }
            let prompts = session.promptsReceived
            client.send(.line(line))
            // A script waits for the server's answer, so its transcript reads in order.
            if !(input is ReadlineInput) { session.waitForPrompt(after: prompts) }
            display.drain(into: input)
            session.applyPrompt(to: input)
        }
        return .connectionEnded
    }

    /// After a network failure: rejoins every 2 seconds for a minute, resuming after the last message received.
    private func reconnect(after old: DrillClient, session: ParticipantSession, display: PendingDisplay, input: any LineInput,
                           connect: (Int, String?) throws -> DrillClient) throws -> DrillClient {
        let seen = old.outputsReceived, instance = old.instance
        old.drop()
        for attempt in 1...30 {
            display.push("The connection to the server was lost; reconnecting (attempt \(attempt) of 30)…")
            display.drain(into: input)
            sleep(2)
            session.reset()
            do {
                let client = try connect(seen, instance)
                display.push("Reconnected; you have every message you missed.")
                return client
            } catch let refusal as CommandFailure where session.isFinished && !session.connectionLost {
                throw refusal
            } catch {
                continue
            }
        }
        throw CommandFailure("error: could not reach the server at \(address) for a minute; run the same command to rejoin")
    }
}
