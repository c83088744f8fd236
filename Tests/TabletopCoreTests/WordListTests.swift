import Foundation
import Testing
@testable import TabletopCore

/// A list of terms typed where a step asks for words about what happened (keyword stuffing, blind play
/// 2026-12-03: 95 against honest texts' 96) carries nothing, costs as a false claim does, and is no
/// statement legal can clear.
@Suite struct WordListTests {
    /// The examiner's list, as typed into every free-text field.
    static let stuffed = "webshell JSP CVE file-upload exploit upload flaw framework upgrade uploads outside the web root never executed exfiltration personal data names emails delivery addresses consignees customers table database credentials DB password rotate instance role least privilege narrowed secret manager prod secrets C2 command-and-control beacon egress block miner cryptominer lateral movement snapshot forensic image memory disk isolate load balancer inventory missing host staging legacy EDR monitoring regulator Datatilsynet GDPR 72 hours legal breach notification root cause timeline containment eradication recovery"

    @Test func aListOfTermsIsAWordList() {
        #expect(RubricConcept.isWordList(Self.stuffed))
        // Commas between the terms do not make sentences of them.
        #expect(RubricConcept.isWordList(Self.stuffed.split(separator: " ").joined(separator: ", ")))
    }

    /// Every quoted text of the shipped walkthroughs of honest commanders (expert, competent, novice,
    /// negligent) and a terse timeline of times is read as written, however short of joining words.
    @Test func textsPeopleWriteAreNotWordLists() throws {
        #expect(!RubricConcept.isWordList("Key revoked 11:17, warehouse key rotated 13:13, ci-deployer disabled 15:56; regulator notified 14:46, statement published 17:30, fix rolled out 19:37, monitoring clean since 20:40"))
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs")
        let honest = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { name in ["expert", "competent", "novice", "negligent"].contains { name.contains($0) } }.sorted()
        #expect(honest.count >= 20)
        var texts = 0
        for name in honest {
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            for line in lines where !line.hasPrefix("#") {
                for (index, part) in line.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
                    texts += 1
                    #expect(!RubricConcept.isWordList(String(part)), "\(name): \(part)")
                }
            }
        }
        #expect(texts > 100)
    }

    @Test func aListCarriesNoConceptOfTheRubric() {
        let rubric = Rubric(concepts: [RubricConcept(name: "the host", phrases: ["webshell"]), RubricConcept(name: "the data", phrases: ["consignees"])],
                            forbidden: [])
        let reading = rubric.read(Self.stuffed)
        #expect(reading.hit.isEmpty && reading.missed == ["the host", "the data"] && reading.wordList == true)
        let sentence = rubric.read("A webshell on two hosts read the consignees' names and addresses from the database.")
        #expect(sentence.hit == ["the host", "the data"] && sentence.wordList == nil)
    }

    /// The impact as a list: no rubric point, and a charge named in the debrief.
    @Test func aListedImpactCostsAsAFalseClaim() throws {
        let (engine, _) = try DecisionScoringTests.play("compromised-host", ["ack", "impact \"\(Self.stuffed)\""])
        let card = try DecisionScoringTests.card(engine)
        let impact = try #require(card.steps.first { $0.rubric?.text?.contains("webshell JSP") == true })
        #expect(impact.rubric?.hit.isEmpty == true && impact.rubric?.wordList == true)
        #expect(card.adjustments.contains { $0.kind == "word-list" && $0.step == impact.number && $0.points < 0 })
    }

    /// Counsel sends a listed draft back; publishing it is publishing an unreviewed statement.
    @Test(arguments: StatementReviewScoringTests.shipped)
    func aListedStatementIsSentBackAndPublishingItIsUnreviewed(_ id: String) throws {
        let lawyer = try StatementReviewScoringTests.lawyer(id)
        let (engine, outputs) = try DecisionScoringTests.play(id, ["ack", "statement draft \"\(Self.stuffed)\"", "statement review \(lawyer)"])
        #expect(outputs.contains { "\($0)".contains("sends it back") && "\($0)".contains("not a statement") }, "\(id)")
        #expect(engine.state.statementReviewedBy == nil)
        let kinds = try StatementReviewScoringTests.hardFails(id, ["statement draft \"\(Self.stuffed)\"", "statement review \(lawyer)", "statement publish"])
        #expect(kinds.contains(.unreviewedStatement), "\(id): \(kinds)")
    }
}
