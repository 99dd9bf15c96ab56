import Foundation
import GRDB

// Label spaces and datasets: Codable records in text columns, as GRDB stores nested values.
extension LabelSpaceRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "labelSpace"
}

extension DatasetRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "dataset"
}

/// What a merge brought in.
public struct MergeSummary: Sendable, Hashable {
    public var runs = 0
    /// Results new to the target.
    public var added = 0
    /// Results the target already held from the same inputs (a shard merged twice).
    public var alreadyPresent = 0
}

extension ResultStore {
    /// Stores the label spaces and datasets a run scores with (replacing earlier rows of the
    /// same name), so the store can explain its label values on its own.
    public func saveLabelDefinitions(spaces: [LabelSpaceRecord], datasets: [DatasetRecord]) throws {
        try write(unless: { db in
            try spaces.allSatisfy { try LabelSpaceRecord.fetchOne(db, key: $0.name) == $0 }
                && datasets.allSatisfy { try DatasetRecord.fetchOne(db, key: $0.name) == $0 }
        }) { db in try Self.save(spaces: spaces, datasets: datasets, db) }
    }

    /// A row already as given is left alone: an upsert rewrites its page even when nothing
    /// changes, and every `segbench run` saves these, so a main job that found everything
    /// stored rewrote the committed store's file.
    static func save(spaces: [LabelSpaceRecord], datasets: [DatasetRecord], _ db: Database) throws {
        for s in spaces where try LabelSpaceRecord.fetchOne(db, key: s.name) != s { try s.upsert(db) }
        for d in datasets where try DatasetRecord.fetchOne(db, key: d.name) != d { try d.upsert(db) }
    }

    public func labelSpaces() throws -> [LabelSpaceRecord] {
        try read { db in try LabelSpaceRecord.order(Column("name")).fetchAll(db) }
    }

    public func datasetRecords() throws -> [DatasetRecord] {
        try read { db in try DatasetRecord.order(Column("name")).fetchAll(db) }
    }

    /// Brings every run, case and result of the store at `source` into this one, in one
    /// transaction. Runs are matched by (method version, split, options), cases by (dataset,
    /// name, reference checksum), and a result the target already holds from the same inputs is
    /// left alone, so merging is idempotent: shards merged in any order, or twice, give the
    /// same store. The case index and the label definitions come along.
    ///
    /// ```swift
    /// let merged = try ResultStore(path: "all.sqlite")
    /// for shard in ["shard1.sqlite", "shard2.sqlite"] { try merged.merge(from: ResultStore(path: shard, access: .readOnly)) }
    /// ```
    ///
    /// The source's pages are checked first (`PRAGMA quick_check`): rows read around a damaged
    /// page would be merged in silence, so a damaged shard is refused by its path.
    @discardableResult
    public func merge(from source: ResultStore) throws -> MergeSummary {
        try source.checkIntegrity()
        let runs = try source.runs()
        let results = try runs.map { try source.results(run: $0.id) }
        let spaces = try source.labelSpaces(), datasets = try source.datasetRecords()
        let index = try source.indexedCases(), folder = self.folder
        return try write { db in
            var summary = MergeSummary()
            try Self.save(spaces: spaces, datasets: datasets, db)
            for c in index where try IndexedCase.filter(Column("dataset") == c.dataset && Column("name") == c.name).fetchCount(db) == 0 {
                try c.mappingPaths { StoredPath.relative($0, to: folder) }.insert(db)
            }
            for (run, cases) in zip(runs, results) {
                let id = try Self.upsertRun(db, run.description, startedAt: run.startedAt, reopen: false)
                summary.runs += 1
                // A run finished in every shard is finished; the latest finish time stands.
                if let finished = run.finishedAt {
                    try db.execute(sql: "UPDATE run SET finishedAt = max(coalesce(finishedAt, ?), ?) WHERE id = ?",
                                   arguments: [finished, finished, id])
                }
                if let trained = run.trainedChecksum {
                    try db.execute(sql: "UPDATE run SET trainedChecksum = coalesce(trainedChecksum, ?) WHERE id = ?", arguments: [trained, id])
                }
                if let report = run.trainingReport {
                    try db.execute(sql: "UPDATE run SET trainingReport = coalesce(trainingReport, ?) WHERE id = ?", arguments: [report, id])
                }
                if let planned = run.plannedCases {
                    try db.execute(sql: "UPDATE run SET plannedCases = max(coalesce(plannedCases, 0), ?) WHERE id = ?", arguments: [planned, id])
                }
                // Provenance: the first commit stored stands (as the training report's); tags join.
                if let git = run.git {
                    try db.execute(sql: "UPDATE run SET gitCommit = coalesce(gitCommit, ?), gitDirty = coalesce(gitDirty, ?) WHERE id = ?",
                                   arguments: [git.commit, git.dirty, id])
                }
                for (key, value) in run.tags.sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT INTO runTag (runId, key, value) VALUES (?, ?, ?) ON CONFLICT(runId, key) DO NOTHING",
                                   arguments: [id, key, value])
                }
                for result in cases {
                    if try Self.insert(result, run: id, at: result.recordedAt ?? Date(), db) { summary.added += 1 } else { summary.alreadyPresent += 1 }
                }
            }
            return summary
        }
    }
}
