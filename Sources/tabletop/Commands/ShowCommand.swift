import ArgumentParser
import TabletopCore
import TabletopDrill

/// `tabletop show`: a scenario's briefing; with `--facilitator`, the ground truth as well.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a scenario's briefing; --facilitator adds the ground truth.")

    @Argument(help: ArgumentHelp("Scenario id (see 'tabletop list') or path.", valueName: "scenario"), completion: .custom(Completion.scenarios)) var scenario: String
    @Flag(help: "Add the ground truth, injects, traps and debrief (spoilers).") var facilitator = false
    @Option(help: ArgumentHelp("Show the variant this seed picks (default 1): the values of the scenario's variables, substituted everywhere.", valueName: "n")) var seed: UInt64 = 1
    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
        let scenario = try scenarios.locator.scenario(scenario, variant: .seed(seed))
        print("\(scenario.title)  [\(scenario.id)]")
        print("\(scenario.family) · \(scenario.difficulty.rawValue) · about \(scenario.estimatedDuration) · starts \(scenario.start.local) \(scenario.start.timeZone)")
        print("\n" + Output.wrap(scenario.briefing))
        let known = scenario.cast.filter(\.known)
        if !known.isEmpty {
            print("\nPeople you can reach:")
            for person in known { print("  \(person.id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(person.name), \(person.role)") }
        }
        if !scenario.inspiredBy.isEmpty {
            print("\nInspired by: " + scenario.inspiredBy.map(\.name).joined(separator: "; "))
        }
        if facilitator { printFacilitatorView(scenario) }
    }

    private func printFacilitatorView(_ scenario: Scenario) {
        let truth = scenario.truth
        print("\nFACILITATOR VIEW (spoilers)")
        if !scenario.variants.isEmpty {
            print("  variant at seed \(seed):")
            for (variable, pick) in zip(scenario.variables, scenario.variants) {
                print("    \(pick.variable) = \(pick.value)")
                print(Output.wrap(variable.about, indent: 6))
                if let fields = variable.values.first(where: { $0.id == pick.value })?.fields, !fields.isEmpty {
                    print(Output.wrap(fields.map { "\($0.name): \($0.text)" }.joined(separator: " · "), indent: 6))
                }
            }
        }
        print("  personal data: \(truth.personalData) · comms compromised: \(truth.commsCompromised) · insider: \(truth.insider ?? "none") · false positive: \(truth.falsePositive)")
        print("  correct severity: " + truth.severity.map { stage in
            stage.from.map { "\(stage.level.rawValue) from \($0)" } ?? stage.level.rawValue
        }.joined(separator: " → "))
        print("\nInjects:")
        for inject in scenario.injects {
            print("  \(inject.id) — \(describe(inject.trigger, clock: scenario.localClock))" + (inject.decision == nil ? "" : " (decision point)"))
            if let note = inject.note { print(Output.wrap(note, indent: 6)) }
        }
        if !scenario.traps.isEmpty {
            print("\nTraps:")
            for trap in scenario.traps {
                print("  \(trap.id) (step \(trap.step)\(trap.hardFail.map { ", hard fail: \($0.rawValue)" } ?? ", -\(trap.penalty)"))")
                print(Output.wrap(trap.lesson, indent: 6))
            }
        }
        print("\nDebrief:\n" + Output.wrap(scenario.debrief.narrative, indent: 2))
        for (index, question) in scenario.debrief.questions.enumerated() {
            print("  Q\(index + 1). \(question)")
        }
        if !scenario.debrief.ideal.isEmpty {
            print("\nIdeal path (set beside the trainee's in the debrief):")
            for move in scenario.debrief.ideal { print(Output.wrap("step \(move.step): \(move.text) [when \(move.when)]", indent: 2)) }
        }
        for lesson in scenario.debrief.lessons { print(Output.wrap("Lesson for step \(lesson.step): \(lesson.lesson)", indent: 2)) }
        printScoringKey(scenario)
    }

    /// The scoring key the trainee's debrief only names by kind: criteria, rubric concepts and phrases.
    private func printScoringKey(_ scenario: Scenario) {
        let entries = scenario.scoring.filter { !$0.criteria.isEmpty || !$0.rubric.isEmpty }
        guard !entries.isEmpty else { return }
        print("\nScoring key (never shown to the trainee):")
        for entry in entries {
            print("  step \(entry.step):")
            for criterion in entry.criteria { print(Output.wrap("criterion: \(criterion.name) [when \(criterion.when)]", indent: 4)) }
            for concept in entry.rubric.concepts { print(Output.wrap("concept: \(concept.name) [any: \(concept.phrases.joined(separator: ", "))]", indent: 4)) }
            for claim in entry.rubric.forbidden { print(Output.wrap("must not claim: \(claim.name) [any: \(claim.phrases.joined(separator: ", "))]", indent: 4)) }
        }
    }

    private func describe(_ trigger: Trigger, clock: LocalClock) -> String {
        switch trigger {
        case .at(let time): "at \(clock.stamp(at: time))"
        case .afterInject(let other, let delay): "\(delay) after \(other)"
        case .afterAction(let pattern, let delay): "\(delay) after '\(pattern)'"
        case .when(let condition): "when \(condition)"
        case .contingency(let step, let by): "contingency: step \(step) not done by \(clock.stamp(at: by))"
        }
    }
}
