import Foundation
import Testing
@testable import TabletopCore

/// Alerts, cards and people follow what containment did: an alert about a cut-off asset does not
/// arrive, a cut-off arranged for later reads as scheduled, a person card says what happened to the
/// person, and echoes never end mid-word.
@Suite struct ContainmentAwareRepliesTests {
    static func engine(_ id: String, _ moves: [String]) throws -> Engine {
        try WorldAwarePeopleTests.engine(id, moves)
    }

    static func said(_ outputs: [Output]) -> String { WorldAwarePeopleTests.said(outputs) }

    @Test func anAlertAboutAnAssetCutOffDoesNotArrive() throws {
        let host = try Self.engine("compromised-host", ["ack", "isolate web-03", "wait 2h"])
        #expect(!host.state.hasFired("no-containment"))
        #expect(host.state.dropped.contains("no-containment"))
        let key = try Self.engine("breach", ["ack", "revoke ci-key", "wait 2h"])
        #expect(!key.state.hasFired("no-containment"))
        // Left alone, the alert does arrive.
        #expect(try Self.engine("breach", ["ack", "wait 2h"]).state.hasFired("no-containment"))
    }

    @Test func lintWarnsAboutLiveActivityNothingGuards() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/compromised-host.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let guarded = "    unless: asset(web-03).isolated or asset(web-03).redeployed or asset(web-03).shutdown or asset(web-03).deleted or asset(c2).blocked\n"
        #expect(text.contains(guarded))
        let clean = ScenarioLoader.load(path: "c.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook)
        #expect(!clean.diagnostics.contains { $0.message.contains("live activity") })
        let unguarded = ScenarioLoader.load(path: "c.yaml", bytes: Array(text.replacingOccurrences(of: guarded, with: "").utf8), runbook: TestSupport.runbook)
        #expect(unguarded.value != nil)
        #expect(unguarded.diagnostics.contains { $0.message.contains("inject 'no-containment' reports live activity of 'web-03'") })
    }

    @Test func anAddressBlockedIsNotNamedAsTheSourceOfNewActivity() throws {
        // The second key is left live and the first alert's address is blocked: the intruder comes back
        // from another address, and an address card says it was blocked.
        let address = try Self.engine("breach", ["ack"]).scenario.injects.first { $0.id == "cloud-alert" }.map { inject in
            inject.text.split(separator: " ").first { $0.filter(\.isNumber).count >= 4 && $0.contains(".") }.map { String($0) } ?? ""
        } ?? ""
        #expect(!address.isEmpty)
        var engine = try Self.engine("breach", ["ack", "ask lena repo", "block \(address)", "wait 2h"])
        #expect(engine.state.hasFired("backup-key-used-elsewhere"))
        #expect(!engine.state.hasFired("backup-key-used"))
        let card = Self.said(engine.handle("ask marco \(address)"))
        #expect(card.contains("blocked"))
    }

    static let readyForTheExit = ["ack", "notify hr", "notify legal", "preserve kai-mailbox", "disable kai-account"]

    @Test func aScheduledCutOffReadsAsScheduledUntilItHappens() throws {
        var engine = try Self.engine("insider", Self.readyForTheExit)
        #expect(!engine.state.asset("kai-account", is: .disabled))
        #expect(Self.said(engine.handle("assets")).contains("kai-account: Kai's company account (account, high, owner kai) [scheduled for Fri 10:00 to become disabled]"))
        let card = Self.said(engine.handle("ask ben kai-account"))
        #expect(card.contains("Fri 10:00"))
        #expect(!card.contains("It is now disabled"))
        // HR, who set the exit meeting, says so in her own words (not 'can be Friday').
        let person = Self.said(engine.handle("ask grace kai"))
        #expect(person.contains("is set for Friday 10:00"))
        #expect(!person.contains("Nobody has brought them in yet"))
        #expect(Self.said(engine.handle("inspect kai-account")).contains("scheduled for Fri 10:00"))
    }

    @Test func aCutOffDoneEarlierOvertakesTheSchedule() throws {
        // Ben's question times out: he has the account locked now, not on Friday.
        var engine = try Self.engine("insider", Self.readyForTheExit + ["wait 2h"])
        #expect(engine.state.timedOut.contains { $0.decision == "ben-wants-disable" })
        let card = Self.said(engine.handle("ask ben kai-account"))
        #expect(card.contains("It is now disabled"))
        #expect(!card.contains("Fri 10:00"))
        _ = engine.handle("ask elena kai") // the warning that she is close to Kai; asking again goes ahead
        let elena = Self.said(engine.handle("ask elena kai"))
        #expect(elena.contains("Ben has Dana lock Kai's account"))
    }

    @Test func aPersonCardSaysWhatTheOneAskedDidThemselves() throws {
        var engine = try Self.engine("insider", ["ack", "wait 40m"])
        #expect(engine.state.timedOut.contains { $0.decision == "elena-asks" })
        _ = engine.handle("ask elena kai") // the warning that she is close to Kai; asking again goes ahead
        let reply = Self.said(engine.handle("ask elena kai"))
        #expect(reply.contains("I ask Kai about the DLP alert"), "\(reply)")  // in her own voice (blind15 #13)
        #expect(!reply.contains("Nobody has brought them in yet"))
    }

    @Test func anOwnersEvidenceCardNamesTheAlertItHolds() throws {
        var engine = try Self.engine("insider", ["ack"])
        let reply = Self.said(engine.handle("ask omar dlp-logs"))
        #expect(reply.contains("logs dlp-logs"))
        #expect(!reply.contains("Nothing has changed it yet"))
    }

    @Test func theGDPRClockStartsAtAwareness() throws {
        let unaware = try Self.engine("compromised-host", ["ack", "wait 4h"])
        #expect(unaware.state.clocks["gdpr"] == nil)
        let aware = try Self.engine("compromised-host", ["ack", "logs customer-db"])
        #expect(aware.state.clocks["gdpr"]?.isRunning == true)
    }

    @Test func anEchoIsCutAtAWordBoundary() {
        let draft = String(repeating: "We are investigating unauthorised access ", count: 6)
        let echo = Engine.excerpt(draft, limit: 160)
        #expect(echo.hasSuffix("…"))
        #expect(echo.count <= 161)
        #expect(draft.hasPrefix(String(echo.dropLast())))
        #expect(draft.split(separator: " ").contains(echo.dropLast().split(separator: " ").last ?? ""))
        #expect(Engine.excerpt("Short draft.", limit: 160) == "Short draft.")
    }
}
