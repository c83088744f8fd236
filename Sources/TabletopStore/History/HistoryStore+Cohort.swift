import GRDB
import TabletopCore

extension HistoryStore {
    public func cohortEntries(matching filter: HistoryFilter) throws -> [String: String] {
        let (whereClause, arguments) = Self.whereClause(filter)
        let condition = whereClause.isEmpty ? " WHERE cohortEntry IS NOT NULL" : whereClause + " AND cohortEntry IS NOT NULL"
        do {
            return try pool.read { db in
                var entries: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT session, cohortEntry FROM exercise\(condition)", arguments: StatementArguments(arguments)) {
                    entries[row["session"]] = row["cohortEntry"]
                }
                return entries
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    public func storeCohortEntry(_ entry: String, session: String) throws {
        do {
            try pool.write { db in
                try db.execute(sql: "UPDATE exercise SET cohortEntry = ? WHERE session = ?", arguments: [entry, session])
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }
}
