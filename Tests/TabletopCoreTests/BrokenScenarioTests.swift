import Foundation
import Testing
@testable import TabletopCore

/// Every file under Fixtures/broken must fail to load with exactly the diagnostics in its `.expected` file
/// (`RECORD_BROKEN=1 swift test --filter BrokenScenarioTests` records them).
@Suite struct BrokenScenarioTests {
    static let names = TestSupport.fixtureNames(in: "broken", extension: "yaml")

    @Test func corpusIsLargeEnough() {
        #expect(Self.names.count >= 25)
    }

    @Test(arguments: names)
    func producesExactDiagnostics(_ name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent("broken")
        let result = ScenarioLoader.load(path: name, bytes: TestSupport.bytes(folder.appendingPathComponent(name)), runbook: TestSupport.runbook)
        let expectedURL = folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".expected"))
        // RECORD_BROKEN=1 rewrites the .expected files; read their diff before committing it.
        if ProcessInfo.processInfo.environment["RECORD_BROKEN"] == "1" {
            try (result.renderedDiagnostics + "\n").write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(result.value == nil, "a broken fixture loaded")
        #expect(result.diagnostics.contains { $0.isError })
        #expect(result.renderedDiagnostics + "\n" == expected)
    }

    @Test(arguments: names)
    func everyDiagnosticIsOneLineAndInsideTheFile(_ name: String) {
        let folder = TestSupport.fixtures.appendingPathComponent("broken")
        let result = ScenarioLoader.load(path: name, bytes: TestSupport.bytes(folder.appendingPathComponent(name)), runbook: TestSupport.runbook)
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.message.contains("\n"))
            if let location = diagnostic.location, let source = result.source {
                #expect(location.line <= max(1, source.lines.count))
            }
        }
    }
}
