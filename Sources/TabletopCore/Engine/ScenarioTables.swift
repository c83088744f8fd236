import Synchronization

/// What the engine derives from a scenario and a runbook before a drill starts: look-up maps, name
/// words, condition and step indexes, and the tables of which texts name which assets.
///
/// None of it depends on inject times, so drills of one scenario that differ only in their jittered
/// times (each seed draws its own) share one set: `shared(scenario:runbook:)` hands out the set already
/// built for such a scenario (issue 21: building them was a tenth of every replay when rescoring or
/// importing thousands of sessions). The tables are the same values building them again would give,
/// so sharing them changes no output.
final class ScenarioTables: Sendable {
    let peopleByID: [String: Person]
    let assetsByID: [String: Asset]
    /// Facts by id, for announcing a revealed fact without a scan.
    let factsByID: [String: Fact]
    /// Facts that count for the severity matrix once available, found or not.
    let factsWithAvailability: [Fact]
    /// What conditions read and which injects follow what, for `settle` and scheduling.
    let index: ConditionIndex
    /// Which steps an action is evidence for, as the scorer judges it.
    let judge: StepJudge
    /// Words that give the incident away in a public post.
    let sensitiveWords: Set<String>
    /// Assets the adversary reaches at some point, for telling containment from needless disruption.
    let everCompromised: Set<String>
    /// Texts that make an asset known once read, besides its `revealed_by` fact.
    let assetClues: [String: [AssetClue]]
    /// The capitalised words of each cast member's name, in cast order, for `named(in:)`: split once
    /// per drill rather than for every person at every inject (issue 21).
    let castNameParts: [[String]]
    /// The positions in the cast of the people whose name has each capitalised word: `named(in:)` looks
    /// up the words of a text instead of every person's words (issue 21: delivering 5,000 injects at T+0).
    let castByNamePart: [String: [Int]]
    /// The plain words of each asset's name (letters only, four or more, not common), in the scenario's
    /// order: what `assets(spokenOfIn:)` matches an answer's words against, worked out once (issue 21).
    let assetPlainWords: [Set<String>]
    /// The injects that reveal each fact, as positions in the scenario (the first inject of an id, as
    /// `injectsByID`), in order: `personKnows` reads these instead of every inject delivered.
    let revealers: [String: [Int]]
    /// The positions of the owned assets whose trail (`logs`) reveals each fact: its owner knows what a read of it found.
    let trailRevealers: [String: [Int]]
    /// Positions in the scenario of each inject and fact by id (the first of an id, as the maps by id).
    let injectPositions: [String: Int]
    let factPositions: [String: Int]
    let assetPositions: [String: Int]
    /// Which inject texts (trimmed) and which fact texts name which assets, filled in as asked.
    let injectMentions: MentionTable
    let factMentions: MentionTable
    /// Which assets each authored answer speaks of by its own words, filled in as asked.
    let spokenOf = SpokenOfTable()
    /// The words of each asset's name that `Engine.names` matches (four letters or more, not common).
    let assetNameWords: [Set<String>]
    /// The same words of each cast member's name, in cast order.
    let castNameWords: [Set<String>]
    /// Inverted: the positions of the cast members and assets each such name word, or id, belongs to,
    /// ascending, so that a question's words find whom and what they name without reading everyone.
    let castByNameWord: [String: [Int]]
    let castByID: [String: [Int]]
    let assetsByNameWord: [String: [Int]]
    let assetsByIDPositions: [String: [Int]]
    /// The people each audience reaches (`Engine.people(reachedBy:)`), in cast order: read at every check of a `knows`
    /// condition, which is on every pass of `settle` (issue 21).
    let peopleByAudience: [Audience: [String]]
    /// For each asset, the other assets whose name holds its id or whose id its name holds, in the
    /// scenario's order (`relatedCuts`: an account and its keys).
    let relatedAssets: [[Int]]
    /// The scenario's simulated wall clock, made once (a calendar and a time zone) rather than for every stamp.
    let localClock: LocalClock
    /// Whether any inject posts in a `#` channel as a person of the cast (what `status` lists as posted in).
    let injectsPostAsPeople: Bool

    init(scenario: Scenario, runbook: Runbook) {
        peopleByID = Dictionary(scenario.cast.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        assetsByID = Dictionary(scenario.assets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        factsByID = Dictionary(scenario.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        factsWithAvailability = scenario.facts.filter { $0.available != nil && !$0.shows.isEmpty }
        index = ConditionIndex(scenario: scenario, runbook: runbook)
        judge = StepJudge(runbook: runbook, scenario: scenario)
        sensitiveWords = scenario.sensitiveWords
        everCompromised = scenario.everCompromised
        assetClues = scenario.assetClues
        castNameParts = scenario.cast.map { $0.name.split(separator: " ").map(String.init).filter { $0.first?.isUppercase == true } }
        var castByNamePart: [String: [Int]] = [:]
        for (position, parts) in castNameParts.enumerated() {
            for part in parts { castByNamePart[part, default: []].append(position) }
        }
        self.castByNamePart = castByNamePart
        assetPlainWords = scenario.assets.map { asset in
            Engine.topicWords(asset.name).filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) && !Engine.commonWords.contains($0) }
        }
        var revealers: [String: [Int]] = [:], injectIDs = Set<String>()
        for (position, inject) in scenario.injects.enumerated() where injectIDs.insert(inject.id).inserted {
            for fact in inject.reveals { revealers[fact, default: []].append(position) }
        }
        self.revealers = revealers
        var trailRevealers: [String: [Int]] = [:]
        for (position, asset) in scenario.assets.enumerated() where asset.owner != nil {
            for fact in asset.logs?.reveals ?? [] { trailRevealers[fact, default: []].append(position) }
        }
        self.trailRevealers = trailRevealers
        injectPositions = Dictionary(scenario.injects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        factPositions = Dictionary(scenario.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        assetPositions = Dictionary(scenario.assets.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        injectMentions = MentionTable(assets: scenario.assets.count, texts: scenario.injects.count)
        factMentions = MentionTable(assets: scenario.assets.count, texts: scenario.facts.count)
        assetNameWords = scenario.assets.map { Engine.topicWords($0.name).filter { $0.count >= 4 && !Engine.commonWords.contains($0) } }
        castNameWords = scenario.cast.map { Engine.topicWords($0.name).filter { $0.count >= 4 && !Engine.commonWords.contains($0) } }
        localClock = scenario.localClock
        injectsPostAsPeople = scenario.injects.contains { inject in
            inject.channel.hasPrefix("#") && inject.from.map { from in scenario.cast.contains { $0.id == from } } == true
        }
        castByNameWord = Self.inverted(castNameWords)
        castByID = Self.inverted(scenario.cast.map { [$0.id] })
        assetsByNameWord = Self.inverted(assetNameWords)
        assetsByIDPositions = Self.inverted(scenario.assets.map { [$0.id] })
        peopleByAudience = Dictionary(uniqueKeysWithValues: Audience.allCases.map { audience in
            (audience, scenario.cast.filter { Engine.teams(reachedBy: audience).contains($0.team.lowercased()) }.map(\.id))
        })
        let loweredNames = scenario.assets.map { $0.name.lowercased() }
        relatedAssets = scenario.assets.indices.map { position in
            let asset = scenario.assets[position]
            return scenario.assets.indices.filter { other in
                scenario.assets[other].id != asset.id
                    && (loweredNames[other].quickContains(asset.id) || loweredNames[position].quickContains(scenario.assets[other].id))
            }
        }
    }

    /// For each word, the positions whose words hold it, ascending (positions are read in order).
    static func inverted<Words: Sequence<String>>(_ words: [Words]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (position, own) in words.enumerated() {
            for word in own where positions[word]?.last != position { positions[word, default: []].append(position) }
        }
        return positions
    }

    /// The tables of a scenario that is the same as one already seen but for its inject times (and with
    /// the same runbook), else new ones, kept for the next such scenario.
    static func shared(scenario: Scenario, runbook: Runbook) -> ScenarioTables {
        let known = recent.withLock { entries in
            entries.last { $0.runbook == runbook && scenario.isSame(apartFromInjectTimes: $0.scenario) }?.tables
        }
        if let known { return known }
        let tables = ScenarioTables(scenario: scenario, runbook: runbook)
        recent.withLock { entries in
            if entries.count >= recentLimit { entries.removeFirst() }
            entries.append((scenario, runbook, tables))
        }
        return tables
    }

    /// The newest last; a handful, since a process plays, replays or scores drills of a few scenarios.
    private static let recent = Mutex<[(scenario: Scenario, runbook: Runbook, tables: ScenarioTables)]>([])
    private static let recentLimit = 8
}
