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

    /// One row per case and structure: the case's files, then the columns of
    /// `segbench score --format csv`. A failed case is one row whose state is its failure kind.
    /// `labelNames` (dataset.json's, by structure) adds a `name` column after `label`.
    public static func csv(_ results: [CaseResult], tolerances: [Double], extended: ExtendedMetrics = .none,
                           labelNames: [String: String] = [:]) -> String {
        let names = StructureScore.metricNames(tolerances: tolerances, extended: extended)
        var header = ["case", "reference_file", "prediction_file"] + ScoreFormat.csvHeader(tolerances, extended: extended) + ["message"]
        let named = !labelNames.isEmpty
        if named { header.insert("name", at: 4) }
        var lines = [header.joined(separator: ",")]
        for r in results {
            let prefix = [r.caseDescription.name, r.caseDescription.referencePath, r.predictionPath ?? ""].map(quoted)
            if let f = r.failure {
                let label = named ? ["", ""] : [""]
                lines.append((prefix + label + [f.kind] + Array(repeating: "", count: header.count - 5 - label.count) + [quoted(oneLine(f.message))])
                    .joined(separator: ","))
                continue
            }
            for s in r.scores {
                let values = names.map { ScoreFormat.csvValue(name: $0, value: s.metrics[$0]) }
                let label = [quoted(s.structure)] + (named ? [quoted(labelNames[s.structure] ?? "")] : [])
                let row = prefix + label + [s.state] + [s.tp, s.fp, s.fn, s.nReference, s.nPrediction].map(String.init) + values + [""]
                lines.append(row.joined(separator: ","))
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
