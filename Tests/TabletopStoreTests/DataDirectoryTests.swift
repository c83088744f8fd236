import Foundation
import Testing
import TabletopStore

/// Where drill data goes: `--data-dir`, `$TABLETOP_HOME`, an absolute `$XDG_STATE_HOME`, then `~/.local/state`.
@Suite struct DataDirectoryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var explicit: String?
        var environment: [String: String]
        var root: String
        var testDescription: String { "\(explicit ?? "-") \(environment) → \(root)" }
    }

    static let cases: [Case] = [
        Case(explicit: nil, environment: ["HOME": "/home/ana"], root: "/home/ana/.local/state/tabletop"),
        Case(explicit: nil, environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "/var/state"], root: "/var/state/tabletop"),
        // The XDG Base Directory spec: a relative path in these variables is invalid and must be ignored.
        Case(explicit: nil, environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "state"], root: "/home/ana/.local/state/tabletop"),
        Case(explicit: nil, environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "./state"], root: "/home/ana/.local/state/tabletop"),
        Case(explicit: nil, environment: ["HOME": "/home/ana", "XDG_STATE_HOME": ""], root: "/home/ana/.local/state/tabletop"),
        Case(explicit: nil, environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "/s", "TABLETOP_HOME": "/t"], root: "/t"),
        Case(explicit: "/d", environment: ["HOME": "/home/ana", "TABLETOP_HOME": "/t"], root: "/d"),
    ]

    @Test(arguments: cases)
    func theDataFolderFollowsTheOrderAndTheXDGRules(_ example: Case) {
        #expect(DataDirectory.resolve(explicit: example.explicit, environment: example.environment).root.path == example.root)
    }
}
