/// The history's schema, one migration per version, for both backends: the single source of truth.
///
/// Each migration is a list of statements written in the SQL that SQLite and PostgreSQL share
/// (quoted identifiers, `TEXT`, `BIGINT`, `DOUBLE PRECISION`). The SQLite backend hands them to GRDB's
/// migrator under the same identifiers it has always used, so databases made before keep their
/// record of what ran; the PostgreSQL backend records them in its `tabletop_migrations` table.
/// Never edit a migration that has shipped; add one.
public enum HistoryMigrations {
    /// One version of the schema.
    public struct Migration: Sendable, Hashable {
        /// The name it is recorded under (GRDB's identifier on SQLite).
        public var identifier: String
        /// The statements, one each (PostgreSQL's extended protocol runs one statement at a time).
        public var statements: [String]
    }

    /// Every migration, oldest first.
    public static let all: [Migration] = [
        Migration(identifier: "v1: exercises, steps, capabilities", statements: [
            """
            CREATE TABLE "exercise" ("session" TEXT NOT NULL PRIMARY KEY, "scenario" TEXT NOT NULL, "scenarioHash" TEXT NOT NULL,
                "trainee" TEXT NOT NULL, "players" TEXT NOT NULL, "started" TEXT NOT NULL, "ended" TEXT,
                "simulatedSeconds" BIGINT NOT NULL, "outcome" TEXT NOT NULL, "score" BIGINT NOT NULL, "band" TEXT NOT NULL,
                "rating" TEXT NOT NULL, "acknowledgeSeconds" BIGINT, "commanderSeconds" BIGINT, "containmentSeconds" BIGINT,
                "closeSeconds" BIGINT, "logPath" TEXT NOT NULL)
            """,
            #"CREATE INDEX "exercise_on_scenario" ON "exercise"("scenario")"#,
            #"CREATE INDEX "exercise_on_trainee" ON "exercise"("trainee")"#,
            #"CREATE INDEX "exercise_on_started" ON "exercise"("started")"#,
            """
            CREATE TABLE "stepResult" ("session" TEXT NOT NULL REFERENCES "exercise"("session") ON DELETE CASCADE,
                "step" BIGINT NOT NULL, "slug" TEXT NOT NULL, "status" TEXT NOT NULL, "doneSeconds" BIGINT,
                "points" DOUBLE PRECISION NOT NULL, "possible" DOUBLE PRECISION NOT NULL, PRIMARY KEY ("session", "step"))
            """,
            """
            CREATE TABLE "capabilityRating" ("session" TEXT NOT NULL REFERENCES "exercise"("session") ON DELETE CASCADE,
                "phase" TEXT NOT NULL, "rating" TEXT NOT NULL, "share" DOUBLE PRECISION NOT NULL, PRIMARY KEY ("session", "phase"))
            """,
        ]),
        // Kept apart from `exercise` so that replacing a record never drops what it was anchored to.
        Migration(identifier: "v2: session anchors", statements: [
            #"CREATE TABLE "sessionAnchor" ("session" TEXT NOT NULL PRIMARY KEY, "seq" BIGINT NOT NULL, "hash" TEXT NOT NULL, "forced" TEXT)"#,
        ]),
        // NULL for the drills recorded before: their hard fails are unknown until re-imported.
        Migration(identifier: "v3: hard fails", statements: [
            #"ALTER TABLE "exercise" ADD COLUMN "hardFails" TEXT"#,
        ]),
        // NULL for the drills recorded before; `history import` of their logs fills them in. The seed is
        // text: it may use all 64 bits, more than a signed 64-bit integer column holds.
        Migration(identifier: "v4: seed and variant", statements: [
            #"ALTER TABLE "exercise" ADD COLUMN "seed" TEXT"#,
            #"ALTER TABLE "exercise" ADD COLUMN "variants" TEXT"#,
        ]),
        // The improvement-plan tracker (issue 18): each drill's plan items, replaced with its record, and
        // the changes managers make to them, kept apart (no cascade) so a re-import never drops them.
        // Drills recorded before have no items until `history import` of their logs.
        Migration(identifier: "v5: improvement plan tracker", statements: [
            """
            CREATE TABLE "planItem" ("session" TEXT NOT NULL REFERENCES "exercise"("session") ON DELETE CASCADE,
                "item" BIGINT NOT NULL, "step" BIGINT, "capability" TEXT NOT NULL, "observation" TEXT NOT NULL,
                "recommendation" TEXT NOT NULL, "owner" TEXT NOT NULL, "due" TEXT NOT NULL, PRIMARY KEY ("session", "item"))
            """,
            """
            CREATE TABLE "planChange" ("session" TEXT NOT NULL, "item" BIGINT NOT NULL, "seq" BIGINT NOT NULL,
                "status" TEXT NOT NULL, "owner" TEXT NOT NULL, "changedBy" TEXT NOT NULL, "changedAt" TEXT NOT NULL,
                PRIMARY KEY ("session", "item", "seq"))
            """,
        ]),
        // What a cohort report needs of each drill (issue 18: the dashboard's cohort page replayed every
        // log), as JSON. NULL for drills recorded before: `serve` fills them in from their logs once when
        // it starts (`Workspace.backfillCohortEntries`). And every listing's order (start, then session),
        // alone and after the trainee or scenario filter, as indexes: SQLite's plan sorted the rows in a
        // temporary B-tree on every list of the dashboard's pages.
        Migration(identifier: "v6: cohort entries", statements: [
            #"ALTER TABLE "exercise" ADD COLUMN "cohortEntry" TEXT"#,
            #"CREATE INDEX "exercise_in_order" ON "exercise"("started", "session")"#,
            #"CREATE INDEX "exercise_of_trainee_in_order" ON "exercise"("trainee", "started", "session")"#,
            #"CREATE INDEX "exercise_of_scenario_in_order" ON "exercise"("scenario", "started", "session")"#,
        ]),
    ]

    /// The error for a database that a newer tabletop migrated further than this one knows.
    static func newerVersion(_ location: String) -> StoreError {
        StoreError("\(location) was written by a newer version of tabletop; upgrade tabletop, or use --db to keep a separate history")
    }
}
