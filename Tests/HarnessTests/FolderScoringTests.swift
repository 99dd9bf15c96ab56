import Foundation
import Harness
import Metrics
import Store
import Testing

@Suite("Scoring a folder of predictions")
struct FolderScoringTests {
    @Test("Pairs by case name; channel images, non-NIfTI files and extra predictions are listed with their reasons")
    func pairing() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        let pairing = try FolderPairing.pair(referenceFolder: fixture.references, predictionFolder: fixture.predictions)
        #expect(pairing.pairs.map(\.name) == ["case_a", "case_b", "case_c", "case_d"])
        #expect(pairing.pairs.map { $0.prediction != nil } == [true, true, false, true])
        #expect(pairing.predictionsWithoutReference == [fixture.predictions + "/extra_e.nii.gz"])
        #expect(pairing.unpaired.map(\.description) == [
            "case_a_0000.nii.gz (prediction folder): an image channel of case case_a (nnU-Net's CASE_0000 naming)",
            "extra_e.nii.gz (prediction folder): a prediction without a reference",
            "plans.json (prediction folder): not a NIfTI file (.nii.gz or .nii)",
        ])
    }

    @Test("A missing folder is named in the error")
    func missingFolder() throws {
        #expect(throws: FolderError.self) { try FolderPairing.pair(referenceFolder: "/nonexistent/refs", predictionFolder: "/tmp") }
        do { _ = try FolderPairing.pair(referenceFolder: "/nonexistent/refs", predictionFolder: "/tmp") } catch {
            #expect("\(error)" == "/nonexistent/refs: no such folder")
        }
    }

    @Test("Exactly one row per reference case: two scored, one missing prediction, one grid mismatch")
    func rows() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        let (_, results) = try fixture.scored()
        #expect(results.map(\.caseDescription.name) == ["case_a", "case_b", "case_c", "case_d"])
        #expect(results.map { $0.failure?.kind } == [nil, nil, "missing_prediction", "grid_mismatch"])

        // case_a: label 1 moved one voxel (1 mm) along x. Dice = 2·336/(384+384) = 0.875, HD = HD95 = 1 mm;
        // ASSD 0.3 (MONAI: `oracle.py --gt case_a_ref --pred case_a_pred --labels 1,2 --libs monai`).
        let a = Dictionary(uniqueKeysWithValues: results[0].scores.map { ($0.structure, $0) })
        #expect(a["1"]!.state == "scored" && a["1"]!.tp == 336 && a["1"]!.fp == 48 && a["1"]!.fn == 48)
        #expect(a["1"]!.metrics["dice"] == 0.875)
        #expect(a["1"]!.metrics["hd"] == 1 && a["1"]!.metrics["hd95"] == 1)
        #expect(abs(a["1"]!.metrics["assd"]! - 0.3) < 1e-12)
        #expect(a["2"]!.metrics["dice"] == 1 && a["2"]!.metrics["hd95"] == 0 && a["2"]!.metrics["nsd@1"] == 1)

        // case_b: one extra slice (2 mm): Dice 640/704; MedPy assd 45/113 = 0.39823008849557523;
        // DeepMind nsd@1 0.8789240013624472 (oracle.py --libs medpy,deepmind); label 2 only predicted.
        let b = Dictionary(uniqueKeysWithValues: results[1].scores.map { ($0.structure, $0) })
        #expect(abs(b["1"]!.metrics["dice"]! - 640.0 / 704) < 1e-15)
        #expect(b["1"]!.metrics["hd95"] == 2)
        #expect(abs(b["1"]!.metrics["assd"]! - 0.39823008849557523) < 1e-12)
        #expect(abs(b["1"]!.metrics["nsd@1"]! - 0.8789240013624472) < 1e-12)
        #expect(b["2"]!.state == "spurious" && b["2"]!.metrics["dice"] == 0 && b["2"]!.metrics["hd95"] == nil)

        // The failures keep their reference's label counts, and name the files.
        #expect(results[2].caseDescription.labelVoxels == [1: 64, 2: 27])
        #expect(results[2].failure!.message.contains("case_c.nii.gz"))
        let mismatch = results[3].failure!.message
        #expect(mismatch.contains(fixture.references + "/case_d.nii.gz") && mismatch.contains(fixture.predictions + "/case_d.nii.gz"))
        #expect(results[3].caseDescription.labelVoxels == [1: 64])
    }

    @Test("summary.json on clean cases equals nnU-Net's own summary, key for key")
    func summaryMatchesNNUNet() throws {
        let fixture = try FolderFixture(onlyCleanCases: true)
        defer { fixture.remove() }
        let options = ScoringOptions(structures: [.label(1), .label(2)])
        let (_, results) = try fixture.scored(options)
        let path = fixture.root + "/summary.json"
        try NNUNetSummary(results, options: options).text.write(toFile: path, atomically: true, encoding: .utf8)
        let summary = try #require(try loadWithPython(path) as? [String: Any])

        // Expected values: nnU-Net v2.8.1 on the same two cases,
        //   compute_metrics_on_folder_simple(ref, pred, [1, 2], num_processes=1)
        // (the boxes of FolderFixture written with nibabel).
        let nnunetForeground: [String: Double] = ["Dice": 0.6960227272727273, "FN": 12.0, "FP": 32.5, "IoU": 0.6527777777777778,
                                                  "TN": 3577.5, "TP": 218.0, "n_pred": 250.5, "n_ref": 230.0]
        let nnunetMean: [String: [String: Double]] = [
            "1": ["Dice": 0.8920454545454546, "FN": 24.0, "FP": 56.0, "IoU": 0.8055555555555556, "TN": 3432.0, "TP": 328.0,
                  "n_pred": 384.0, "n_ref": 352.0],
            "2": ["Dice": 0.5, "FN": 0.0, "FP": 9.0, "IoU": 0.5, "TN": 3723.0, "TP": 108.0, "n_pred": 117.0, "n_ref": 108.0],
        ]
        let foreground = try #require(summary["foreground_mean"] as? [String: Any])
        for (metric, value) in nnunetForeground { #expect(number(foreground[metric]) == value, "foreground_mean \(metric)") }
        let mean = try #require(summary["mean"] as? [String: [String: Any]])
        for (key, row) in nnunetMean { for (metric, value) in row { #expect(number(mean[key]?[metric]) == value, "mean \(key) \(metric)") } }

        let perCase = try #require(summary["metric_per_case"] as? [[String: Any]])
        #expect(perCase.count == 2)
        #expect(perCase[0]["reference_file"] as? String == fixture.references + "/case_a.nii.gz")
        #expect(perCase[0]["prediction_file"] as? String == fixture.predictions + "/case_a.nii.gz")
        let caseB = try #require(perCase[1]["metrics"] as? [String: [String: Any]])
        // nnU-Net: case_b label 1 TN 3456, label 2 (spurious) Dice 0.0 FP 18 TN 3822.
        #expect(number(caseB["1"]?["TN"]) == 3456 && number(caseB["2"]?["Dice"]) == 0 && number(caseB["2"]?["TN"]) == 3822)
        // SegBench's additions: the distances, NaN where undefined, and the states.
        #expect(number(caseB["1"]?["HD95"]) == 2 && number(caseB["2"]?["HD95"])!.isNaN)
        #expect((perCase[1]["states"] as? [String: String]) == ["1": "scored", "2": "spurious"])
    }

    @Test("summary.json keeps failed cases: empty-prediction scores, nanmean means, foreground mean over labels")
    func summaryWithFailures() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        let (pairing, results) = try fixture.scored(ScoringOptions(), jobs: 1)
        let path = fixture.root + "/summary.json"
        try NNUNetSummary(results, options: ScoringOptions(), unpaired: pairing.unpaired)
            .text.write(toFile: path, atomically: true, encoding: .utf8)
        let summary = try #require(try loadWithPython(path) as? [String: Any])
        let perCase = try #require(summary["metric_per_case"] as? [[String: Any]])
        #expect(perCase.map { $0["case"] as? String } == ["case_a", "case_b", "case_c", "case_d"])
        #expect(perCase[2]["prediction_file"] is NSNull)
        #expect((perCase[2]["failure"] as? [String: Any])?["kind"] as? String == "missing_prediction")

        // Dice per case, label 1: 0.875, 640/704, 0 (missing), 0 (grid mismatch);
        // label 2: 1, 0 (spurious), 0 (missing; reference holds 27 voxels), NaN (in neither map).
        let dice = { (c: Int, key: String) in number(((perCase[c]["metrics"] as? [String: [String: Any]])?[key])?["Dice"]) }
        #expect([0, 1, 2, 3].map { dice($0, "1") } == [0.875, 640.0 / 704, 0, 0])
        #expect([0, 1, 2].map { dice($0, "2") } == [1, 0, 0] && dice(3, "2")!.isNaN)

        // mean = nanmean over cases of exactly those values; foreground_mean = mean of the label means.
        let mean = try #require(summary["mean"] as? [String: [String: Any]])
        let label1 = (0.875 + 640.0 / 704) / 4, label2 = 1.0 / 3
        #expect(abs(number(mean["1"]?["Dice"])! - label1) < 1e-15)
        #expect(abs(number(mean["2"]?["Dice"])! - label2) < 1e-15)
        #expect(abs(number((summary["foreground_mean"] as? [String: Any])?["Dice"])! - (label1 + label2) / 2) < 1e-15)
        // HD95 is defined only where both maps hold the label: label 1 in case_a (1) and case_b (2).
        #expect(number(mean["1"]?["HD95"]) == 1.5)

        let block = try #require(summary["segbench"] as? [String: Any])
        #expect(block["predictions_without_reference"] as? [String] == [fixture.predictions + "/extra_e.nii.gz"])
        #expect((block["failed"] as? [String: [String]]) == ["missing_prediction": ["case_c"], "grid_mismatch": ["case_d"]])
    }

    @Test("Regions get nnU-Net's tuple keys")
    func regionKeys() throws {
        let fixture = try FolderFixture(onlyCleanCases: true)
        defer { fixture.remove() }
        let options = ScoringOptions(structures: [.region("all", [1, 2]), .region("two", [2])], addingPresentLabels: true)
        let (_, results) = try fixture.scored(options)
        let summary = NNUNetSummary(results, options: options)
        #expect(summary.structures.map(\.key) == ["1", "2", "(1, 2)", "(2,)"])
        // case_a, region {1, 2}: TP 336 + 216, FP 48, FN 48.
        let caseA = try #require(results[0].scores.first { $0.structure == "all" })
        #expect(caseA.tp == 552 && caseA.fp == 48 && caseA.fn == 48)
    }
}
