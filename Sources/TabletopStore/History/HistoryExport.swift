import Foundation

/// A whole history as one JSON document (`tabletop history export`), to move it between backends
/// without loss: every record with its steps, ratings and improvement plan, every session's anchor, and
/// every change managers made to the plans (format 2; format 1 had no `planChanges`).
public struct HistoryExport: Sendable, Hashable, Codable {
    /// The format this version writes; a reader older than it refuses the document rather than drop the
    /// changes it does not know.
    public static let currentFormat = 2

    /// The document's format version.
    public var format = currentFormat
    public var exercises: [ExerciseRecord]
    public var anchors: [StoredAnchor]
    /// Managers' changes to improvement items, by session, item and the order they were made.
    public var planChanges: [PlanChange]

    public init(exercises: [ExerciseRecord], anchors: [StoredAnchor], planChanges: [PlanChange] = []) {
        self.exercises = exercises
        self.anchors = anchors
        self.planChanges = planChanges
    }

    /// Everything `history` holds.
    public init(from history: any HistoryBackend) throws {
        self.init(exercises: try history.exercises(matching: HistoryFilter(), withSteps: true), anchors: try history.storedAnchors(),
                  planChanges: try history.planChanges())
    }

    /// Reads format 1 (no changes) and 2.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        exercises = try container.decode([ExerciseRecord].self, forKey: .exercises)
        anchors = try container.decode([StoredAnchor].self, forKey: .anchors)
        planChanges = try container.decodeIfPresent([PlanChange].self, forKey: .planChanges) ?? []
    }

    /// Writes every record into `history` (each upserted by session id, so importing twice changes
    /// nothing), each with its anchor; returns how many.
    @discardableResult
    public func write(into history: any HistoryBackend) throws -> Int {
        var anchors: [String: StoredAnchor] = [:]
        for anchor in self.anchors { anchors[anchor.session] = anchor }
        // In batches, a transaction each: a commit per record was most of the time of a large history.
        let writes = exercises.map { HistoryWrite($0, anchor: anchors[$0.session]?.anchor, forced: anchors[$0.session]?.forced) }
        for start in stride(from: 0, to: writes.count, by: HistoryWrite.batchSize) {
            try history.record(Array(writes[start..<min(start + HistoryWrite.batchSize, writes.count)]))
        }
        // After the records, whose plan items the changes belong to.
        try history.restore(planChanges)
        return exercises.count
    }

    /// Reads a document `history export` wrote; a newer format is refused.
    public static func read(_ data: Data, path: String) throws -> HistoryExport {
        struct Header: Decodable { var format: Int }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw StoreError("\(path) is not a history export (tabletop history export writes one)")
        }
        guard header.format <= currentFormat else { throw StoreError("\(path) was exported by a newer version of tabletop (format \(header.format))") }
        do {
            return try JSONDecoder().decode(HistoryExport.self, from: data)
        } catch {
            throw StoreError("\(path) is not a complete history export: \(error)")
        }
    }
}
