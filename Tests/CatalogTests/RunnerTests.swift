import Catalog
import Foundation
import Harness
import Reports
import Runner
import Store
import Synchronization
import Testing

/// A fresh store holding ingest's index of the phantoms (no runs).
func indexedStore(_ name: String) throws -> ResultStore {
    let folder = temporaryPath("segbench-run-\(name)")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try ResultStore(path: folder + "/results.sqlite")
    let index = try ingestedPhantoms.store.indexedCases()
    for (dataset, cases) in Dictionary(grouping: index, by: \.dataset) { try store.replaceIndex(dataset: dataset, with: cases) }
    return store
}

/// What a run's stored rows say, without ids and times: case → structure → state and values.
func storedRows(_ store: ResultStore, run: Int64) throws -> [String: String] {
    var rows: [String: String] = [:]
    for r in try store.results(run: run) {
        if let f = r.failure { rows[r.caseDescription.name] = "failure \(f.kind)"; continue }
        rows[r.caseDescription.name] = r.scores.sorted { $0.structure < $1.structure }.map { s in
            "\(s.structure) \(s.state) \(s.tp) \(s.fp) \(s.fn) " + s.metrics.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }.joined(separator: "; ")
    }
    return rows
}

/// The built `segbench` next to this test bundle, run as a user runs it.
func segbenchBinary() throws -> String {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
        .map { $0.appendingPathComponent("segbench").path }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "segbench not built next to the tests")
}

@Suite("segbench run: the method contract, faults, resume, shards, exports", .serialized)
struct RunnerTests {
    let catalog = try! Catalog.load(repositoryCatalog)
    /// BTCV trains (12 cases), AMOS CT (26 cases, shared12) is tested.
    static let split = "xsite_btcv_to_amosct"

    func plan(_ methods: String, store: ResultStore, rounds: Int = 0) throws -> RunPlan {
        try RunPlan.make(catalog: catalog, methods: try MethodCatalog.load(methods), method: "fake", split: Self.split,
                         index: try store.indexedCases(), work: (store.path as NSString).deletingLastPathComponent + "/work",
                         tolerances: [1, 2], interactionRounds: rounds, storePath: store.path)
    }

    /// One uninterrupted oracle run of the fake method: the rows every other run must equal.
    static let reference: (store: ResultStore, run: Int64, methods: String, rows: [String: String]) = {
        let store = try! indexedStore("reference")
        let tests = RunnerTests()
        let methods = try! FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: tests.catalog, cases: try! store.indexedCases())
        let outcome = try! Runner(plan: try! tests.plan(methods, store: store), store: store, jobs: 2).run()
        return (store, outcome.run, methods, try! storedRows(store, run: outcome.run))
    }()

    @Test("Every step and every fault: crash, hang, garbage, wrong grid, labels out of range and a missing output each cost only their case")
    func faults() throws {
        let store = try indexedStore("faults")
        let amos = try store.indexedCases(dataset: "AMOS").filter { $0.acquisition["modality"]?.value == "CT" }.map(\.name).sorted()
        let faults = ["crash", "hang", "garbage", "wrong_grid", "out_of_range", "missing"]
        let assigned = Dictionary(uniqueKeysWithValues: zip(amos, faults))
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(),
                                             faults: assigned, timeLimit: 4)
        let plan = try plan(methods, store: store)
        #expect(plan.test.count == 26 && plan.train.count == 12)
        let outcome = try Runner(plan: plan, store: store, jobs: 2).run()
        let results = Dictionary(uniqueKeysWithValues: try store.results(run: outcome.run).map { ($0.caseDescription.name, $0) })
        #expect(results.count == 26)

        let expected = ["crash": "method_failed", "hang": "timeout", "garbage": "unreadable_prediction", "wrong_grid": "grid_mismatch",
                        "out_of_range": "labels_out_of_range", "missing": "missing_prediction"]
        for (name, fault) in assigned {
            let failure = try #require(results[name]?.failure, "\(name) (\(fault)) was not stored as a failure")
            #expect(failure.kind == expected[fault], "\(name) \(fault): \(failure.kind): \(failure.message)")
            #expect(failure.message.contains(name), "the message names the case's file: \(failure.message)")
        }
        let crash = try #require(results[amos[0]]?.failure)
        #expect(crash.exitStatus == 3 && crash.stderrTail?.contains("crashing on purpose") == true)
        let hang = try #require(results[amos[1]]?.failure)
        #expect(hang.exitStatus == 128 + 9 && hang.message.contains("time limit"))
        #expect(try #require(results[amos[4]]?.failure).message.contains("77"))
        // The hung method's child went with it.
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        pgrep.arguments = ["-f", "sleep 307"]
        try pgrep.run()
        pgrep.waitUntilExit()
        #expect(pgrep.terminationStatus == 1, "a child of the killed method survived")

        // The other twenty: the oracle's predictions, translated from AMOS's values, score Dice 1.
        let good = results.filter { assigned[$0.key] == nil }
        #expect(good.count == 20)
        for (name, r) in good {
            #expect(r.failure == nil, "\(name): \(r.failure?.message ?? "")")
            let present = r.scores.filter { $0.nReference > 0 }
            #expect(!present.isEmpty && present.allSatisfy { $0.metrics["dice"] == 1 && $0.metrics["hd95"] == 0 }, "\(name)")
            #expect(r.sidecar?.contains("segment the liver, spleen, right kidney") == true, "sidecar: \(r.sidecar ?? "none")")
        }
        // Training ran once, and a second run finds everything stored.
        #expect(try store.runs().first?.trainedChecksum != nil)
        let again = try Runner(plan: plan, store: store, jobs: 2).run()
        #expect(again.alreadyStored == 26 && again.results.isEmpty)
    }

    @Test("Killed with kill -9 part-way, `segbench run` resumes to exactly the rows of an uninterrupted run")
    func killAndResume() throws {
        let reference = Self.reference
        let store = try indexedStore("killed")
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(), delay: 0.3)
        let arguments = ["run", "--split", Self.split, "--method", "fake", "--methods", methods, "--catalog", repositoryCatalog, "--db", store.path]
        let log = temporaryPath("segbench-run-log")
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try segbenchBinary())
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: log)
        process.standardError = FileHandle(forWritingAtPath: log)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, (try store.runs().first?.cases ?? 0) < 4 { usleep(50_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = try store.runs().first?.cases ?? 0
        let text = { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        #expect(partial >= 4 && partial < 26, "killed after \(partial) cases; log: \(text())")

        let resumed = Process()
        resumed.executableURL = process.executableURL
        resumed.arguments = arguments
        resumed.standardOutput = FileHandle(forWritingAtPath: log)
        resumed.standardError = FileHandle(forWritingAtPath: log)
        try resumed.run()
        resumed.waitUntilExit()
        #expect(resumed.terminationStatus == 0, "\(text())")
        let run = try #require(try store.runs().first)
        #expect(run.cases == 26 && run.failures == 0 && run.finishedAt != nil)
        #expect(try storedRows(store, run: run.id) == reference.rows)
    }

    @Test("Two shards merged equal one run; merging again adds nothing")
    func shardsMerge() throws {
        let reference = Self.reference
        var shardStores: [ResultStore] = []
        for i in 1...2 {
            let store = try indexedStore("shard\(i)")
            let outcome = try Runner(plan: try plan(reference.methods, store: store), store: store, jobs: 2, shard: (i, 2)).run()
            #expect(outcome.cases > 0 && outcome.cases < 26, "shard \(i) holds \(outcome.cases) cases")
            shardStores.append(store)
        }
        let merged = try ResultStore(path: temporaryPath("segbench-merged") + ".sqlite")
        for s in shardStores { try merged.merge(from: s) }
        let again = try merged.merge(from: shardStores[0])
        #expect(again.added == 0 && again.alreadyPresent > 0)
        let runs = try merged.runs()
        #expect(runs.count == 1 && runs[0].cases == 26)
        #expect(try storedRows(merged, run: runs[0].id) == reference.rows)
        #expect(runs[0].method == (try reference.store.runs()[0].method))
        #expect(try merged.indexedCases().count == (try reference.store.indexedCases().count))
    }

    @Test("Exports parse in their peers' shapes: nnU-Net's summary.json keys, MONAI's _raw.csv header, challengeR's columns")
    func exports() throws {
        let reference = Self.reference
        let run = try #require(try reference.store.runs().first)
        let stored = RunExport.StoredRun(summary: run, results: try reference.store.results(run: run.id))

        let summary = try #require(try JSONSerialization.jsonObject(with: Data(RunExport.nnunet(stored).replacingOccurrences(of: "NaN", with: "null").utf8)) as? [String: Any])
        #expect(Set(summary.keys).isSuperset(of: ["metric_per_case", "mean", "foreground_mean"]))
        let mean = try #require(summary["mean"] as? [String: [String: Any]])
        // shared12 in the abdomen space's values: liver 1 … left adrenal gland 12.
        #expect(Set(mean.keys) == Set((1...12).map(String.init)))
        #expect((mean["1"]?["Dice"] as? Double) == 1)
        #expect((summary["metric_per_case"] as? [Any])?.count == 26)

        let monai = RunExport.monaiRaw(stored, metric: "dice").split(separator: "\n")
        #expect(monai[0] == "filename,liver,spleen,kidney_right,kidney_left,gallbladder,esophagus,stomach,pancreas,aorta,inferior_vena_cava,adrenal_gland_right,adrenal_gland_left,mean")
        #expect(monai.count == 27 && monai.dropFirst().allSatisfy { $0.split(separator: ",").count == 14 && $0.hasSuffix(",1.0000") })

        let rows = try reference.store.caseMetricRows(runs: [run.id], metric: "dice")
        let challenger = RunExport.challenger([stored], rows: rows).split(separator: "\n")
        #expect(challenger[0] == "task,case,algorithm,value")
        // Structures absent from both reference and prediction are left out (of the 26 × 12 pairs here).
        let absent = rows.filter { $0.state == "not_applicable" }
        #expect(absent.count == 4 && challenger.count == 1 + 26 * 12 - absent.count)  // 4: the AMOS CT phantoms' census in phantom-manifest.json
        #expect(challenger.dropFirst().allSatisfy { $0.hasPrefix("\(Self.split)/") && $0.hasSuffix(",fake 0.1,1.0") })
        #expect(challenger.contains { $0.hasPrefix("\(Self.split)/liver,") })
    }

    @Test("Seeds: one model and one run per seed, the seed in {seed} and the manifest; a report's case is its mean over seeds")
    func seeds() throws {
        let store = try indexedStore("seeds")
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake-seeds"), catalog: catalog, cases: try store.indexedCases(),
                                             seeds: [1, 2], seedArgument: true)
        let spec = try MethodCatalog.load(methods)
        #expect(spec.methods["fake"]?.seeds == [1, 2])
        func seeded(_ seed: Int?) throws -> RunPlan {
            try RunPlan.make(catalog: catalog, methods: spec, method: "fake", split: Self.split, index: try store.indexedCases(),
                             work: (store.path as NSString).deletingLastPathComponent + "/work", tolerances: [1, 2], interactionRounds: 0,
                             seed: seed, storePath: store.path)
        }
        // {seed} in the argument vector and no seed: refused before anything runs.
        #expect { try seeded(nil) } throws: { "\($0)".contains("argv names {seed}") }
        var runs: [Int: Int64] = [:]
        for seed in [1, 2] {
            let plan = try seeded(seed)
            #expect(plan.trainingFolder.hasSuffix("-seed\(seed)") && plan.folder.hasSuffix("\(Self.split)-seed\(seed)"))
            runs[seed] = try Runner(plan: plan, store: store, jobs: 2).run().run
            let model = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan.trainingFolder + "/model/model.json"))) as? [String: Any]
            #expect(model?["seed_argv"] as? String == String(seed) && (model?["seed_manifest"] as? Int) == seed)
        }
        let stored = try store.runs().filter { $0.method.name == "fake" }
        #expect(stored.map(\.trainingSeed).sorted { ($0 ?? -1) < ($1 ?? -1) } == [1, 2])
        // Seed 2 is the oracle; seed 1 halves the liver (Dice 2/3 or near it).
        func liver(_ run: Int64) throws -> [String: Double] {
            Dictionary(uniqueKeysWithValues: try store.results(run: run).compactMap { r in
                r.scores.first { $0.structure == "liver" }?.metrics["dice"].map { (r.caseDescription.name, $0) }
            })
        }
        let one = try liver(runs[1]!), two = try liver(runs[2]!)
        #expect(two.count == 26 && two.values.allSatisfy { $0 == 1 } && one.values.allSatisfy { abs($0 - 2.0 / 3) < 0.01 })
        let data = try ReportData(store: store, path: store.path, splits: [Self.split])
        #expect(data.methods.count == 1 && data.seeds(split: Self.split, method: 0) == [1, 2])
        let aggregator = Aggregator(data: data, resamples: 200)
        let averaged = aggregator.values(split: Self.split, method: 0, structure: "liver", metric: "dice")
        #expect(averaged.count == 26 && averaged.allSatisfy { abs($0.value - (one[$0.key]! + two[$0.key]!) / 2) < 1e-12 })
        #expect(data.coverage[Self.split]?[0]?.text == "52/52 (2 seeds)")
        // A seed the train argv never passes on is refused (it would train one model N times).
        let blind = try FakeMethod.install(in: temporaryPath("segbench-fake-blind"), catalog: catalog, cases: try store.indexedCases())
        #expect {
            try RunPlan.make(catalog: catalog, methods: try MethodCatalog.load(blind), method: "fake", split: Self.split, index: try store.indexedCases(),
                             work: "/tmp/unused", tolerances: [1], interactionRounds: 0, seed: 2, storePath: store.path)
        } throws: { "\($0)".contains("does not name {seed}, so every seed would train the same model") }
        // A seed for a method that trains nothing is refused.
        #expect {
            try RunPlan.make(catalog: catalog, methods: try MethodCatalog.load(repositoryRoot.appendingPathComponent("methods.json").path), method: "atlas", split: Self.split,
                             index: try store.indexedCases(), work: "/tmp/unused", tolerances: [1], interactionRounds: 0, seed: 3, storePath: store.path)
        } throws: { "\($0)".contains("trains no model a seed could change") }
    }

    @Test("A run is its training set's too: another training case makes another run, so no stored score of a model trained on other data is reused")
    func trainingSetInTheRunIdentity() throws {
        let store = try indexedStore("training-set-identity")
        let methods = try MethodCatalog.load(repositoryRoot.appendingPathComponent("methods.json").path)
        func atlasPlan(_ index: [IndexedCase]) throws -> RunPlan {
            try RunPlan.make(catalog: catalog, methods: methods, method: "atlas", split: Self.split, index: index,
                             work: "/tmp/unused", tolerances: [1], interactionRounds: 0, storePath: store.path)
        }
        let index = try store.indexedCases()
        let before = try atlasPlan(index)
        #expect(before.description.options.contains("\"training_set\"") && before.description.options.contains(before.cases.trainingKey), "\(before.description.options)")
        // One BTCV training case's label file rewritten: the same split, method and test cases.
        let trainingCase = try #require(before.cases.train.first).name
        let changed = index.map { c -> IndexedCase in
            var c = c
            if c.dataset == "BTCV", c.name == trainingCase, let key = c.files.keys.sorted().last { c.files[key] = String(repeating: "0", count: 64) }
            return c
        }
        let after = try atlasPlan(changed)
        #expect(after.cases.test.map(\.name) == before.cases.test.map(\.name))
        #expect(after.cases.trainingKey != before.cases.trainingKey)
        #expect(after.description.optionsChecksum != before.description.optionsChecksum)
        // A test case's file changed instead: the same run (that case alone is scored again).
        let testCase = try #require(before.cases.test.first).name
        let retested = index.map { c -> IndexedCase in
            var c = c
            if c.name == testCase, let key = c.files.keys.sorted().last { c.files[key] = String(repeating: "0", count: 64) }
            return c
        }
        #expect(try atlasPlan(retested).description.optionsChecksum == before.description.optionsChecksum)
    }

    @Test("compare on real runs: two versions, a liver halved in two cases; exactly those are listed, the gate fails on them, overlays of both predictions")
    func compareVersions() throws {
        let store = try indexedStore("compare")
        let folder = temporaryPath("segbench-fake-versions")
        let cases = try store.indexedCases()
        let first = try FakeMethod.install(in: folder + "/v1", catalog: catalog, cases: cases)
        _ = try Runner(plan: try plan(first, store: store), store: store, jobs: 2).run()
        let tested = try plan(first, store: store).test.map(\.name).sorted()
        let worse = Set(tested.prefix(2))
        let second = try FakeMethod.install(in: folder + "/v2", catalog: catalog, cases: cases,
                                            faults: Dictionary(uniqueKeysWithValues: worse.map { ($0, "shrink_liver") }), version: "0.2")
        _ = try Runner(plan: try plan(second, store: store), store: store, jobs: 2).run()

        let out = folder + "/compare"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try segbenchBinary())
        process.arguments = ["compare", "fake@0.1", "fake@0.2", "--db", store.path, "--catalog", repositoryCatalog, "--out", out, "--format", "json",
                             "--fail-on", "cases"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Two cases of fifteen cannot make the liver's change significant (exact p = 0.5), so it
        // is `--fail-on cases` that fails the gate here.
        #expect(process.terminationStatus == 3)
        let report = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let regressed = try #require(report["regressed_cases"] as? [[String: Any]])
        // Halving the liver: Dice 2/3 against the oracle's 1; nothing else moved.
        #expect(Set(regressed.map { $0["case"] as? String ?? "" }) == worse)
        #expect(regressed.allSatisfy { $0["structure"] as? String == "liver" && abs(($0["dice_after"] as? Double ?? 0) - 2.0 / 3) < 0.01 })
        #expect((report["unpaired"] as? [Any])?.isEmpty == true)
        #expect((report["significant_regressions"] as? [Any])?.isEmpty == true)
        let readme = try String(contentsOfFile: out + "/README.md", encoding: .utf8)
        #expect(readme.contains("![regressions_\(Self.split)](figures/regressions_\(Self.split).png)"))
        #expect(FileManager.default.fileExists(atPath: out + "/figures/regressions_\(Self.split).png"))
    }

    @Test("Interaction: the method is told in words what is wrong, and the correction is stored with the case")
    func interaction() throws {
        let store = try indexedStore("interact")
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(),
                                             faults: [:], interact: true)
        let outcome = try Runner(plan: try plan(methods, store: store, rounds: 1), store: store, jobs: 2).run()
        let results = try store.results(run: outcome.run)
        #expect(results.count == 26 && results.allSatisfy { $0.failure == nil })
        // The oracle is right, so the simulated clinician has nothing to correct.
        #expect(results.allSatisfy { $0.sidecar?.contains("round 1: The segmentation is correct") == true }, "\(results.first?.sidecar ?? "")")
        #expect(results.allSatisfy { $0.predictionPath?.contains("/interact-1/") == true })
    }

    @Test("Splits that train on the same cases share one model: the second run trains nothing; another label group trains its own")
    func sharedTraining() throws {
        let store = try indexedStore("shared-training")
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases())
        func planned(_ split: String) throws -> RunPlan {
            try RunPlan.make(catalog: catalog, methods: try MethodCatalog.load(methods), method: "fake", split: split,
                             index: try store.indexedCases(), work: (store.path as NSString).deletingLastPathComponent + "/work",
                             tolerances: [1, 2], interactionRounds: 0, storePath: store.path)
        }
        // xsite_btcv_to_amosct and its control id_btcv: BTCV's non-held-out cases, twelve organs.
        let (xsite, control, core4) = (try planned(Self.split), try planned("id_btcv"), try planned("xmod_btcvct_to_chaost2"))
        #expect(xsite.trainingFolder == control.trainingFolder && xsite.folder != control.folder)
        #expect(core4.trainingFolder != xsite.trainingFolder)  // same cases, four organs: another model

        // `segbench splits training-sets` (scripts/main.sh's lanes) prints the keys the runs use.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try segbenchBinary())
        process.arguments = ["splits", "training-sets", "--db", store.path, "--catalog", repositoryCatalog]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let keys = Dictionary(uniqueKeysWithValues: printed.split(separator: "\n").map { line in
            let words = line.split(separator: " ")
            return (String(words[0]), String(words[1]))
        })
        #expect(process.terminationStatus == 0 && keys.count == catalog.splits.count, "\(printed)")
        for plan in [xsite, control, core4] {
            #expect("training-" + (keys[plan.split.name] ?? "?") == (plan.trainingFolder as NSString).lastPathComponent)
        }
        let stages = Mutex<[String]>([])
        let events = RunEvents(stage: { line in stages.withLock { $0.append(line) } })
        _ = try Runner(plan: xsite, store: store, jobs: 2, events: events).run()
        let controlRun = try Runner(plan: control, store: store, jobs: 2, events: events).run()
        let lines = stages.withLock { $0 }
        #expect(lines.filter { $0.hasPrefix("training fake") }.count == 1, "\(lines)")
        #expect(lines.contains("trained model found in \(control.trainingFolder)/model"), "\(lines)")
        #expect(try store.results(run: controlRun.run).allSatisfy { $0.failure == nil })
    }
}
