import Testing
import TabletopShell

/// Colour follows the no-color.org convention: `NO_COLOR` turns it off only when present and not empty.
@Suite struct ColorConventionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var isTerminal: Bool
        var color: Bool
        var testDescription: String { "\(environment) terminal=\(isTerminal) → colour \(color)" }
    }

    static let cases: [Case] = [
        Case(environment: ["TERM": "xterm"], isTerminal: true, color: true),
        Case(environment: ["TERM": "xterm", "NO_COLOR": ""], isTerminal: true, color: true),
        Case(environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: true, color: false),
        Case(environment: ["TERM": "xterm", "NO_COLOR": "0"], isTerminal: true, color: false),
        Case(environment: ["TERM": "dumb"], isTerminal: true, color: false),
        Case(environment: ["TERM": "xterm"], isTerminal: false, color: false),
    ]

    @Test(arguments: cases)
    func colourIsUsedOnlyWhenTheConventionAllowsIt(_ example: Case) {
        #expect(Renderer.wantsColor(isTerminal: example.isTerminal, environment: example.environment) == example.color)
    }
}
