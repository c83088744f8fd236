import PostgresNIO
import TabletopCore

extension PostgresHistoryStore {
    public func cohortEntries(matching filter: HistoryFilter) throws -> [String: String] {
        guard schemaPresent else { return [:] }
        let (whereClause, query) = Self.filtered(filter)
        let condition = whereClause.isEmpty ? #" WHERE "cohortEntry" IS NOT NULL"# : whereClause + #" AND "cohortEntry" IS NOT NULL"#
        var entries: [String: String] = [:]
        for row in try run(query(#"SELECT "session", "cohortEntry" FROM "exercise""# + condition)) {
            let (session, entry) = try row.decode((String, String).self)
            entries[session] = entry
        }
        return entries
    }

    public func storeCohortEntry(_ entry: String, session: String) throws {
        try run(#"UPDATE "exercise" SET "cohortEntry" = \#(entry) WHERE "session" = \#(session)"#)
    }
}
