import Foundation
import Testing
import TabletopCore
@testable import TabletopServer

/// The participant client's state, fed messages as the network thread would: its waits wake on the
/// message that ends them, not on a polling beat, and give up at their deadline.
@Suite struct ParticipantSessionTests {
    let display = PendingDisplay(immediate: false)

    func receive(_ message: ServerMessage, by session: ParticipantSession, after milliseconds: Int) {
        let display = display
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
            session.receive(message, display: display, render: { $0.plainText })
        }
    }

    @Test func theWelcomeEndsTheWaitForIt() {
        let session = ParticipantSession()
        var welcome = ServerMessage(type: "welcome")
        welcome.title = "Breach"
        receive(welcome, by: session, after: 50)
        let start = ContinuousClock.now
        #expect(session.waitForWelcome())
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func aRefusalEndsTheWaitForTheWelcome() {
        let session = ParticipantSession()
        receive(.error("wrong join token", fatal: true), by: session, after: 20)
        #expect(!session.waitForWelcome())
        #expect(session.finishReason == "wrong join token")
        #expect(session.failure == "wrong join token")
    }

    @Test func onlyThePromptThatAnswersThisParticipantsLineEndsTheWait() {
        let session = ParticipantSession()
        var before = ServerMessage(type: "prompt")
        before.answered = 3
        session.receive(before, display: display, render: { $0.plainText })
        let mark = session.mark
        var othersLine = ServerMessage(type: "prompt")
        othersLine.answered = 3
        othersLine.prompt = "[T+00:01 sev?] > "
        receive(othersLine, by: session, after: 10)
        var answer = ServerMessage(type: "prompt")
        answer.answered = 4
        answer.prompt = "[T+00:02 sev?] > "
        receive(answer, by: session, after: 200)
        let start = ContinuousClock.now
        session.waitForAnswer(after: mark)
        #expect(session.prompt == "[T+00:02 sev?] > ")
        // Woken by the answer, not by the 5 s deadline.
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func theLostConnectionIsToldApartFromTheEnd() {
        let lost = ParticipantSession()
        lost.connectionClosed()
        #expect(lost.isFinished && lost.connectionLost)
        let ended = ParticipantSession()
        ended.receive(ServerMessage(type: "ended"), display: display, render: { $0.plainText })
        ended.connectionClosed()
        #expect(ended.isFinished && !ended.connectionLost && ended.failure == nil)
    }
}
