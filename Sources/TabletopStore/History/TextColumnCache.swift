import Foundation
import GRDB
import GRDBSQLite

/// The strings of a query's text columns, one for each distinct text: a history's plan items repeat a few
/// hundred observations and recommendations over 137,000 rows (issue 21: `history --json` made a string of
/// each, most of its allocations). A text is looked up by its bytes where SQLite keeps them, and read as
/// GRDB reads it (`row[index]`) the first time, so each string is the one a plain read gives.
struct TextColumnCache {
    /// A text's bytes: a copy kept in the cache, or SQLite's own, only to look one up.
    private struct Key: Hashable {
        let owned: [UInt8]?
        let borrowed: UnsafeRawBufferPointer

        // memcmp, not `elementsEqual`: a byte-by-byte compare of every hit was a tenth of `history --json`.
        static func == (a: Key, b: Key) -> Bool {
            a.withBytes { x in
                b.withBytes { y in
                    x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
                }
            }
        }
        func hash(into hasher: inout Hasher) { withBytes { hasher.combine(bytes: $0) } }

        func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
            guard let owned else { return body(borrowed) }
            return owned.withUnsafeBytes(body)
        }
    }

    /// How many distinct texts are kept at the most; texts past that are read each time.
    private let limit: Int
    private var known: [Key: String] = [:]

    init(limit: Int = 4_096) {
        self.limit = limit
    }

    /// The text of column `index` of the row `statement` stands on.
    mutating func text(_ row: Row, _ index: Int, of statement: Statement) -> String {
        let raw = UnsafeRawBufferPointer(start: sqlite3_column_blob(statement.sqliteStatement, Int32(index)),
                                         count: Int(sqlite3_column_bytes(statement.sqliteStatement, Int32(index))))
        if let text = known[Key(owned: nil, borrowed: raw)] { return text }
        let key = known.count < limit ? Key(owned: [UInt8](raw), borrowed: UnsafeRawBufferPointer(start: nil, count: 0)) : nil
        let text: String = row[index]
        if let key { known[key] = text }
        return text
    }
}
