import Foundation
import Testing
@testable import TabletopCore

/// The shortcuts that make replaying a session cheaper (issue 21) give what the plain reading gives.
@Suite struct ReplayFastPathTests {
    /// Every text of the shipped scenarios and a few awkward ones: the byte-wise reading of an ASCII text's
    /// letter runs is the character-wise one, and any other text is left to the character-wise reading.
    @Test(arguments: ["breach", "insider", "compromised-host", "example"])
    func asciiLetterWordsAreTheLetterWords(id: String) throws {
        let scenario = try ScoringSupport.shippedScenario(id)
        let texts = scenario.injects.map(\.text) + scenario.facts.map(\.text) + scenario.cast.map(\.name)
            + scenario.responses.map(\.text) + ["", "x", "Ben has Dana lock it.", "  42 Omar's; (Kai)", "end-word"]
        var ascii = 0
        for text in texts {
            if let fast = Engine.asciiLetterWords(text) {
                ascii += 1
                #expect(fast.map(\.offset) == Engine.letterWords(text).map(\.offset), "\(text)")
                #expect(fast.map(\.word) == Engine.letterWords(text).map(\.word), "\(text)")
            }
        }
        #expect(ascii > texts.count / 2)
        #expect(Engine.asciiLetterWords("Kai Ström syncs") == nil)
        #expect(Engine.asciiLetterWords("line\r\nKai") == nil, "a carriage return and line feed are one character")
        #expect(Engine.letterWords("é Kai").map(\.offset) == [0, 2])
    }

    /// Two terms match as the fact matching always took them: equal, or a word of five letters or more
    /// that the other begins with (never a figure, never a short word).
    @Test func termsMatchByPrefixOnlyForLongWords() {
        func same(_ one: String, _ other: String) -> Bool { Engine.Term(one).same(as: Engine.Term(other)) }
        #expect(same("exfil", "exfiltration"))
        #expect(same("consignees", "consignee"))
        #expect(same("2.1", "2.1"))
        #expect(!same("2.10", "2.1"), "a figure is never a prefix of another")
        #expect(!same("data", "database"), "four letters are too few")
        #expect(!same("web-0", "web-03"), "not all letters")
    }
}
