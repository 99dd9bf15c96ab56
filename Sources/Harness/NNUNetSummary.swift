import Foundation
import Metrics
import Store

/// nnU-Net v2's `summary.json`, extended with SegBench's distances and states, so that scripts
/// written for `nnUNetv2_evaluate_folder` keep working on SegBench's output.
///
/// The shape is nnU-Net's: `metric_per_case` (one entry per case, with `reference_file`,
/// `prediction_file` and `metrics[key][metric]`), `mean[key][metric]` and
/// `foreground_mean[metric]`, keys sorted and non-finite numbers written as `NaN` as Python's
/// `json.dump` does. A label's key is its value (`"3"`); a region's is its tuple of labels as
/// Python prints it (`"(1, 2, 3)"`).
///
/// Per case and structure, nnU-Net's `Dice`, `IoU`, `TP`, `FP`, `FN`, `TN`, `n_pred`, `n_ref`,
/// and SegBench's `HD`, `HD95`, `ASSD` and `NSD@τ`.
///
/// NaN, as nnU-Net handles it:
/// - `Dice` and `IoU` are NaN when `TP + FP + FN = 0` (the structure is in neither map);
///   the distances are NaN unless the structure is in both maps (the case's `states` say why);
/// - `mean[key][m]` is the NaN-ignoring mean over cases (`numpy.nanmean`);
/// - `foreground_mean[m]` is the plain mean (`numpy.mean`, so NaN propagates) of `mean[key][m]`
///   over the keys other than `"0"`.
///
/// Where SegBench departs from nnU-Net, on purpose: a case whose prediction is missing,
/// unreadable or on another grid is not dropped. It is scored as an empty prediction (by
/// nnU-Net's own rule that gives Dice 0 for every structure its reference holds) and its
/// `failure` says what went wrong. Extra keys (`case`, `states`, `failure`, the top-level
/// `segbench` block) sit beside nnU-Net's and do not disturb its readers.
public struct NNUNetSummary: Sendable {
    public let results: [CaseResult]
    /// The structures, in the order their means are listed.
    public let structures: [Key]
    /// nnU-Net's metric names, then SegBench's.
    public let metricNames: [String]
    /// `mean[key][metric]`: `numpy.nanmean` over cases.
    public let means: [String: [String: Double]]
    /// `foreground_mean[metric]`: the mean of `means[key][metric]` over keys other than `"0"`.
    public let foregroundMean: [String: Double]
    /// Files of either folder in no pair, with their reasons (`segbench.unpaired_files`).
    public let unpaired: [UnpairedFile]
    public var predictionsWithoutReference: [String] { unpaired.filter { $0.reason == .noReference }.map(\.path) }
    /// dataset.json's name of each structure, by nnU-Net's key (`"3"`, `"(1, 2, 3)"`).
    public let names: [String: String]
    /// nnU-Net's ignore label, when dataset.json has one.
    public let ignoreLabel: UInt8?
    let perCase: [CaseMetrics]

    public init(_ results: [CaseResult], options: ScoringOptions, unpaired: [UnpairedFile] = []) {
        self.results = results
        self.unpaired = unpaired
        self.ignoreLabel = options.ignoreLabel
        let structures = NNUNetSummary.structureOrder(results, options: options)
        let extendedKeys = NNUNetSummary.extendedKeys(options.extended)
        let metricNames = ["Dice", "IoU", "TP", "FP", "FN", "TN", "n_pred", "n_ref", "HD", "HD95", "ASSD"]
            + options.tolerances.map { "NSD@\(ScoreFormat.tolerance($0))" } + extendedKeys.map(\.key)
        self.structures = structures
        self.names = Dictionary(uniqueKeysWithValues: structures.compactMap { s in options.names[s.structure].map { (s.key, $0) } })
        self.metricNames = metricNames
        let perCase = results.map { NNUNetSummary.caseMetrics($0, structures: structures, tolerances: options.tolerances, extended: extendedKeys) }
        self.perCase = perCase
        var means: [String: [String: Double]] = [:]
        for s in structures {
            for m in metricNames { means[s.key, default: [:]][m] = NNUNetSummary.nanMean(perCase.compactMap { $0.metrics[s.key]?[m] }) }
        }
        self.means = means
        let foreground = structures.filter { $0.key != "0" }
        foregroundMean = Dictionary(uniqueKeysWithValues: metricNames.map { m in
            (m, foreground.isEmpty ? .nan : foreground.reduce(0) { $0 + means[$1.key]![m]! } / Double(foreground.count))
        })
    }

    /// The whole document, keys in nnU-Net's (sorted) order.
    public var document: JSONValue {
        let cases = zip(results, perCase).map { result, computed -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("case", .string(result.caseDescription.name)),
                ("reference_file", .string(result.caseDescription.referencePath)),
                ("prediction_file", result.predictionPath.map(JSONValue.string) ?? .null),
                ("metrics", NNUNetSummary.object(computed.metrics.map { key, values in
                    (key, NNUNetSummary.object(values.map { name, value in
                        (name, NNUNetSummary.isCount(name) ? .integer(Int(value)) : .number(value))
                    }))
                })),
                ("states", NNUNetSummary.object(computed.states.map { ($0.key, .string($0.value)) })),
            ]
            if let f = result.failure {
                fields.append(("failure", .object([("kind", .string(f.kind)), ("message", .string(f.message))])))
            }
            return NNUNetSummary.object(fields)
        }
        return NNUNetSummary.object([
            ("metric_per_case", .array(cases)),
            ("mean", NNUNetSummary.object(means.map { key, row in (key, NNUNetSummary.object(row.map { ($0.key, .number($0.value)) })) })),
            ("foreground_mean", NNUNetSummary.object(foregroundMean.map { ($0.key, .number($0.value)) })),
            ("segbench", segbenchBlock),
        ])
    }

    /// How many cases of each state (or failure kind) each structure has.
    public var stateCounts: [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for c in perCase { for (key, state) in c.states { counts[key, default: [:]][state, default: 0] += 1 } }
        return counts
    }

    /// The document as text, laid out as nnU-Net writes it (four-space indent, `NaN`).
    public var text: String {
        document.render(style: JSONValue.Style(indentWidth: 4, pythonNonFinite: true)) + "\n"
    }

    // MARK: Structures

    /// A structure as the summary names it.
    public struct Key: Hashable, Sendable {
        /// nnU-Net's key: `"3"`, or `"(1, 2, 3)"` for a region.
        public var key: String
        /// SegBench's name: `"3"`, or the region's name.
        public var structure: String
        public var labels: [Int]
        public var isRegion: Bool
    }

    /// The structures of the summary: those asked for, or (by default) every label that any
    /// case's reference or prediction holds, then the regions.
    static func structureOrder(_ results: [CaseResult], options: ScoringOptions) -> [Key] {
        var keys: [Key] = []
        if options.structures == nil || options.addingPresentLabels {
            var labels = Set<Int>()
            for r in results {
                for s in r.scores where !isRegionName(s.structure) { labels.formUnion(s.labels) }
                if r.failure != nil { labels.formUnion(r.caseDescription.labelVoxels.map { Array($0.keys) } ?? []) }
            }
            keys += labels.sorted().map { Key(key: String($0), structure: String($0), labels: [$0], isRegion: false) }
        }
        for s in options.structures ?? [] {
            let labels = s.labels.map(Int.init)
            keys.append(Key(key: s.isRegion ? pythonTuple(labels) : String(labels[0]), structure: s.name, labels: labels, isRegion: s.isRegion))
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0.key).inserted }
    }

    static func isRegionName(_ name: String) -> Bool { Int(name) == nil }

    /// Python's `str(tuple)`: `(1, 2, 3)`, and `(3,)` for one element.
    static func pythonTuple(_ labels: [Int]) -> String {
        labels.count == 1 ? "(\(labels[0]),)" : "(" + labels.map(String.init).joined(separator: ", ") + ")"
    }

    // MARK: Per case

    struct CaseMetrics: Sendable {
        var metrics: [String: [String: Double]] = [:]
        var states: [String: String] = [:]
    }

    /// The keys of the extended metrics a run asked for, each with its stored name: the BraTS
    /// scorer's column names for lesion-wise scoring, panoptica's for panoptic quality.
    static func extendedKeys(_ extended: ExtendedMetrics) -> [(key: String, stored: String)] {
        var keys: [(key: String, stored: String)] = []
        if extended.lesionWise != nil {
            keys += [("LesionWise_Dice", "lesion_dice"), ("LesionWise_Hausdorff95", "lesion_hd95"),
                     ("LesionWise_TP", "lesion_tp"), ("LesionWise_FP", "lesion_fp"), ("LesionWise_FN", "lesion_fn")]
        }
        if extended.panoptic != nil {
            keys += [("PQ", "pq"), ("RQ", "rq"), ("SQ", "sq"), ("PQ_DSC", "pq_dice"), ("SQ_DSC", "sq_dice"), ("SQ_ASSD", "sq_assd")]
        }
        if extended.centreline != nil { keys.append(("clDice", "cldice")) }
        if extended.boundaryWidth != nil { keys.append(("BoundaryIoU", "boundary_iou")) }
        return keys
    }

    static func caseMetrics(_ result: CaseResult, structures: [Key], tolerances: [Double],
                            extended: [(key: String, stored: String)] = []) -> CaseMetrics {
        var out = CaseMetrics()
        guard let shape = result.caseDescription.shape else {
            // The reference could not be read: nothing to count.
            for s in structures { out.states[s.key] = result.failure?.kind ?? "unknown" }
            return out
        }
        let voxels = shape.reduce(1, *)
        let byName = Dictionary(result.scores.map { ($0.structure, $0) }, uniquingKeysWith: { a, _ in a })
        let distances = ["HD": "hd", "HD95": "hd95", "ASSD": "assd"]
            .merging(tolerances.map { t in let n = ScoreFormat.tolerance(t); return ("NSD@\(n)", "nsd@\(n)") }) { a, _ in a }
        for s in structures {
            let record: ScoreRecord
            if let scored = byName[s.structure] {
                record = scored
                out.states[s.key] = scored.state
            } else {
                // Absent from this case: either the case failed (score it as an empty
                // prediction) or the structure is in neither map.
                let nReference = s.labels.reduce(0) { $0 + (result.caseDescription.labelVoxels?[$1] ?? 0) }
                record = ScoreRecord(structure: s.structure, labels: s.labels, state: "", tp: 0, fp: 0, fn: nReference,
                                     nReference: nReference, nPrediction: 0, metrics: nReference > 0 ? ["dice": 0, "iou": 0] : [:])
                out.states[s.key] = result.failure?.kind ?? ScoreState.notApplicable.rawValue
            }
            var m: [String: Double] = [
                "Dice": record.metrics["dice"] ?? .nan, "IoU": record.metrics["iou"] ?? .nan,
                "TP": Double(record.tp), "FP": Double(record.fp), "FN": Double(record.fn),
                // Voxels under nnU-Net's ignore label are no TN either.
                "TN": Double(voxels - record.tp - record.fp - record.fn - Int(record.metrics[ScoreRecord.ignoredVoxelCount] ?? 0)),
                "n_pred": Double(record.nPrediction), "n_ref": Double(record.nReference),
            ]
            for (key, name) in distances { m[key] = record.metrics[name] ?? .nan }
            for (key, name) in extended { m[key] = record.metrics[name] ?? .nan }
            out.metrics[s.key] = m
        }
        return out
    }

    static func isCount(_ name: String) -> Bool {
        ["TP", "FP", "FN", "TN", "n_pred", "n_ref", "LesionWise_TP", "LesionWise_FP", "LesionWise_FN"].contains(name)
    }

    /// `numpy.nanmean`: the mean of the non-NaN values; NaN when there are none.
    static func nanMean(_ values: [Double]) -> Double {
        let kept = values.filter { !$0.isNaN }
        return kept.isEmpty ? .nan : kept.reduce(0, +) / Double(kept.count)
    }

    /// An object with its keys sorted as Python's `sort_keys=True` sorts them (by code point).
    static func object(_ fields: [(String, JSONValue)]) -> JSONValue {
        .object(fields.sorted { Array($0.0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.0.unicodeScalars.map(\.value)) })
    }

    // MARK: SegBench's own block

    var segbenchBlock: JSONValue {
        var failures: [String: [String]] = [:]
        for r in results { if let f = r.failure { failures[f.kind, default: []].append(r.caseDescription.name) } }
        let object = NNUNetSummary.object
        return object([
            ("version", .string(HarnessInfo.segbenchVersion)),
            ("cases", .integer(results.count)),
            ("scored", .integer(results.count { $0.failure == nil })),
            ("failed", object(failures.map { ($0.key, .array($0.value.map(JSONValue.string))) })),
            ("predictions_without_reference", .array(predictionsWithoutReference.map(JSONValue.string))),
            ("unpaired_files", .array(unpaired.map { file in
                object([("file", .string(file.path)), ("folder", .string(file.folder.rawValue)), ("reason", .string(file.reason.description))])
            })),
            ("regions", object(structures.filter(\.isRegion).map { ($0.key, .string($0.structure)) })),
            ("label_names", object(names.map { ($0.key, .string($0.value)) })),
            ("ignore_label", ignoreLabel.map { .integer(Int($0)) } ?? .null),
            ("reoriented_predictions", object(results.compactMap { r in
                PairPreparation.reorientation(inSidecar: r.sidecar).map { (r.caseDescription.name, .string($0)) }
            })),
            ("states", object(stateCounts.map { key, counts in (key, object(counts.map { ($0.key, .integer($0.value)) })) })),
            ("nan_policy", .string("""
                Per case, Dice and IoU are NaN when the structure is in neither map (nnU-Net); HD, HD95, ASSD and NSD are NaN \
                unless it is in both (see states). mean = numpy.nanmean over cases; foreground_mean = numpy.mean of the means \
                over keys other than 0. A case whose prediction is missing, unreadable or on another grid is scored as an empty \
                prediction (Dice 0 where its reference holds the structure) and listed under failed; nnU-Net would drop it.
                """)),
            ("definitions", .string(ScoreFormat.definitions)),
        ])
    }
}

/// Facts about this build of SegBench that stored results record.
public enum HarnessInfo {
    public static let segbenchVersion = "0.2.0"
}
