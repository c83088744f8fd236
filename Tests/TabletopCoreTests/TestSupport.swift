import Foundation
@testable import TabletopCore

/// Paths and loaders the tests share.
enum TestSupport {
    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder beside these tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ url: URL) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: url)) ?? Data())
    }

    /// The shipped runbook, which must load.
    static let runbook: Runbook = {
        let url = repositoryRoot.appendingPathComponent("Scoring/runbook.yaml")
        guard let runbook = ScoringFileLoader.loadRunbook(path: "Scoring/runbook.yaml", bytes: bytes(url)).value else {
            fatalError("Scoring/runbook.yaml does not load; run 'tabletop lint Scoring/runbook.yaml'")
        }
        return runbook
    }()

    /// Files of a fixtures subfolder with the given extension, sorted.
    static func fixtureNames(in folder: String, extension ext: String) -> [String] {
        let directory = fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }

    static func loadScenario(_ text: String, path: String = "test.yaml") -> LoadResult<Scenario> {
        ScenarioLoader.load(path: path, bytes: Array(text.utf8), runbook: runbook)
    }
}

/// A small seeded generator (SplitMix64) so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
