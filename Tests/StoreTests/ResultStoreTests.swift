import Fixtures
import Foundation
import GRDB
@testable import Store
import Synchronization
import Testing

@Suite("The SQLite store")
struct ResultStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("segbench-store-\(UUID().uuidString).sqlite").path
    }

    static let method = MethodVersion(name: "unet", kind: "predictions", version: "1", configurationChecksum: "c0", checkpointChecksum: "k1")
    static func run(_ method: MethodVersion = method, options: String = "{}") -> RunDescription {
        RunDescription(method: method, split: "btcv_to_chaos", dataset: "fixture", options: options, optionsChecksum: options,
                       segbenchVersion: "test", host: "here")
    }
    static func scored(_ name: String, dice: Double) -> CaseResult {
        CaseResult(caseDescription: CaseDescription(dataset: "fixture", name: name, referencePath: "/r/\(name).nii.gz", referenceChecksum: "sum-\(name)",
                                                    shape: [4, 4, 4], spacing: [1, 1, 2], labelVoxels: [1: 10]),
                   predictionPath: "/p/\(name).nii.gz", predictionChecksum: "p-\(name)", seconds: 0.1,
                   outcome: .scores([ScoreRecord(structure: "1", labels: [1], state: "scored", tp: 8, fp: 2, fn: 2, nReference: 10,
                                                 nPrediction: 10, metrics: ["dice": dice, "hd95": 1.5, "nsd@1": 0.75])]))
    }
    static func failed(_ name: String) -> CaseResult {
        CaseResult(caseDescription: CaseDescription(dataset: "fixture", name: name, referencePath: "/r/\(name).nii.gz", referenceChecksum: "sum-\(name)"),
                   predictionPath: nil, predictionChecksum: nil, seconds: 0,
                   outcome: .failure(FailureRecord(kind: "missing_prediction", message: "/r/\(name).nii.gz: no prediction")))
    }

    @Test("A case round-trips: scores, metric values, failure, provenance")
    func roundTrip() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ResultStore(path: path)
        let run = try store.beginRun(Self.run())
        // Whole seconds: the time a result was stored reads back exactly.
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        try store.record(Self.scored("case_1", dice: 0.8), run: run, at: date)
        try store.record(Self.failed("case_2"), run: run, at: date)
        try store.finishRun(run)

        let reopened = try ResultStore(path: path)
        let expected = [Self.scored("case_1", dice: 0.8), Self.failed("case_2")].map { result in
            var stored = result
            stored.recordedAt = date
            return stored
        }
        #expect(try reopened.results(run: run) == expected)
        let runs = try reopened.runs()
        #expect(runs.count == 1 && runs[0].cases == 2 && runs[0].failures == 1 && runs[0].finishedAt != nil)
        #expect(runs[0].method == Self.method)
    }

    @Test("Recording a case twice stores it once; the same run description continues the run")
    func noDuplicates() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ResultStore(path: path)
        let run = try store.beginRun(Self.run())
        #expect(try store.record(Self.scored("case_1", dice: 0.8), run: run))
        #expect(try !store.record(Self.scored("case_1", dice: 0.1), run: run))
        #expect(try store.beginRun(Self.run()) == run)
        #expect(try store.finishedCaseNames(run: run) == ["case_1"])
        #expect(try store.results(run: run).map { $0.scores[0].metrics["dice"] } == [0.8])

        // Another checkpoint under the same version string is another version, hence another run.
        var other = Self.method
        other.checkpointChecksum = "k2"
        #expect(try store.beginRun(Self.run(other)) != run)
        #expect(try store.beginRun(Self.run(options: "{\"tolerances\":[3]}")) != run)
    }

    @Test("A finished run looked at again keeps its finishedAt; continued, it is reopened and finished anew")
    func finishedAtKept() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ResultStore(path: path)
        let first = Date(timeIntervalSince1970: 1_800_000_000), later = first.addingTimeInterval(3600)
        func finished() throws -> Date? { try store.runs().first?.finishedAt }
        let run = try store.beginRun(Self.run())
        try store.finishRun(run, at: first)
        #expect(try store.beginRun(Self.run(), reopen: false) == run)
        try store.finishRun(run, at: later, ifOpen: true)
        #expect(try finished() == first)
        try store.reopenRun(run)
        #expect(try finished() == nil)
        try store.finishRun(run, at: later, ifOpen: true)
        #expect(try finished() == later)
        _ = try store.beginRun(Self.run())  // the default reopens, as before
        #expect(try finished() == nil)
    }

    @Test("The planned number of cases is kept, and a merge of shards keeps the whole plan's")
    func plannedCases() throws {
        let (a, b, merged) = (Self.temporaryPath(), Self.temporaryPath(), Self.temporaryPath())
        defer { for p in [a, b, merged] { try? FileManager.default.removeItem(atPath: p) } }
        let first = try ResultStore(path: a), second = try ResultStore(path: b)
        let runA = try first.beginRun(Self.run()), runB = try second.beginRun(Self.run())
        #expect(try first.runs()[0].plannedCases == nil)
        // Shard 1 of a 3-case plan finished one case, shard 2 two (one a failure).
        try first.setPlannedCases(3, run: runA)
        try second.setPlannedCases(3, run: runB)
        try first.record(Self.scored("case_1", dice: 0.8), run: runA)
        try second.record(Self.scored("case_2", dice: 0.7), run: runB)
        try second.record(Self.failed("case_3"), run: runB)
        let target = try ResultStore(path: merged)
        _ = try target.merge(from: first)
        _ = try target.merge(from: second)
        let runs = try target.runs()
        #expect(runs.count == 1 && runs[0].plannedCases == 3 && runs[0].cases == 3 && runs[0].failures == 1)
    }

    @Test("Lesion rows round-trip with their score and survive a merge: two lesions (one below the threshold) and a false positive")
    func lesions() throws {
        let (a, merged) = (Self.temporaryPath(), Self.temporaryPath())
        defer { for p in [a, merged] { try? FileManager.default.removeItem(atPath: p) } }
        let lesions = [
            LesionRecord(kind: .lesion, number: 1, voxels: 120, volume: 240, counted: true, matchedComponents: 2, dice: 0.75, hd95: 2.5),
            LesionRecord(kind: .lesion, number: 2, voxels: 20, volume: 40, counted: false, matchedComponents: 0, dice: 0, hd95: 374),
            LesionRecord(kind: .falsePositive, number: 1, voxels: 8, volume: 16, counted: true, matchedComponents: 0, dice: 0, hd95: 374),
        ]
        var result = Self.scored("case_1", dice: 0.8)
        guard case .scores(var scores) = result.outcome else { Issue.record("no scores"); return }
        scores[0].lesions = lesions
        scores[0].metrics["lesion_dice"] = 0.375
        result.outcome = .scores(scores)
        let store = try ResultStore(path: a)
        let run = try store.beginRun(Self.run(options: "{\"extended\":{}}"))
        try store.record(result, run: run)
        #expect(try store.results(run: run)[0].scores[0].lesions == lesions)
        #expect(try store.results(run: run)[0].scores[0].metrics["lesion_dice"] == 0.375)
        let target = try ResultStore(path: merged)
        _ = try target.merge(from: ResultStore(path: a, access: .readOnly))
        let mergedRun = try #require(try target.runs().first)
        #expect(try target.results(run: mergedRun.id)[0].scores[0].lesions == lesions)
    }

    @Test("Writers on several threads lose nothing and duplicate nothing")
    func concurrentWriters() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ResultStore(path: path)
        let run = try store.beginRun(Self.run())
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            _ = try? store.record(Self.scored("case_\(i % 32)", dice: Double(i) / 64), run: run)
        }
        #expect(try store.finishedCaseNames(run: run).count == 32)
        #expect(try store.results(run: run).count == 32)
    }

    @Test("A file that is not a store is refused by name")
    func notAStore() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("this is a CSV, not SQLite\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try ResultStore(path: path) }
        do { _ = try ResultStore(path: path) } catch {
            #expect("\(error)" == "\(path): not a SegBench store (not an SQLite database)")
        }
        #expect(throws: StoreError.self) { try ResultStore(path: "/nonexistent-folder/results.sqlite") }
    }
}

@Suite("The SQLite store under concurrency, damage and read-only folders")
struct StoreSafetyTests {
    @Test("Six connections creating one new store at once all open it, and migrate it once (10 rounds)")
    func concurrentCreation() throws {
        for _ in 0..<10 {
            let path = ResultStoreTests.temporaryPath()
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { i in
                do {
                    let store = try ResultStore(path: path)
                    let run = try store.beginRun(ResultStoreTests.run())
                    try store.record(ResultStoreTests.scored("case_\(i)", dice: 0.5), run: run)
                } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 } == [])
            let store = try ResultStore(path: path)
            #expect(try store.runs().count == 1)
            #expect(try store.results(run: store.runs()[0].id).count == 6)
        }
    }

    @Test("The migrations a store applied are read in one snapshot: none before grdb_migrations exists, all after, an unknown one is a newer SegBench's")
    func appliedMigrations() throws {
        let path = ResultStoreTests.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let empty = try DatabaseQueue(path: path)
        try empty.read { db in
            let applied = try Schema.appliedIdentifiers(db), upToDate = try Schema.isUpToDate(db), superseded = try Schema.isSuperseded(db)
            #expect(applied == [] && !upToDate && !superseded)
        }
        try empty.close()
        _ = try ResultStore(path: path)
        let migrated = try DatabaseQueue(path: path)
        try migrated.read { db in
            // Seven migrations, v1 … v7 (Schema.swift), each recorded by name.
            let applied = try Schema.appliedIdentifiers(db), upToDate = try Schema.isUpToDate(db), superseded = try Schema.isSuperseded(db)
            #expect(applied.count == 7 && applied.contains("v7: views for notebooks, run provenance and tags"))
            #expect(upToDate && !superseded)
        }
        try migrated.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        let superseded = try migrated.read { db in try Schema.isSuperseded(db) }
        #expect(superseded)
    }

    @Test("The case index keeps paths relative to the store's folder: a moved folder still finds its data")
    func relativeIndexPaths() throws {
        #expect(StoredPath.relative("/work/main/.segbench/phantoms/img.nii.gz", to: "/work/main/Reports") == "../.segbench/phantoms/img.nii.gz")
        #expect(StoredPath.relative("/data/BTCV/img.nii.gz", to: "/home/me") == "/data/BTCV/img.nii.gz")
        #expect(StoredPath.resolved("../data/a.nii.gz", against: "/x/store") == "/x/data/a.nii.gz")
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-index-\(UUID().uuidString)").path
        let moved = first + "-moved"
        defer { for f in [first, moved] { try? FileManager.default.removeItem(atPath: f) } }
        try FileManager.default.createDirectory(atPath: first + "/store", withIntermediateDirectories: true)
        do {
            let store = try ResultStore(path: first + "/store/results.sqlite")
            try store.replaceIndex(dataset: "BTCV", with: [Self.indexed(in: first)])
        }
        try FileManager.default.moveItem(atPath: first, toPath: moved)
        let read = try ResultStore(path: moved + "/store/results.sqlite", access: .readOnly).indexedCases()
        #expect(read.map(\.label) == [moved + "/data/label0001.nii.gz"] && read.map(\.images) == [["0": moved + "/data/img0001.nii.gz"]])
        #expect(read.map(\.root) == [moved + "/data"])
    }

    @Test("An up-to-date store opened for writing, read, and given the same index again keeps its file byte for byte")
    func nothingNewWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-unchanged-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/results.sqlite"
        do {
            let store = try ResultStore(path: path)
            try store.replaceIndex(dataset: "BTCV", with: [Self.indexed(in: folder)])
            try store.record(ResultStoreTests.scored("case_1", dice: 0.5), run: store.beginRun(ResultStoreTests.run()))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the last connection closed checkpoints the WAL")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try ResultStore(path: path)
            #expect(try store.runs().count == 1)
            // A fresh ingest of the same data: the same rows but for the time.
            var again = Self.indexed(in: folder)
            again.ingestedAt = Date(timeIntervalSinceNow: 3600)
            try store.replaceIndex(dataset: "BTCV", with: [again])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        do {
            var changed = Self.indexed(in: folder)
            changed.files = ["img0001.nii.gz": "another checksum"]
            try ResultStore(path: path).replaceIndex(dataset: "BTCV", with: [changed])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != before)
    }

    static func indexed(in folder: String) -> IndexedCase {
        IndexedCase(dataset: "BTCV", name: "btcv_0001", collection: "BTCV", subject: "0001", officialSplit: "train", root: folder + "/data",
                    images: ["0": folder + "/data/img0001.nii.gz"], label: folder + "/data/label0001.nii.gz", annotated: ["liver"],
                    acquisition: [:], files: ["img0001.nii.gz": "abc"], segbenchVersion: "test", ingestedAt: Date(timeIntervalSince1970: 0))
    }

    @Test("A store opened read-only reads, writes nothing, and refuses a write by naming itself")
    func readOnly() throws {
        let path = ResultStoreTests.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try ResultStore(path: path)
            try store.record(ResultStoreTests.scored("case_1", dice: 0.5), run: store.beginRun(ResultStoreTests.run()))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try ResultStore(path: path, access: .readOnly)
        #expect(try store.runs().count == 1)
        #expect(throws: StoreError.self) { try store.beginRun(ResultStoreTests.run(options: "other")) }
        do { _ = try store.beginRun(ResultStoreTests.run(options: "other")) } catch {
            #expect("\(error)" == "\(path): opened read-only; nothing can be written")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(throws: StoreError.self) { try ResultStore(path: path + ".missing", access: .readOnly) }
    }

    @Test("A store with a damaged page is refused for writing and as a merge source, by path, and left as it was")
    func damagedStore() throws {
        let path = ResultStoreTests.temporaryPath(), target = ResultStoreTests.temporaryPath()
        defer { for p in [path, target] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + suffix) } } }
        do {
            let store = try ResultStore(path: path)
            let run = try store.beginRun(ResultStoreTests.run())
            for i in 0..<200 { try store.record(ResultStoreTests.scored("case_\(i)", dice: 0.5), run: run) }
        }
        try StoreDamage.damageAnIndexPage(path)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try ResultStore(path: path) }
        do { _ = try ResultStore(path: path) } catch {
            #expect("\(error)".hasPrefix("\(path): the file is damaged (SQLite's quick_check: "))
        }
        let merged = try ResultStore(path: target)
        let source = try ResultStore(path: path, access: .readOnly)
        #expect(throws: StoreError.self) { try merged.merge(from: source) }
        #expect(try merged.runs().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }
}
