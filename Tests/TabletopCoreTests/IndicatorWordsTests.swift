import Testing
@testable import TabletopCore

/// The indicator words of an ASCII text, read by its bytes, are the words read by its characters.
@Suite struct IndicatorWordsTests {
    @Test func asciiTextsSplitByBytesAsByCharacters() throws {
        let samples = ["", ".", "...", "Kai's key (AKIA1234) at 10.0.0.5.", "a\r\nb\r\n\r\nc", "Block 203.0.113.7; then: [rotate] <now>!",
                       "\u{1C}x\u{1F}y\u{7F}z\u{0B}w\u{0C}v", "SHA256 e3b0c442...98fb92427ae41e4649b934ca495991b7852b855.", "?!?"]
        for text in samples {
            #expect(try #require(StepJudge.asciiIndicatorWords(text)) == StepJudge.characterIndicatorWords(text), "\(text.debugDescription)")
        }
        var random = SeededRandom(seed: 21)
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + Array("....   aAzZ\r\n\"'()")
        for _ in 0..<3_000 {
            let text = String((0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(try #require(StepJudge.asciiIndicatorWords(text)) == StepJudge.characterIndicatorWords(text), "\(text.debugDescription)")
        }
        #expect(StepJudge.asciiIndicatorWords("café au lait") == nil)
        #expect(StepJudge.indicatorWords("Café (AU) lait.") == ["café", "au", "lait"])
    }
}
