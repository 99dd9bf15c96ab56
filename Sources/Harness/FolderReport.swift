import Foundation
import Metrics
import Store

/// What `segbench score REF_DIR PRED_DIR` prints: a table of means for people, or one CSV row
/// per case and structure for spreadsheets.
public enum FolderReport {
    /// Per structure: how many cases in each state, and the means of `summary` (NaN-ignoring,
    /// failed cases scored as empty predictions, as in summary.json).
    public static func table(_ summary: NNUNetSummary, tolerances: [Double]) -> String {
        let nsd = tolerances.map { "NSD@\(ScoreFormat.tolerance($0))" }
        // The headline of each extended metric asked for (summary.json holds them all).
        let extended = ["LesionWise_Dice", "LesionWise_Hausdorff95", "PQ", "clDice", "BoundaryIoU"].filter(summary.metricNames.contains)
        let means = ["Dice", "IoU", "HD95", "ASSD"] + nsd + extended
        let header = ["structure", "cases", "scored", "missed", "spurious", "n/a", "failed"] + means.map { Self.headers[$0] ?? $0 }
        let counts = summary.stateCounts
        let fixed = ScoreFormat.fixed
        var rows: [[String]] = summary.structures.map { s in
            let c = counts[s.key] ?? [:]
            let known = ["scored", "missed", "spurious", "not_applicable"]
            let failed = c.filter { !known.contains($0.key) }.values.reduce(0, +)
            let shown = summary.names[s.key] ?? s.structure
            let name = shown == s.key ? s.key : "\(shown) \(s.key)"
            return [name, String(c.values.reduce(0, +))] + known.map { String(c[$0] ?? 0) } + [String(failed)]
                + means.map { fixed(summary.means[s.key]?[$0]) }
        }
        rows.append(["foreground mean", "", "", "", "", "", ""] + means.map { fixed(summary.foregroundMean[$0]) })
        return TextTable.render(header: header, rows: rows, leftColumns: 1) + "\n" + """
            Means over cases, NaN-ignoring as nnU-Net's summary.json (a distance counts only where both maps hold the \
            structure); a case without a usable prediction counts as an empty prediction (Dice 0).

            """ + ScoreFormat.definitions + "\n"
    }

    static let headers = ["LesionWise_Dice": "lesion Dice", "LesionWise_Hausdorff95": "lesion HD95", "BoundaryIoU": "BIoU"]

    /// One row per case and structure, failures and structures absent from a case included, so
    /// that a mean over a column (pandas' `groupby('label').dice.mean()`) is summary.json's:
    /// the case's files, then the columns of `segbench score --format csv`, then `failure` and
    /// `message`. dataset.json's label names (`options.names`, by structure) add a `name`
    /// column after `label`.
    ///
    /// The structures are summary.json's (`NNUNetSummary.structureOrder`). A structure a scored
    /// case has no row for is in neither map (`not_applicable`, counts 0, values empty). A case
    /// without a usable prediction has a row per structure: `failed` where its reference holds
    /// the structure, scored as an empty prediction as summary.json scores it (Dice and IoU 0,
    /// the rest empty), `not_applicable` where not; `failure` gives its kind. A case whose
    /// reference could not be read has rows with the state `failed` and no values.
    public static func csv(_ results: [CaseResult], options: ScoringOptions, extended: ExtendedMetrics? = nil) -> String {
        let extended = extended ?? options.extended
        let names = StructureScore.metricNames(tolerances: options.tolerances, extended: extended)
        let labelNames = options.names
        let named = !labelNames.isEmpty
        var header = ["case", "reference_file", "prediction_file"] + ScoreFormat.csvHeader(options.tolerances, extended: extended) + ["failure", "message"]
        if named { header.insert("name", at: 4) }
        let structures = NNUNetSummary.structureOrder(results, options: options)
        var lines = [header.joined(separator: ",")]
        for r in results {
            let prefix = [r.caseDescription.name, r.caseDescription.referencePath, r.predictionPath ?? ""].map(quoted)
            let byName = Dictionary(r.scores.map { ($0.structure, $0) }, uniquingKeysWith: { a, _ in a })
            for key in structures {
                let failure = r.failure.map { [$0.kind, quoted(oneLine($0.message))] } ?? ["", ""]
                let label = [quoted(key.structure)] + (named ? [quoted(labelNames[key.structure] ?? "")] : [])
                if let s = byName[key.structure] {
                    let values = names.map { ScoreFormat.csvValue(name: $0, value: s.metrics[$0]) }
                    let row = prefix + label + [s.state] + [s.tp, s.fp, s.fn, s.nReference, s.nPrediction].map(String.init) + values + failure
                    lines.append(row.joined(separator: ","))
                    continue
                }
                let voxels = r.caseDescription.labelVoxels
                let nReference = key.labels.reduce(0) { $0 + (voxels?[$1] ?? 0) }
                let state = r.failure != nil && (nReference > 0 || voxels == nil) ? "failed" : ScoreState.notApplicable.rawValue
                // An empty prediction's Dice and IoU where the reference holds the structure (summary.json's rule).
                let emptyPrediction: [String: Double] = r.failure != nil && nReference > 0 ? ["dice": 0, "iou": 0] : [:]
                let values = names.map { ScoreFormat.csvValue(name: $0, value: emptyPrediction[$0]) }
                let counts = voxels == nil ? ["", "", "", "", ""] : ["0", "0", String(nReference), String(nReference), "0"]
                lines.append((prefix + label + [state] + counts + values + failure).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A multi-line message (a grid mismatch lists both grids) on one line, so a CSV row stays a line.
    static func oneLine(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }

    /// RFC 4180 quoting, only where needed.
    /// A CSV field, quoted when it holds a comma, a quote or a newline (RFC 4180).
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
