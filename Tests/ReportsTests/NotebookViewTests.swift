import Foundation
import Store
import Testing
@testable import Reports

/// The views of migration v7 (`case_metric`, `run_summary`), read as a notebook reads them:
/// with Python's sqlite3, in a subprocess.
@Suite("The store's views for notebooks")
struct NotebookViewTests {
    /// A Python for the views test: `SEGBENCH_PYTHON`, else `python3` on the PATH (sqlite3 is in
    /// its standard library).
    static var python: String? {
        if let named = ProcessInfo.processInfo.environment["SEGBENCH_PYTHON"], !named.isEmpty { return named }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A Python with pandas and mlflow (`python3 -m venv /tmp/mlflow-venv && /tmp/mlflow-venv/bin/pip
    /// install mlflow-skinny pandas`): `SEGBENCH_NOTEBOOK_PYTHON`. Tests that need it are skipped without it.
    static var notebookPython: String? {
        ProcessInfo.processInfo.environment["SEGBENCH_NOTEBOOK_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-py-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: out.path + ".err", contents: nil)
        defer { for suffix in [".out", ".err"] { try? FileManager.default.removeItem(atPath: out.path + suffix) } }
        process.standardOutput = FileHandle(forWritingAtPath: out.path + ".out")
        process.standardError = FileHandle(forWritingAtPath: out.path + ".err")
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOfFile: out.path + ".out", encoding: .utf8),
                try String(contentsOfFile: out.path + ".err", encoding: .utf8))
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("oracles/store_views.py").path

    @Test("case_metric and run_summary, read with Python's sqlite3, match the stored rows recomputed in Python and the hand-computed means")
    func viewsFromPython() throws {
        let python = try #require(Self.python, "no python3 on the PATH (or SEGBENCH_PYTHON)")
        let path = temporaryFolder("views") + ".sqlite"
        _ = try ToyStore.make(at: path)
        let outcome = try Self.run(python, [Self.script, path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        // Metrics stored by ToyStore's runs of the split: dice, hd95, hd (scored), nsd@1 (missed and spurious), for every run.
        // A and B: 4 cases × 2 structures; C: 3 scored cases × 2 + the failed c4 × 2 → 8 rows per metric.
        #expect(object["view_rows"] as? Int == 3 * 8 * 4)
        #expect(object["distinct_view_rows"] as? Int == object["view_rows"] as? Int)
        #expect(object["expected_rows"] as? Int == object["view_rows"] as? Int)
        #expect((object["only_in_view"] as? [Any])?.isEmpty == true, "\(object["only_in_view"] ?? "")")
        #expect((object["only_expected"] as? [Any])?.isEmpty == true, "\(object["only_expected"] ?? "")")
        #expect((object["means_differ"] as? [Any])?.isEmpty == true, "\(object["means_differ"] ?? "")")

        // Rows whose values are known from ToyStore's table: [run, case, structure, metric, state, value, policy_value].
        let rows = try #require(object["rows"] as? [[Any]])
        func row(_ run: Int, _ c: String, _ s: String, _ m: String) -> [Any]? {
            rows.first { ($0[0] as? Int) == run && ($0[1] as? String) == c && ($0[2] as? String) == s && ($0[3] as? String) == m }
        }
        let diagonal = 300.0.squareRoot()   // 10 × 10 × 10 voxels of 1 mm
        // A's spleen in c4 is spurious: Dice 0 stored, HD95 undefined → the diagonal.
        #expect(row(1, "c4", "spleen", "hd95")?[4] as? String == "spurious")
        // (Compared to 1e-12: Foundation's JSON reader on Linux can miss a double's last bit; the
        // Python oracle above compared the same values exactly.)
        #expect(row(1, "c4", "spleen", "hd95")?[5] is NSNull && abs((row(1, "c4", "spleen", "hd95")?[6] as? Double ?? 0) - diagonal) < 1e-12)
        // B's spleen in c4 is in neither map: excluded.
        #expect(row(2, "c4", "spleen", "dice")?[4] as? String == "not_applicable" && row(2, "c4", "spleen", "dice")?[6] is NSNull)
        // C failed c4: liver (in the reference) failed → Dice 0, HD95 the diagonal; spleen (not in c4's reference) not applicable.
        #expect(row(3, "c4", "liver", "dice")?[4] as? String == "failed" && row(3, "c4", "liver", "dice")?[6] as? Double == 0)
        #expect(abs((row(3, "c4", "liver", "hd95")?[6] as? Double ?? 0) - diagonal) < 1e-12)
        #expect(row(3, "c4", "spleen", "hd95")?[4] as? String == "not_applicable")

        // run_summary: label-first means by hand from ToyStore's table.
        let summary = try #require(object["summary"] as? [[String: Any]])
        let meanDice = summary.map { $0["mean_dice"] as? Double ?? .nan }
        #expect(abs(meanDice[0] - (0.875 + 0.525) / 2) < 1e-12)             // A: liver .875, spleen (.7+.6+.8+0)/4
        #expect(abs(meanDice[1] - (0.875 + 0.3) / 2) < 1e-12)               // B: spleen (.5+.4+0)/3, c4 excluded
        #expect(abs(meanDice[2] - (0.4875 + 1.82 / 3) / 2) < 1e-12)         // C: liver (.6+.7+.65+0)/4, spleen (.55+.65+.62)/3
        #expect(abs((summary[0]["mean_hd95"] as? Double ?? .nan) - (2.5 + (15 + diagonal) / 4) / 2) < 1e-12)
        #expect(summary.map { $0["failed"] as? Int } == [0, 0, 1] && summary.map { $0["planned_cases"] as? Int } == [4, 4, 5])
        #expect(summary.allSatisfy { $0["tags"] as? String == "{}" && $0["seed"] is NSNull })
    }

    @Test("Every policy value of case_metric is the report's own (Aggregator under the segbench policy)")
    func viewAgreesWithTheReport() throws {
        let path = temporaryFolder("views-report") + ".sqlite"
        let store = try ToyStore.make(at: path)
        let aggregator = Aggregator(data: try ReportData(store: store, path: path, splits: ["toy"]), policy: .segbench, resamples: 0)
        let runs = try store.runs()
        let rows = try store.caseMetricRows(runs: runs.map(\.id))
        for (m, run) in runs.enumerated() {
            for structure in ["liver", "spleen"] {
                for metric in ["dice", "hd95", "hd", "nsd@1"] {
                    let view = Dictionary(uniqueKeysWithValues: rows.filter { $0.run == run.id && $0.structure == structure && $0.metric == metric }
                        .compactMap { r in r.policyValue.map { (r.caseName, $0) } })
                    #expect(view == aggregator.values(split: "toy", method: m, structure: structure, metric: metric), "\(run.method.name) \(structure) \(metric)")
                }
            }
        }
    }

    @Test("Every leaderboard's footer names the policy and the order that made its means (Markdown, LaTeX, the HTML page)")
    func footerNamesThePolicy() throws {
        let path = temporaryFolder("footer") + ".sqlite"
        let store = try ToyStore.make(at: path)
        let data = try ReportData(store: store, path: path, splits: ["toy"])
        for policy in [Policy.segbench, .nnunet] {
            let builder = LeaderboardBuilder(aggregator: Aggregator(data: data, policy: policy, resamples: 0))
            for board in [builder.splitTable("toy"), builder.headlineTable("toy")] {
                let line = "Means under the \(policy.rawValue) policy (\(policy.brief)), label-first"
                #expect(board.markdown.contains(line))
                #expect(board.latex.contains("% " + line))
                #expect(ReportPage(markdown: board.markdown).html().contains(line))
            }
        }
    }

    @Test("docs/store.md's pandas snippet runs on a store and prints the report's means",
          .enabled(if: notebookPython != nil, "set SEGBENCH_NOTEBOOK_PYTHON to a Python with pandas (docs/store.md) to run it"))
    func pandasSnippet() throws {
        let python = try #require(Self.notebookPython)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/store.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```python\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let folder = temporaryFolder("pandas")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try ToyStore.make(at: folder + "/results.sqlite")
        try String(text[start.upperBound..<end.lowerBound]).write(toFile: folder + "/snippet.py", atomically: true, encoding: .utf8)
        let outcome = try Self.run(python, ["snippet.py"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // The label-first means of A, B and C (hand-computed above) as pandas prints them.
        for mean in ["0.700000", "0.587500", "0.547083"] { #expect(outcome.stdout.contains(mean), "\(outcome.stdout)") }
    }

    func temporaryFolder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("segbench-\(name)-\(UUID().uuidString)").path
    }
}
