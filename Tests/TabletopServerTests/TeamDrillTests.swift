import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// Team drills on loopback: a real server, five real clients, the shipped breach scenario.
@Suite(.serialized) struct TeamDrillTests {
    /// Joins the whole roster and waits until each has its first prompt.
    func joinAll(_ harness: TeamDrillHarness) throws -> [String: ScriptedParticipant] {
        var team: [String: ScriptedParticipant] = [:]
        for player in try Player.parseList(TeamDrillHarness.roster).get() {
            let participant = try ScriptedParticipant(harness, name: player.name, role: player.role)
            #expect(participant.waitFor { $0.messages.contains { $0.type == "prompt" } }, "\(player.name) got no prompt")
            team[player.name] = participant
        }
        return team
    }

    @Test func injectsReachOnlyTheirRolesAndDecisionsAreAttributed() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let team = try joinAll(harness)
        let ana = team["ana"]!, bo = team["bo"]!, cy = team["cy"]!
        // The researcher's report is addressed to the IC alone.
        #expect(ana.waitForText("inject:researcher-report"))
        #expect(!bo.texts.contains { $0.contains("inject:researcher-report") })
        #expect(team["eli"]!.messages.first { $0.type == "welcome" }?.role == "ops")

        bo.say("channel #ir-northwind")
        #expect(cy.waitForText("bo (legal): channel #ir-northwind"))
        #expect(ana.waitForText("bo (legal): channel #ir-northwind"))
        let decision = try harness.onHost { $0.engine.state.decisions.last }
        #expect(decision?.actor == "bo")
        #expect(decision?.role == "legal")
        // The log holds the line with its author, on disk before anyone saw its effect.
        let log = try SessionLogWriter.read(harness.logPath)
        #expect(log.records.contains { if case .input(let input) = $0 { input.text == "@bo channel #ir-northwind" } else { false } })

        // Advancing past 12 minutes brings the cloud alert, which has no addressee: everyone gets it.
        #expect(try harness.facilitate("advance 15m").isEmpty)
        for participant in team.values { #expect(participant.waitForText("inject:cloud-alert")) }

        // A participant's mistake goes to them alone.
        cy.say("frobnicate the widgets")
        #expect(cy.waitFor { $0.outputs.contains { if case .error = $0 { true } else { false } } })
        #expect(!ana.texts.contains { $0.contains("frobnicate") })
        // Nobody can act under another's name: the server prefixes the sender, so "@ana" is not a command.
        let decisionsBefore = try harness.onHost { $0.engine.state.decisions.count }
        cy.say("@ana page marco")
        #expect(cy.waitForText("unknown command '@ana'"))
        #expect(try harness.onHost { $0.engine.state.decisions.count } == decisionsBefore)

        // status lists who is connected in which role, and looking things up is not announced to the team.
        bo.say("status")
        #expect(bo.waitForText("Team: ana (ic) connected, bo (legal) connected, cy (comms) connected"))
        bo.say("notify legal")
        #expect(ana.waitForText("bo (legal): notify legal"))
        #expect(!ana.texts.contains("bo (legal): status"))
    }

    @Test func pauseRefusesLinesUntilResumeAndInjectNowIsAudited() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let team = try joinAll(harness)
        let ana = team["ana"]!, dee = team["dee"]!
        #expect(try harness.facilitate("pause") == ["Paused. Participants' lines are refused until 'resume'."])
        #expect(dee.waitForText("The facilitator has paused the drill."))
        ana.say("ack")
        #expect(ana.waitForText("paused the drill; wait for them to resume"))
        #expect(try harness.onHost { $0.engine.state.decisions.count } == 0)
        let clockBefore = try harness.onHost { $0.engine.state.clock }
        #expect(try harness.facilitate("resume") == ["Resumed."])
        #expect(try harness.onHost { $0.engine.state.clock } == clockBefore)
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })

        // Observer notes stay with the facilitator.
        #expect(try harness.facilitate("note \"ana acked before reading\"").isEmpty)
        // inject now: everyone (no addressee) sees the CEO's call at once, and the command is in the log.
        #expect(try harness.facilitate("inject ceo-hears").isEmpty)
        for participant in team.values {
            #expect(participant.waitForText("inject:ceo-hears"))
            #expect(!participant.texts.contains("Noted."))
        }
        #expect(try harness.facilitate("inject no-such-inject").first?.hasPrefix("error:") == true)
        let log = try SessionLogWriter.read(harness.logPath)
        let audited = log.records.compactMap { if case .facilitator(let input) = $0 { input.text } else { nil } }
        #expect(audited == ["note \"ana acked before reading\"", "inject ceo-hears"], "the refused inject is not recorded")
        let notes = log.records.compactMap { if case .note(let note) = $0 { note.kind } else { nil } }
        #expect(notes.contains("paused") && notes.contains("resumed"))
    }

    @Test func aRejoiningParticipantGetsExactlyWhatItMissed() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let team = try joinAll(harness)
        let ana = team["ana"]!, dee = team["dee"]!
        ana.say("ack")
        #expect(dee.waitForText("ana (ic): ack"))
        let before = dee.outputs
        dee.client.drop()
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.connectionSummary() })?.contains("dee (scribe) not connected") == true })
        ana.say("channel #ir-northwind")
        ana.say("severity sev2 \"outside report\"")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 3 })

        let back = try ScriptedParticipant(harness, name: "dee", role: "scribe", seen: before.count)
        // First one line for the gap; the missed messages on request.
        #expect(back.waitForText("While you were away"))
        #expect(!back.texts.contains { $0.contains("ana (ic): channel #ir-northwind") })
        back.say("missed")
        // The last of what it missed: the severity decision's evidence (its attribution comes first).
        #expect(back.waitForText("evidence 4 Set priority"))
        let missed = back.outputs
        #expect(missed.contains { $0.plainText.contains("ana (ic): channel #ir-northwind") })
        #expect(!missed.contains { $0.plainText.contains("ana (ic): ack") }, "already-seen messages are not sent twice")
        back.client.drop()

        // A fresh client (seen 0) gets what dee had: the two connections together, in order.
        let fresh = try ScriptedParticipant(harness, name: "dee", role: "scribe")
        #expect(fresh.waitFor { $0.outputs.count >= before.count + missed.count })
        #expect(fresh.outputs == before + missed)
    }

    @Test func aClientOfThisRunTakesOverAConnectionTheServerStillBelievesAlive() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let team = try joinAll(harness)
        let ana = team["ana"]!, eli = team["eli"]!
        ana.say("ack")
        #expect(eli.waitForText("ana (ic): ack"))
        let seen = eli.client.outputsReceived
        let instance = try #require(eli.client.instance)
        #expect(instance == harness.host.instance)
        // Without this run's instance, a second eli is refused; with it, it takes over and the old one is closed.
        let impostor = try ScriptedParticipant(harness, name: "eli", role: "ops", seen: seen)
        #expect(impostor.fatalError() == "eli is already connected; a second connection under the same name is refused")
        ana.say("channel #ir-northwind")
        let successor = try ScriptedParticipant(harness, name: "eli", role: "ops", seen: seen, instance: instance)
        #expect(successor.waitForText("ana (ic): channel #ir-northwind"))
        #expect(eli.waitFor { $0.isClosed })
        #expect(!successor.texts.contains { $0.contains("ana (ic): ack") })
        // A stale instance (a restarted server) makes `seen` meaningless: everything is resent.
        successor.client.drop()
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.connectionSummary() })?.contains("eli (ops) not connected") == true })
        let afterRestart = try ScriptedParticipant(harness, name: "eli", role: "ops", seen: 999, instance: "an-older-run")
        #expect(afterRestart.waitForText("ana (ic): ack"))
    }

    @Test func refusedJoinsGetAClearMessageAndTheDrillGoesOn() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        #expect(ana.waitFor { $0.messages.contains { $0.type == "prompt" } })
        let cases: [(String, String, String, String)] = [
            ("ana", "ic", "wrong", "wrong join token"),
            ("zed", "ic", TeamDrillHarness.token, "no participant called 'zed' in this drill; it expects: ana (ic), bo (legal), cy (comms), dee (scribe), eli (ops)"),
            ("bo", "ic", TeamDrillHarness.token, "bo plays the role 'legal' in this drill, not 'ic'"),
            ("ana", "ic", TeamDrillHarness.token, "ana is already connected; a second connection under the same name is refused"),
        ]
        for (name, role, token, expected) in cases {
            let refused = try ScriptedParticipant(harness, name: name, role: role, token: token)
            #expect(refused.fatalError() == expected)
        }
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
    }

    @Test func garbageOversizeAndFloodingClientsAreCutOffAlone() throws {
        // The line budget refills with the wall clock; a clock that stands still makes the flood a flood
        // however slowly a loaded machine gets the 300 lines through (CI once handled them under 20 a second).
        let wall = ManualWallClock()
        let harness = try TeamDrillHarness(wallClock: wall.read)
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        #expect(ana.waitFor { $0.messages.contains { $0.type == "prompt" } })

        let garbage = try ScriptedParticipant(harness, name: "bo", role: "legal")
        garbage.client.sendRaw(Array("{\"type\": \"line\", \"v\": 1, \"text\": \"ack\"\n".utf8))
        #expect(garbage.fatalError() == "that is not a message of the tabletop protocol (newline-delimited JSON)")

        let oversize = try ScriptedParticipant(harness, name: "cy", role: "comms")
        #expect(oversize.waitFor { $0.messages.contains { $0.type == "prompt" } })
        oversize.client.sendRaw(Array(repeating: UInt8(ascii: "a"), count: 20_000) + [0x0A])
        #expect(oversize.fatalError() == "message longer than 16384 bytes")

        let flood = try ScriptedParticipant(harness, name: "dee", role: "scribe")
        #expect(flood.waitFor { $0.messages.contains { $0.type == "prompt" } })
        for _ in 0..<300 { flood.say("status") }
        #expect(flood.fatalError() == "too many lines too fast (more than 20 a second); rejoin and slow down")

        // A client that vanishes mid-message leaves nothing half-handled behind.
        let vanishing = try ScriptedParticipant(harness, name: "eli", role: "ops")
        #expect(vanishing.waitFor { $0.messages.contains { $0.type == "prompt" } })
        vanishing.client.sendRaw(Array("{\"type\":\"line\",\"v\":1,\"te".utf8))
        vanishing.client.drop()

        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
        #expect(try harness.onHost { $0.connectionSummary() } ==
            "ana (ic) connected, bo (legal) not connected, cy (comms) not connected, dee (scribe) not connected, eli (ops) not connected")
    }

    @Test func aRestartedServerResumesFromTheSessionLog() throws {
        let first = try TeamDrillHarness()
        let team = try joinAll(first)
        team["ana"]!.say("ack")
        team["bo"]!.say("channel #ir-northwind")
        #expect(team["ana"]!.waitFor { _ in (try? first.onHost { $0.engine.state.decisions.count }) == 2 })
        #expect(try first.facilitate("note \"legal joined late\"").isEmpty)
        let decisionsBefore = try first.onHost { $0.engine.state.decisions.map(\.raw) }
        first.stop()
        for participant in team.values { #expect(participant.waitFor { $0.isClosed }) }

        let second = try TeamDrillHarness(resuming: first.logPath)
        defer { second.stop() }
        #expect(try second.onHost { $0.engine.state.decisions.map(\.raw) } == decisionsBefore)
        #expect(try second.onHost { $0.engine.state.notes.count } == 1)
        let ana = try ScriptedParticipant(second, name: "ana", role: "ic")
        #expect(ana.waitForText("The server restarted; the drill continues at T+"))
        ana.say("severity sev2 \"outside report\"")
        #expect(ana.waitFor { _ in (try? second.onHost { $0.engine.state.decisions.count }) == 3 })
        // The log still replays to the same state.
        let log = try SessionLogWriter.read(first.logPath)
        #expect(log.records.filter { if case .input = $0 { true } else { false } }.count == 3)
    }

    @Test func aClientThatNeverSaysHelloIsCutOff() throws {
        let harness = try TeamDrillHarness(helloDeadline: .milliseconds(200))
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        #expect(ana.waitFor { $0.messages.contains { $0.type == "welcome" } }, "a prompt hello is accepted")
        // A connection that stalls before its hello.
        let received = NIOLockedValueBox<[ServerMessage]>([])
        let closed = NIOLockedValueBox(false)
        let staller = try DrillClient(host: "127.0.0.1", port: harness.server.port, hello: .hello(token: "", name: "", role: ""),
                                      onMessage: { message in received.withLockedValue { $0.append(message) } },
                                      onClose: { closed.withLockedValue { $0 = true } }, sendHello: false)
        defer { staller.drop() }
        let deadline = Date().addingTimeInterval(5)
        while !closed.withLockedValue({ $0 }), Date() < deadline { usleep(10_000) }
        #expect(closed.withLockedValue { $0 })
        #expect(received.withLockedValue { $0.first?.message } == "no hello within 0.2 seconds")
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
    }

    @Test func aPortInUseIsExplained() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        #expect {
            try TeamDrillHarness(port: harness.server.port)
        } throws: { error in
            (error as? ServerError)?.description == "port \(harness.server.port) on 127.0.0.1 is already in use; choose another with --port"
        }
    }
}
