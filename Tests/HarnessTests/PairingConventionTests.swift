import Fixtures
import Foundation
import Harness
import NIfTI
import Testing

/// Folder pairing under the case naming of the datasets and tools people score: many name their
/// cases `NAME_dddd`, which is also nnU-Net's naming of an image channel.
@Suite("Folder pairing under every dataset's naming")
struct PairingConventionTests {
    /// Two folders holding empty files with these names (pairing reads names only).
    struct Folders {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-naming-\(UUID().uuidString)").path
        var references: String { root + "/labelsTs" }
        var predictions: String { root + "/predictions" }

        init(references: [String], predictions: [String]) throws {
            for (folder, names) in [(self.references, references), (self.predictions, predictions)] {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for name in names { FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data()) }
            }
        }

        func pairing() throws -> FolderPairing {
            try FolderPairing.pair(referenceFolder: references, predictionFolder: predictions)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    /// Each dataset's case names: every one is a case in the reference folder and pairs with the
    /// prediction file of the same name.
    static let conventions: [(dataset: String, cases: [String])] = [
        ("nnU-Net", ["case", "liver_3"]),
        ("AMOS", ["amos_0001", "amos_0005", "amos_0508"]),
        ("FLARE22", ["FLARE22_Tr_0001", "FLARE22_Tr_0050"]),
        ("WORD", ["word_0001", "word_0100"]),
        ("KiTS", ["case_00000", "case_00209"]),
        ("BraTS 2023", ["BraTS-GLI-00000-000", "BraTS-GLI-00002-001"]),
        ("TotalSegmentator", ["s0011", "s1428"]),
    ]

    @Test("Every reference file is a case and pairs with its prediction", arguments: conventions.map(\.dataset))
    func everyReferenceIsACase(dataset: String) throws {
        let cases = Self.conventions.first { $0.dataset == dataset }!.cases
        let files = cases.map { $0 + ".nii.gz" }
        let folders = try Folders(references: files, predictions: files)
        defer { folders.remove() }
        let pairing = try folders.pairing()
        #expect(pairing.pairs.map(\.name) == cases.sorted())
        #expect(pairing.pairs.allSatisfy { $0.prediction == "\(folders.predictions)/\($0.name).nii.gz" && $0.problem == nil })
        #expect(pairing.unpaired.isEmpty)
    }

    @Test("A folder of AMOS label maps alone is a reference folder")
    func amosReferencesAlone() throws {
        let folders = try Folders(references: ["amos_0001.nii.gz", "amos_0002.nii.gz"], predictions: [])
        defer { folders.remove() }
        let pairing = try folders.pairing()
        #expect(pairing.pairs.map(\.name) == ["amos_0001", "amos_0002"])
        #expect(pairing.pairs.allSatisfy { $0.prediction == nil })
    }

    @Test("A mixed folder keeps every case: four files in, four cases")
    func mixedFolder() throws {
        let files = ["amos_0001.nii.gz", "case.nii.gz", "FLARE22_Tr_0001.nii", "word_0001.nii.gz"]
        let folders = try Folders(references: files, predictions: files)
        defer { folders.remove() }
        let pairing = try folders.pairing()
        #expect(pairing.pairs.map(\.name) == ["FLARE22_Tr_0001", "amos_0001", "case", "word_0001"])
        #expect(pairing.pairs.allSatisfy { $0.prediction != nil })
    }

    @Test("nnU-Net's images beside the predictions are channel files only when they cannot be cases")
    func nnUNetChannels() throws {
        // case_0000 and case_0001 are channels of `case`; amos_0001_0000 a channel of amos_0001;
        // word_0002 has no reference and no reference `word`, so it is a prediction without a
        // reference; amos_0003 is a reference case of its own and pairs although `amos` is no case.
        let folders = try Folders(
            references: ["case.nii.gz", "amos_0001.nii.gz", "amos_0003.nii.gz"],
            predictions: ["case.nii.gz", "case_0000.nii.gz", "case_0001.nii.gz", "amos_0001.nii.gz", "amos_0001_0000.nii.gz",
                          "amos_0003.nii.gz", "word_0002.nii.gz", "notes.txt", ".DS_Store"])
        defer { folders.remove() }
        let pairing = try folders.pairing()
        #expect(pairing.pairs.map(\.name) == ["amos_0001", "amos_0003", "case"])
        #expect(pairing.pairs.allSatisfy { $0.prediction != nil })
        #expect(pairing.unpaired.map(\.description) == [
            ".DS_Store (prediction folder): a hidden file",
            "amos_0001_0000.nii.gz (prediction folder): an image channel of case amos_0001 (nnU-Net's CASE_0000 naming)",
            "case_0000.nii.gz (prediction folder): an image channel of case case (nnU-Net's CASE_0000 naming)",
            "case_0001.nii.gz (prediction folder): an image channel of case case (nnU-Net's CASE_0000 naming)",
            "notes.txt (prediction folder): not a NIfTI file (.nii.gz or .nii)",
            "word_0002.nii.gz (prediction folder): a prediction without a reference",
        ])
    }

    @Test("A reference folder's CASE_0000 file is a case too, and pairs when its prediction is there")
    func referenceChannelNameIsACase() throws {
        let folders = try Folders(references: ["case.nii.gz", "case_0000.nii.gz"], predictions: ["case.nii.gz", "case_0000.nii.gz"])
        defer { folders.remove() }
        let pairing = try folders.pairing()
        #expect(pairing.pairs.map(\.name) == ["case", "case_0000"])
        #expect(pairing.pairs.allSatisfy { $0.prediction != nil })
        #expect(pairing.unpaired.isEmpty)
    }

    @Test("segbench score on AMOS-named folders scores every case and lists what is not paired in summary.json")
    func amosFoldersEndToEnd() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-amos-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let references = root + "/labelsVa", predictions = root + "/predictions"
        for folder in [references, predictions] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // A 10×10×10 box of label 1 at 1 mm; the prediction is the same box: Dice 1 on each case.
        var map = Shapes.empty(Shape(10, 10, 10), spacing: Spacing(1, 1, 1))
        Shapes.paintBox(&map, label: 1, lower: [2, 2, 2], upper: [6, 6, 6])
        for name in ["amos_0001", "amos_0002", "amos_0005", "amos_0010"] {
            try NIfTI.write(map, to: "\(references)/\(name).nii.gz")
            try NIfTI.write(map, to: "\(predictions)/\(name).nii.gz")
        }
        try NIfTI.write(map, to: "\(predictions)/amos_0001_0000.nii.gz")
        let outcome = try ScoreCommandTests.segbench(["score", references, predictions, "--format", "json", "--jobs", "2"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("4 cases, 2 jobs"))
        #expect(outcome.stderr.contains("  amos_0001_0000.nii.gz (prediction folder): an image channel of case amos_0001"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: predictions + "/summary.json")),
                                                                    options: [.fragmentsAllowed]) as? [String: Any])
        let perCase = try #require(summary["metric_per_case"] as? [[String: Any]])
        #expect(perCase.compactMap { $0["case"] as? String } == ["amos_0001", "amos_0002", "amos_0005", "amos_0010"])
        let segbench = try #require(summary["segbench"] as? [String: Any])
        let unpaired = try #require(segbench["unpaired_files"] as? [[String: String]])
        #expect(unpaired == [["file": predictions + "/amos_0001_0000.nii.gz", "folder": "prediction",
                              "reason": "an image channel of case amos_0001 (nnU-Net's CASE_0000 naming)"]])
    }
}
