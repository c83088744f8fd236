import Testing
import TabletopCore
@testable import TabletopServer

/// In a team drill, a question addressed to one role shows in that role's prompt and completion only.
@Suite struct AddressedQuestionPromptTests {
    @Test func onlyTheAddresseeIsAskedToChoose() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        ana.say("page dev")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
        #expect(try harness.facilitate("advance 10m").isEmpty)
        #expect(ana.waitFor { $0.messages.last { $0.type == "prompt" }?.prompt?.contains("choose 1-2 q:") == true })
        #expect(bo.waitFor { $0.messages.last { $0.type == "prompt" }?.prompt?.contains("(T+00:") == true })
        let boPrompt = try #require(bo.messages.last { $0.type == "prompt" })
        #expect(boPrompt.prompt?.contains("choose") == false)
        #expect(boPrompt.choices == 0)
        bo.say("choose 1")
        #expect(bo.waitForText("that question went to ic (ana); only they can answer it"))
        #expect(try harness.onHost { $0.engine.state.decisions.map(\.raw) } == ["page dev"])
    }
}
