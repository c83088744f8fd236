import GRDB
import Testing
@testable import TabletopStore

/// `TextColumnCache` gives the string a plain read gives for every row: repeated texts, texts past its
/// limit, empty, non-ASCII and canonically equal but different bytes, and a number kept in a text column.
@Suite struct TextColumnCacheTests {
    @Test(arguments: [1, 2, 4_096])
    func everyTextIsThePlainRead(limit: Int) throws {
        let texts = ["a", "", "a", "long text that repeats, long enough to need its own storage", "caf\u{E9}", "cafe\u{301}", "b",
                     "long text that repeats, long enough to need its own storage", "", "caf\u{E9}", "😀 中", "b"]
        let queue = try DatabaseQueue()
        let (cached, plain) = try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, text)")
            for (index, text) in texts.enumerated() { try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [index, text]) }
            try db.execute(sql: "INSERT INTO t VALUES (99, 12345)")
            var cache = TextColumnCache(limit: limit)
            var cached: [String] = []
            let statement = try db.makeStatement(sql: "SELECT text FROM t ORDER BY n")
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() { cached.append(cache.text(row, 0, of: statement)) }
            return (cached, try String.fetchAll(db, sql: "SELECT text FROM t ORDER BY n"))
        }
        #expect(cached == plain)
        #expect(cached.map { Array($0.utf8) } == plain.map { Array($0.utf8) })
        #expect(plain.count == texts.count + 1)
    }
}
