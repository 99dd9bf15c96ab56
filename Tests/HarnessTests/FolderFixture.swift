import Fixtures
import Foundation
import Harness
import NIfTI
import Store

/// A reference folder and a prediction folder with one of each thing that can happen:
///
/// | case | reference | prediction |
/// |---|---|---|
/// | case_a | label 1 box, label 2 box | label 1 moved +1 voxel in x, label 2 identical |
/// | case_b | label 1 box | label 1 one slice taller, and a label 2 island (spurious) |
/// | case_c | labels 1 and 2 | none: `missing_prediction` |
/// | case_d | label 1 | on a grid one slice shorter: `grid_mismatch` |
/// | extra_e | none | a prediction without a reference: listed, ignored |
/// | case_a_0000 | | an image beside the predictions (nnU-Net channel naming): listed, not scored |
///
/// Grid 20×16×12 at 1×1×2 mm. The same boxes in numpy (`a[x0:x1, y0:y1, z0:z1] = v`, affine
/// diag(1, 1, 2)) are what the peers' values in these tests were computed on.
struct FolderFixture {
    let root: String
    var references: String { root + "/references" }
    var predictions: String { root + "/predictions" }

    static let shape = Shape(20, 16, 12)
    static let spacing = Spacing(1, 1, 2)

    init(onlyCleanCases: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-folder-\(UUID().uuidString)").path
        for folder in [references, predictions] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

        func map(_ boxes: [(UInt8, [Int], [Int])], shape: Shape = FolderFixture.shape) -> LabelMap {
            var m = Shapes.empty(shape, spacing: FolderFixture.spacing)
            for (label, lower, upper) in boxes { Shapes.paintBox(&m, label: label, lower: lower, upper: upper) }
            return m
        }
        func write(_ m: LabelMap, _ folder: String, _ name: String) throws { try NIfTI.write(m, to: "\(folder)/\(name).nii.gz") }

        try write(map([(1, [2, 2, 2], [10, 10, 8]), (2, [12, 3, 3], [18, 9, 9])]), references, "case_a")
        try write(map([(1, [3, 2, 2], [11, 10, 8]), (2, [12, 3, 3], [18, 9, 9])]), predictions, "case_a")
        try write(map([(1, [4, 4, 1], [12, 12, 6])]), references, "case_b")
        try write(map([(1, [4, 4, 1], [12, 12, 7]), (2, [14, 10, 8], [17, 13, 10])]), predictions, "case_b")
        if onlyCleanCases { return }
        try write(map([(1, [5, 5, 5], [9, 9, 9]), (2, [12, 3, 3], [15, 6, 6])]), references, "case_c")
        try write(map([(1, [2, 2, 2], [6, 6, 6])]), references, "case_d")
        try write(map([(1, [2, 2, 2], [6, 6, 6])], shape: Shape(20, 16, 11)), predictions, "case_d")
        try write(map([(1, [2, 2, 2], [6, 6, 6])]), predictions, "extra_e")
        try write(map([]), predictions, "case_a_0000")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: predictions + "/plans.json"))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Pairs the two folders and scores every case.
    func scored(_ options: ScoringOptions = ScoringOptions(), jobs: Int = 2) throws -> (pairing: FolderPairing, results: [CaseResult]) {
        let pairing = try FolderPairing.pair(referenceFolder: references, predictionFolder: predictions)
        return (pairing, FolderScoring.run(pairing.pairs, dataset: "fixture", options: options, jobs: jobs).results)
    }
}

/// Parses a JSON file the way nnU-Net's own scripts do (Python's `json.load`, which reads `NaN`),
/// and hands it back as Foundation objects with every float as its Python `repr` string (NaN
/// included): Foundation's own JSON parser on Linux rounds some doubles in the last digit.
func loadWithPython(_ path: String) throws -> Any {
    let script = """
        import json, math, sys
        def fix(v):
            if isinstance(v, float): return repr(v)
            if isinstance(v, dict): return {k: fix(x) for k, x in v.items()}
            if isinstance(v, list): return [fix(x) for x in v]
            return v
        print(json.dumps(fix(json.load(open(sys.argv[1])))))
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
    return try JSONSerialization.jsonObject(with: data)
}

/// A number from a parsed summary: floats arrive as their Python `repr`, integers as numbers.
func number(_ value: Any?) -> Double? {
    if let s = value as? String { return s == "nan" ? .nan : Double(s) }
    return (value as? NSNumber)?.doubleValue
}
