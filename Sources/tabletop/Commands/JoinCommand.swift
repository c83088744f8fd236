import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill
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
    @Option(help: ArgumentHelp("The server's key fingerprint, from the facilitator's join command (the drill is then encrypted).",
                               valueName: "SHA256:…")) var fingerprint: String?
    @Option(help: ArgumentHelp("Read lines from a file instead of the terminal.", valueName: "file"), completion: .file()) var script: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where the shell's history is kept.", valueName: "dir"), completion: .directory) var dataDirectory: String?

    func validate() throws {
        guard Self.split(address) != nil else {
            throw ValidationError("give the server's address as host:port, such as 127.0.0.1:7411 (got '\(address.prefix(60))')")
        }
        if let fingerprint, !fingerprint.hasPrefix("SHA256:") || fingerprint.count != 50 {
            throw ValidationError("--fingerprint is 'SHA256:' and 43 characters, as the facilitator's join command prints it (got '\(fingerprint.prefix(60))')")
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
        let setup = Workspace.commandLine(scenariosDirectory: nil, dataDirectory: dataDirectory)
        let input = try setup.makeInput(script: script, live: false)
        defer { input.close() }
        let display = PendingDisplay(immediate: !input.isInteractive)
        let session = ParticipantSession()
        let renderer = Output.renderer()
        let link = try ParticipantLink.join(host: serverHost, port: serverPort, address: address, token: token, name: name, role: role,
                                            fingerprint: fingerprint, session: session, display: display,
                                            render: { renderer.render($0) })
        keepCurrent(input, link: link, session: session, display: display)
        defer { input.setIdleHandler(nil) }
        let outcome = readLines(input, session: session, display: display, link: link)
        display.drain { input.display($0) }
        switch outcome {
        case .left:
            link.leave()
            Output.printLine("You left the drill; rejoin with the same 'tabletop join' command.")
        case .ended:
            break
        case .failed(let line):
            throw CommandFailure(line)
        }
    }

    /// While the participant types: shows what arrived, rejoins after a network failure, keeps the prompt
    /// current, and ends the line being typed when the link stops.
    private func keepCurrent(_ input: any LineInput, link: ParticipantLink, session: ParticipantSession, display: PendingDisplay) {
        input.setIdleHandler {
            display.drain { input.display($0) }
            link.keepAlive()
            if link.connected == nil, link.stop == nil {
                // Said where the eye is: a line typed now is not sent.
                input.setPrompt("[reconnecting…] > ")
            } else {
                session.applyPrompt { input.updateCompletions($1); input.setPrompt($0) }
            }
            if let stop = link.stop {
                input.requestStop(stop == .ended ? "the drill ended" : "the server ended the connection")
            }
        }
    }

    /// Reads and sends lines until the participant leaves or the link stops.
    private func readLines(_ input: any LineInput, session: ParticipantSession, display: PendingDisplay,
                           link: ParticipantLink) -> Outcome {
        while true {
            link.keepAlive()
            if let stop = link.stop { return Outcome(stop) }
            guard let line = input.readLine(prompt: session.prompt) else {
                return link.stop.map(Outcome.init) ?? .left
            }
            display.drain { input.display($0) }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if input.echoesInput { display.push("\(session.prompt)\(line)") }
            if ["quit", "exit"].contains(trimmed.lowercased()) { return .left }
            let scripted = !input.isInteractive
            if scripted {
                // A script waits for the server to come back, as a person would before typing on.
                link.keepAlive()
                link.waitWhileReconnecting()
            }
            guard let client = link.connected else {
                display.push(link.stop == nil ? "error: not sent: the connection to the server is lost; reconnecting…" : "error: not sent")
                display.drain { input.display($0) }
                continue
            }
            let mark = session.mark
            client.send(.line(line))
            // A script waits for the server's answer to this line, so its transcript reads in order.
            if scripted { session.waitForAnswer(after: mark) }
            display.drain { input.display($0) }
            session.applyPrompt { input.updateCompletions($1); input.setPrompt($0) }
        }
    }

    /// How the shell ended.
    enum Outcome {
        case left, ended, failed(String)

        init(_ stop: ParticipantLink.Stop) {
            switch stop {
            case .ended: self = .ended
            case .failed(let line): self = .failed(line)
            }
        }
    }
}
