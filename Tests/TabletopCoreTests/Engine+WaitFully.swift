@testable import TabletopCore

extension Engine {
    /// Plays a setup move; a `wait <duration>` goes on waiting where it stopped early at an inject, as
    /// a trainee who means "let this much time pass" would, so a fixture reaches the same moment
    /// whatever arrives on the way. Questions that come up stay unanswered (and may time out).
    @discardableResult
    mutating func playThrough(_ move: String) -> [Output] {
        let words = move.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, words[0] == "wait", let duration = SimDuration(parsing: words[1]) else { return handle(move) }
        let target = state.clock + duration
        var outputs: [Output] = []
        while state.clock < target {
            let before = state.clock
            outputs += handle("wait \(SimDuration(seconds: target.seconds - before.seconds))")
            if state.clock == before { break }
        }
        return outputs
    }
}
