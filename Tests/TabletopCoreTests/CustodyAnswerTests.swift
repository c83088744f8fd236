import Testing
@testable import TabletopCore

/// Counsel asked whether evidence needs a chain of custody answers as counsel, from what has been imaged
/// and what is kept under custody (blind29 #140: the question went to the host's owner instead).
@Suite struct CustodyAnswerTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func counselSaysWhatIsUnderCustodyAndWhatStillNeedsIt() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\""])
        let question = "ask helen do we need chain of custody on the snapshot of web-03 in case this goes to the police?"
        let imaged = Support.said(engine.playThrough(question))
        #expect(imaged.hasPrefix("Yes: anything that may go to the police or a court needs a record of who took it"), "\(imaged)")
        #expect(imaged.hasSuffix("web-03 is imaged but not yet under custody: 'preserve web-03'."), "\(imaged)")
        _ = engine.playThrough("preserve web-03")
        _ = engine.playThrough("wait 20m")
        let kept = Support.said(engine.playThrough(question))
        #expect(kept.hasSuffix("web-03 is already under chain of custody."), "\(kept)")
    }

    @Test func onlyCounselAnswersSoAndOnlyToACustodyQuestion() throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        let nils = try #require(engine.peopleByID["nils"]), helen = try #require(engine.peopleByID["helen"])
        for (person, question) in [(nils, "do we need chain of custody for the police?"), (helen, "do we need to notify the regulator?"),
                                   // blind72 #69: holding a statement back is no legal hold on evidence.
                                   (helen, "is there any legal reason to hold the consignee statement back, or do you want it published now?")] {
            #expect(engine.custodyAnswer(person, question: question, words: Engine.topicWords(question)) == nil, "\(question)")
        }
        let hold = "should we put a legal hold on the snapshots?"
        #expect(engine.custodyAnswer(helen, question: hold, words: Engine.topicWords(hold)) != nil)
    }
}
