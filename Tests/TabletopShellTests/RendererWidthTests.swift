import Testing
import TabletopCore
@testable import TabletopShell

/// Text wraps at the terminal's width, and follows the window when it is resized.
@Suite struct RendererWidthTests {
    static let answer = Output.info(String(repeating: "The CI service account can read every storage bucket. ", count: 4))

    @Test func aRendererThatFollowsTheTerminalWrapsAtTheWidthAfterAResize() {
        let following = Renderer(color: false, width: 100, followsTerminal: true)
        let fixed = Renderer(color: false, width: 100)
        #expect(following.render(Self.answer).split(separator: "\n").map(\.count).max()! > 60)

        TerminalWidth.update(60)
        defer { TerminalWidth.update(0) }
        #expect(following.width == 60)
        let lines = following.render(Self.answer).split(separator: "\n")
        #expect(lines.count > 3 && lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        #expect(fixed.width == 100, "a renderer for a file keeps its width")

        TerminalWidth.update(20)
        #expect(following.width == 40, "never narrower than 40 columns")
    }

    @Test(arguments: [Output.error(RendererWidthTests.longLine), .warning(RendererWidthTests.longLine)])
    func errorsAndWarningsWrapAtWordsUnderTheirLabel(_ output: Output) {
        let lines = Renderer(color: false, width: 60).render(output).split(separator: "\n")
        #expect(lines.count > 2 && lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        // Every line ends at a whole word of the message, and continuation lines sit under the text.
        let words = Set(Self.longLine.split(separator: " ").map(String.init))
        #expect(lines.allSatisfy { words.contains(String($0.split(separator: " ").last!)) }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("       ") }, "\(lines)")
    }

    static let longLine = "'disable' needs an account or credential the drill knows of; kai-laptop is a device: try 'isolate kai-laptop' or 'shutdown kai-laptop' instead, or 'assets' to list what you know"
}
