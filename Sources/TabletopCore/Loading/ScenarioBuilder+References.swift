import Yams

extension ScenarioBuilder {
    /// Reads a mapping that declares an id of `kind` (when given), and describes it by that id from then on.
    func identified(_ node: Node, noun: String, keys: [String], example: String, declaring kind: ReferenceKind?) -> (MappingReader, Located<String>)? {
        let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        guard let first = MappingReader(node, context: "\(article) \(noun)", keys: keys, collector: collector),
              let id = first.identifier("id", required: true, example: example) else {
            return nil
        }
        if let kind { references.declare(kind, id) }
        return (first.renamed("\(noun) '\(id.value)'"), id)
    }

    /// A runbook step named by number or slug; reported when the runbook has no such step.
    func stepNumber(_ text: Located<String>, context: String) -> Int? {
        let reference = Int(text.value).map(StepReference.number) ?? .slug(text.value)
        guard let number = runbook.resolve(reference) else {
            let hint = Suggestion.didYouMean(text.value, among: runbook.steps.map(\.slug))
            collector.error("unknown runbook step '\(text.value)' in \(context)\(hint.isEmpty ? "; steps are numbered 1 to \(runbook.steps.count) or named by slug, such as 'stop-the-bleeding'" : hint)", at: text.location)
            return nil
        }
        if Int(text.value) != nil {
            // Numbers shift when the runbook changes; a slug says which step is meant.
            collector.warning("step \(text.value) named by number in \(context); write its slug '\(runbook.step(number)?.slug ?? text.value)'", at: text.location)
        }
        return number
    }

    /// A single step under `key`.
    func step(_ map: MappingReader, _ key: String, required: Bool = false) -> Int? {
        map.string(key, required: required, example: "8").flatMap { stepNumber($0, context: map.context) }
    }

    /// A list of steps under `key`.
    func steps(_ map: MappingReader, _ key: String) -> [Int] {
        map.strings(key).compactMap { stepNumber($0, context: map.context) }
    }

    /// A single id under `key` that must name something of `kind`.
    func reference(_ map: MappingReader, _ key: String, _ kind: ReferenceKind, required: Bool = false) -> String? {
        guard let id = map.string(key, required: required) else { return nil }
        references.refer(kind, id.value, at: id.location, in: map.context)
        return id.value
    }

    /// A list of ids under `key` that must each name something of `kind`.
    func referenceList(_ map: MappingReader, _ key: String, _ kind: ReferenceKind) -> [String] {
        map.strings(key).map { id in
            references.refer(kind, id.value, at: id.location, in: map.context)
            return id.value
        }
    }

    /// A condition under `key`, with its step references resolved and its other references recorded.
    func condition(_ map: MappingReader, _ key: String, required: Bool = false) -> Condition? {
        guard let (parsed, node) = map.condition(key, required: required) else { return nil }
        var valid = true
        for reference in parsed.references {
            let location = node.location(atOffset: reference.offset)
            if reference.kind == .step {
                valid = stepNumber(Located(value: reference.name, location: location ?? map.location), context: "'\(key)' of \(map.context)") != nil && valid
            } else if reference.kind == .variable || reference.kind == .variantValue {
                continue // checked as a pair below, against the declared variables
            } else {
                references.refer(reference.kind, reference.name, at: location, in: "'\(key)' of \(map.context)")
            }
        }
        collectChoices(parsed.condition, node: node, parsed: parsed)
        checkVariants(parsed, node: node, context: "'\(key)' of \(map.context)")
        collectActionObjects(parsed.condition, node: node, parsed: parsed, context: "'\(key)' of \(map.context)")
        return valid ? parsed.condition.resolvingSteps(in: runbook) : nil
    }

    private func checkVariants(_ parsed: ParsedCondition, node: Node, context: String) {
        let variables = parsed.references.filter { $0.kind == .variable }
        let values = parsed.references.filter { $0.kind == .variantValue }
        for (variable, value) in zip(variables, values) {
            variant.check(variable: variable.name, value: value.name, variableAt: node.location(atOffset: variable.offset),
                          valueAt: node.location(atOffset: value.offset), context: context, collector: collector)
        }
    }

    private func collectChoices(_ condition: Condition, node: Node, parsed: ParsedCondition) {
        condition.visit { atom in
            guard case .chose(let decision, let option) = atom else { return }
            let offset = parsed.references.first { $0.kind == .decision && $0.name == decision }?.offset ?? 0
            choseChecks.append((decision, option, node.location(atOffset: offset)))
        }
    }

    private func collectActionObjects(_ condition: Condition, node: Node, parsed: ParsedCondition, context: String) {
        condition.visit { atom in
            guard case .did(let pattern) = atom else { return }
            checkFixedObject(pattern, at: node.location ?? SourceLocation(line: 1, column: 1), context: context)
        }
    }

    /// An action pattern under `key`, with its object checked against what the verb takes.
    func action(_ map: MappingReader, _ key: String, required: Bool = false) -> ActionPattern? {
        guard let located = map.action(key, required: required) else { return nil }
        let pattern = located.value
        let verb = pattern.verb
        if let object = pattern.object, let kind = ConditionParser.referenceKind(for: verb.argument),
           verb != .channel, !(verb == .ic && object == "me") {
            references.refer(kind, object, at: located.location, in: "'\(key)' of \(map.context)")
        }
        checkFixedObject(pattern, at: located.location, context: "'\(key)' of \(map.context)")
        return pattern
    }

    /// Checks objects drawn from a fixed list (audiences, severities, sections) and verbs that take none.
    func checkFixedObject(_ pattern: ActionPattern, at location: SourceLocation, context: String) {
        guard let object = pattern.object else { return }
        let verb = pattern.verb
        func check(_ names: [String], _ noun: String) {
            guard !names.contains(object) else { return }
            let hint = Suggestion.didYouMean(object, among: names)
            collector.error("'\(verb.spelling)' takes \(noun), not '\(object)', in \(context)\(hint.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : hint)", at: location)
        }
        switch verb.argument {
        case .none: collector.error("'\(verb.spelling)' takes no object, but \(context) names '\(object)'", at: location)
        case .audience: check(Audience.allCases.map(\.rawValue), "an audience")
        case .severity: check(Severity.allCases.map(\.rawValue), "a severity")
        case .section: check(DocumentSection.allCases.map(\.rawValue), "a document section")
        default: break
        }
    }

    /// Effects under `key`.
    func effects(_ map: MappingReader, _ key: String = "effects") -> Effects {
        guard let effects = map.mapping(key, context: "the effects of \(map.context)", keys: ScenarioKeys.effects) else {
            return .none
        }
        let attacker: Bool? = effects.has("attacker-present") ? effects.bool("attacker-present", default: true) : nil
        let end = effects.string("end")
        if let end { references.refer(.outcome, end.value, at: end.location, in: effects.context) }
        return Effects(
            severityFloor: effects.choice("severity_floor", Severity.self),
            assets: assetStateChanges(effects),
            compromise: referenceList(effects, "compromise", .asset),
            expose: referenceList(effects, "expose", .asset),
            attackerPresent: attacker,
            end: end?.value)
    }

    /// `assets: {export-bucket: [deleted, preserved]}`: states assets take on.
    private func assetStateChanges(_ effects: MappingReader) -> [AssetStateChange] {
        guard let value = effects.value("assets") else { return [] }
        guard case .mapping(let mapping) = value else {
            collector.error("'assets' in \(effects.context) must map asset ids to states, such as 'export-bucket: [deleted]'", at: value.location)
            return []
        }
        var changes: [AssetStateChange] = []
        for (keyNode, statesNode) in mapping {
            let id = keyNode.scalar?.string ?? ""
            references.refer(.asset, id, at: keyNode.location, in: effects.context)
            let states: [Node] = switch statesNode {
            case .sequence(let sequence): Array(sequence)
            default: [statesNode]
            }
            for node in states {
                guard let text = node.scalar?.string else {
                    collector.error("each state of '\(id)' in \(effects.context) must be a word such as 'deleted'", at: node.location)
                    continue
                }
                if let state = MappingReader.choice(Located(value: text, location: node.location ?? effects.location), AssetState.self,
                                                    key: "asset state", context: effects.context, collector: collector) {
                    changes.append(AssetStateChange(asset: id, state: state))
                }
            }
        }
        return changes
    }

    /// Facts revealed under `key`.
    func reveals(_ map: MappingReader, _ key: String = "reveals") -> [String] {
        referenceList(map, key, .fact)
    }
}

extension Condition {
    /// Calls `body` on every atom (every case but `not`, `all` and `any`).
    func visit(_ body: (Condition) -> Void) {
        switch self {
        case .not(let inner): inner.visit(body)
        case .all(let terms), .any(let terms): terms.forEach { $0.visit(body) }
        default: body(self)
        }
    }

    /// The condition with every step slug replaced by its number.
    func resolvingSteps(in runbook: Runbook) -> Condition {
        resolvingSteps(runbook.resolve)
    }

    /// The condition with every step reference replaced by the number `resolve` gives (kept when nil).
    func resolvingSteps(_ resolve: (StepReference) -> Int?) -> Condition {
        switch self {
        case .not(let inner): .not(inner.resolvingSteps(resolve))
        case .all(let terms): .all(terms.map { $0.resolvingSteps(resolve) })
        case .any(let terms): .any(terms.map { $0.resolvingSteps(resolve) })
        case .done(let reference): .done(resolve(reference).map(StepReference.number) ?? reference)
        default: self
        }
    }
}
