import Testing
import TabletopCore
import TabletopDrill
@testable import TabletopShell

@Suite struct CompleterTests {
    let snapshot = CompletionSnapshot(people: ["dana", "jon"], assets: ["web-03", "admin-token"], channels: ["#incident", "#ir"],
                                      choices: 2, players: ["ana", "bo"])

    private func complete(_ text: String) -> [String] {
        Completer.candidates(beforeCursor: text, snapshot: snapshot)
    }

    @Test func completesVerbsFirst() {
        #expect(complete("iso") == ["isolate"])
        #expect(complete("st") == ["statement", "status"])
        #expect(complete("doc ") == ["create", "note", "update"])
        #expect(complete("brief l") == ["leadership"])
        #expect(complete("@") == ["@ana", "@bo"])
    }

    @Test func completesTheArgumentsThatFitTheVerb() {
        #expect(complete("isolate ") == ["web-03", "admin-token"])
        #expect(complete("isolate w") == ["web-03"])
        #expect(complete("page ") == ["dana", "jon"])
        #expect(complete("ic ") == ["me", "dana", "jon"])
        #expect(complete("invite dana ") == ["#incident", "#ir"])
        #expect(complete("post #i") == ["#incident", "#ir"])
        #expect(complete("severity ") == ["sev1", "sev2", "sev3", "sev4"])
        #expect(complete("notify l") == ["legal", "leadership", "law-enforcement"])
        #expect(complete("choose ") == ["1", "2"])
        #expect(complete("doc update r") == ["root-cause", "references"])
        #expect(complete("@bo notify le") == ["legal", "leadership"])
    }

    @Test func offersNothingUndiscoveredOrOutOfPlace() {
        #expect(complete("isolate web-03 ") == [])
        #expect(complete("ack ") == [])
        #expect(complete("inspect kim") == [])
        #expect(complete("frobnicate ") == [])
        #expect(Completer.candidates(beforeCursor: "choose ", snapshot: CompletionSnapshot()) == [])
    }
}
