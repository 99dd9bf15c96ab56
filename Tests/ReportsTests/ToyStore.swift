import Foundation
import Store
@testable import Reports

/// A store filled with known values: three methods on split `toy`, four cases of 10×10×10 at
/// 1 mm (image diagonal √300 = 17.3205 mm), liver (label 1) and spleen (label 2). Case c4's
/// reference holds no spleen.
///
/// | method | liver Dice / HD95 (c1…c4) | spleen Dice / HD95 (c1…c4) |
/// |---|---|---|
/// | A | .90 .80 .85 .95 / 2 4 3 1 | .70 .60 .80 spurious / 5 6 4 – |
/// | B | .90 .80 .85 .95 / 3 3 3 3 | .50 .40 missed not_applicable / 6 7 – – |
/// | C | .60 .70 .65 failed / 8 9 10 – | .55 .65 .62 (c4 failed: not_applicable) / 8 8 8 – |
///
/// C's c4 is a `method_failed` case; every run planned 4 cases except C, which planned 5.
enum ToyStore {
    static let diagonal = 300.0.squareRoot()

    enum Entry { case scored(Double, Double), missed, spurious, notApplicable }

    static let methods: [(String, [[Entry]]?)] = [
        ("A", [[.scored(0.90, 2), .scored(0.70, 5)], [.scored(0.80, 4), .scored(0.60, 6)], [.scored(0.85, 3), .scored(0.80, 4)], [.scored(0.95, 1), .spurious]]),
        ("B", [[.scored(0.90, 3), .scored(0.50, 6)], [.scored(0.80, 3), .scored(0.40, 7)], [.scored(0.85, 3), .missed], [.scored(0.95, 3), .notApplicable]]),
        ("C", [[.scored(0.60, 8), .scored(0.55, 8)], [.scored(0.70, 9), .scored(0.65, 8)], [.scored(0.65, 10), .scored(0.62, 8)]]),
    ]

    static let options = #"{"structures":[{"name":"liver","labels":[1],"region":false},{"name":"spleen","labels":[2],"region":false}],"tolerances":[1]}"#

    /// `splits`: the same runs under each name (tables and figures across splits).
    static func make(at path: String, splits: [String] = ["toy"]) throws -> ResultStore {
        try? FileManager.default.removeItem(atPath: path)
        let store = try ResultStore(path: path)
        for split in splits { for (name, cases) in methods {
            let version = MethodVersion(name: name, kind: "predictions", version: "1", configurationChecksum: "c\(name)", checkpointChecksum: "k\(name)")
            let run = try store.beginRun(RunDescription(method: version, split: split, dataset: "TOY", options: options, optionsChecksum: "o",
                                                       segbenchVersion: "test", host: "test"))
            try store.setPlannedCases(name == "C" ? 5 : 4, run: run)
            for c in 1...4 {
                let voxels = c == 4 ? [1: 1000] : [1: 1000, 2: 500]
                let description = CaseDescription(dataset: "TOY", name: "c\(c)", subject: "s\(c)", referencePath: "/toy/c\(c).nii.gz",
                                                  referenceChecksum: "r\(c)", shape: [10, 10, 10], spacing: [1, 1, 1], labelVoxels: voxels,
                                                  acquisition: #"{"modality":"CT","model":"Scanner \#(c % 2)"}"#)
                let outcome: CaseResult.Outcome
                if let entries = cases?[safe: c - 1] {
                    outcome = .scores(zip(["liver", "spleen"], entries).enumerated().map { i, pair in score(pair.0, label: i + 1, pair.1) })
                } else {
                    outcome = .failure(FailureRecord(kind: "method_failed", message: "exit 3", exitStatus: 3))
                }
                try store.record(CaseResult(caseDescription: description, predictionPath: nil, predictionChecksum: nil, seconds: 0, outcome: outcome), run: run)
            }
        } }
        return store
    }

    static func score(_ structure: String, label: Int, _ entry: Entry) -> ScoreRecord {
        switch entry {
        case .scored(let dice, let hd95):
            return ScoreRecord(structure: structure, labels: [label], state: "scored", tp: 1, fp: 1, fn: 1, nReference: 2, nPrediction: 2,
                               metrics: ["dice": dice, "hd95": hd95, "hd": hd95 + 1])
        case .missed:
            return ScoreRecord(structure: structure, labels: [label], state: "missed", tp: 0, fp: 0, fn: 5, nReference: 5, nPrediction: 0, metrics: ["dice": 0, "nsd@1": 0])
        case .spurious:
            return ScoreRecord(structure: structure, labels: [label], state: "spurious", tp: 0, fp: 5, fn: 0, nReference: 0, nPrediction: 5, metrics: ["dice": 0, "nsd@1": 0])
        case .notApplicable:
            return ScoreRecord(structure: structure, labels: [label], state: "not_applicable", tp: 0, fp: 0, fn: 0, nReference: 0, nPrediction: 0, metrics: [:])
        }
    }

    /// Runs `method`'s version again with one interaction round: every case of its first run,
    /// with `change` applied to its scores, and `sidecar` (nil: none) stored with it.
    static func addInteractionRound(_ store: ResultStore, method: String, sidecar: ((CaseDescription) -> String)? = nil,
                                    change: (CaseDescription, [ScoreRecord]) -> [ScoreRecord]) throws {
        let first = try store.runs().first { $0.method.name == method }!
        let options = Self.options.replacingOccurrences(of: #""tolerances":[1]"#, with: #""tolerances":[1],"interaction_rounds":1"#)
        let run = try store.beginRun(RunDescription(method: first.method, split: "toy", dataset: "TOY", options: options, optionsChecksum: "o1",
                                                   segbenchVersion: "test", host: "test"))
        for before in try store.results(run: first.id) {
            let c = before.caseDescription
            try store.record(CaseResult(caseDescription: c, predictionPath: nil, predictionChecksum: nil, sidecar: sidecar?(c), seconds: 0,
                                        outcome: .scores(change(c, before.scores))), run: run)
        }
    }

    static func data(_ path: String, splits: [String] = ["toy"]) throws -> ReportData {
        try ReportData(store: try make(at: path, splits: splits), path: path, splits: splits,
                       styles: ["liver": StructureStyle(displayName: "liver", color: "#E69F00"), "spleen": StructureStyle(displayName: "spleen", color: "#56B4E9")])
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

func temporaryFolder(_ name: String) -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("segbench-reports-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(atPath: path)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
