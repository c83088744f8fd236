import Yams

extension ScenarioBuilder {
    func readTrap(_ node: Node) -> Trap? {
        guard let (map, id) = identified(node, noun: "trap", keys: ScenarioKeys.trap, example: "delete-before-snapshot", declaring: nil) else {
            return nil
        }
        let pattern = action(map, "action")
        // Without an action a trap springs on its condition (`trigger`); with one, the condition guards the action (`only_if`).
        let conditionKey = map.has("action") ? "only_if" : "trigger"
        let when = condition(map, conditionKey)
        if !map.has("action"), !map.has("trigger") {
            collector.error("\(map.context) needs 'action: <verb object>' (and optionally 'only_if: <condition>') or 'trigger: <condition>'", at: map.location)
        }
        let wrongKey = conditionKey == "only_if" ? "trigger" : "only_if"
        if map.has(wrongKey) {
            collector.error(conditionKey == "only_if" ? "\(map.context) has an 'action', so its condition guards it: write 'only_if', not 'trigger'"
                                                      : "\(map.context) has no 'action' to guard: write 'trigger', not 'only_if'", at: map.keyLocation(wrongKey))
        }
        let step = step(map, "step", required: true)
        let hardFail = map.choice("hard_fail", HardFail.self)
        let penalty = map.integer("penalty", in: 0...100) ?? 0
        if !map.has("penalty"), hardFail == nil {
            collector.error("\(map.context) needs 'penalty: <points>' or 'hard_fail: <kind>'", at: map.location)
        }
        guard let step, let lesson = map.text("lesson", required: true) else { return nil }
        return Trap(id: id.value, on: pattern, when: when, step: step, penalty: penalty, hardFail: hardFail, lesson: lesson)
    }

    func readClock(_ node: Node) -> Clock? {
        guard let (map, id) = identified(node, noun: "clock", keys: ScenarioKeys.clock, example: "gdpr", declaring: .clock) else {
            return nil
        }
        let starts = condition(map, "starts", required: true)
        let stops = condition(map, "stops", required: true)
        let at = localTime(map, "at")
        if map.has("at") == map.has("duration") {
            collector.error("\(map.context) needs either 'duration: <how long>' or 'at: <local time>' (such as 18:00 or Fri 10:00), not both", at: map.location)
        }
        let duration = map.has("at") ? SimDuration.zero : map.duration("duration", example: "72h")
        let step = step(map, "step", required: true)
        guard let starts, let stops, let duration, let step, let label = map.text("label", required: true) else { return nil }
        if duration == .zero, !map.has("at") {
            collector.error("'duration' of \(map.context) must be longer than 0", at: map.keyLocation("duration"))
        }
        return Clock(id: id.value, label: label, starts: starts, duration: duration, at: at, stops: stops, step: step,
                     penalty: map.integer("penalty", in: 0...100) ?? 0, passes: map.text("passes"))
    }

    /// A local time of day, `18:00` or `Fri 10:00`, as the offset of its first moment at or after the
    /// drill's start; a one-line error when it is malformed.
    func localTime(_ map: MappingReader, _ key: String) -> SimDuration? {
        guard let text = map.string(key) else { return nil }
        guard let time = LocalTime(parsing: text.value) else {
            collector.error("bad local time '\(text.value)' for '\(key)' in \(map.context); use 24-hour time such as 18:00, or a day and a time such as Fri 10:00", at: text.location)
            return nil
        }
        return (try? (localClock ?? LocalClock(start: SimulatedStart(local: "1970-01-01T00:00", timeZone: "UTC"))).offset(of: time, after: .zero).get()) ?? .zero
    }

    func readStepOverride(_ node: Node) -> StepOverride? {
        guard let map = MappingReader(node, context: "a 'scoring' entry", keys: ScenarioKeys.stepOverride, collector: collector),
              let step = step(map, "step", required: true) else {
            return nil
        }
        let applies: Bool? = map.has("applies") ? map.bool("applies", default: true) : nil
        let reason = map.text("reason")
        if applies == false, reason == nil {
            collector.error("'scoring' entry for step \(step) says it does not apply; give the 'reason' for the debrief", at: map.location)
        }
        let criteria = map.list("criteria").compactMap { node -> Criterion? in
            guard let entry = MappingReader(node, context: "a criterion of step \(step)", keys: ScenarioKeys.criterion, collector: collector),
                  let name = entry.text("name", required: true), let when = condition(entry, "met_if", required: true) else { return nil }
            return Criterion(name: name, when: when)
        }
        let rubric = Rubric(concepts: concepts(map, "rubric", label: "concept", keys: ScenarioKeys.concept, step: step),
                            forbidden: concepts(map, "must_not_claim", label: "claim", keys: ScenarioKeys.claim, step: step))
        return StepOverride(step: step, applies: applies, reason: reason, deadline: map.duration("deadline"),
                            weight: map.integer("weight", in: 0...100), criteria: criteria, rubric: rubric)
    }

    /// A rubric's list of `{concept|claim: name, any: [phrases]}`.
    private func concepts(_ map: MappingReader, _ key: String, label: String, keys: [String], step: Int) -> [RubricConcept] {
        map.list(key).compactMap { node in
            guard let entry = MappingReader(node, context: "a \(label) of step \(step)", keys: keys, collector: collector),
                  let name = entry.text(label, required: true) else { return nil }
            let phrases = entry.strings("any", required: true).map(\.value)
            conceptLocations["\(step) \(name)"] = entry.location
            if let empty = entry.strings("any").first(where: { RubricConcept.words(of: $0.value).isEmpty }) {
                collector.error("'\(empty.value)' in '\(label): \(name)' has no word to look for", at: empty.location)
            }
            return phrases.isEmpty ? nil : RubricConcept(name: name, phrases: phrases, probe: keys.contains("probe") ? entry.text("probe") : nil)
        }
    }

    func readDebrief(_ top: MappingReader) -> Debrief? {
        guard let debrief = top.mapping("debrief", context: "'debrief'", keys: ScenarioKeys.debrief, required: true),
              let narrative = debrief.text("narrative", required: true) else {
            return nil
        }
        let ideal = debrief.list("ideal").compactMap { node -> IdealStep? in
            guard let entry = MappingReader(node, context: "a step of the ideal path", keys: ScenarioKeys.idealStep, collector: collector),
                  let text = entry.text("do", required: true), let step = step(entry, "step", required: true),
                  let when = condition(entry, "met_if", required: true) else { return nil }
            return IdealStep(text: text, step: step, when: when)
        }
        let lessons = debrief.list("lessons").compactMap { node -> StepLesson? in
            guard let entry = MappingReader(node, context: "a lesson of the debrief", keys: ScenarioKeys.stepLesson, collector: collector),
                  let step = step(entry, "step", required: true), let lesson = entry.text("lesson", required: true) else { return nil }
            return StepLesson(step: step, lesson: lesson)
        }
        return Debrief(narrative: narrative, questions: debrief.strings("questions").map(\.value), ideal: ideal, lessons: lessons)
    }

    func readEnd(_ top: MappingReader) -> EndRules? {
        guard let end = top.mapping("end", context: "'end'", keys: ScenarioKeys.end, required: true) else { return nil }
        let outcomes = end.list("outcomes", required: true).compactMap { node -> Outcome? in
            guard let (map, id) = identified(node, noun: "outcome", keys: ScenarioKeys.outcome, example: "contained", declaring: .outcome) else {
                return nil
            }
            let when = condition(map, "trigger")
            guard let kind = map.choice("kind", Outcome.Kind.self, required: true), let text = map.text("text", required: true) else {
                return nil
            }
            return Outcome(id: id.value, kind: kind, when: when, text: text)
        }
        guard let limit = end.duration("time_limit", required: true, example: "8h") else { return nil }
        return EndRules(timeLimit: limit, outcomes: outcomes)
    }
}
