import Foundation
import Store
import Testing

/// `segbench score --format csv`, `segbench export` (csv, challenger, mlflow) and `runs list`
/// filters on FolderFixture's four cases, run as a user runs them.
///
/// Values by hand from the fixture's boxes (FolderFixture's table): case_a label 1 is a
/// 8×8×6 box shifted one voxel, Dice 2·336/768 = 0.875; label 2 identical, 1. case_b label 1
/// 320 voxels against 384 holding them, Dice 640/704 = 0.909…; label 2 spurious, Dice 0.
/// case_c (no prediction) and case_d (another grid) failed: Dice 0 where the reference holds
/// the structure (case_c: 1 and 2; case_d: 1), case_d's label 2 in neither map. The image
/// diagonal of the 20×16×12 grid at 1×1×2 mm is √(20² + 16² + 24²) = √1232 mm.
@Suite("Exports: a row for every case and structure, challengeR's missed values, MLflow's file store")
struct ExportTests {
    static let dice1 = (0.875 + 640.0 / 704 + 0 + 0) / 4
    static let dice2 = (1.0 + 0 + 0) / 3
    static let diagonal = 1232.0.squareRoot()

    /// Scores the fixture into a store; returns it with the CSV `score` printed.
    static func scored() throws -> (fixture: FolderFixture, db: String, csv: String) {
        let fixture = try FolderFixture()
        let db = fixture.root + "/results.sqlite"
        let outcome = try ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--format", "csv", "--jobs", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return (fixture, db, outcome.stdout)
    }

    /// Naive per-label means of a CSV column, as pandas' `groupby('label')[column].mean()` gives them (empty cells skipped).
    static func columnMeans(_ csv: String, _ column: String) -> [String: Double] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let label = lines[0].firstIndex(of: "label")!, c = lines[0].firstIndex(of: column)!
        var values: [String: [Double]] = [:]
        for row in lines.dropFirst() { if let v = Double(row[c]) { values[row[label], default: []].append(v) } }
        return values.mapValues { $0.reduce(0, +) / Double($0.count) }
    }

    @Test("CSV from score and export: a row per case and structure with its state; a naive mean is summary.json's")
    func csvHasEveryRow() throws {
        let (fixture, db, csv) = try Self.scored()
        defer { fixture.remove() }
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 4 * 2, "\(csv)")
        #expect(lines[0].hasSuffix(",failure,message"))
        #expect(lines.contains { $0.hasPrefix("case_c,\(fixture.references)/case_c.nii.gz,,1,failed,0,0,") && $0.contains(",missing_prediction,") })
        #expect(lines.contains { $0.hasPrefix("case_d,") && $0.contains(",2,not_applicable,") && $0.contains(",grid_mismatch,") })
        #expect(lines.contains { $0.hasPrefix("case_b,") && $0.contains(",2,spurious,") })
        let means = Self.columnMeans(csv, "dice")
        #expect(abs(means["1"]! - Self.dice1) < 1e-12 && abs(means["2"]! - Self.dice2) < 1e-12)
        // summary.json writes NaN as Python's json does; strict JSON readers want null.
        let summaryText = try String(contentsOfFile: fixture.predictions + "/summary.json", encoding: .utf8).replacingOccurrences(of: "NaN", with: "null")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(summaryText.utf8)) as? [String: Any])
        let mean = try #require(summary["mean"] as? [String: [String: Any]])
        #expect(abs((mean["1"]?["Dice"] as? Double ?? 0) - Self.dice1) < 1e-12 && abs((mean["2"]?["Dice"] as? Double ?? 0) - Self.dice2) < 1e-12)
        // summary.json (score --format json's document) has every structure of every case, with a state.
        for c in try #require(summary["metric_per_case"] as? [[String: Any]]) {
            #expect(Set((c["states"] as? [String: String] ?? [:]).keys) == ["1", "2"] && Set((c["metrics"] as? [String: Any] ?? [:]).keys) == ["1", "2"])
        }

        let export = try ScoreCommandTests.segbench(["export", "--db", db, "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.split(separator: "\n").count == 1 + 8)
        let exported = Self.columnMeans(export.stdout, "dice")
        #expect(abs(exported["1"]! - Self.dice1) < 1e-12 && abs(exported["2"]! - Self.dice2) < 1e-12)
    }

    @Test("challengeR: structures in neither map left out; missed ones worst (Dice 0, HD95 the diagonal), NA or a number, as asked")
    func challenger() throws {
        let (fixture, db, _) = try Self.scored()
        defer { fixture.remove() }
        func table(_ metric: String, _ missed: [String] = []) throws -> [String: String] {
            let outcome = try ScoreCommandTests.segbench(["export", "--db", db, "--format", "challenger", "--metric", metric] + missed)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("note: --metric is now --metrics"), "the old spelling is named: \(outcome.stderr)")
            let lines = outcome.stdout.split(separator: "\n").map(String.init)
            #expect(lines[0] == "task,case,algorithm,value")
            // task "fixture/1", case, value: keyed "case/label".
            return Dictionary(uniqueKeysWithValues: lines.dropFirst().map { line in
                let f = line.split(separator: ",").map(String.init)
                return ("\(f[1])/\(f[0].split(separator: "/").last!)", f[3])
            })
        }
        let dice = try table("dice")
        #expect(dice.count == 7 && dice["case_d/2"] == nil)
        #expect(dice["case_a/1"] == "0.875" && dice["case_b/2"] == "0.0" && dice["case_c/1"] == "0.0" && dice["case_d/1"] == "0.0")
        let hd95 = try table("hd95")
        #expect(hd95["case_b/2"] == "\(Self.diagonal)" && hd95["case_c/2"] == "\(Self.diagonal)" && hd95["case_d/2"] == nil)
        let na = try table("hd95", ["--missed-value", "na"])
        #expect(na["case_b/2"] == "NA" && na["case_c/1"] == "NA" && na["case_a/2"] == "0.0")
        let fixed = try table("hd95", ["--missed-value", "500"])
        #expect(fixed["case_b/2"] == "500.0" && fixed["case_d/1"] == "500.0" && fixed.count == 7)
        let bad = try ScoreCommandTests.segbench(["export", "--db", db, "--format", "challenger", "--missed-value", "worse"])
        #expect(bad.status == 64 && bad.stderr.contains("--missed-value takes worst, na or a finite number (got 'worse')"))
    }

    @Test("Tags and commit: stored, shown by runs show, filtered by runs list --method, --split and --tag")
    func tagsAndFilters() throws {
        let (fixture, db, _) = try Self.scored()
        defer { fixture.remove() }
        let store = try ResultStore(path: db)
        let run = try #require(try store.runs().first)
        try store.setProvenance(git: GitState(commit: String(repeating: "ab", count: 20), dirty: true), tags: ["lr": "3e-4", "arm": "a b"], run: run.id)
        #expect(try store.runs().first?.tags == ["lr": "3e-4", "arm": "a b"])
        let list = try ScoreCommandTests.segbench(["runs", "list", "--db", db, "--tag", "lr=3e-4", "--method", "predictions", "--split", "references"])
        #expect(list.status == 0 && list.stdout.contains("abababababab+") && list.stdout.contains("arm=a b,lr=3e-4"), "\(list.stdout)\(list.stderr)")
        for filter in [["--tag", "lr=1e-3"], ["--method", "other"], ["--split", "other"]] {
            let none = try ScoreCommandTests.segbench(["runs", "list", "--db", db] + filter)
            #expect(none.status == 0 && none.stdout.contains("no run matches (1 run(s) in all)"), "\(filter)")
        }
        let show = try ScoreCommandTests.segbench(["runs", "show", String(run.id), "--db", db])
        #expect(show.stdout.contains("commit         \(String(repeating: "ab", count: 20)) (with changes not committed)"), "\(show.stdout)")
        #expect(show.stdout.contains("tags           arm=a b,lr=3e-4"))
        let bad = try ScoreCommandTests.segbench(["runs", "list", "--db", db, "--tag", "=x"])
        #expect(bad.status == 64 && bad.stderr.contains("--tag takes key=value"))
    }

    /// A Python with mlflow (`SEGBENCH_NOTEBOOK_PYTHON`; docs/store.md says how to make one).
    static var mlflowPython: String? { ProcessInfo.processInfo.environment["SEGBENCH_NOTEBOOK_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } }

    @Test("MLflow's file store: mlflow's own client reads each run with its metrics, params and tags",
          .enabled(if: mlflowPython != nil, "set SEGBENCH_NOTEBOOK_PYTHON to a Python with mlflow-skinny (docs/store.md) to run it"))
    func mlflow() throws {
        let python = try #require(Self.mlflowPython)
        let (fixture, db, _) = try Self.scored()
        defer { fixture.remove() }
        let store = try ResultStore(path: db)
        let run = try #require(try store.runs().first)
        try store.setProvenance(git: GitState(commit: String(repeating: "cd", count: 20), dirty: false), tags: ["lr": "3e-4"], run: run.id)
        let out = fixture.root + "/mlruns"
        let export = try ScoreCommandTests.segbench(["export", "--db", db, "--format", "mlflow", "--out", out])
        #expect(export.status == 0 && export.stderr.contains("wrote 1 run(s) in 1 experiment(s)"), "\(export.stderr)")
        let reader = """
            import json, os, sys
            # MLflow 3 keeps its file store in maintenance mode and refuses it without this.
            os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"
            from mlflow.tracking import MlflowClient
            client = MlflowClient(tracking_uri="file://" + sys.argv[1])
            experiments = client.search_experiments()
            runs = client.search_runs([e.experiment_id for e in experiments])
            print(json.dumps({"experiments": sorted(e.name for e in experiments),
                              "runs": [{"name": r.info.run_name, "status": r.info.status, "metrics": r.data.metrics,
                                        "params": r.data.params, "tags": r.data.tags} for r in runs]}))
            """
        let outcome = try NotebookPython.run(python, ["-c", reader, out])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["experiments"] as? [String] == ["Default", "segbench references"])
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let metrics = try #require(runs.first?["metrics"] as? [String: Double])
        #expect(abs(metrics["dice/1"]! - Self.dice1) < 1e-12)
        #expect(abs(metrics["dice/2"]! - Self.dice2) < 1e-12)
        #expect(abs(metrics["dice/mean"]! - (Self.dice1 + Self.dice2) / 2) < 1e-12)
        #expect(metrics["cases_scored"] == 2 && metrics["cases_failed"] == 2 && metrics["nsd_1/mean"] != nil)
        #expect(runs.first?["status"] as? String == "FINISHED" && runs.first?["name"] as? String == "predictions unversioned")
        let params = try #require(runs.first?["params"] as? [String: String])
        #expect(params["split"] == "references" && params["policy"] == "segbench" && params["method"] == "predictions")
        let tags = try #require(runs.first?["tags"] as? [String: String])
        #expect(tags["lr"] == "3e-4" && tags["mlflow.source.git.commit"] == String(repeating: "cd", count: 20) && tags["segbench.git_dirty"] == "false")
    }
}

/// A subprocess with its output collected.
enum NotebookPython {
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-mlflow-\(UUID().uuidString)").path
        for suffix in [".out", ".err"] { _ = FileManager.default.createFile(atPath: base + suffix, contents: nil) }
        defer { for suffix in [".out", ".err"] { try? FileManager.default.removeItem(atPath: base + suffix) } }
        process.standardOutput = FileHandle(forWritingAtPath: base + ".out")
        process.standardError = FileHandle(forWritingAtPath: base + ".err")
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOfFile: base + ".out", encoding: .utf8), try String(contentsOfFile: base + ".err", encoding: .utf8))
    }
}
