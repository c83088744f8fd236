import Foundation
import TabletopCore
import TabletopStore

/// New session logs in the data folder.
extension Workspace {
    /// Creates a new session log in the data directory, header written by `tool`; returns the writer and the session id.
    public func createSession(scenario: Scenario, path: String, hashes: (scenario: String, runbook: String),
                              configuration: EngineConfiguration, trainee: String?, tool: String) throws -> (SessionLogWriter, String) {
        try data.prepare()
        let sessionID = Self.newSessionID(scenario: scenario.id)
        let header = SessionHeader(
            tool: tool, session: sessionID, scenario: scenario.id,
            scenarioPath: URL(fileURLWithPath: path).standardizedFileURL.path, scenarioHash: hashes.scenario,
            runbookHash: hashes.runbook, configuration: configuration, trainee: trainee, started: now(),
            variants: scenario.variants.isEmpty ? nil : scenario.variants)
        do {
            return (try SessionLogWriter(creating: data.sessionFile(sessionID).path, header: header), sessionID)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// `breach-20261129-141500-3fa2`: the scenario, the wall-clock start and a random suffix.
    public static func newSessionID(scenario: String) -> String {
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return "\(scenario)-\(UTCDateParts(Date()).compact)-\(String(repeating: "0", count: 4 - suffix.count))\(suffix)"
    }
}
