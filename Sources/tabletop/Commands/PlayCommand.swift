import ArgumentParser
import TabletopCore

/// `tabletop play`: runs a drill. Until the engine and shell land it checks the scenario and shows its briefing.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Run a drill (coming: today it checks the scenario and shows its briefing).")

    @Argument(help: ArgumentHelp("Scenario id (see 'tabletop list') or path.", valueName: "scenario")) var scenario: String
    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
        let scenario = try scenarios.locator.scenario(scenario)
        print("\(scenario.title)\n\n" + Output.wrap(scenario.briefing))
        print("\nThe interactive drill is coming: the simulation engine and the readline shell are not built yet.")
    }
}
