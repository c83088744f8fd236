import Testing
import TabletopCore
import TabletopDrill

/// The facilitator's console lines, parsed once.
@Suite struct ConsoleCommandTests {
    @Test func consoleOnlyCommandsAreRead() {
        #expect(describe(.parse("  ")) == "empty")
        #expect(describe(.parse("PAUSE")) == "pause")
        #expect(describe(.parse("resume")) == "resume")
        #expect(describe(.parse("kick Bo")) == "kick Bo")
        #expect(describe(.parse("kick")) == "kick ?")
        #expect(describe(.parse("kick bo cy")) == "kick ?")
        #expect(describe(.parse("detail ON")) == "detail true")
        #expect(describe(.parse("detail maybe")) == "detail ?")
        #expect(describe(.parse("progress")) == "progress")
    }

    @Test func roomViewsAndLateJoinersAreRead() {
        #expect(describe(.parse("add fay:security")) == "add fay:security")
        #expect(describe(.parse("add fay security")) == "add ?")
        #expect(describe(.parse("view COMPACT")) == "view compact")
        #expect(describe(.parse("view tiny")) == "view ?")
        #expect(describe(.parse("filter Legal, comms")) == "filter legal,comms")
        #expect(describe(.parse("filter off")) == "filter ")
    }

    @Test func leavingIsAWordAlone() {
        #expect(describe(.parse("quit")) == "quit")
        #expect(describe(.parse("exit")) == "quit")
        #expect(describe(.parse("leave")) == "quit")
        #expect(describe(.parse("quit now")) == "unknown quit")
    }

    @Test func drillCommandsAreTheEnginesFacilitatorCommands() {
        #expect(drill(.parse("hold ransom-note")) == .hold("ransom-note"))
        #expect(drill(.parse("advance 30m")) == .advance(SimDuration(seconds: 1800)))
        #expect(drill(.parse("end")) == .end)
        #expect(drill(.parse("end now")) == nil)
        #expect(describe(.parse("advance soon")) == "invalid 'advance' takes a duration, such as advance 30m")
        #expect(describe(.parse("dance")) == "unknown dance")
    }

    @Test func everyCommandWordIsKnownToTheParser() {
        for name in ConsoleCommand.Name.allCases {
            #expect(!describe(.parse(name.rawValue)).hasPrefix("unknown"), "\(name)")
        }
    }

    private func drill(_ command: ConsoleCommand) -> FacilitatorCommand? {
        if case .drill(let command) = command { command } else { nil }
    }

    private func describe(_ command: ConsoleCommand) -> String {
        switch command {
        case .empty: "empty"
        case .pause: "pause"
        case .resume: "resume"
        case .kick(let name): "kick \(name ?? "?")"
        case .who: "who"
        case .next: "next"
        case .start: "start"
        case .unkick(let name): "unkick \(name ?? "?")"
        case .detail(let on): "detail \(on.map(String.init) ?? "?")"
        case .progress: "progress"
        case .add(let text): "add \(text ?? "?")"
        case .view(let view): "view \(view?.rawValue ?? "?")"
        case .filter(let roles): "filter \(roles.joined(separator: ","))"
        case .decisions: "decisions"
        case .status: "status"
        case .help: "help"
        case .quit: "quit"
        case .drill(let command): "drill \(command)"
        case .invalid(let message): "invalid \(message)"
        case .unknown(let word): "unknown \(word)"
        }
    }
}
