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
///   (split, structure), an algorithm per method version, `NA` where a value is undefined.
///
/// Per case values are nnU-Net's (`NNUNetSummary`): a case without a usable prediction counts as
/// an empty prediction, Dice 0 where its reference holds the structure, distances undefined.
public enum RunExport {
    public enum Format: String, CaseIterable, Sendable { case csv, nnunet, monai, challenger }

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
            let table = FolderReport.csv(run.results, tolerances: run.options.tolerances, extended: extended).split(separator: "\n").map(String.init)
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

    public static func challenger(_ runs: [StoredRun], metric: String) -> String {
        let key = nnunetKey(metric) ?? metric
        var lines = ["task,case,algorithm,value"]
        for run in runs {
            let summary = NNUNetSummary(run.results, options: run.options)
            for (result, computed) in zip(summary.results, summary.perCase) {
                for s in summary.structures {
                    let value = computed.metrics[s.key]?[key] ?? .nan
                    lines.append([FolderReport.quoted("\(run.summary.split)/\(s.structure)"), FolderReport.quoted(result.caseDescription.name),
                                  FolderReport.quoted(run.algorithm), value.isFinite ? "\(value)" : "NA"].joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
