import Foundation
import Yams

/// Reads a plans file (`Scenarios/<id>.plans/plans.yaml`) with located diagnostics.
public enum PlanLoader {
    /// Keys of the file's top level.
    static let topKeys = ["format", "scenario", "seeds", "plans"]
    /// Keys of one plan.
    static let planKeys = ["name", "summary", "seeds", "moves", "script", "strategy", "expect"]
    /// Keys of a plan's `expect`.
    static let expectKeys = ["score", "uncapped", "band", "rating", "outcome", "provisional", "done", "missed", "late", "traps",
                             "hard_fails", "shows", "never_shows", "below"]

    /// Loads a plans file; `script` returns the lines of a script file named relative to it, or nil when it cannot be read.
    public static func load(path: String, bytes: [UInt8], script: (String) -> [String]?) -> LoadResult<PlanSet> {
        ScoringFileLoader.load(path: path, bytes: bytes) { collector, root in
            guard let top = MappingReader(root, context: "the plans file", keys: topKeys, collector: collector) else { return nil }
            if let format = top.integer("format", in: 1...1000, required: true), format != 1 {
                collector.error("plans format \(format) is not known to this tabletop; it reads format 1", at: top.keyLocation("format"))
            }
            guard let scenario = top.identifier("scenario", required: true, example: "breach") else { return nil }
            let seeds = seedList(top, "seeds") ?? [7]
            var names: Set<String> = []
            let plans = top.list("plans", required: true).compactMap { node -> ScenarioPlan? in
                guard let plan = readPlan(node, seeds: seeds, collector: collector, script: script) else { return nil }
                if !names.insert(plan.name).inserted {
                    collector.error("two plans are called '\(plan.name)'", at: node.location)
                }
                return plan
            }
            for plan in plans {
                if let relation = plan.expect.below, !names.contains(relation.plan) {
                    collector.error("plan '\(plan.name)' is compared with '\(relation.plan)', which this file does not have\(Suggestion.didYouMean(relation.plan, among: plans.map(\.name)))", at: nil)
                }
            }
            return PlanSet(scenario: scenario.value, seeds: seeds, plans: plans)
        }
    }

    private static func readPlan(_ node: Node, seeds: [UInt64], collector: DiagnosticCollector, script: (String) -> [String]?) -> ScenarioPlan? {
        guard let map = MappingReader(node, context: "a plan", keys: planKeys, collector: collector),
              let name = map.identifier("name", required: true, example: "expert") else { return nil }
        let context = MappingReader(renaming: map, context: "plan '\(name.value)'")
        let planSeeds = seedList(context, "seeds") ?? seeds
        let sources = ["moves", "script", "strategy"].filter(context.has)
        guard sources.count == 1 else {
            collector.error("plan '\(name.value)' needs exactly one of 'moves', 'script' or 'strategy'", at: context.location)
            return nil
        }
        let moves: PlanMoves
        switch sources[0] {
        case "moves":
            guard let text = context.text("moves") else { return nil }
            moves = .lines(scriptLines(text))
        case "script":
            guard let file = context.string("script") else { return nil }
            if file.value.contains("{seed}") {
                // One script per seed: the walkthrough of the variant that seed picks.
                var bySeed: [UInt64: [String]] = [:]
                for seed in planSeeds {
                    let seeded = file.value.replacingOccurrences(of: "{seed}", with: "\(seed)")
                    guard let lines = script(seeded) else {
                        collector.error("cannot read the script '\(seeded)' of plan '\(name.value)' at seed \(seed)", at: file.location)
                        return nil
                    }
                    bySeed[seed] = lines
                }
                moves = .linesBySeed(bySeed)
            } else {
                guard let lines = script(file.value) else {
                    collector.error("cannot read the script '\(file.value)' of plan '\(name.value)'", at: file.location)
                    return nil
                }
                moves = .lines(lines)
            }
        default:
            guard let strategy = context.choice("strategy", GamingStrategy.self) else { return nil }
            moves = .strategy(strategy)
        }
        var expect = PlanExpectation()
        if let map = context.mapping("expect", context: "'expect' of plan '\(name.value)'", keys: expectKeys, required: true) {
            expect = readExpectation(map)
        }
        return ScenarioPlan(name: name.value, summary: context.text("summary") ?? "", seeds: planSeeds,
                            moves: moves, expect: expect)
    }

    private static func readExpectation(_ map: MappingReader) -> PlanExpectation {
        var expect = PlanExpectation()
        expect.score = range(map, "score")
        expect.uncapped = range(map, "uncapped")
        expect.band = map.text("band")
        expect.rating = map.text("rating")
        expect.outcome = map.text("outcome")
        expect.provisional = map.has("provisional") ? map.bool("provisional", default: false) : nil
        expect.done = map.strings("done").map(\.value)
        expect.missed = map.strings("missed").map(\.value)
        expect.late = map.strings("late").map(\.value)
        expect.traps = map.has("traps") ? map.strings("traps").map(\.value) : nil
        expect.hardFails = map.has("hard_fails") ? map.strings("hard_fails").map(\.value) : nil
        expect.shows = map.strings("shows").map(\.value)
        expect.neverShows = map.strings("never_shows").map(\.value)
        if let below = map.mapping("below", context: "'below'", keys: ["plan", "by"]),
           let plan = below.identifier("plan", required: true), let by = below.integer("by", in: 0...100, required: true) {
            expect.below = PlanRelation(plan: plan.value, by: by)
        }
        return expect
    }

    /// A score range: `90..100`, `..50`, `90..` or one number.
    private static func range(_ map: MappingReader, _ key: String) -> ClosedRange<Int>? {
        guard let text = map.string(key) else { return nil }
        let parts = text.value.split(separator: ".", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let bounds: (String, String)? = switch parts.count {
        case 1: (parts[0], parts[0])
        case 3 where parts[1].isEmpty: (parts[0], parts[2])
        default: nil
        }
        guard let bounds, let low = bounds.0.isEmpty ? 0 : Int(bounds.0), let high = bounds.1.isEmpty ? 100 : Int(bounds.1), low <= high else {
            map.collector.error("'\(key)' must be a score or a range such as 90..100, ..50 or 75.., found '\(text.value)'", at: text.location)
            return nil
        }
        return low...high
    }

    private static func seedList(_ map: MappingReader, _ key: String) -> [UInt64]? {
        guard map.has(key) else { return nil }
        let seeds = map.strings(key).compactMap { text -> UInt64? in
            guard let seed = UInt64(text.value) else {
                map.collector.error("a seed is a whole number from 0, found '\(text.value)'", at: text.location)
                return nil
            }
            return seed
        }
        return seeds.isEmpty ? nil : seeds
    }

    /// The moves of a script: one per line; blank lines and lines starting with `#` are left out.
    public static func scriptLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
