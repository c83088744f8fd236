import Foundation
import TabletopCore

/// One item of a drill's improvement plan as the history keeps it: what the drill's after-action report
/// listed, in its order (`item` counts from 1).
public struct PlanRow: Sendable, Hashable, Codable {
    public var item: Int
    public var step: Int?
    public var capability: String
    public var observation: String
    public var recommendation: String
    /// Who answers for it when the drill was recorded.
    public var owner: String
    /// ISO date.
    public var due: String

    public init(item: Int, step: Int?, capability: String, observation: String, recommendation: String, owner: String, due: String) {
        self.item = item
        self.step = step
        self.capability = capability
        self.observation = observation
        self.recommendation = recommendation
        self.owner = owner
        self.due = due
    }

    /// A drill's plan as the history records it, with the owners the session report's plan names: solo, the
    /// trainee; in a team, the player whose role the runbook gives the item's step's phase, else the
    /// commander (`TeamRoles.planOwner`, over the scored roster, late joiners included). Due thirty days
    /// after the drill started.
    static func rows(of plan: [PlanItem], header: SessionHeader, scorecard: Scorecard) -> [PlanRow] {
        let solo = (header.trainee ?? header.configuration.players.first?.name).map(TerminalText.inline) ?? "incident commander"
        let roster = scorecard.participants.map { Player(name: $0.name, role: $0.role) }
        let due = dueDate(from: header.started)
        return plan.enumerated().map { index, item in
            let phase = item.step.flatMap { number in scorecard.steps.first { $0.number == number }?.phase }
            return PlanRow(item: index + 1, step: item.step, capability: item.capability, observation: item.observation,
                           recommendation: item.recommendation, owner: TeamRoles.planOwner(ofPhase: phase, in: roster) ?? solo, due: due)
        }
    }

    /// Thirty days after an ISO 8601 start, as a UTC date; empty when the start does not parse. The form
    /// tabletop writes is read by integer arithmetic, any other by a formatter.
    static func dueDate(from start: String) -> String {
        guard let date = UTCWallTimeParser.date(start) ?? formatted(start) else { return "" }
        return UTCDateParts(date.addingTimeInterval(30 * 86_400)).day8601
    }

    private static func formatted(_ start: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        let plain = formatter.date(from: start)
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return plain ?? formatter.date(from: start)
    }
}

/// An improvement item across exercises, with its current owner and status (`open` or `done`) and who
/// last changed it, when (the tracker's row).
public struct TrackedItem: Sendable, Hashable, Codable {
    public var session: String
    public var scenario: String
    public var trainee: String
    /// When the drill started, ISO 8601.
    public var started: String
    public var plan: PlanRow
    /// The owner now: the plan's, or the last reassignment's.
    public var owner: String
    public var status: String
    public var changedBy: String?
    public var changedAt: String?

    public init(session: String, scenario: String, trainee: String, started: String, plan: PlanRow, owner: String, status: String,
                changedBy: String?, changedAt: String?) {
        self.session = session
        self.scenario = scenario
        self.trainee = trainee
        self.started = started
        self.plan = plan
        self.owner = owner
        self.status = status
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

/// A change to an improvement item, kept in the history with who made it and when; the latest change of
/// an item gives its status and owner. Kept apart from the drill's record, so re-importing a drill's log
/// never loses what managers did with its plan.
public struct PlanChange: Sendable, Hashable, Codable {
    public var session: String
    public var item: Int
    /// `open` or `done`.
    public var status: String
    public var owner: String
    /// Who made the change.
    public var changedBy: String
    /// When, ISO 8601.
    public var changedAt: String

    public init(session: String, item: Int, status: String, owner: String, changedBy: String, changedAt: String) {
        self.session = session
        self.item = item
        self.status = status
        self.owner = owner
        self.changedBy = changedBy
        self.changedAt = changedAt
    }

    /// Which improvement item a change is to.
    struct Item: Hashable {
        var session: String
        var item: Int
    }

    var key: Item { Item(session: session, item: item) }

    /// The statuses an item can have.
    public static let statuses = ["open", "done"]

    /// The error for an item the history does not hold.
    static func unknown(_ session: String, _ item: Int) -> StoreError {
        StoreError("the history holds no improvement item \(item) of session \(session)")
    }
}
