import Foundation
import Metrics
import Testing

/// Issue 24, parts 1 and 6, run as a user runs them: the built `segbench`, as a subprocess.
@Suite("nnU-Net habits and one option convention, as a subprocess")
struct NNUNetHabitsTests {
    /// Tests/HarnessTests/Fixtures/nnunet-dataset: three cases (10×9×8 at 1.5×1×2 mm, labels 1–3,
    /// ignore label 4) with nnU-Net's dataset.json twice (labels, regions), and nibabel's LAS and
    /// ASL copies of case_a's prediction. Written by Tests/oracles/nnunet_dataset_json.py and
    /// Tests/oracles/reoriented_predictions.py.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/nnunet-dataset").path

    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    /// The built binary, run in `directory` with `environment` added.
    static func segbench(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("segbench").path }
        let binary = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) })
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-habits-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: scratch + ".out", contents: nil)
        FileManager.default.createFile(atPath: scratch + ".err", contents: nil)
        defer { for p in [scratch + ".out", scratch + ".err"] { try? FileManager.default.removeItem(atPath: p) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle(forWritingAtPath: scratch + ".out")
        process.standardError = FileHandle(forWritingAtPath: scratch + ".err")
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: try String(contentsOfFile: scratch + ".out", encoding: .utf8),
                       stderr: try String(contentsOfFile: scratch + ".err", encoding: .utf8))
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-habits-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func summary(_ path: String) throws -> [String: Any] {
        // nnU-Net writes NaN as Python does; Foundation reads strict JSON.
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: ": NaN", with: ": null")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: dataset.json

    // Reference: nnU-Net v2.8.1's own compute_metrics_on_folder on the same files, label manager from
    // dataset.json (the path of nnUNetv2_evaluate_folder), printed by
    //   /tmp/nnunet-venv/bin/python Tests/oracles/nnunet_dataset_json.py Tests/HarnessTests/Fixtures/nnunet-dataset
    // labels.json
    //   mean['1']: Dice=0.8198582081462588, IoU=0.6956306670317609, TP=91.0, FP=25.0, FN=15.0, TN=553.0
    //   mean['2']: Dice=0.8485524591752455, IoU=0.7371149948264376, TP=98.0, FP=22.0, FN=13.0, TN=551.0
    //   mean['3']: Dice=0.4447115384615385, IoU=0.33514001806684734, TP=15.666666666666666, FP=13.666666666666666, FN=11.333333333333334, TN=643.3333333333334
    //   foreground_mean: Dice=0.7043740685943476, IoU=0.589295226641682
    //   case_a.nii.gz: 1: TP=92 FP=25 FN=14 TN=553; 2: TP=98 FP=24 FN=13 TN=549; 3: TP=23 FP=14 FN=4 TN=643
    // regions.json
    //   mean['(1, 2, 3)']: Dice=0.8716588966588965, IoU=0.7740417577414634, TN=397.0
    //   mean['(2, 3)']: Dice=0.8091883492484456, IoU=0.6814374856596276, TN=513.3333333333334
    //   mean['3']: Dice=0.4447115384615385
    //   foreground_mean: Dice=0.7085195947896268, IoU=0.5968730871559794
    @Test("--dataset-json with labels and an ignore label: nnU-Net's own summary values, and the names in table, CSV and summary.json")
    func datasetJSONLabels() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let f = Self.fixture
        let table = try Self.segbench(["score", "\(f)/labelsTs", "\(f)/predictions", "--dataset-json", "\(f)/labels.json", "--out", out + "/summary.json"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("liver 1") && table.stdout.contains("kidney 2") && table.stdout.contains("spleen 3"), "\(table.stdout)")
        let summary = try Self.summary(out + "/summary.json")
        let mean = try #require(summary["mean"] as? [String: [String: Double]])
        #expect(Set(mean.keys) == ["1", "2", "3"])  // nnU-Net's keys, the ignore label and background not scored
        let expected: [String: (dice: Double, iou: Double, tn: Double)] = [
            "1": (0.8198582081462588, 0.6956306670317609, 553.0), "2": (0.8485524591752455, 0.7371149948264376, 551.0),
            "3": (0.4447115384615385, 0.33514001806684734, 643.3333333333334),
        ]
        for (key, value) in expected {
            #expect(abs(mean[key]!["Dice"]! - value.dice) < 1e-12 && abs(mean[key]!["IoU"]! - value.iou) < 1e-12, "\(key)")
            #expect(abs(mean[key]!["TN"]! - value.tn) < 1e-9, "TN of \(key): ignore voxels are no TN")
        }
        let foreground = try #require(summary["foreground_mean"] as? [String: Double])
        #expect(abs(foreground["Dice"]! - 0.7043740685943476) < 1e-12 && abs(foreground["IoU"]! - 0.589295226641682) < 1e-12)
        let cases = try #require(summary["metric_per_case"] as? [[String: Any]])
        let caseA = try #require(cases.first { ($0["case"] as? String) == "case_a" }?["metrics"] as? [String: [String: Double]])
        #expect([caseA["1"]!["TP"], caseA["1"]!["FP"], caseA["1"]!["FN"], caseA["1"]!["TN"]] == [92, 25, 14, 553])
        #expect([caseA["3"]!["TP"], caseA["3"]!["FP"], caseA["3"]!["FN"], caseA["3"]!["TN"]] == [23, 14, 4, 643])
        let segbench = try #require(summary["segbench"] as? [String: Any])
        #expect(segbench["label_names"] as? [String: String] == ["1": "liver", "2": "kidney", "3": "spleen"])
        #expect(segbench["ignore_label"] as? Int == 4)

        let csv = try Self.segbench(["score", "\(f)/labelsTs", "\(f)/predictions", "--dataset-json", "\(f)/labels.json",
                                     "--out", out + "/summary.json", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("case,reference_file,prediction_file,label,name,state,tp,fp,fn,"), "\(lines[0])")
        #expect(lines.contains { $0.contains(",1,liver,scored,92,25,14,") }, "\(csv.stdout)")

        // A pair of files takes the names too, and the ignore label.
        let pair = try Self.segbench(["score", "\(f)/labelsTs/case_a.nii.gz", "\(f)/predictions/case_a.nii.gz", "--dataset-json", "\(f)/labels.json",
                                      "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(pair.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["liver", "kidney", "spleen"])
        #expect(rows.map { $0["tp"] as? Int } == [92, 98, 23] && rows.map { $0["fn"] as? Int } == [14, 13, 4])
    }

    @Test("--dataset-json with regions: nnU-Net's region keys and means, region names")
    func datasetJSONRegions() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let f = Self.fixture
        let run = try Self.segbench(["score", "\(f)/labelsTs", "\(f)/predictions", "--dataset-json", "\(f)/regions.json", "--out", out + "/summary.json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("whole tumor (1, 2, 3)") && run.stdout.contains("enhancing tumor 3"), "\(run.stdout)")
        let summary = try Self.summary(out + "/summary.json")
        let mean = try #require(summary["mean"] as? [String: [String: Double]])
        #expect(Set(mean.keys) == ["(1, 2, 3)", "(2, 3)", "3"])
        #expect(abs(mean["(1, 2, 3)"]!["Dice"]! - 0.8716588966588965) < 1e-12 && abs(mean["(1, 2, 3)"]!["TN"]! - 397.0) < 1e-9)
        #expect(abs(mean["(2, 3)"]!["Dice"]! - 0.8091883492484456) < 1e-12 && abs(mean["(2, 3)"]!["IoU"]! - 0.6814374856596276) < 1e-12)
        #expect(abs(mean["3"]!["Dice"]! - 0.4447115384615385) < 1e-12)
        let foreground = try #require(summary["foreground_mean"] as? [String: Double])
        #expect(abs(foreground["Dice"]! - 0.7085195947896268) < 1e-12 && abs(foreground["IoU"]! - 0.5968730871559794) < 1e-12)
        let names = (summary["segbench"] as? [String: Any])?["label_names"] as? [String: String]
        #expect(names == ["(1, 2, 3)": "whole tumor", "(2, 3)": "tumor core", "3": "enhancing tumor"])
    }

    @Test("A dataset.json nnU-Net would refuse is refused with the field named; --labels beside it is a usage error")
    func datasetJSONFaults() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let f = Self.fixture
        let faults: [(String, String)] = [
            (#"{"labels": {"liver": 1}, "file_ending": ".nii.gz"}"#, "no \"background\""),
            (#"{"labels": {"background": 0, "wt": [1, 2], "et": 2}, "file_ending": ".nii.gz"}"#, "regions_class_order is missing"),
            (#"{"labels": {"background": 0, "a": 1, "ignore": 5}, "file_ending": ".nii.gz"}"#, "highest label plus one (2)"),
            (#"{"labels": {"background": 0, "a": 1}, "file_ending": ".nrrd"}"#, "file_ending .nrrd: .nrrd is an NRRD file"),
        ]
        for (text, message) in faults {
            try text.write(toFile: folder + "/dataset.json", atomically: true, encoding: .utf8)
            let run = try Self.segbench(["score", "\(f)/labelsTs", "\(f)/predictions", "--dataset-json", folder + "/dataset.json", "--out", folder + "/s.json"])
            #expect(run.status == 1 && run.stderr.contains(folder + "/dataset.json") && run.stderr.contains(message), "\(text): \(run.stderr)")
        }
        let both = try Self.segbench(["score", "\(f)/labelsTs", "\(f)/predictions", "--dataset-json", "\(f)/labels.json", "--labels", "1"])
        #expect(both.status == 64 && both.stderr.contains("leave out --labels and --region"))
    }

    // MARK: Lists

    @Test("--labels 1 2 3 is --labels 1,2,3 (and --tolerances 1 2 is the hidden old --tolerance 1,2)")
    func spaceSeparatedLists() throws {
        let f = Self.fixture
        let pair = ["score", "\(f)/labelsTs/case_a.nii.gz", "\(f)/predictions/case_a.nii.gz", "--format", "csv"]
        let commas = try Self.segbench(pair + ["--labels", "1,2,3", "--tolerance", "1,2"])
        let spaces = try Self.segbench(pair + ["--labels", "1", "2", "3", "--tolerances", "1", "2"])
        let mixed = try Self.segbench(pair + ["--labels", "1,2", "--labels", "3"])
        #expect(commas.status == 0 && spaces.status == 0 && mixed.status == 0, "\(spaces.stderr)")
        #expect(spaces.stdout == commas.stdout && mixed.stdout == commas.stdout)
        // The old spelling works with a note, once; the new one says nothing.
        #expect(commas.stderr.components(separatedBy: "note: --tolerance is now --tolerances").count == 2, "\(commas.stderr)")
        #expect(!spaces.stderr.contains("note:"))
        #expect(spaces.stdout.split(separator: "\n").count == 4)  // a header and three labels
        let help = try Self.segbench(["score", "--help"])
        #expect(help.stdout.contains("--tolerances") && !help.stdout.contains("--tolerance <"), "the old spelling is hidden")
        let bad = try Self.segbench(pair + ["--labels", "1", "x"])
        #expect(bad.status == 64 && bad.stderr.contains("separated by spaces or commas"))
    }

    // MARK: Any folder

    @Test("From a folder outside the clone: the installed catalogs are found; --catalog and SEGBENCH_CATALOG override them")
    func anyFolder() throws {
        let elsewhere = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let list = try Self.segbench(["splits", "list"], in: elsewhere)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("id_btcv"), "the repository's datasets.json, found beside the binary")
        let validate = try Self.segbench(["datasets", "validate"], in: elsewhere)
        #expect(validate.stdout.contains("/datasets.json: valid"), "\(validate.stdout)\(validate.stderr)")

        // The environment variable, then the option, win.
        let catalog = #"{"format_version": 1, "label_spaces": {}, "datasets": {}, "splits": {}}"#
        try catalog.write(toFile: elsewhere + "/empty.json", atomically: true, encoding: .utf8)
        let byEnvironment = try Self.segbench(["datasets", "validate"], in: elsewhere, environment: ["SEGBENCH_CATALOG": elsewhere + "/empty.json"])
        #expect(byEnvironment.stdout.contains("\(elsewhere)/empty.json: valid (0 label spaces, 0 datasets, 0 splits)"), "\(byEnvironment.stderr)")
        let byOption = try Self.segbench(["datasets", "validate", "--catalog", "empty.json"], in: elsewhere,
                                         environment: ["SEGBENCH_CATALOG": "/nonexistent/datasets.json"])
        #expect(byOption.stdout.contains("empty.json: valid"), "\(byOption.stderr)")
        let missing = try Self.segbench(["splits", "list"], in: elsewhere, environment: ["SEGBENCH_CATALOG": "/nonexistent/datasets.json"])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/datasets.json"), "\(missing.stderr)")

        // methods.json likewise: the installed one names the builtin methods.
        let completion = try Self.segbench(["---completion", "run", "--", "--method", "0", "0", ""], in: elsewhere)
        #expect(completion.stdout.split(separator: "\n").contains("atlas"), "\(completion.stdout)\(completion.stderr)")
    }

    // MARK: Other formats

    @Test("NRRD, MetaImage, a zip, DICOM (a file and a folder) and .npy are named, with how to convert")
    func otherFormats() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reference = "\(Self.fixture)/labelsTs/case_a.nii.gz"
        // The first bytes of each format, as its writers put them.
        let nrrd = Data("NRRD0004\n# Complete NRRD file format specification at:\ntype: unsigned char\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n".utf8) + Data(count: 8)
        let mha = Data("ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = False\nDimSize = 2 2 2\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n".utf8) + Data(count: 8)
        // A zip holding case.nii (Python's zipfile.writestr).
        let zip = Data(base64Encoded: "UEsDBBQAAAAAANaghV2dBw7aGAAAABgAAAAIAAAAY2FzZS5uaWlcAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABQSwECFAMUAAAAAADWoIVdnQcO2hgAAAAYAAAACAAAAAAAAAAAAAAAgAEAAAAAY2FzZS5uaWlQSwUGAAAAAAEAAQA2AAAAPgAAAAAA")!
        // Part 10: a 128-byte preamble, "DICM", then (0002,0000) UL 4.
        let dicom = Data(count: 128) + Data("DICM".utf8) + Data([0x02, 0x00, 0x00, 0x00, 0x55, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00])
        let npy = Data([0x93]) + Data("NUMPY".utf8) + Data([1, 0, 0x76, 0]) + Data("{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2, 2), }".utf8)
            + Data(repeating: 0x20, count: 53) + Data([0x0A]) + Data(count: 8)
        let cases: [(String, Data, String)] = [
            ("seg.nrrd", nrrd, "an NRRD file; SegBench reads NIfTI-1/2 (.nii, .nii.gz): convert with e.g. `c3d in.nrrd -o out.nii.gz`"),
            ("seg.mha", mha, "a MetaImage file (.mha/.mhd)"),
            ("seg.nii.zip", zip, "a zip archive; SegBench reads NIfTI-1/2 (.nii, .nii.gz): unpack it first"),
            ("seg.dcm", dicom, "a DICOM file; SegBench reads NIfTI-1/2 (.nii, .nii.gz): convert its series folder with e.g. `dcm2niix"),
            ("seg.npy", npy, "a NumPy .npy array"),
            // Named .nii.gz but not gzip: recognised by its bytes all the same.
            ("renamed.nii.gz", nrrd, "an NRRD file"),
        ]
        for (name, bytes, message) in cases {
            try bytes.write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
            let run = try Self.segbench(["score", reference, "\(folder)/\(name)"])
            #expect(run.status == 1 && run.stderr.contains("\(folder)/\(name): unsupported format: \(message)"), "\(name): \(run.stderr)")
            #expect(!run.stderr.contains("header size"))
        }
        // A DICOM series folder given as the reference folder.
        try FileManager.default.createDirectory(atPath: folder + "/series", withIntermediateDirectories: true)
        try dicom.write(to: URL(fileURLWithPath: folder + "/series/IM0001"))
        try FileManager.default.createDirectory(atPath: folder + "/predictions", withIntermediateDirectories: true)
        let series = try Self.segbench(["score", folder + "/series", folder + "/predictions"])
        #expect(series.status == 1 && series.stderr.contains("it is a folder of DICOM files (a series)") && series.stderr.contains("dcm2niix"), "\(series.stderr)")
        // A folder of NRRD files.
        try FileManager.default.createDirectory(atPath: folder + "/nrrds", withIntermediateDirectories: true)
        for n in ["a", "b"] { try nrrd.write(to: URL(fileURLWithPath: "\(folder)/nrrds/\(n).nrrd")) }
        let nrrds = try Self.segbench(["score", folder + "/nrrds", folder + "/predictions"])
        #expect(nrrds.stderr.contains("a.nrrd (and 1 more) is an NRRD file"), "\(nrrds.stderr)")
    }

    // MARK: Reorientation

    // Reference: nibabel's as_reoriented (Tests/oracles/reoriented_predictions.py) wrote case_a's
    // prediction stored LAS (axis i flipped) and ASL (axes permuted, one flipped): the same voxels at
    // the same world positions. Scored with --reorient-prediction they give exactly the original's scores.
    @Test("--reorient-prediction scores a LAS or ASL copy exactly as the RAS original, and says so; without it the refusal names it")
    func reorientPrediction() throws {
        let f = Self.fixture
        let reference = "\(f)/labelsTs/case_a.nii.gz"
        let original = try Self.segbench(["score", reference, "\(f)/predictions/case_a.nii.gz", "--format", "csv"])
        #expect(original.status == 0)
        for (codes, note) in [("LAS", "LAS → RAS: the prediction's axes i, j, k run along the reference's −i, j, k"),
                              ("ASL", "ASL → RAS: the prediction's axes i, j, k run along the reference's j, k, −i")] {
            let copy = "\(f)/case_a_\(codes).nii.gz"
            let refused = try Self.segbench(["score", reference, copy])
            #expect(refused.status == 1 && refused.stderr.contains("different grids") && refused.stderr.contains("--reorient-prediction"), "\(refused.stderr)")
            let reoriented = try Self.segbench(["score", reference, copy, "--format", "csv", "--reorient-prediction"])
            #expect(reoriented.status == 0, "\(reoriented.stderr)")
            #expect(reoriented.stdout == original.stdout, "\(codes)")
            #expect(reoriented.stderr.contains("prediction reoriented onto the reference grid: \(note)"), "\(reoriented.stderr)")
        }
        // In a folder: the case is scored, said on stderr and in summary.json.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for side in ["refs", "preds"] { try FileManager.default.createDirectory(atPath: "\(folder)/\(side)", withIntermediateDirectories: true) }
        try FileManager.default.copyItem(atPath: reference, toPath: "\(folder)/refs/case_a.nii.gz")
        try FileManager.default.copyItem(atPath: "\(f)/case_a_LAS.nii.gz", toPath: "\(folder)/preds/case_a.nii.gz")
        let refusedFolder = try Self.segbench(["score", "\(folder)/refs", "\(folder)/preds"])
        #expect(refusedFolder.stderr.contains("grid_mismatch") && refusedFolder.stderr.contains("--reorient-prediction"))
        let run = try Self.segbench(["score", "\(folder)/refs", "\(folder)/preds", "--reorient-prediction", "--format", "json"])
        #expect(run.status == 0 && run.stderr.contains("case_a: prediction reoriented onto the reference grid: LAS → RAS"), "\(run.stderr)")
        let summary = try Self.summary("\(folder)/preds/summary.json")
        let reorientedCases = (summary["segbench"] as? [String: Any])?["reoriented_predictions"] as? [String: String]
        #expect(reorientedCases?["case_a"]?.hasPrefix("LAS → RAS") == true)
        #expect((summary["segbench"] as? [String: Any])?["scored"] as? Int == 1)
    }

    // MARK: Part 6

    @Test("completions bash|zsh|fish; split and method names complete from the catalogs")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try Self.segbench(["completions", shell])
            #expect(script.status == 0 && script.stdout.contains("segbench") && script.stdout.contains("---completion"), "\(shell)")
        }
        #expect(try Self.segbench(["completions", "tcsh"]).status == 64)
        let splits = try Self.segbench(["---completion", "report", "--", "--split", "0", "3", "id_"])
        let names = splits.stdout.split(separator: "\n").map(String.init)
        #expect(names.contains("id_btcv") && names.allSatisfy { $0.hasPrefix("id_") }, "\(splits.stdout)\(splits.stderr)")
    }

    @Test("--methods names methods and --methods-catalog is the file, in every command; old spellings still work, hidden")
    func methodsConvention() throws {
        let help = try Self.segbench(["run", "--help"])
        #expect(help.stdout.contains("--methods-catalog <path>") && !help.stdout.contains("--methods <"), "\(help.stdout)")
        let reportHelp = try Self.segbench(["report", "--help"])
        #expect(reportHelp.stdout.contains("--methods <list>") && reportHelp.stdout.contains("--methods-catalog <path>"))
        let exportHelp = try Self.segbench(["export", "--help"])
        #expect(exportHelp.stdout.contains("--metrics <list>") && !exportHelp.stdout.contains("--metric <"))
        // The old spelling of run's file is read as the file, with a note.
        let old = try Self.segbench(["run", "--split", "id_btcv", "--method", "atlas", "--methods", "/nonexistent/methods.json", "--db", "/nonexistent/x.sqlite"])
        #expect(old.stderr.contains("--methods PATH is now --methods-catalog PATH") && old.stderr.contains("/nonexistent/methods.json"), "\(old.stderr)")
    }

    @Test("Help examples keep each command whole on its own lines at 80 columns")
    func helpExamples() throws {
        let commands = [["score"], ["ingest"], ["run"], ["runs", "list"], ["merge"], ["slurm", "submit"], ["export"], ["report"], ["compare"],
                        ["history"], ["completions"]]
        for command in commands {
            let help = try Self.segbench(["help"] + command, environment: ["COLUMNS": "80"])
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var examples = 0
            for (i, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("segbench ") {
                examples += 1
                // A command goes on only through a trailing backslash onto an indented line.
                var j = i
                while lines[j].hasSuffix("\\") { j += 1; #expect(lines[j].hasPrefix(" "), "\(command): \(lines[j])") }
                let next = j + 1 < lines.count ? lines[j + 1] : ""
                #expect(next.isEmpty || next.hasPrefix(" ") || next.hasPrefix("("), "\(command): '\(lines[j])' is broken before '\(next)'")
            }
            #expect(examples > 0, "\(command) has examples")
        }
    }

    @Test("Numbers print 0.0000, never -0.0000 (printf keeps the sign of -0.0 and of tiny negatives)")
    func noNegativeZero() {
        #expect(ScoreFormat.fixed(-0.0) == "0.0000")
        #expect(ScoreFormat.fixed(-0.00004) == "0.0000")
        #expect(ScoreFormat.fixed(-0.00006) == "-0.0001")
        #expect(DecimalText.fixed(-1e-9, decimals: 2) == "0.00" && DecimalText.fixed(-0.0, decimals: 0) == "0")
        #expect(DecimalText.signed(-0.001, decimals: 2) == "+0.00" && DecimalText.signed(-0.006, decimals: 2) == "-0.01")
        #expect(DecimalText.signed(0.004, decimals: 2) == "+0.00" && DecimalText.signed(1.5, decimals: 1) == "+1.5")
    }
}
