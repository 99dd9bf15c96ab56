import Foundation
import Store
import Testing

/// `segbench score` run as a user runs it: the built binary, as a subprocess.
@Suite("segbench score, as a subprocess")
struct ScoreCommandTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed after the time limit the caller gave.
        var timedOut = false
    }

    /// The `segbench` built next to this test bundle (`swift build --build-tests` builds both).
    /// `prefix` runs it through another program first (`setpriv` to run it as another user).
    static func segbench(_ arguments: [String], prefix: [String] = [], timeLimit: Double? = nil) throws -> Outcome {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("segbench").path }
        let binary = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "segbench not built next to the tests (looked at \(candidates))")
        // Output goes to files: nothing to drain while the process runs, so nothing can block.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-cli-\(UUID().uuidString)")
        let outPath = scratch.path + ".out", errPath = scratch.path + ".err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { for p in [outPath, errPath] { try? FileManager.default.removeItem(atPath: p) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? binary)
        process.arguments = Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [binary]) + arguments
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        var timedOut = false
        if let timeLimit {
            let deadline = Date().addingTimeInterval(timeLimit)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { timedOut = true; kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                       stderr: try String(contentsOfFile: errPath, encoding: .utf8), timedOut: timedOut)
    }

    @Test("Scores a folder pair, writes summary.json next to the predictions, stores every case once")
    func folderWithStore() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        let db = fixture.root + "/results.sqlite"
        let first = try Self.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--format", "csv", "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("4 cases, 2 jobs"))
        #expect(first.stderr.contains("not scored: 3 file(s) in no pair"))
        #expect(first.stderr.contains("  extra_e.nii.gz (prediction folder): a prediction without a reference"))
        #expect(first.stderr.contains("missing_prediction: \(fixture.references)/case_c.nii.gz: no prediction for case case_c"))
        #expect(first.stderr.contains("grid_mismatch: \(fixture.references)/case_d.nii.gz and \(fixture.predictions)/case_d.nii.gz"))
        #expect(FileManager.default.fileExists(atPath: fixture.predictions + "/summary.json"))
        // CSV: a header, then both labels of each of the four cases, the failed ones included.
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 9, "\(first.stdout)")
        #expect(lines[0].hasPrefix("case,reference_file,prediction_file,label,state,tp,fp,fn,n_ref,n_pred,dice,"))
        #expect(lines.contains { $0.hasPrefix("case_c,\(fixture.references)/case_c.nii.gz,,2,failed,") && $0.contains(",missing_prediction,") })

        // The same command again finds everything stored and scores nothing.
        let second = try Self.segbench(["score", fixture.references, fixture.predictions, "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("4 cases, 4 already stored, 0 to score"))
        let store = try ResultStore(path: db)
        let runs = try store.runs()
        #expect(runs.count == 1 && runs[0].cases == 4 && runs[0].failures == 2)
        #expect(runs[0].method.name == "predictions" && runs[0].method.kind == "predictions")
        // The table printed from the stored rows equals the first run's means.
        #expect(second.stdout.contains("foreground mean"))
    }

    @Test("Bad input: a clear message naming the path, exit 1; a folder-only option on files, exit 64")
    func badInput() throws {
        let missing = try Self.segbench(["score", "/nonexistent/ref.nii.gz", "/nonexistent/pred.nii.gz"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/ref.nii.gz"))
        #expect(!missing.stderr.contains("Fatal error"))

        let fixture = try FolderFixture(onlyCleanCases: true)
        defer { fixture.remove() }
        let mixed = try Self.segbench(["score", fixture.references, fixture.predictions + "/case_a.nii.gz"])
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("\(fixture.predictions)/case_a.nii.gz: not a folder"))

        let usage = try Self.segbench(["score", fixture.references + "/case_a.nii.gz", fixture.predictions + "/case_a.nii.gz", "--db", "x.sqlite"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--db applies to folders"))
    }

    @Test("Structures that would collide after scoring are refused before any work: a region twice, a region named like a label, one label set twice, a label twice")
    func collidingStructures() throws {
        let fixture = try FolderFixture(onlyCleanCases: true)
        defer { fixture.remove() }
        let db = fixture.root + "/results.sqlite"
        let refused: [([String], String)] = [
            (["--region", "wt=1,2", "--region", "wt=1"], "--region wt is given twice (wt={1,2} and wt={1}); give each region a name of its own"),
            (["--region", "2=1,2"], "--region 2=1,2: a region's name cannot be a label value (label 2 is scored under that name)"),
            (["--region", "wt=1,2", "--region", "all=2,1"], "--region all and --region wt are the same labels (1,2)"),
            (["--labels", "1,2,1"], "--labels 1,2,1: label 1 is given twice"),
        ]
        for (options, message) in refused {
            let outcome = try Self.segbench(["score", fixture.references, fixture.predictions, "--db", db] + options)
            #expect(outcome.status == 64, "\(options)")
            #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db))
        }
    }

    @Test("Lesion-wise and panoptic from the command line: the pair's JSON, the folder's CSV, summary.json and the store")
    func lesionWise() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-lesions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Self.segbench(["example", root + "/cases", "--anatomy", "lesions", "--count", "2"]).status == 0)
        let regions = ["--labels", "1,2,3", "--region", "wt=1,2,3", "--region", "tc=1,3", "--region", "et=3", "--lesion-wise", "--panoptic", "iou"]
        // The pair: BraTS 2023's code gives case00's WT lesion-wise Dice 0.7134402643190407 and
        // HD95 2.8284271247461903 (LesionOracleValues.swift, with the command that made it).
        let pair = try Self.segbench(["score", root + "/cases/case00/reference.nii.gz", root + "/cases/case00/prediction.nii.gz", "--format", "json"] + regions)
        #expect(pair.status == 0, "\(pair.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(pair.stdout.utf8)) as? [[String: Any]])
        let wt = try #require(objects.first { $0["label"] as? String == "wt" })
        let lesionWise = try #require(wt["lesion_wise"] as? [String: Any])
        #expect(abs((lesionWise["dice"] as? Double ?? 0) - 0.7134402643190407) < 1e-9)
        #expect(abs((lesionWise["hd95"] as? Double ?? 0) - 2.8284271247461903) < 1e-9)
        #expect((lesionWise["lesions"] as? [Any])?.count == 2 && (wt["panoptic"] as? [String: Any])?["tp"] as? Int == 1)

        // The folder: the same numbers in the CSV columns, summary.json's BraTS keys and the store.
        let references = root + "/references", predictions = root + "/predictions"
        for folder in [references, predictions] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        for name in ["case00", "case01"] {
            try FileManager.default.copyItem(atPath: "\(root)/cases/\(name)/reference.nii.gz", toPath: "\(references)/\(name).nii.gz")
            try FileManager.default.copyItem(atPath: "\(root)/cases/\(name)/prediction.nii.gz", toPath: "\(predictions)/\(name).nii.gz")
        }
        let db = root + "/results.sqlite"
        let folder = try Self.segbench(["score", references, predictions, "--format", "csv", "--db", db] + regions)
        #expect(folder.status == 0, "\(folder.stderr)")
        let lines = folder.stdout.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "lesion_dice"))
        #expect(header.contains("pq") && header.contains("lesion_fp"))
        let row = try #require(lines.first { $0.hasPrefix("case00,") && $0.contains(",wt,") })
        #expect(abs((Double(row.split(separator: ",", omittingEmptySubsequences: false)[column]) ?? 0) - 0.7134402643190407) < 1e-9)
        // summary.json holds NaN, as nnU-Net's does: read as nnU-Net's scripts read it.
        let summary = try #require(try loadWithPython(predictions + "/summary.json") as? [String: Any])
        let perCase = try #require((summary["metric_per_case"] as? [[String: Any]])?.first { $0["case"] as? String == "case00" })
        let wtKey = try #require((perCase["metrics"] as? [String: [String: Any]])?.first { $0.key == "(1, 2, 3)" }?.value)
        #expect(abs((number(wtKey["LesionWise_Dice"]) ?? 0) - 0.7134402643190407) < 1e-12)
        #expect(number(wtKey["LesionWise_TP"]) == 2 && number(wtKey["PQ"]) != nil)
        let store = try ResultStore(path: db)
        let stored = try store.results(run: try #require(try store.runs().first).id)
        let storedWT = try #require(stored.first { $0.caseDescription.name == "case00" }?.scores.first { $0.structure == "wt" })
        #expect(storedWT.lesions.filter { $0.kind == .lesion }.count == 2)
        #expect(abs((storedWT.metrics["lesion_dice"] ?? 0) - 0.7134402643190407) < 1e-9)
    }
}
