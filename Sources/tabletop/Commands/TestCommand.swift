import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore

/// `tabletop test`: plays the scenarios' test plans and says what did not hold.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play the scenarios' test plans (Scenarios/plans/<id>.plans.yaml) and check what each expects.",
        discussion: """
            Each plan is a walkthrough (moves as typed, a script file or a scenario-blind gaming strategy) \
            with what must hold afterwards: score range, band, steps done or missed, traps, hard fails, \
            outcome, lines shown. Every plan runs at each of its seeds. The plans file format is in \
            tabletop-scenario(5), "Test plans". Exit status 1 when any expectation fails or a file has errors.
            """)

    @Argument(help: ArgumentHelp("Scenario ids whose plans to run (default: every scenario with a plans file).", valueName: "scenario"))
    var scenarios: [String] = []

    @Option(help: ArgumentHelp("Scenarios folder (default: the one tabletop finds; see 'tabletop doctor').", valueName: "dir"), completion: .directory)
    var scenariosDir: String?

    @Flag(help: "List every plan's score, not only the failures.")
    var verbose = false

    @Flag(help: "Print the lines each failing plan typed (generated ones for a strategy), to replay it with 'tabletop play --script'.")
    var moves = false

    func run() throws {
        let setup = Workspace.commandLine(scenariosDirectory: scenariosDir)
        let (runbook, _) = try setup.runbookWithHash()
        var files = PlanFiles.discover(in: setup.scenariosDirectory)
        if !scenarios.isEmpty {
            let wanted = Set(scenarios.map { "\($0).plans.yaml" })
            for id in scenarios where !files.contains(where: { $0.lastPathComponent == "\(id).plans.yaml" }) {
                throw CommandFailure("error: scenario '\(id)' has no plans file (\(setup.relative(setup.scenariosDirectory.appendingPathComponent("plans/\(id).plans.yaml"))))")
            }
            files = files.filter { wanted.contains($0.lastPathComponent) }
        }
        guard !files.isEmpty else { throw CommandFailure("error: no plans files in \(setup.relative(setup.scenariosDirectory))/plans") }
        var failed = 0, passed = 0
        for file in files {
            let loaded = PlanFiles.load(file)
            guard let set = loaded.value else {
                setup.diagnostics(loaded)
                failed += 1
                continue
            }
            let path = setup.relative(PlanFiles.scenarioURL(for: set, plansFile: file))
            // Each seed plays its own variant of the scenario.
            let runs = try PlanRunner.run(set) { seed throws(any Error) in
                let (scenario, _) = try setup.scenarioWithHash(path: path, runbook: runbook, variant: .seed(seed))
                return try setup.scorer(scenario: scenario, runbook: runbook)
            }
            for run in runs {
                let uncapped = run.card.uncappedScore == run.card.score ? "" : " (\(run.card.uncappedScore) before the hard-fail cap)"
                let head = "\(set.scenario) · \(run.plan) · seed \(run.seed): \(run.card.score)\(uncapped)\(run.card.provisional ? " provisional" : "") \(run.card.band)"
                if run.failures.isEmpty {
                    passed += 1
                    if verbose { print("ok    \(head)") }
                } else {
                    failed += 1
                    print("FAIL  \(head)")
                    run.failures.forEach { print("        \($0)") }
                    if moves { run.typed.forEach { print("        > \($0)") } }
                }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCodeFailure.invalidInput }
    }
}
