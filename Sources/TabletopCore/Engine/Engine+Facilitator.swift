/// What a facilitator can do to a running drill; each is recorded in the session log and replayed.
public enum FacilitatorCommand: Sendable, Hashable, Codable {
    /// Deliver an inject now, whatever its trigger, leaving the rest of the schedule as it is.
    case inject(String)
    /// Keep an inject from firing on its own (the facilitator can still `inject` it).
    case hold(String)
    /// Drop an inject for good.
    case skip(String)
    /// Let simulated time pass.
    case advance(SimDuration)
    /// An observation for the report.
    case note(String)
    /// Points added to (or taken from) a decision, with the reason.
    case override(decision: Int, points: Int, reason: String)
    /// End the drill now.
    case end
}

extension FacilitatorCommand {
    /// Reads a facilitator's line: `inject <id>`, `hold <id>`, `skip <id>`, `advance <duration>`,
    /// `note "<text>"`, `override <decision> <points> "reason"`, `end`. Nil for a line that is none of these.
    public static func parse(_ line: String) -> Result<FacilitatorCommand?, InputError> {
        let tokens: [LineToken]
        switch LineTokenizer.tokenize(line) {
        case .success(let value): tokens = value
        case .failure(let error): return .failure(error)
        }
        guard let first = tokens.first?.text.lowercased() else { return .success(nil) }
        let rest = tokens.dropFirst().map(\.text)
        func one(_ make: (String) -> FacilitatorCommand) -> Result<FacilitatorCommand?, InputError> {
            guard rest.count == 1 else { return .failure(InputError("'\(first)' takes one inject id: \(first) <inject>")) }
            return .success(make(rest[0]))
        }
        switch first {
        case "inject": return one(FacilitatorCommand.inject)
        case "hold": return one(FacilitatorCommand.hold)
        case "skip": return one(FacilitatorCommand.skip)
        case "advance":
            guard rest.count == 1, let duration = SimDuration(parsing: rest[0]), duration.seconds > 0 else {
                return .failure(InputError("'advance' takes a duration, such as advance 30m"))
            }
            return .success(.advance(duration))
        case "note":
            guard !rest.isEmpty else { return .failure(InputError("'note' takes the observation: note \"slow to page legal\"")) }
            return .success(.note(rest.joined(separator: " ")))
        case "override":
            guard rest.count >= 3, let decision = Int(rest[0]), let points = Int(rest[1]) else {
                return .failure(InputError("'override' takes a decision number, points and a reason: override 4 -5 \"paged the whole company\""))
            }
            return .success(.override(decision: decision, points: points, reason: rest[2...].joined(separator: " ")))
        case "end":
            guard rest.isEmpty else { return .failure(InputError("'end' takes nothing after it")) }
            return .success(.end)
        default:
            return .success(nil)
        }
    }
}

/// A facilitator's observation, kept for the report.
public struct FacilitatorNote: Sendable, Hashable, Codable {
    public var at: SimDuration
    public var text: String
}

/// A facilitator's change to the score of one decision.
public struct ScoreOverride: Sendable, Hashable, Codable {
    public var decision: Int
    public var points: Int
    public var reason: String
    public var at: SimDuration
}

extension Engine {
    /// Applies a facilitator command; an impossible one returns a single `.error` and changes nothing.
    public mutating func facilitate(_ command: FacilitatorCommand) -> [Output] {
        guard state.started else { return [.error("the drill has not started")] }
        guard state.end == nil else { return [.error("the drill has ended")] }
        var outputs: [Output] = []
        switch command {
        case .inject(let id), .hold(let id), .skip(let id):
            guard let inject = injectsByID[id] else {
                return [.error("no inject '\(id.prefix(40))'\(Suggestion.didYouMean(id, among: scenario.injects.map(\.id)))")]
            }
            guard !state.hasFired(id) else { return [.error("inject '\(id)' has already been delivered")] }
            switch command {
            case .inject:
                state.held.removeAll { $0 == id }
                state.dropped.removeAll { $0 == id }
                deliver(inject, into: &outputs)
                settle(into: &outputs)
            case .hold:
                if !state.held.contains(id) { state.held.append(id) }
                outputs.append(.notice("Inject '\(id)' is held; it will not fire on its own."))
            default:
                if !state.dropped.contains(id) { state.dropped.append(id) }
                outputs.append(.notice("Inject '\(id)' is skipped."))
            }
        case .advance(let duration):
            advance(to: state.clock + duration, into: &outputs)
            if state.end == nil { outputs.append(.notice("The facilitator moves the clock to T+\(state.clock.clock).")) }
        case .note(let text):
            state.notes.append(FacilitatorNote(at: state.clock, text: text))
            outputs.append(.notice("Noted."))
        case .override(let decision, let points, let reason):
            guard state.decisions.indices.contains(decision) else {
                return [.error("there is no decision \(decision); decisions are numbered 0 to \(max(0, state.decisions.count - 1))")]
            }
            guard (-100...100).contains(points) else { return [.error("an override is between -100 and 100 points")] }
            state.overrides.append(ScoreOverride(decision: decision, points: points, reason: reason, at: state.clock))
            outputs.append(.notice("Decision \(decision) (\(state.decisions[decision].raw)): \(points > 0 ? "+" : "")\(points) points, \(reason)."))
        case .end:
            endDrill(DrillEnd(outcome: "ended-by-facilitator", kind: .stopped, at: state.clock, text: "The facilitator ended the drill."), into: &outputs)
        }
        return finish(outputs)
    }
}
