import Foundation
import Metrics
import Store

/// Stored runs in the shapes other tools read.
///
/// - `csv`: one row per (run, case, structure): the run's method, version and split, then the
///   columns of `segbench score --format csv`.
/// - `nnunet`: nnU-Net v2's `summary.json` of one run (`NNUNetSummary`).
/// - `monai`: MONAI `MetricsSaver`'s `{metric}_raw.csv` of one run: `filename`, one column per
///   structure, then `mean` (the NaN-ignoring mean over the row), values as `%.4f` and `nan`,
///   as `monai.handlers.utils.write_metrics_reports` writes them.
/// - `challenger`: challengeR's long table `task,case,algorithm,value` over runs, a task per
///   (split, structure), an algorithm per method version; structures absent from both left out,
///   missed ones given a selectable value (`MissedValue`).
/// - `mlflow`: MLflow's file store (`MLflowExport`).
///
/// Per case values of `nnunet` and `monai` are nnU-Net's (`NNUNetSummary`): a case without a
/// usable prediction counts as an empty prediction, Dice 0 where its reference holds the
/// structure, distances undefined.
public enum RunExport {
    public enum Format: String, CaseIterable, Sendable { case csv, nnunet, monai, challenger, mlflow }

    /// A run with its stored cases.
    public struct StoredRun: Sendable {
        public var summary: RunSummary
        public var results: [CaseResult]
        public init(summary: RunSummary, results: [CaseResult]) {
            self.summary = summary
            self.results = results
        }

        /// The scoring options the run recorded: its structures (nil: every label present) and tolerances.
        public var options: ScoringOptions {
            let object = (try? JSONSerialization.jsonObject(with: Data(summary.options.utf8))) as? [String: Any] ?? [:]
            let tolerances = (object["tolerances"] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? [1, 2]
            let structures = (object["structures"] as? [[String: Any]])?.map { s in
                Structure(name: s["name"] as? String ?? "", labels: (s["labels"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.uint8Value },
                          isRegion: (s["region"] as? Bool) ?? false)
            }
            let extended = (object["extended"] as? [String: Any]).map(ExtendedMetrics.init(jsonObject:)) ?? .none
            return ScoringOptions(structures: structures, addingPresentLabels: structures == nil, tolerances: tolerances, extended: extended)
        }

        /// The name challengeR and people see: `atlas atlas-1`.
        public var algorithm: String { "\(summary.method.name) \(summary.method.version)" }
    }

    /// nnU-Net's key of a metric name: `dice` → `Dice`, `hd95` → `HD95`, `nsd@1` → `NSD@1`.
    public static func nnunetKey(_ metric: String) -> String? {
        let fixed = ["dice": "Dice", "iou": "IoU", "hd": "HD", "hd95": "HD95", "assd": "ASSD"]
        if let key = fixed[metric.lowercased()] { return key }
        let everything = ExtendedMetrics(lesionWise: .brats2023, panoptic: .iou, centreline: [], boundaryWidth: 1)
        if let key = NNUNetSummary.extendedKeys(everything).first(where: { $0.stored == metric.lowercased() })?.key { return key }
        if metric.lowercased().hasPrefix("nsd@") { return "NSD@" + metric.dropFirst(4) }
        return nil
    }

    public static func csv(_ runs: [StoredRun]) -> String {
        var lines: [String] = []
        // One set of columns for every run: the extended metrics any of them asked for (empty
        // cells in the others), or the rows of two runs would not line up under one header.
        let extended = runs.map(\.options.extended).reduce(ExtendedMetrics.none) { $0.union($1) }
        for run in runs {
            let table = FolderReport.csv(run.results, options: run.options, extended: extended).split(separator: "\n").map(String.init)
            let prefix = [String(run.summary.id), run.summary.method.name, run.summary.method.version, run.summary.split].map(FolderReport.quoted)
            if lines.isEmpty { lines.append((["run", "method", "version", "split"] + [table[0]]).joined(separator: ",")) }
            lines += table.dropFirst().map { (prefix + [$0]).joined(separator: ",") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func nnunet(_ run: StoredRun) -> String {
        NNUNetSummary(run.results, options: run.options).text
    }

    /// `{metric}_raw.csv` for one metric.
    public static func monaiRaw(_ run: StoredRun, metric: String) -> String {
        let summary = NNUNetSummary(run.results, options: run.options)
        let key = nnunetKey(metric) ?? metric
        var lines = ["filename," + (summary.structures.map(\.structure) + ["mean"]).joined(separator: ",")]
        for (result, computed) in zip(summary.results, summary.perCase) {
            let values = summary.structures.map { computed.metrics[$0.key]?[key] ?? .nan }
            let row = values + [NNUNetSummary.nanMean(values)]
            lines.append(([result.caseDescription.name] + row.map { $0.isNaN ? "nan" : DecimalText.fixed($0, decimals: 4) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What challengeR gets for a structure the prediction missed (`missed`, `spurious`, or a
    /// failed case whose reference holds it): its `na.treat` cannot tell a miss from a structure
    /// absent from both once both are `NA`, so the second are left out and the first get
    /// a value.
    public enum MissedValue: Sendable, Hashable {
        /// The `segbench` policy's: Dice, IoU and NSD 0; distances the case's image diagonal in
        /// mm; lesion-wise and other self-defined metrics as stored.
        case worst
        /// `NA`, for `na.treat` to decide.
        case na
        /// This number, whatever the metric.
        case value(Double)

        public init?(argument: String) {
            switch argument.lowercased() {
            case "worst": self = .worst
            case "na": self = .na
            default:
                guard let v = Double(argument), v.isFinite else { return nil }
                self = .value(v)
            }
        }
    }

    /// challengeR's long table `task,case,algorithm,value` from the store's `case_metric` rows
    /// of one metric: a task per (split, structure), an algorithm per method version. A
    /// structure absent from both reference and prediction (`not_applicable`) has no row; a
    /// missed one gets `missed`; a scored one its stored value (`NA` where undefined).
    public static func challenger(_ runs: [StoredRun], rows: [CaseMetricRow], missed: MissedValue = .worst) -> String {
        let byId = Dictionary(runs.map { ($0.summary.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = ["task,case,algorithm,value"]
        for row in rows where row.state != "not_applicable" {
            guard let run = byId[row.run] else { continue }
            let value: Double?
            switch (row.state, missed) {
            case ("scored", _): value = row.value
            case (_, .worst): value = row.policyValue
            case (_, .na): value = nil
            case (_, .value(let v)): value = v
            }
            lines.append([FolderReport.quoted("\(run.summary.split)/\(row.structure)"), FolderReport.quoted(row.caseName),
                          FolderReport.quoted(run.algorithm), value.map { $0.isFinite ? "\($0)" : "NA" } ?? "NA"].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
