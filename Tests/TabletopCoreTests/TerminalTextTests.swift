import Testing
@testable import TabletopCore

/// Text from outside reaches a terminal inert: control characters are shown, never executed.
@Suite struct TerminalTextTests {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x00...0x1F).contains(scalar.value) || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Seeded random strings drawn heavily from control characters: `inline` leaves none at all,
    /// `block` leaves only line breaks, and both keep every printable character in order.
    @Test(arguments: [UInt64(1), 2, 3])
    func noControlCharacterSurvives(_ seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pool: [Unicode.Scalar] = ["a", "Z", "é", "✓", " ", "\\", "\n", "\t", "\r", "\u{1B}", "\u{07}", "\u{00}", "\u{7F}",
                                      "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "[", "]", "漢"]
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &random) { text.append(pool.randomElement(using: &random)!) }
            let original = String(text)
            let inline = TerminalText.inline(original)
            let block = TerminalText.block(original)
            #expect(!inline.unicodeScalars.contains(where: Self.isControl), "inline left a control in \(inline.debugDescription)")
            #expect(!block.unicodeScalars.contains { Self.isControl($0) && $0 != "\n" }, "block left a control in \(block.debugDescription)")
            #expect(block.filter { $0 == "\n" }.count == original.unicodeScalars.filter { $0 == "\n" }.count)
            let printable = original.unicodeScalars.filter { !Self.isControl($0) }
            #expect(Self.isSubsequence(Array(printable), of: Array(inline.unicodeScalars)), "inline lost a printable character of \(original.debugDescription)")
            #expect(TerminalText.firstControl(in: inline) == nil)
        }
    }

    static func isSubsequence(_ needle: [Unicode.Scalar], of haystack: [Unicode.Scalar]) -> Bool {
        var index = haystack.startIndex
        for scalar in needle {
            guard let found = haystack[index...].firstIndex(of: scalar) else { return false }
            index = found + 1
        }
        return true
    }

    @Test func printableTextIsUnchangedAndControlsAreSpelledOut() {
        #expect(TerminalText.inline("Kai Brennan (KAI-LT-042) ✓ 漢字") == "Kai Brennan (KAI-LT-042) ✓ 漢字")
        #expect(TerminalText.inline("\u{1B}]0;OWNED\u{07}\u{1B}[2J") == "\\e]0;OWNED\\u{7}\\e[2J")
        #expect(TerminalText.inline("ana\nSTARTED  forged row") == "ana\\nSTARTED  forged row")
        #expect(TerminalText.block("line one\nline\ttwo\u{9B}31m") == "line one\nline two\\u{9B}31m")
        #expect(TerminalText.inline("abc\u{202E}fed") == "abc\\u{202E}fed")
    }

    @Test func outputsAreMadeInertFieldByField() {
        let inject = InjectMessage(id: "x", at: .zero, from: "Eve\u{1B}[31m", channel: "#a\nb", to: [], text: "hi\u{1B}]0;T\u{07}",
                                   question: nil, options: ["ok\u{1B}"])
        guard case .inject(let clean) = Output.inject(inject).inert else { Issue.record("not an inject"); return }
        #expect(clean.from == "Eve\\e[31m")
        #expect(clean.channel == "#a\\nb")
        #expect(clean.text == "hi\\e]0;T\\u{7}")
        #expect(clean.options == ["ok\\e"])
        #expect(Output.notice("two\nlines").inert == .notice("two\nlines"))
    }

    @Test func typedLinesAreRefusedBeforeTheyAreRecorded() {
        #expect(InputLine.refusal("page dana") == nil)
        #expect(InputLine.refusal(String(repeating: "x", count: InputLine.maximumBytes)) == nil)
        #expect(InputLine.refusal(String(repeating: "x", count: 100_000))
            == "that line is 100000 bytes long; a line can be at most 4000 (write a summary, not a document)")
        #expect(InputLine.refusal("note \u{1B}[2J") == "that line holds a control character (\\e) at column 6; type it again without it")
    }

    @Test func displayNamesMustBeOnePrintableLine() {
        #expect(Player.problem(withDisplayName: "Ana Lima") == nil)
        #expect(Player.problem(withDisplayName: "ana\n2026-01-01 breach") == "a name cannot hold control characters (found \\n at position 4)")
        #expect(Player.problem(withDisplayName: "  ") == "a name needs at least one letter")
        #expect(Player.problem(withDisplayName: String(repeating: "a", count: 81)) == "a name can be at most 80 characters")
        if case .failure(let error) = Player.parseList("ana:i\u{1B}c") {
            #expect(error.message == "'i\\ec' is not a role; a role is letters, digits, - and _, such as ic or legal")
        } else {
            Issue.record("a role with ESC was accepted")
        }
    }

    @Test func onlyTheOutputsAKillKeptFromTheLogAreCompleted() {
        let replayed: [Output] = [.response("a"), .notice("b"), .evidence(step: 1, title: "c")]
        #expect(SessionReplay.unrecordedOutputs(recorded: [.response("a")], replayed: replayed) == [.notice("b"), .evidence(step: 1, title: "c")])
        #expect(SessionReplay.unrecordedOutputs(recorded: replayed, replayed: replayed) == [])
        #expect(SessionReplay.unrecordedOutputs(recorded: [.response("x")], replayed: replayed) == nil)
        #expect(SessionReplay.unrecordedOutputs(recorded: replayed + [.notice("extra")], replayed: replayed) == nil)
    }
}
