/// Checks a scenario's scoring section against its world: a step the runbook judges by the world
/// should have criteria here (warning), and a rubric concept must be something the trainee could learn
/// from the scenario (error: no text of it carries any of the concept's phrases).
struct ScoringCriteriaCheck {
    let scenario: Scenario
    let runbook: Runbook
    let conceptLocations: [String: SourceLocation]
    let collector: DiagnosticCollector

    func run() {
        for step in runbook.steps where step.criteriaExpected {
            let override = scenario.scoring.first { $0.step == step.number }
            guard override?.applies != false, !(scenario.truth.falsePositive && step.applies != nil), override?.criteria.isEmpty ?? true else { continue }
            collector.warning("step \(step.number) (\(step.slug)) has no criteria in 'scoring': its verbs on anything will count; say what in this world shows it done", at: nil)
        }
        let words = RubricWords(RubricConcept.words(of: (scenario.texts + [scenario.briefing]).joined(separator: "\n")))
        for override in scenario.scoring {
            for concept in override.rubric.concepts where !concept.appears(in: words) {
                collector.error("rubric concept '\(concept.name)' of step \(override.step): none of its phrases appears anywhere in the scenario, so no trainee could learn it",
                                at: conceptLocations["\(override.step) \(concept.name)"])
            }
        }
    }
}
