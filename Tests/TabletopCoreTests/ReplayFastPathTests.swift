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

    /// Where requests open in a line, read byte by byte, is where the forty-two searches of each opening
    /// after each separator found them, over every line of the shipped walkthroughs and plans.
    @Test func requestStartsAreWhereTheSearchesFoundThem() throws {
        func searched(_ lowered: String) -> [String.Index] {
            var starts = Set<String.Index>()
            for opening in Engine.requestOpenings {
                if lowered.hasPrefix(opening) { starts.insert(lowered.startIndex) }
                for separator in [", ", " and ", ". ", "? ", "! ", "; "] {
                    var from = lowered.startIndex
                    while let found = lowered.range(of: separator + opening, range: from..<lowered.endIndex) {
                        starts.insert(found.lowerBound)
                        from = found.upperBound
                    }
                }
            }
            return starts.sorted()
        }
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Scenarios")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".script") || $0.hasSuffix(".plans.yaml") }
        var lines = ["please rotate it", "ok, can you pull the logs? and please, please keep it", "can you ", "pls", "é, please go",
                     "do it. can you check? could you also; will you not", "x and can we get you to look",
                     "can you preserve the audit logs and pull what ci-deployer did today?",
                     "please do not terminate web-10 this time. can you snapshot them first?",
                     "could you test lena's fix, and how long would it take?", "would you mind pulling the vpn logs",
                     "thanks! please keep this to yourself; can we get you to brief grace", "pls check web-04, and can you curl it",
                     "is it safe? could you rotate it? will you tell me when", "we can close now, can't we? please confirm"]
        for file in files.sorted() {
            // What the engine reads is what is said: the quoted text of `ask`, `tell` and the like.
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").compactMap { line in
                guard let open = line.firstIndex(of: "\""), let close = line.lastIndex(of: "\""), open < close else { return nil }
                return String(line[line.index(after: open)..<close])
            }
        }
        var found = 0
        for line in lines {
            let lowered = line.lowercased().trimmingCharacters(in: .whitespaces)
            let starts = Engine.requestStarts(lowered)
            found += starts.count
            #expect(starts == searched(lowered), "\(line)")
        }
        #expect(found >= 20, "the lines hold requests to find")
    }

    /// A text's label is taken off as the plain reading took it, whether or not its first bytes settle it.
    @Test func withoutLabelIsThePlainReading() {
        func plain(_ text: String, _ label: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(label + ":") else { return text }
            let rest = trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces)
            return rest.isEmpty ? text : rest.prefix(1).uppercased() + rest.dropFirst()
        }
        let texts = ["Worst case: Kai copied the list", "worst case:kai", "  WORST CASE: all of it", "worst case:", "Worst",
                     "worst cases: two", "\u{00A0}worst case: spaced", "Wörst case: no", "about 860,000 records", "", "worst case"]
        for text in texts {
            #expect(Engine.withoutLabel(text, "worst case") == plain(text, "worst case"), "\(text)")
        }
        #expect(Engine.withoutLabel("Worst case: Kai copied it", "worst case") == "Kai copied it")
    }
}
