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

    @Test func completesMessagesDelegationReviewAndSweeps() {
        let fleet = CompletionSnapshot(people: ["dana", "jon"], assets: ["web-03"], channels: ["#ir"], groups: ["web-fleet"])
        let complete = { (text: String) in Completer.candidates(beforeCursor: text, snapshot: fleet) }
        #expect(complete("tell ") == ["dana", "jon"])
        #expect(complete("statement r") == ["review"])
        #expect(complete("statement review ") == ["dana", "jon"])
        #expect(complete("sweep ") == ["web-fleet"])
        #expect(complete("delegate d") == ["dana"])
        #expect(complete("delegate dana iso") == ["isolate"])
        #expect(complete("delegate dana isolate ") == ["web-03"])
        #expect(!complete("delegate dana ").contains("close") && !complete("delegate dana ").contains("hint"))
        #expect(complete("help do") == ["doc"])
    }

    @Test func offersNothingUndiscoveredOrOutOfPlace() {
        #expect(complete("isolate web-03 ") == [])
        #expect(complete("ack ") == [])
        #expect(complete("inspect kim") == [])
        #expect(complete("frobnicate ") == [])
        #expect(Completer.candidates(beforeCursor: "choose ", snapshot: CompletionSnapshot()) == [])
    }

    @Test func verbsComeFromTheVerbTable() {
        var firstWords: [String] = []
        for verb in Verb.allCases where !firstWords.contains(String(verb.spelling.prefix { $0 != " " })) {
            firstWords.append(String(verb.spelling.prefix { $0 != " " }))
        }
        #expect(complete("") == firstWords)
        for verb in Verb.allCases where verb.spelling.contains(" ") {
            let words = verb.spelling.split(separator: " ")
            #expect(complete("\(words[0]) ").contains(String(words[1])), "'\(verb.spelling)' is not completed")
        }
        #expect(complete("followup \"x\" --owner ") == ["dana", "jon"])
        #expect(complete("impact \"x\" --owner ") == [])
    }
}
