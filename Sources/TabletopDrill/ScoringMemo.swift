import Foundation
import TabletopCore

/// Scorers and the last scorecard of each, remembered per process. At the end of `play` the debrief, the
/// history record and the HTML report each built a scorer and scored the same drill: three scorers and
/// three scorings where one of each gives the same card (issue 21: a quarter of a scored drill's CPU).
///
/// A scorer is pure in its files and scenario, and a scorecard in its scorer, state and players, so a
/// remembered one is exactly what computing it again would give. Entries are compared whole (`==`),
/// never by hash alone, so two different drills can never share a card.
final class ScoringMemo: @unchecked Sendable {
    /// The process's memo.
    static let shared = ScoringMemo()

    private struct Entry {
        let files: ScoringFiles
        let scenario: Scenario
        let scorer: Scorer
        var last: (state: EngineState, players: [Player], card: Scorecard)?
    }

    private let lock = NSLock()
    /// Newest last; a handful, since a process scores one drill or a cohort of a few scenarios.
    private var entries: [Entry] = []
    private static let limit = 8

    /// The scorer of `scenario` under `files`, built once.
    func scorer(files: ScoringFiles, scenario: Scenario) throws(ScoringError) -> Scorer {
        if let known = lock.withLock({ entries.last { $0.files == files && $0.scenario == scenario }?.scorer }) { return known }
        let scorer = try files.scorer(for: scenario)
        lock.withLock {
            if entries.count >= Self.limit { entries.removeFirst() }
            entries.append(Entry(files: files, scenario: scenario, scorer: scorer, last: nil))
        }
        return scorer
    }

    /// The scorecard of the state by the scorer of `scenario` under `files`; the same state scored again
    /// (the debrief, the history and the report of one drill) is scored once.
    func score(_ state: EngineState, players: [Player], files: ScoringFiles, scenario: Scenario) throws(ScoringError) -> Scorecard {
        let built = try scorer(files: files, scenario: scenario)
        let known = lock.withLock {
            entries.last { $0.files == files && $0.scenario == scenario }?.last
        }
        if let known, known.players == players, known.state == state { return known.card }
        let card = built.score(state, players: players)
        lock.withLock {
            if let position = entries.lastIndex(where: { $0.files == files && $0.scenario == scenario }) {
                entries[position].last = (state, players, card)
            }
        }
        return card
    }
}
