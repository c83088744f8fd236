import Testing
@testable import TabletopCore

/// The scalar-by-scalar word splitter (`RubricConcept.asciiWords`) agrees with the character-by-character
/// one wherever it answers, and answers for the shipped scenarios' texts.
@Suite struct WordSplittingTests {
    static let tricky = [
        "Key revoked 11:17 — regulator notified at 14:46; 2,100 records (2.1 %) and *all* exports.",
        "“Quoted” ‘text’… with an ellipsis, a nbsp\u{00A0}here and\r\nWindows lines.",
        "café (precomposed) and cafe\u{0301} (decomposed) and naïve",
        "Zero\u{200D}width joiner, ① circled one, Ⅻ, ５ fullwidth five, ⓐ circled a",
        "UPPER lower MiXeD 3.14.15 1,2 ,3 .5 5. end.",
        "",
        "—",
    ]

    @Test(arguments: tricky) func theFastPathAgreesWithTheCharacterPathOnAwkwardText(_ text: String) {
        if let fast = RubricConcept.asciiWords(text) {
            #expect(fast == RubricConcept.characterWords(text))
        }
    }

    @Test func awkwardTextWithLettersBeyondASCIIGoesTheCharacterWay() {
        #expect(RubricConcept.asciiWords("café naïve") == nil)
        #expect(RubricConcept.asciiWords("cafe\u{0301}") == nil)
        #expect(RubricConcept.asciiWords("５") == nil)
        #expect(RubricConcept.asciiWords("a\u{200D}b") == nil)
        #expect(RubricConcept.asciiWords("a — “b”") == ["a", "b"])
    }

    @Test(arguments: ["breach", "compromised-host", "insider", "example"])
    func everyShippedTextSplitsAlikeAndMostTakeTheFastPath(_ id: String) throws {
        let texts = try ScoringSupport.shippedScenario(id).texts
        var fast = 0
        for text in texts {
            guard let words = RubricConcept.asciiWords(text) else { continue }
            fast += 1
            #expect(words == RubricConcept.characterWords(text), "\(text)")
        }
        #expect(fast * 10 >= texts.count * 9, "\(fast) of \(texts.count) texts took the fast path")
    }
}
