import Foundation
import TabletopCore
import TabletopStore

extension DrillSetup {
    /// Creates a new session log in the data directory, header written; returns the writer and the session id.
    func createSession(scenario: Scenario, path: String, hashes: (scenario: String, runbook: String),
                       configuration: EngineConfiguration, trainee: String?) throws -> (SessionLogWriter, String) {
        try data.prepare()
        let sessionID = PlayCommand.newSessionID(scenario: scenario.id)
        let header = SessionHeader(
            tool: "tabletop \(Tabletop.version)", session: sessionID, scenario: scenario.id,
            scenarioPath: URL(fileURLWithPath: path).standardizedFileURL.path, scenarioHash: hashes.scenario,
            runbookHash: hashes.runbook, configuration: configuration, trainee: trainee, started: DrillSetup.now())
        do {
            return (try SessionLogWriter(creating: data.sessionFile(sessionID).path, header: header), sessionID)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }
}
