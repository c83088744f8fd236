import TabletopCore

/// Where the exercise history is kept: one protocol, two backends (`HistoryStore` on SQLite, the
/// default for one machine, and `PostgresHistoryStore`, one record for an organisation).
///
/// Both keep the same schema (`HistoryMigrations`) and give the same answers for the same records;
/// the session logs stay the source of truth, from which `tabletop history import` fills either.
public protocol HistoryBackend: Sendable {
    /// Where the history is, for messages: a file path, or a PostgreSQL URL without its password.
    var location: String { get }

    /// Records a drill in one transaction, replacing an earlier record of the same session (upsert by
    /// session id), with the anchor of its log; `forced` says why a shorter log was allowed to replace a
    /// longer record.
    func record(_ exercise: ExerciseRecord, anchor: SessionAnchor?, forced: String?) throws

    /// Records several drills in one transaction, each as `record` would (upserted by session id, with
    /// its anchor): all of them or none. `history import` writes in batches, as a commit (an fsync on
    /// SQLite, a round trip on PostgreSQL) per drill was most of the time of importing thousands (issue 21).
    func record(_ batch: [HistoryWrite]) throws

    /// Where the log of a session ended when it was last recorded, if it was.
    func anchor(of session: String) throws -> SessionAnchor?

    /// Why the history let a shorter log replace a longer record of a session, if it ever did.
    func forcedShortening(of session: String) throws -> String?

    /// The exercises matching the filter, oldest first (by start, then session id, bytewise).
    func exercises(matching filter: HistoryFilter, withSteps: Bool) throws -> [ExerciseRecord]

    /// The stored cohort entries (JSON) of the exercises matching the filter, by session id; an exercise
    /// recorded without one is absent.
    func cohortEntries(matching filter: HistoryFilter) throws -> [String: String]

    /// Stores the cohort entry of a recorded exercise (the backfill of one recorded before schema v6).
    func storeCohortEntry(_ entry: String, session: String) throws

    /// Every stored anchor, by session id (for `history export`).
    func storedAnchors() throws -> [StoredAnchor]

    /// The improvement items of the exercises matching the filter, with their current owner and status:
    /// the earliest due first, then by drill start, session and item.
    func planItems(matching filter: HistoryFilter) throws -> [TrackedItem]

    /// Records a change to an improvement item (done, reopened or reassigned) with who made it and when;
    /// an item the history does not hold is an error.
    func change(_ change: PlanChange) throws

    /// Every change to an improvement item, by session id (bytewise), item, then the order they were made
    /// (for `history export`).
    func planChanges() throws -> [PlanChange]

    /// Puts back an export's changes in one transaction: the changes given for an item replace those the
    /// history holds for it, in the given order, so importing twice changes nothing; an item the history
    /// does not hold is an error.
    func restore(_ changes: [PlanChange]) throws
}

/// One drill to record: its record, the anchor of its log, and why a shorter log was let through, if it was.
public struct HistoryWrite: Sendable, Hashable {
    /// How many drills an import writes per transaction: large enough that commits cost little, small
    /// enough that a failure redoes little and a PostgreSQL batch holds few locks.
    public static let batchSize = 500

    public var exercise: ExerciseRecord
    public var anchor: SessionAnchor?
    public var forced: String?

    public init(_ exercise: ExerciseRecord, anchor: SessionAnchor?, forced: String?) {
        self.exercise = exercise
        self.anchor = anchor
        self.forced = forced
    }
}

/// A session's tamper anchor as stored, with why it was forced shorter, if it was.
public struct StoredAnchor: Sendable, Hashable, Codable {
    public var session: String
    public var anchor: SessionAnchor
    public var forced: String?

    public init(session: String, anchor: SessionAnchor, forced: String?) {
        self.session = session
        self.anchor = anchor
        self.forced = forced
    }
}
