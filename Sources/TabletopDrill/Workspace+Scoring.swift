import Foundation
import TabletopCore
import TabletopStore

/// The scoring and scenario files, parsed once per process with the SHA-256 of their bytes, and the scorer.
extension Workspace {
    /// The runbook and the SHA-256 of its file.
    public func runbookWithHash() throws -> (Runbook, String) {
        let path = relative(scoringDirectory.appendingPathComponent("runbook.yaml"))
        let hash = SessionLine.hash(try Self.read(path))
        return (try ParsedFileCache.shared.value("runbook", hash: hash) { try runbook(path: path) }!, hash)
    }

    /// The scenario at a path with its variables picked by `variant` (the drill's seed), and the SHA-256 of its bytes.
    public func scenarioWithHash(path: String, runbook: Runbook, variant: VariantSelection) throws -> (Scenario, String) {
        let bytes = try Self.read(path)
        let hash = SessionLine.hash(bytes)
        let scenario = try ParsedFileCache.shared.value("scenario \(path) \(runbook.hashValue) \(variant)", hash: hash) { () throws -> Scenario? in
            let result = ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook, variant: variant, warnings: false)
            guard let scenario = result.value else {
                diagnostics(result)
                throw ExitCodeFailure.invalidInput
            }
            return scenario
        }!
        return (scenario, hash)
    }

    /// A scorer for a scenario, with the policy and severity matrix from the scoring folder (or the given files).
    public func scorer(scenario: Scenario, runbook: Runbook, policyPath: String? = nil) throws -> Scorer {
        let files = try scoringFiles(runbook: runbook, policyPath: policyPath)
        do {
            return try ScoringMemo.shared.scorer(files: files, scenario: scenario)
        } catch {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// The scorecard of a drill as it stands, with the scoring folder's policy and matrix: the debrief,
    /// the history record and the report of one drill score it once between them (`ScoringMemo`).
    public func scorecard(of engine: Engine) throws -> Scorecard {
        let files = try scoringFiles(runbook: engine.runbook, policyPath: nil)
        do {
            return try ScoringMemo.shared.score(engine.state, players: engine.configuration.players, files: files, scenario: engine.scenario)
        } catch {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// The runbook with the policy (the scoring folder's, or the given file) and severity matrix, parsed once per process.
    private func scoringFiles(runbook: Runbook, policyPath: String?) throws -> ScoringFiles {
        let folder = scoringDirectory
        let policyFile = policyPath ?? relative(folder.appendingPathComponent("policy.yaml"))
        let policyBytes = try Self.read(policyFile)
        let policy = try ParsedFileCache.shared.value("policy \(policyFile) \(runbook.hashValue)", hash: SessionLine.hash(policyBytes)) { () throws -> ScoringPolicy? in
            let policyResult = ScoringFileLoader.loadPolicy(path: policyFile, bytes: policyBytes, runbook: runbook)
            guard let policy = policyResult.value else {
                diagnostics(policyResult)
                throw CommandFailure("\(policyFile): error: the policy has errors; fix them first")
            }
            return policy
        }!
        let matrixFile = relative(folder.appendingPathComponent("severity.yaml"))
        let matrixBytes = try Self.read(matrixFile)
        let matrix = try ParsedFileCache.shared.value("matrix \(matrixFile)", hash: SessionLine.hash(matrixBytes)) { () throws -> SeverityMatrix? in
            let matrixResult = ScoringFileLoader.loadSeverityMatrix(path: matrixFile, bytes: matrixBytes)
            guard let matrix = matrixResult.value else {
                diagnostics(matrixResult)
                throw CommandFailure("\(matrixFile): error: the severity matrix has errors; fix them first")
            }
            return matrix
        }!
        return ScoringFiles(runbook: runbook, policy: policy, matrix: matrix)
    }
}
