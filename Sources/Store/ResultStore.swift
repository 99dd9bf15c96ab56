import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A SQLite file of per-case results.
///
/// ```swift
/// let store = try ResultStore(path: "results.sqlite")
/// let run = try store.beginRun(description)
/// let done = try store.finishedCaseNames(run: run)        // resume: skip these
/// try store.record(result, run: run)                      // one case, one transaction
/// try store.finishRun(run)
/// for summary in try store.runs() { print(summary.method.name, summary.cases) }
/// ```
///
/// The writing pool is opened at the first write, not before: opening a pool for writing writes
/// (GRDB creates and drops a table so that the WAL file exists), so a command that finds
/// everything stored (a re-run of the main job) leaves an up-to-date store's file byte for byte
/// as it was, and a fresh clone's `git status` clean.
///
/// Writes go through one WAL connection pool: each case is committed on its own, so a run killed
/// at any point leaves whole cases only, and recording a case twice is a no-op (the pair
/// (run, case) is unique), so nothing is ever duplicated.
///
/// Opening for writing checks the file first (`PRAGMA quick_check`), so nothing is ever added to
/// a damaged store; opening with `access: .readOnly` writes nothing at all, so a store in a
/// read-only folder (an archive, a colleague's share) can still be listed, exported and reported.
/// Every error names the store's path.
public final class ResultStore: Sendable {
    public enum Access: Sendable {
        case readWrite, readOnly
        /// Read-only, as a file no one writes while it is open (SQLite's `immutable`): no lock,
        /// no `-shm` or `-wal` beside it. For a copy made to be read by many processes on a
        /// shared file system (a cluster submission's case index), where WAL's shared memory
        /// does not work.
        case snapshot
    }

    public let path: String
    public let access: Access
    /// Reads: the writing pool once it is open, else a read-only pool.
    let reader: DatabasePool
    /// The writing pool (read-write access only), opened by the first write when the store was
    /// already up to date, at once when it had to be created or migrated.
    let writer: Mutex<DatabasePool?>
    let configuration: Configuration

    /// Opens the store at `path`. For writing it is created if needed, its schema brought up to
    /// date and its pages checked; read-only it must exist and be of this version's schema.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = access != .readWrite
        if access == .readWrite {
            configuration.prepareDatabase { db in
                // WAL with NORMAL sync: a commit survives a crash of the process (not of the OS),
                // and costs no fsync per case.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        self.configuration = configuration
        var reading = Configuration()
        reading.readonly = true
        reading.busyMode = .timeout(30)
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                throw StoreError(path: path, reason: "its folder \(directory) does not exist")
            }
            switch access {
            case .readWrite:
                // Checked through a read-only connection first: opening the pool for writing
                // already writes (GRDB creates and drops a table to make the WAL file).
                var upToDate = false
                if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
                    let check = try DatabaseQueue(path: Self.readOnlyLocation(path), configuration: reading)
                    try Self.check(check, path: path)
                    upToDate = try check.read { db in
                        try Self.refuseNewerSchema(db, path: path)
                        return try Schema.isUpToDate(db)
                    }
                }
                if upToDate {
                    reader = try DatabasePool(path: Self.readOnlyLocation(path), configuration: reading)
                    writer = Mutex(nil)
                } else {
                    let pool = try Self.openCreating(path: path, configuration: configuration)
                    reader = pool
                    writer = Mutex(pool)
                }
            case .readOnly, .snapshot:
                guard FileManager.default.fileExists(atPath: path) else { throw StoreError(path: path, reason: "no such store") }
                reader = try DatabasePool(path: Self.readOnlyLocation(path, immutable: access == .snapshot), configuration: configuration)
                writer = Mutex(nil)
                try reader.read { db in
                    try Self.refuseNewerSchema(db, path: path)
                    if try !Schema.isUpToDate(db) {
                        throw StoreError(path: path, reason: StoreError.olderSchema)
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        }
    }

    /// The writing pool, opened now if it is not yet (a migration another process applied
    /// meanwhile is applied here too).
    func writingPool() throws -> DatabasePool {
        try writer.withLock { pool in
            if let pool { return pool }
            let opened = try Self.openCreating(path: path, configuration: configuration)
            pool = opened
            return opened
        }
    }

    /// Opens the writing pool of a store that may be created by other processes at this moment,
    /// and migrates it. Turning a new file to WAL takes an exclusive lock that SQLite does not wait
    /// for (its busy handler is not called there): when several connections create one store at
    /// once, all but one get SQLITE_BUSY at once. They try again, for up to 30 s, as the busy
    /// timeout would have them wait.
    static func openCreating(path: String, configuration: Configuration) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrate(pool, path: path)
                return pool
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// A store with migrations this build does not know is never opened: its rows may mean
    /// something this version cannot read.
    static func refuseNewerSchema(_ db: Database, path: String) throws {
        if try Schema.isSuperseded(db) {
            throw StoreError(path: path, reason: "written by a newer SegBench (its schema has migrations this version does not know)")
        }
    }

    /// Brings the schema up to date. Several processes may create one store at once (shards of a
    /// run started together): each migration is one transaction that records itself, so when
    /// another process applied migrations between our look and our attempt, ours fails and rolls
    /// back, and we look again. An error with nothing applied meanwhile is a real one.
    static func migrate(_ pool: DatabasePool, path: String) throws {
        for attempt in 1...20 {
            let before = try pool.read { db in
                try refuseNewerSchema(db, path: path)
                return try Schema.appliedIdentifiers(db)
            }
            do {
                try Schema.migrator.migrate(pool)
                return
            } catch let error as DatabaseError {
                let after = try pool.read { db in try Schema.appliedIdentifiers(db) }
                guard after != before, attempt < 20 else { throw error }
            }
        }
    }

    /// Refuses a damaged file before anything is written to it or merged from it: SQLite would
    /// otherwise go on writing around a corrupt page, and the damage surfaces later, elsewhere.
    static func check(_ reader: some DatabaseReader, path: String) throws {
        let findings = try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        guard findings == ["ok"] else {
            throw StoreError(path: path, reason: "the file is damaged (SQLite's quick_check: \(findings.joined(separator: "; "))); "
                             + "nothing was written to it. Restore it from a copy, or recover its rows with `sqlite3 \(path) .recover`")
        }
    }

    /// Checks the store's pages now (`PRAGMA quick_check`): what `merge` does to each source.
    public func checkIntegrity() throws {
        do { try Self.check(currentReader, path: path) } catch let error as DatabaseError { throw StoreError(path: path, error) }
    }

    /// Where SQLite opens the file for reading only. A store is a WAL database, and reading one
    /// needs its `-shm` index, which SQLite creates next to it; in a folder that cannot be written
    /// (and with no `-wal` file left by a writer) no writer can exist either, so the file is
    /// opened as immutable, which needs no `-shm`.
    static func readOnlyLocation(_ path: String, immutable: Bool = false) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let folderWritable = Glibc.access(directory.isEmpty ? "." : directory, W_OK) == 0
        guard immutable || (!folderWritable && !FileManager.default.fileExists(atPath: path + "-wal")) else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)?immutable=1"
    }

    /// The writing pool once open (it sees its own writes at once), else the read-only one.
    var currentReader: DatabasePool { writer.withLock { $0 } ?? reader }

    /// Reads, naming the store in any SQLite error.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try currentReader.read(body) } catch let error as DatabaseError { throw StoreError(path: path, error) }
    }

    /// Writes in one transaction, naming the store in any SQLite error.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard access == .readWrite else { throw StoreError(path: path, reason: "opened read-only; nothing can be written") }
        do { return try writingPool().write(body) } catch let error as DatabaseError { throw StoreError(path: path, error) }
    }

    // MARK: Writing

    /// The run with this description: created on first use, continued afterwards. `reopen`
    /// clears a continued run's `finishedAt`; a caller that may find nothing left to do passes
    /// false and calls `reopenRun` once it knows it will add results.
    public func beginRun(_ run: RunDescription, at date: Date = Date(), reopen: Bool = true) throws -> Int64 {
        if !reopen, let id = try read({ db in try Self.existingRun(db, run) }) { return id }
        return try write { db in try Self.upsertRun(db, run, startedAt: date, reopen: reopen) }
    }

    /// The id of the stored run with this description, if there is one; writes nothing.
    public func storedRun(_ run: RunDescription) throws -> Int64? { try read { db in try Self.existingRun(db, run) } }

    /// The stored run with this description, if there is one (looked up without writing).
    static func existingRun(_ db: Database, _ run: RunDescription) throws -> Int64? {
        let m = run.method
        return try Int64.fetchOne(db, sql: """
            SELECT run.id FROM run JOIN methodVersion v ON v.id = run.methodVersionId JOIN method ON method.id = v.methodId
            WHERE method.name = ? AND v.version = ? AND v.configurationChecksum = ? AND v.checkpointChecksum = ?
              AND run.split = ? AND run.optionsChecksum = ?
            """, arguments: [m.name, m.version, m.configurationChecksum, m.checkpointChecksum, run.split, run.optionsChecksum])
    }

    /// Writes `body` unless `done` says, read without writing, that the store already holds what
    /// it would write: any write transaction, even one that changes no row, opens the writing
    /// pool and so changes the file (see the type's notes).
    func write(unless done: (Database) throws -> Bool, _ body: (Database) throws -> Void) throws {
        if try read(done) { return }
        try write(body)
    }

    /// Marks a run as being continued (`finishedAt` cleared) until `finishRun`.
    public func reopenRun(_ run: Int64) throws {
        try write { db in try db.execute(sql: "UPDATE run SET finishedAt = NULL WHERE id = ?", arguments: [run]) }
    }

    /// Finds or creates the run; `reopen` clears `finishedAt` (a run being continued).
    static func upsertRun(_ db: Database, _ run: RunDescription, startedAt: Date, reopen: Bool) throws -> Int64 {
        // Looked up before inserting: an upsert draws a new AUTOINCREMENT number even when the
        // row exists, so every look at a stored run rewrote the store's file.
        let methodId = try Int64.fetchOne(db, sql: "SELECT id FROM method WHERE name = ?", arguments: [run.method.name])
            ?? Int64.fetchOne(db, sql: "INSERT INTO method (name, kind) VALUES (?, ?) RETURNING id", arguments: [run.method.name, run.method.kind])!
        let m = run.method
        let versionArguments: StatementArguments = [methodId, m.version, m.configurationChecksum, m.checkpointChecksum]
        let versionId = try Int64.fetchOne(db, sql: """
            SELECT id FROM methodVersion WHERE methodId = ? AND version = ? AND configurationChecksum = ? AND checkpointChecksum = ?
            """, arguments: versionArguments)
            ?? Int64.fetchOne(db, sql: """
            INSERT INTO methodVersion (methodId, version, configurationChecksum, checkpointChecksum) VALUES (?, ?, ?, ?) RETURNING id
            """, arguments: versionArguments)!
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM run WHERE methodVersionId = ? AND split = ? AND optionsChecksum = ?",
                                       arguments: [versionId, run.split, run.optionsChecksum]) {
            if reopen { try db.execute(sql: "UPDATE run SET finishedAt = NULL WHERE id = ?", arguments: [id]) }
            return id
        }
        return try Int64.fetchOne(db, sql: """
            INSERT INTO run (methodVersionId, split, dataset, optionsChecksum, options, segbenchVersion, host, startedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, arguments: [versionId, run.split, run.dataset, run.optionsChecksum, run.options, run.segbenchVersion, run.host, startedAt])!
    }

    /// Notes what training wrote for this run (SHA-256 over the trained model's files).
    public func setTrainedChecksum(_ checksum: String, run: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE run SET trainedChecksum = ? WHERE id = ?", arguments: [checksum, run])
        }
    }

    /// Notes what the method reported of its training (a JSON object, up to 64 KiB).
    public func setTrainingReport(_ report: String, run: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE run SET trainingReport = ? WHERE id = ?", arguments: [report, run])
        }
    }

    /// Notes how many cases the run's plan holds (all shards together): the denominator of coverage.
    public func setPlannedCases(_ count: Int, run: Int64) throws {
        try write(unless: { db in try Int.fetchOne(db, sql: "SELECT plannedCases FROM run WHERE id = ?", arguments: [run]) == count }) { db in
            // Only when it differs: an update to the same value still rewrites the page.
            try db.execute(sql: "UPDATE run SET plannedCases = ? WHERE id = ? AND plannedCases IS NOT ?", arguments: [count, run, count])
        }
    }

    /// Notes where the method's code came from and the run's tags (added to those it has; a
    /// key given again takes the new value). Writes only what differs, so a re-run that finds
    /// everything as it was leaves the file as it was. A commit that differs from the one
    /// stored replaces it: the run is being continued from other code, and the result is
    /// returned so the caller can say so.
    @discardableResult
    public func setProvenance(git: GitState?, tags: [String: String], run: Int64) throws -> GitState? {
        let stored: (git: GitState?, tags: [String: String]) = try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT gitCommit, gitDirty FROM run WHERE id = ?", arguments: [run])
            let git = (row?[0] as String?).map { GitState(commit: $0, dirty: row?[1] ?? false) }
            var tags: [String: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT key, value FROM runTag WHERE runId = ?", arguments: [run]) { tags[r[0]] = r[1] }
            return (git, tags)
        }
        let changedTags = tags.filter { stored.tags[$0.key] != $0.value }
        guard (git != nil && git != stored.git) || !changedTags.isEmpty else { return stored.git }
        try write { db in
            if let git, git != stored.git {
                try db.execute(sql: "UPDATE run SET gitCommit = ?, gitDirty = ? WHERE id = ?", arguments: [git.commit, git.dirty, run])
            }
            for (key, value) in changedTags.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO runTag (runId, key, value) VALUES (?, ?, ?) ON CONFLICT(runId, key) DO UPDATE SET value = excluded.value",
                               arguments: [run, key, value])
            }
        }
        return stored.git
    }

    /// Names of the cases this run has finished (scored or failed): the ones a resumed run skips.
    public func finishedCaseNames(run: Int64) throws -> Set<String> {
        Set(try finishedCases(run: run).keys)
    }

    /// The finished cases of a run by name, with the checksum of the inputs they were made from
    /// (nil for results stored without one).
    public func finishedCases(run: Int64) throws -> [String: String?] {
        try read { db in
            var out: [String: String?] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.name, r.inputChecksum FROM result r JOIN "case" c ON c.id = r.caseId WHERE r.runId = ?
                """, arguments: [run]) { out[row[0]] = .some(row[1]) }
            return out
        }
    }

    /// Stores one finished case in one transaction. Returns `false` when the run already holds
    /// this case from the same inputs (nothing is written twice). A case stored from other inputs
    /// (its input checksum changed) is replaced, scores and failure with it.
    @discardableResult
    public func record(_ result: CaseResult, run: Int64, at date: Date = Date()) throws -> Bool {
        try write { db in try Self.insert(result, run: run, at: date, db) }
    }

    static func insert(_ result: CaseResult, run: Int64, at date: Date, _ db: Database) throws -> Bool {
        let c = result.caseDescription
        if let row = try Row.fetchOne(db, sql: """
            SELECT r.id, r.inputChecksum FROM result r JOIN "case" c ON c.id = r.caseId
            WHERE r.runId = ? AND c.dataset = ? AND c.name = ?
            """, arguments: [run, c.dataset, c.name]) {
            let stored: String? = row[1]
            if result.inputChecksum == nil || stored == result.inputChecksum { return false }
            try db.execute(sql: "DELETE FROM result WHERE id = ?", arguments: [row[0] as Int64])
        }
        let caseId = try Int64.fetchOne(db, sql: """
            INSERT INTO "case" (dataset, name, subject, referencePath, referenceChecksum, shape, spacing, labelVoxels, acquisition, diagonal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(dataset, name, referenceChecksum) DO UPDATE SET
              referencePath = excluded.referencePath,
              subject = coalesce(excluded.subject, subject),
              shape = coalesce(excluded.shape, shape),
              spacing = coalesce(excluded.spacing, spacing),
              labelVoxels = coalesce(excluded.labelVoxels, labelVoxels),
              acquisition = coalesce(excluded.acquisition, acquisition),
              diagonal = coalesce(excluded.diagonal, diagonal)
            RETURNING id
            """, arguments: [c.dataset, c.name, c.subject, c.referencePath, c.referenceChecksum,
                             JSONText.encode(c.shape), JSONText.encode(c.spacing), JSONText.encode(c.labelVoxels.map(JSONText.stringKeys)),
                             c.acquisition, c.diagonal])!
        guard let resultId = try Int64.fetchOne(db, sql: """
            INSERT INTO result (runId, caseId, predictionPath, predictionChecksum, sidecar, seconds, recordedAt, inputChecksum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(runId, caseId) DO NOTHING RETURNING id
            """, arguments: [run, caseId, result.predictionPath, result.predictionChecksum, result.sidecar, result.seconds,
                             result.recordedAt ?? date, result.inputChecksum])
        else { return false }
        switch result.outcome {
        case .failure(let f):
            try db.cachedStatement(sql: "INSERT INTO failure (resultId, kind, message, exitStatus, stderrTail) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [resultId, f.kind, f.message, f.exitStatus, f.stderrTail])
        case .scores(let scores):
            let insertScore = try db.cachedStatement(sql: """
                INSERT INTO score (resultId, structure, labels, state, tp, fp, fn, nReference, nPrediction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertMetric = try db.cachedStatement(sql: "INSERT INTO metric (scoreId, name, value) VALUES (?, ?, ?)")
            let insertLesion = try db.cachedStatement(sql: """
                INSERT INTO lesion (scoreId, kind, number, voxels, volume, counted, matchedComponents, dice, hd95)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for s in scores {
                try insertScore.execute(arguments: [resultId, s.structure, JSONText.encode(s.labels), s.state,
                                                    s.tp, s.fp, s.fn, s.nReference, s.nPrediction])
                let scoreId = db.lastInsertedRowID
                for (name, value) in s.metrics.sorted(by: { $0.key < $1.key }) where value.isFinite {
                    try insertMetric.execute(arguments: [scoreId, name, value])
                }
                for l in s.lesions {
                    try insertLesion.execute(arguments: [scoreId, l.kind.rawValue, l.number, l.voxels, l.volume, l.counted,
                                                         l.matchedComponents, l.dice, l.hd95])
                }
            }
        }
        return true
    }

    /// Sets the run's `finishedAt`; with `ifOpen`, only where it has none (a run found complete
    /// keeps the time it was completed, however often it is looked at again).
    public func finishRun(_ run: Int64, at date: Date = Date(), ifOpen: Bool = false) throws {
        let finished: (Database) throws -> Bool = { db in
            try ifOpen && (Bool.fetchOne(db, sql: "SELECT finishedAt IS NOT NULL FROM run WHERE id = ?", arguments: [run]) ?? false)
        }
        try write(unless: finished) { db in
            try db.execute(sql: "UPDATE run SET finishedAt = ? WHERE id = ?" + (ifOpen ? " AND finishedAt IS NULL" : ""), arguments: [date, run])
        }
    }

    // MARK: Reading

    /// Every run, oldest first, with its counts of finished and failed cases.
    public func runs() throws -> [RunSummary] {
        try read { db in
            var tags: [Int64: [String: String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT runId, key, value FROM runTag") { tags[row[0], default: [:]][row[1]] = row[2] }
            return try Row.fetchAll(db, sql: """
                SELECT run.id, method.name, method.kind, v.version, v.configurationChecksum, v.checkpointChecksum,
                       run.split, run.dataset, run.segbenchVersion, run.host, run.startedAt, run.finishedAt,
                       (SELECT count(*) FROM result WHERE runId = run.id) AS cases,
                       (SELECT count(*) FROM result JOIN failure ON failure.resultId = result.id WHERE runId = run.id) AS failures,
                       run.options, run.optionsChecksum, run.trainedChecksum, run.plannedCases, run.trainingReport,
                       run.gitCommit, run.gitDirty
                FROM run JOIN methodVersion v ON v.id = run.methodVersionId JOIN method ON method.id = v.methodId
                ORDER BY run.startedAt, run.id
                """).map { row in
                var summary = RunSummary(id: row[0],
                           method: MethodVersion(name: row[1], kind: row[2], version: row[3], configurationChecksum: row[4], checkpointChecksum: row[5]),
                           split: row[6], dataset: row[7], segbenchVersion: row[8], host: row[9], startedAt: row[10], finishedAt: row[11],
                           cases: row[12], failures: row[13], options: row[14], optionsChecksum: row[15], trainedChecksum: row[16],
                           plannedCases: row[17], trainingReport: row[18])
                if let commit: String = row[19] { summary.git = GitState(commit: commit, dirty: row[20] ?? false) }
                summary.tags = tags[summary.id] ?? [:]
                return summary
            }
        }
    }

    /// The finished cases of a run, in case-name order, as they were recorded.
    public func results(run: Int64) throws -> [CaseResult] {
        try read { db in
            let metricRows = try Row.fetchAll(db, sql: """
                SELECT m.scoreId, m.name, m.value FROM metric m JOIN score s ON s.id = m.scoreId
                JOIN result r ON r.id = s.resultId WHERE r.runId = ?
                """, arguments: [run])
            var metrics: [Int64: [String: Double]] = [:]
            for row in metricRows { metrics[row[0], default: [:]][row[1]] = row[2] }
            var lesions: [Int64: [LesionRecord]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT l.scoreId, l.kind, l.number, l.voxels, l.volume, l.counted, l.matchedComponents, l.dice, l.hd95
                FROM lesion l JOIN score s ON s.id = l.scoreId JOIN result r ON r.id = s.resultId WHERE r.runId = ?
                ORDER BY l.scoreId, l.kind DESC, l.number
                """, arguments: [run]) {
                guard let kind = LesionRecord.Kind(rawValue: row[1]) else { continue }
                lesions[row[0], default: []].append(LesionRecord(kind: kind, number: row[2], voxels: row[3], volume: row[4], counted: row[5],
                                                                 matchedComponents: row[6], dice: row[7], hd95: row[8]))
            }

            var scores: [Int64: [ScoreRecord]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, s.resultId, s.structure, s.labels, s.state, s.tp, s.fp, s.fn, s.nReference, s.nPrediction
                FROM score s JOIN result r ON r.id = s.resultId WHERE r.runId = ? ORDER BY s.id
                """, arguments: [run]) {
                scores[row[1], default: []].append(ScoreRecord(
                    structure: row[2], labels: JSONText.decode(row[3]) ?? [], state: row[4], tp: row[5], fp: row[6], fn: row[7],
                    nReference: row[8], nPrediction: row[9], metrics: metrics[row[0]] ?? [:], lesions: lesions[row[0]] ?? []))
            }

            return try Row.fetchAll(db, sql: """
                SELECT r.id, r.predictionPath, r.predictionChecksum, r.sidecar, r.seconds, r.inputChecksum, r.recordedAt,
                       c.dataset, c.name, c.subject, c.referencePath, c.referenceChecksum, c.shape, c.spacing, c.labelVoxels, c.acquisition,
                       f.kind, f.message, f.exitStatus, f.stderrTail
                FROM result r JOIN "case" c ON c.id = r.caseId LEFT JOIN failure f ON f.resultId = r.id
                WHERE r.runId = ? ORDER BY c.name
                """, arguments: [run]).map { row in
                let description = CaseDescription(
                    dataset: row[7], name: row[8], subject: row[9], referencePath: row[10], referenceChecksum: row[11],
                    shape: JSONText.decode(row[12]), spacing: JSONText.decode(row[13]),
                    labelVoxels: (JSONText.decode(row[14]) as [String: Int]?).map(JSONText.intKeys), acquisition: row[15])
                let kind: String? = row[16]
                let outcome: CaseResult.Outcome = kind.map {
                    .failure(FailureRecord(kind: $0, message: row[17], exitStatus: row[18], stderrTail: row[19]))
                } ?? .scores(scores[row[0]] ?? [])
                return CaseResult(caseDescription: description, predictionPath: row[1], predictionChecksum: row[2], sidecar: row[3],
                                  seconds: row[4], outcome: outcome, inputChecksum: row[5], recordedAt: row[6])
            }
        }
    }
}

/// A store that cannot be opened or used, named by its path.
public struct StoreError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    static let olderSchema = "written by an older SegBench: open it once for writing (any command with --db) to bring its schema up to date"
    /// The store predates a migration: a read-only open cannot bring it up to date.
    public var isOlderSchema: Bool { reason == Self.olderSchema }

    /// SQLite's own words, with the commonest causes said plainly.
    init(path: String, _ error: DatabaseError) {
        self.path = path
        switch error.resultCode {
        case .SQLITE_NOTADB: reason = "not a SegBench store (not an SQLite database)"
        case .SQLITE_CORRUPT: reason = "the file is damaged (SQLite: \(error.message ?? "database disk image is malformed"))"
        case .SQLITE_READONLY: reason = "cannot be written (SQLite: \(error.message ?? "read-only"))"
        case .SQLITE_BUSY: reason = "locked by another process for longer than 30 s (SQLite: \(error.message ?? "busy"))"
        default: reason = "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error)")"
        }
    }
}

/// Small JSON values kept in text columns (label lists, shapes, voxel counts).
enum JSONText {
    static func encode<T: Encodable>(_ value: T?) -> String? {
        guard let value else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try? String(decoding: encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    static func stringKeys(_ d: [Int: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: d.map { (String($0.key), $0.value) })
    }

    static func intKeys(_ d: [String: Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: d.compactMap { k, v in Int(k).map { ($0, v) } })
    }
}
