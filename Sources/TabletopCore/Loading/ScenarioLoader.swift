import Foundation
import Yams

/// Loads scenario files: YAML → checked, resolved `Scenario`, or every problem at once as diagnostics.
public enum ScenarioLoader {
    /// Reads a scenario file's id and `variables:` without picking any value: the first half of loading
    /// a scenario whose seed is not known yet (`ScenarioTemplate.instantiate` is the second).
    public static func template(path: String, bytes: [UInt8]) -> LoadResult<ScenarioTemplate> {
        ScoringFileLoader.load(path: path, bytes: bytes) { collector, root in
            ScenarioTemplate(path: path, bytes: bytes, id: writtenID(root), variables: VariableReader(collector: collector).read(root))
        }
    }

    /// Loads a scenario from the bytes of a file; `path` is how diagnostics name the file. `variant` picks
    /// the values of its variables (seed 1 unless told; a scenario without variables is the same at every
    /// seed) and every `{{variable}}` is substituted before the scenario is built.
    /// With a severity matrix, the scenario's `truth.severity` stages are also checked against it.
    /// A format-1 file is migrated in memory first (`FormatMigrator`) and gets a deprecation note.
    /// `warnings: false` leaves out the checks that can only warn (reachability, live activity, relative
    /// times), for callers that show no warnings (play, replay, reports): the scenario is the same, and
    /// those checks were a fifth of loading one (issue 21).
    public static func load(path: String, bytes: [UInt8], runbook: Runbook, matrix: SeverityMatrix? = nil,
                            variant: VariantSelection = .seed(1), warnings: Bool = true) -> LoadResult<Scenario> {
        loadJitterable(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: variant, warnings: warnings).map { $0.scenario }
    }

    /// Loads a scenario as `load` does, keeping what its jitter moved, so that the same values at another
    /// seed need no second load (`JitterableScenario.at(jitterSeed:)`).
    public static func loadJitterable(path: String, bytes: [UInt8], runbook: Runbook, matrix: SeverityMatrix? = nil,
                                      variant: VariantSelection = .seed(1), warnings: Bool = true) -> LoadResult<JitterableScenario> {
        guard declaresFormatOne(bytes) else {
            return loadCurrent(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: variant, warnings: warnings)
        }
        return loadMigrated(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: variant, warnings: warnings)
    }

    /// Loads a file written in the current format.
    static func loadCurrent(path: String, bytes: [UInt8], runbook: Runbook, matrix: SeverityMatrix?,
                            variant: VariantSelection, warnings: Bool = true) -> LoadResult<JitterableScenario> {
        ScoringFileLoader.load(path: path, bytes: bytes) { collector, written -> JitterableScenario? in
            let id = writtenID(written)
            let variables = VariableReader(collector: collector).read(written)
            let chosen = variant.values(of: variables, scenario: id)
            let root = TemplateSubstitution(picked: Dictionary(uniqueKeysWithValues: chosen.map { ($0.0.id, $0.1) }),
                                            variableIDs: variables.map(\.id), collector: collector).apply(to: written)
            let context = VariantContext(scenario: id, variables: variables, picks: chosen.map { VariantPick(variable: $0.0.id, value: $0.1.id) },
                                         jitterSeed: variant.jitterSeed)
            let builder = ScenarioBuilder(collector: collector, runbook: runbook, variant: context)
            let scenario = builder.build(root)
            if let scenario, !collector.hasErrors {
                if warnings {
                    ScenarioAnalysis(scenario: scenario, runbook: runbook, injectLocations: builder.injectLocations, collector: collector).run()
                    LiveActivityCheck(scenario: scenario, injectLocations: builder.injectLocations,
                                      responseLocations: builder.responseLocations, collector: collector).run()
                    var relativeTimes = RelativeTimeCheck(root: written, collector: collector)
                    relativeTimes.run()
                }
                ScoringCriteriaCheck(scenario: scenario, runbook: runbook, conceptLocations: builder.conceptLocations, collector: collector).run()
                if let matrix {
                    SeverityStageCheck(scenario: scenario, matrix: matrix, stageLocations: builder.stageLocations,
                                       factLocations: builder.factLocations, collector: collector).run()
                }
            }
            return scenario.map { JitterableScenario(scenario: $0, hashID: id, sites: builder.jitterSites) }
        }
    }

    /// The top-level `id` as written, for the variant hashes (ids are never substituted).
    static func writtenID(_ root: Node) -> String {
        guard case .mapping(let mapping) = root else { return "" }
        return mapping.first { $0.key.scalar?.string == "id" }?.value.scalar?.string ?? ""
    }
}

/// Builds a `Scenario` from its YAML tree: first every declaration, then every reference resolved.
final class ScenarioBuilder {
    let collector: DiagnosticCollector
    let runbook: Runbook
    let references: ReferenceTable
    /// Where each inject was declared, for warnings about it.
    var injectLocations: [String: SourceLocation] = [:]
    /// Where each response was declared, in the order of `Scenario.responses`.
    var responseLocations: [SourceLocation?] = []
    /// Where each rubric concept was declared (by step and name), for errors about it.
    var conceptLocations: [String: SourceLocation] = [:]
    /// Where each fact and each `truth.severity` stage was declared, for the check against the severity matrix.
    var factLocations: [String: SourceLocation] = [:]
    var stageLocations: [SourceLocation] = []
    /// Option counts of decision points, to check `chose(id, n)`.
    var decisionOptionCounts: [String: Int] = [:]
    /// The scenario's simulated wall clock once `start` and `timezone` are read, for local times in the file.
    var localClock: LocalClock?
    /// `chose(id, n)` uses, checked once every decision is known.
    var choseChecks: [(decision: String, option: Int, location: SourceLocation?)] = []

    /// The picked variant: checks `variant(…)` conditions and moves injects with `jitter`.
    let variant: VariantContext
    /// Every time a `jitter` moved, as written (`JitterableScenario`).
    var jitterSites: [JitterSite] = []

    init(collector: DiagnosticCollector, runbook: Runbook, variant: VariantContext) {
        self.collector = collector
        self.runbook = runbook
        self.variant = variant
        self.references = ReferenceTable(collector: collector)
    }

    func build(_ root: Node) -> Scenario? {
        guard let top = MappingReader(root, context: "the scenario", keys: ScenarioKeys.top, collector: collector) else {
            return nil
        }
        let format = top.integer("format", in: 0...Int.max, required: true)
        if let format, format != Scenario.formatVersion {
            collector.error("scenario format \(format) is not supported; this version of tabletop reads formats 1 and \(Scenario.formatVersion)", at: top.keyLocation("format"))
        }
        let id = top.identifier("id", required: true, example: "breach")
        let title = top.text("title", required: true)
        let family = top.identifier("family", required: true, example: "data-breach")
        let difficulty = top.choice("difficulty", Difficulty.self, required: true)
        let duration = top.duration("estimated_play_time", required: true, example: "45m")
        let start = readStart(top)
        localClock = start.map(LocalClock.init(start:))
        let briefing = top.text("briefing", required: true)
        let inspiredBy = top.list("inspired_by").compactMap(readInspiration)

        let facts = top.list("facts").compactMap(readFact)
        let cast = top.list("cast").compactMap(readPerson)
        let assets = top.list("assets").compactMap(readAsset)
        let channels = top.list("channels").compactMap(readChannel)
        let groups = readGroups(top, assets: assets)
        let truth = readTruth(top)
        let injects = top.list("injects").compactMap(readInject)
        let responses = top.list("responses").compactMap(readResponse)
        let traps = top.list("traps").compactMap(readTrap)
        let clocks = top.list("clocks").compactMap(readClock)
        let costs = readCosts(top, key: "costs", context: "the scenario's costs")
        let scoring = top.list("scoring").compactMap(readStepOverride)
        let debrief = readDebrief(top)
        let end = readEnd(top)
        let questionTimeout = top.duration("question_timeout", example: "1h")
        if questionTimeout == .zero {
            collector.error("'question_timeout' must be longer than 0", at: top.keyLocation("question_timeout"))
        }

        if cast.isEmpty, top.value("cast") == nil { top.missing("cast") }
        if injects.isEmpty, top.value("injects") == nil { top.missing("injects") }
        if injects.count > Scenario.injectsWarnedAbove {
            collector.warning("\(injects.count) injects: a drill is hard to follow past \(Scenario.injectsWarnedAbove), and each one costs time at every step; split the scenario",
                              at: top.keyLocation("injects"))
        }
        references.resolve()
        for check in choseChecks {
            if let count = decisionOptionCounts[check.decision], check.option > count {
                collector.error("decision point '\(check.decision)' has \(count) options; there is no option \(check.option)", at: check.location)
            }
        }
        guard let format, let id, let title, let family, let difficulty, let duration, let start, let briefing,
              let truth, let debrief, let end else {
            return nil
        }
        return Scenario(
            format: format, id: id.value, title: title, family: family.value, difficulty: difficulty,
            estimatedDuration: duration, start: start, briefing: briefing, inspiredBy: inspiredBy, truth: truth,
            facts: facts, cast: cast, assets: assets, channels: channels, injects: injects, responses: responses,
            traps: traps, clocks: clocks, costs: costs, scoring: scoring, debrief: debrief, end: end,
            questionTimeout: questionTimeout, updateInterval: top.duration("update_interval") ?? .minutes(30),
            variables: variant.variables, variants: variant.picks, groups: groups)
    }

    private func readStart(_ top: MappingReader) -> SimulatedStart? {
        let local = top.string("start", required: true, example: "2026-03-14T09:12")
        let zone = top.string("timezone", required: true, example: "Europe/Berlin")
        if let local, !Self.isLocalDateTime(local.value) {
            collector.error("'start' must be a local date and time such as 2026-03-14T09:12, found '\(local.value)'", at: local.location)
            return nil
        }
        if let zone, TimeZone(identifier: zone.value) == nil {
            collector.error("unknown time zone '\(zone.value)'; use an IANA name such as Europe/Berlin or UTC", at: zone.location)
            return nil
        }
        guard let local, let zone else { return nil }
        return SimulatedStart(local: local.value, timeZone: zone.value)
    }

    /// `YYYY-MM-DDTHH:MM` with plausible field values.
    static func isLocalDateTime(_ text: String) -> Bool {
        let parts = text.split(separator: "T")
        guard parts.count == 2 else { return false }
        let date = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard date.count == 3, time.count == 2, parts[0].count == 10, parts[1].count == 5 else { return false }
        return (1970...2999).contains(date[0]) && (1...12).contains(date[1]) && (1...31).contains(date[2])
            && (0...23).contains(time[0]) && (0...59).contains(time[1])
    }

    private func readInspiration(_ node: Node) -> Inspiration? {
        guard let map = MappingReader(node, context: "an 'inspired_by' entry", keys: ScenarioKeys.inspiration, collector: collector),
              let name = map.text("name", required: true), let summary = map.text("summary", required: true) else {
            return nil
        }
        return Inspiration(name: name, summary: summary, url: map.string("url")?.value)
    }

    func readCosts(_ map: MappingReader, key: String, context: String) -> [VerbCost] {
        guard let costs = map.value(key) else { return [] }
        guard case .mapping(let mapping) = costs else {
            collector.error("'\(key)' in \(map.context) must map verbs to durations, such as 'snapshot: 45m'", at: costs.location)
            return []
        }
        var result: [VerbCost] = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard let verb = Vocabulary.verb(named: name), verb.isDecision else {
                let hint = Suggestion.didYouMean(name, among: Vocabulary.verbs.filter(\.isDecision).map(\.spelling))
                collector.error("unknown verb '\(name)' in \(context)\(hint)", at: keyNode.location)
                continue
            }
            guard let text = valueNode.scalar?.string, let cost = SimDuration(parsing: text) else {
                collector.error("bad duration '\(valueNode.scalar?.string ?? "")' for '\(name)' in \(context); expected a number and a unit, such as 30m, 2h or 1d", at: valueNode.location)
                continue
            }
            result.append(VerbCost(verb: verb, cost: cost))
        }
        return result
    }
}
