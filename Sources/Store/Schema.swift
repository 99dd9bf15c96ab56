import GRDB

/// The store's tables, built by named migrations. A migration, once shipped, is never edited:
/// a change to the schema is a new migration appended here, so every store ever written opens
/// with any later SegBench.
///
/// ```
/// method ─< methodVersion ─< run ─< result >─ case
///                                     │
///                                     ├─< score ─< metric     (one row per structure; one per defined value)
///                                     └── failure             (at most one; then no scores)
/// ```
///
/// - `method`, `methodVersion`: a method by name and kind; a version is its version string plus
///   the checksums of its configuration and checkpoints, so two checkpoints under one version
///   string are two versions.
/// - `run`: one method version on one split under one set of options (labels, regions,
///   tolerances). Re-running the same thing continues the same run.
/// - `case`: a reference file by dataset, name and checksum, with its grid and the voxel count of
///   each label it holds (what a report needs to penalise a failed case without the volume).
/// - `result`: one case of one run; it exists only once that case is finished, stored in one
///   transaction with its scores or its failure. That is what makes a killed run resumable.
/// - `labelSpace`, `dataset` (v3): the label spaces and the native→shared label maps a run
///   scored with, so a stored number's labels can be read without the catalog that made it.
///   `run.trainedChecksum` (v3): SHA-256 of what training wrote, for a method that trains.
///   `result.inputChecksum` (v3): SHA-256 over the case's input files; a re-run skips a stored
///   case only when its inputs are unchanged, and replaces it otherwise.
/// - `run.trainingReport` (v5): the JSON a command method left as `method.json` in its model
///   folder (parameter counts, training seconds, stand-ins), stored as written.
/// - `case.diagonal`, `run.gitCommit`, `run.gitDirty`, `runTag`, and the views `case_metric` and
///   `run_summary` (v7): what a notebook reads (`NotebookViews`).
/// - `indexedCase` (v2): the resolved case index `segbench ingest` writes and the runner reads:
///   per case of a data root its files (converted ones included), checksums, grid, label
///   census, acquisition fields and the problems ingest found. One row per (dataset, case).
enum Schema {
    /// The migrations a store has applied, read in one snapshot.
    ///
    /// GRDB's own `appliedIdentifiers` first selects from `grdb_migrations` and, when that
    /// fails, asks whether the table exists. A failed prepare takes no snapshot, so when another
    /// process creates the table between the two (three shards creating one store at once),
    /// the table is found and the "no such table" error is thrown as a real one. Asking for the
    /// table first takes the snapshot, and the select then sees the same database.
    static func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
    }

    /// Every migration of this build applied (the last one is: each records itself).
    static func isUpToDate(_ db: Database) throws -> Bool {
        try migrator.migrations.last.map(appliedIdentifiers(db).contains) ?? true
    }

    /// The store names migrations this build does not know: a newer SegBench wrote it.
    static func isSuperseded(_ db: Database) throws -> Bool {
        let known = Set(migrator.migrations)
        return try appliedIdentifiers(db).contains { !known.contains($0) }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: methods, runs, cases, results, scores, failures") { db in
            try db.create(table: "method") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("kind", .text).notNull()
            }
            try db.create(table: "methodVersion") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("method", onDelete: .cascade).notNull()
                t.column("version", .text).notNull()
                t.column("configurationChecksum", .text).notNull()
                t.column("checkpointChecksum", .text).notNull()
                t.uniqueKey(["methodId", "version", "configurationChecksum", "checkpointChecksum"])
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("methodVersion", onDelete: .cascade).notNull()
                t.column("split", .text).notNull()
                t.column("dataset", .text).notNull()
                t.column("optionsChecksum", .text).notNull()
                t.column("options", .text).notNull()
                t.column("segbenchVersion", .text).notNull()
                t.column("host", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.uniqueKey(["methodVersionId", "split", "optionsChecksum"])
            }
            try db.create(table: "case") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("dataset", .text).notNull()
                t.column("name", .text).notNull()
                t.column("subject", .text)
                t.column("referencePath", .text).notNull()
                t.column("referenceChecksum", .text).notNull()
                t.column("shape", .text)
                t.column("spacing", .text)
                t.column("labelVoxels", .text)
                t.column("acquisition", .text)
                t.uniqueKey(["dataset", "name", "referenceChecksum"])
            }
            try db.create(table: "result") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.belongsTo("case", onDelete: .restrict).notNull()
                t.column("predictionPath", .text)
                t.column("predictionChecksum", .text)
                t.column("sidecar", .text)
                t.column("seconds", .double).notNull()
                t.column("recordedAt", .datetime).notNull()
                t.uniqueKey(["runId", "caseId"])
            }
            try db.create(table: "score") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("result", onDelete: .cascade).notNull()
                t.column("structure", .text).notNull()
                t.column("labels", .text).notNull()
                t.column("state", .text).notNull()
                t.column("tp", .integer).notNull()
                t.column("fp", .integer).notNull()
                t.column("fn", .integer).notNull()
                t.column("nReference", .integer).notNull()
                t.column("nPrediction", .integer).notNull()
                t.uniqueKey(["resultId", "structure"])
            }
            try db.create(table: "metric", options: .withoutRowID) { t in
                t.belongsTo("score", onDelete: .cascade).notNull()
                t.column("name", .text).notNull()
                t.column("value", .double).notNull()
                t.primaryKey(["scoreId", "name"])
            }
            try db.create(table: "failure") { t in
                t.primaryKey("resultId", .integer).references("result", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("message", .text).notNull()
                t.column("exitStatus", .integer)
                t.column("stderrTail", .text)
            }
        }
        migrator.registerMigration("v2: the resolved case index of ingest") { db in
            try db.create(table: "indexedCase") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("dataset", .text).notNull()
                t.column("name", .text).notNull()
                t.column("collection", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("officialSplit", .text).notNull()
                t.column("root", .text).notNull()
                t.column("images", .text).notNull()
                t.column("label", .text).notNull()
                t.column("annotated", .text).notNull()
                t.column("acquisition", .text).notNull()
                t.column("shape", .text)
                t.column("spacing", .text)
                t.column("orientation", .text)
                t.column("files", .text).notNull()
                t.column("labelVoxels", .text).notNull()
                t.column("emptyLabels", .text).notNull()
                t.column("notes", .text).notNull()
                t.column("problems", .text).notNull()
                t.column("segbenchVersion", .text).notNull()
                t.column("ingestedAt", .datetime).notNull()
                t.uniqueKey(["dataset", "name"])
            }
        }
        migrator.registerMigration("v3: label spaces, datasets, trained models, case inputs") { db in
            try db.create(table: "labelSpace") { t in
                t.primaryKey("name", .text)
                t.column("labels", .text).notNull()
                t.column("regions", .text).notNull()
                t.column("groups", .text).notNull()
            }
            try db.create(table: "dataset") { t in
                t.primaryKey("name", .text)
                t.column("labelSpace", .text).notNull()
                t.column("labelMap", .text).notNull()
                t.column("description", .text).notNull()
            }
            try db.alter(table: "run") { t in
                t.add(column: "trainedChecksum", .text)
            }
            try db.alter(table: "result") { t in
                t.add(column: "inputChecksum", .text)
            }
        }
        migrator.registerMigration("v4: the cases a run planned") { db in
            // Coverage (cases scored / cases expected) needs the plan's size: a run killed half
            // way has fewer results than it should, and the results alone cannot tell.
            try db.alter(table: "run") { t in
                t.add(column: "plannedCases", .integer)
            }
        }
        migrator.registerMigration("v5: what a method reported of its training") { db in
            // The claims table needs the trainable-parameter fraction, and only the method knows it.
            try db.alter(table: "run") { t in
                t.add(column: "trainingReport", .text)
            }
        }
        migrator.registerMigration("v6: lesions of lesion-wise scoring") { db in
            // Per lesion rather than only the case's lesion-wise means: a report can then apply
            // another volume threshold, or count lesions by size, without the volumes.
            try db.create(table: "lesion") { t in
                t.belongsTo("score", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull()
                t.column("number", .integer).notNull()
                t.column("voxels", .integer).notNull()
                t.column("volume", .double).notNull()
                t.column("counted", .boolean).notNull()
                t.column("matchedComponents", .integer).notNull()
                t.column("dice", .double).notNull()
                t.column("hd95", .double).notNull()
                t.primaryKey(["scoreId", "kind", "number"])
            }
        }
        migrator.registerMigration("v7: views for notebooks, run provenance and tags") { db in
            // The segbench policy needs each case's image diagonal; SQLite's sqrt is optional
            // (SQLITE_ENABLE_MATH_FUNCTIONS), so the diagonal is stored, computed here for the
            // cases already stored and by `insert` for new ones.
            try db.alter(table: "case") { t in t.add(column: "diagonal", .double) }
            for row in try Row.fetchAll(db, sql: #"SELECT id, shape, spacing FROM "case""#) {
                let diagonal = CaseDescription.diagonal(shape: JSONText.decode(row[1]), spacing: JSONText.decode(row[2]))
                if let diagonal { try db.execute(sql: #"UPDATE "case" SET diagonal = ? WHERE id = ?"#, arguments: [diagonal, row[0] as Int64]) }
            }
            // Where the method's code came from: the commit of its folder when that is a git
            // checkout, and whether the checkout had changes not committed.
            try db.alter(table: "run") { t in
                t.add(column: "gitCommit", .text)
                t.add(column: "gitDirty", .boolean)
            }
            // Free key=value pairs (`segbench run --tag`): not part of what makes a run.
            try db.create(table: "runTag") { t in
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("key", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["runId", "key"])
            }
            for sql in NotebookViews.v7 { try db.execute(sql: sql) }
        }
        return migrator
    }
}
