import Yams

extension ScenarioBuilder {
    /// The keys that choose an inject's trigger; exactly one must be present.
    static let triggerKeys = ["at", "after", "after_action", "trigger", "contingency"]

    func readInject(_ node: Node) -> Inject? {
        guard let (map, id) = identified(node, noun: "inject", keys: ScenarioKeys.inject, example: "researcher-email", declaring: .inject) else {
            return nil
        }
        injectLocations[id.value] = id.location
        let trigger = readTrigger(map, inject: id.value)
        let unless = condition(map, "unless")
        let from = reference(map, "from", .person)
        let sender = map.text("sender")
        if from == nil, sender == nil {
            map.missing("from", example: "<person id>' or 'sender: <who>")
        }
        let reveals = reveals(map)
        let effects = effects(map)
        let expects = steps(map, "expects")
        let decision = readDecision(map, inject: id.value)
        if decision != nil { references.declare(.decision, id) }
        guard let trigger, let text = map.text("text", required: true), let channel = map.text("channel", required: true) else {
            return nil
        }
        return Inject(
            id: id.value, trigger: trigger, unless: unless, from: from, sender: from == nil ? sender : nil,
            channel: channel, to: map.strings("to").map(\.value), text: text, reveals: reveals, effects: effects,
            expects: expects, decision: decision, note: map.text("note"))
    }

    private func readTrigger(_ map: MappingReader, inject: String) -> Trigger? {
        let present = Self.triggerKeys.filter(map.has)
        guard present.count == 1, let key = present.first else {
            if present.isEmpty {
                collector.error("\(map.context) needs a trigger: one of 'at', 'after', 'after_action', 'trigger' or 'contingency'", at: map.location)
            } else {
                collector.error("\(map.context) has \(present.count) triggers ('\(present.joined(separator: "', '"))'); give exactly one", at: map.keyLocation(present[1]))
            }
            return nil
        }
        let jitter = map.duration("jitter", example: "10m")
        if jitter != nil, key != "at", !map.has("delay") {
            collector.error("'jitter' in \(map.context) moves an 'at' or a 'delay'; this inject has neither", at: map.keyLocation("jitter"))
        }
        let delay = map.duration("delay").map { jittered($0, inject: inject, bound: jitter, isDelay: true) }
        if delay != nil, key != "after", key != "after_action" {
            collector.error("'delay' in \(map.context) only goes with 'after' or 'after_action'", at: map.keyLocation("delay"))
        }
        switch key {
        case "at":
            if let text = map.string("at"), SimDuration(parsing: text.value) == nil, LocalTime(parsing: text.value) != nil {
                return localTime(map, "at").map(Trigger.at)
            }
            return map.duration("at", example: "15m").map { Trigger.at(jittered($0, inject: inject, bound: jitter, isDelay: false)) }
        case "after":
            return reference(map, "after", .inject).map { Trigger.afterInject($0, delay: delay ?? .zero) }
        case "after_action":
            return action(map, "after_action").map { Trigger.afterAction($0, delay: delay ?? .zero) }
        case "trigger":
            return condition(map, "trigger").map(Trigger.when)
        default:
            guard let contingency = map.mapping("contingency", context: "the contingency of \(map.context)", keys: ScenarioKeys.contingency),
                  let step = step(contingency, "step", required: true),
                  let by = contingency.duration("by", required: true, example: "1h") else {
                return nil
            }
            return .contingency(step: step, by: by)
        }
    }

    /// The time moved by the inject's jitter at this build's seed; noted, so another seed can move it again.
    private func jittered(_ time: SimDuration, inject: String, bound: SimDuration?, isDelay: Bool) -> SimDuration {
        if let bound { jitterSites.append(JitterSite(inject: inject, base: time, bound: bound, isDelay: isDelay)) }
        return variant.jittered(time, inject: inject, bound: bound)
    }

    private func readDecision(_ map: MappingReader, inject: String) -> DecisionPoint? {
        guard let decision = map.mapping("decision", context: "the decision of inject '\(inject)'", keys: ScenarioKeys.decision) else {
            return nil
        }
        let optionNodes = decision.list("options", required: true)
        let options = optionNodes.enumerated().compactMap { index, node in
            readOption(node, context: "option \(index + 1) of inject '\(inject)'")
        }
        if optionNodes.count == 1 || optionNodes.count > 9 {
            collector.error("a decision point needs 2 to 9 options; inject '\(inject)' has \(optionNodes.count)", at: decision.keyLocation("options"))
        }
        decisionOptionCounts[inject] = optionNodes.count
        guard let question = decision.text("question", required: true), options.count == optionNodes.count else {
            return nil
        }
        let timeout = decision.duration("timeout")
        if timeout == .zero {
            collector.error("'timeout' of the decision of inject '\(inject)' must be longer than 0", at: decision.keyLocation("timeout"))
        }
        let onTimeout = readTimeoutOutcome(decision, inject: inject, options: options.count)
        return DecisionPoint(question: question, options: options, timeout: timeout, onTimeout: onTimeout)
    }

    /// `on_timeout`: which option the asker takes when nobody answers, what happens, and its effects.
    private func readTimeoutOutcome(_ decision: MappingReader, inject: String, options: Int) -> TimeoutOutcome? {
        guard let map = decision.mapping("on_timeout", context: "'on_timeout' of inject '\(inject)'", keys: ScenarioKeys.timeoutOutcome) else {
            return nil
        }
        let option = map.integer("option", in: 1...9, required: true)
        let effects = effects(map)
        if let option, option > options {
            collector.error("'option' of \(map.context) is \(option), but the decision has \(options) options", at: map.keyLocation("option"))
            return nil
        }
        guard let option, let outcome = map.text("outcome", required: true) else { return nil }
        return TimeoutOutcome(option: option, outcome: outcome, effects: effects)
    }

    private func readOption(_ node: Node, context: String) -> DecisionOption? {
        guard let map = MappingReader(node, context: context, keys: ScenarioKeys.option, collector: collector) else {
            return nil
        }
        let reveals = reveals(map)
        let effects = effects(map)
        let steps = steps(map, "steps")
        let points = map.integer("points", in: -100...100) ?? 0
        guard let text = map.text("text", required: true) else { return nil }
        return DecisionOption(text: text, outcome: map.text("outcome"), reveals: reveals, effects: effects,
                              steps: steps, points: points, note: map.text("note"))
    }

    func readResponse(_ node: Node) -> Response? {
        guard let map = MappingReader(node, context: "a response", keys: ScenarioKeys.response, collector: collector) else {
            return nil
        }
        let pattern = action(map, "action", required: true)
        let context = pattern.map { map.renamed("the response to '\($0)'") } ?? map
        let when = condition(context, "only_if")
        let reveals = reveals(context)
        let effects = effects(context)
        let cost = context.duration("cost")
        let scheduled = localTime(context, "scheduled")
        guard let pattern, let text = context.text("text", required: true) else { return nil }
        responseLocations.append(node.location)
        return Response(on: pattern, when: when, text: text, reveals: reveals, effects: effects, cost: cost, scheduled: scheduled)
    }
}
