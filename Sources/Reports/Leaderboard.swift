import Foundation
import Metrics

/// A leaderboard: rows of methods, columns of numbers, the best of each column in bold and the
/// second underlined, as a renderer (Markdown, LaTeX, HTML) prints it.
public struct Leaderboard: Sendable {
    public struct Column: Sendable {
        public var header: String
        /// Whether the column is ranked (marks best and second), and in which direction.
        public var higherIsBetter: Bool?
    }

    public enum Mark: Sendable { case none, best, second }

    public struct Entry: Sendable {
        public var text: String
        public var mark: Mark = .none
        /// Significantly different from the column's best (paired Wilcoxon, Holm).
        public var significant = false
        /// The value ranked on (the displayed aggregate, rounded as shown).
        var rankValue: Double?
    }

    public struct Row: Sendable {
        public var label: String
        public var entries: [Entry]
        /// A reference row (an in-domain upper bound) printed in grey and left out of the marks.
        public var isReference = false
    }

    public var title: String
    /// The header of the label column: what a row is.
    public var labelHeader = "Method"
    /// Column groups spanning several columns (`Dice (%) ↑`, a split's block), after the label column.
    public var groups: [(title: String, span: Int)] = []
    public var columns: [Column]
    public var rows: [Row]
    public var footnotes: [String] = []

    /// Puts the marks: per ranked column, the best displayed value (all rows tied at the shown
    /// precision) in bold, the next displayed value underlined. Reference rows take no mark; with
    /// one ranked row nothing is marked, with two only the best (second would mean last).
    mutating func markBest() {
        let ranked = rows.filter { !$0.isReference }.count
        guard ranked > 1 else { return }
        for (c, column) in columns.enumerated() {
            guard let higher = column.higherIsBetter else { continue }
            let values = Set(rows.filter { !$0.isReference }.compactMap { $0.entries[c].rankValue }.filter { $0.isFinite })
            // One value shared by every method (all at 0 on a structure none found) has no best.
            guard values.count > 1 else { continue }
            let ordered = values.sorted { higher ? $0 > $1 : $0 < $1 }
            for r in rows.indices where !rows[r].isReference {
                guard let v = rows[r].entries[c].rankValue else { continue }
                if v == ordered.first { rows[r].entries[c].mark = .best }
                else if ranked > 2, ordered.count > 1, v == ordered[1] { rows[r].entries[c].mark = .second }
            }
        }
    }
}

/// What a cell prints.
public enum CellContent: String, CaseIterable, Sendable {
    /// `82.31 ± 4.20`
    case meanStd = "mean-std"
    /// `83.10 [80.20, 85.00]`: median and interquartile range.
    case medianIQR = "median-iqr"
    /// `82.31 (80.10–84.50)`: mean and 95 % bootstrap interval.
    case meanCI = "mean-ci"
}

/// How a metric is shown: Dice and NSD in percent, distances in millimetres, two decimals.
public struct MetricDisplay: Sendable {
    public var metric: String
    public var scale: Double
    public var decimals = 2

    public init(_ metric: String) {
        self.metric = metric
        scale = Self.isDistance(metric) || Self.isCount(metric) ? 1 : 100
    }

    /// In mm: the distances, the self-defined ones (lesion-wise HD95, SQ on ASSD) included.
    static func isDistance(_ metric: String) -> Bool {
        let name = metric.lowercased()
        return Policy.MetricKind(metric: metric) == .distance || name.hasSuffix("hd95") || name.hasSuffix("assd")
    }

    /// Counts (`lesion_tp`, `instance_fn`, `ref_to_pred_count`): shown as they are, without a unit.
    static func isCount(_ metric: String) -> Bool { StructureScore.isCount(metric.lowercased()) }

    /// `Dice (%) ↑`, `HD95 (mm) ↓`, `NSD@1mm (%) ↑`.
    public var header: String {
        let name: String
        switch metric.lowercased() {
        case "dice": name = "Dice"
        case "iou": name = "IoU"
        case "hd": name = "HD"
        case "hd95": name = "HD95"
        case "assd": name = "ASSD"
        case "lesion_dice": name = "Lesion-wise Dice"
        case "lesion_hd95": name = "Lesion-wise HD95"
        case "pq": name = "PQ"
        case "rq": name = "RQ"
        case "sq": name = "SQ"
        case "cldice": name = "clDice"
        case "boundary_iou": name = "Boundary IoU"
        case "volume_similarity": name = "Volume similarity"
        default: name = metric.lowercased().hasPrefix("nsd@") ? "NSD@\(metric.dropFirst(4)) mm" : metric
        }
        let unit = Self.isCount(metric) ? "" : " (\(scale == 100 ? "%" : "mm"))"
        return "\(name)\(unit) \(higherIsBetter(metric) ? "↑" : "↓")"
    }

    public func format(_ value: Double) -> String {
        value.isFinite ? DecimalText.fixed(value * scale, decimals: decimals) : "–"
    }

    /// The value as displayed, back as a number: what ties are decided on.
    func rounded(_ value: Double) -> Double? { value.isFinite ? Double(format(value)) : nil }

    func text(_ cell: Cell, content: CellContent) -> String {
        guard let s = cell.summary else { return "–" }
        switch content {
        // The sample sd of one value is undefined (0 would read as "no spread").
        case .meanStd: return "\(format(cell.aggregate)) ± \(s.n > 1 ? format(s.std) : "–")"
        case .medianIQR: return "\(format(s.median)) [\(format(s.q1)), \(format(s.q3))]"
        case .meanCI:
            // No interval (one subject, or no resamples): said, not left out of the cell.
            guard let ci = cell.interval else { return "\(format(cell.aggregate)) (–)" }
            return "\(format(cell.aggregate)) (\(format(ci.lowerBound))–\(format(ci.upperBound)))"
        }
    }

    /// A cell as a table entry, ranked on its central value (the median under `median-iqr`, else
    /// the aggregate). `central` prints that value alone (`82.31`): for a table too wide for spreads.
    func entry(_ cell: Cell, content: CellContent, central: Bool = false) -> Leaderboard.Entry {
        let ranked = content == .medianIQR ? cell.summary?.median : cell.aggregate
        guard central else { return Leaderboard.Entry(text: text(cell, content: content), rankValue: ranked.flatMap(rounded)) }
        guard let ranked else { return .init(text: "–") }
        return Leaderboard.Entry(text: format(ranked), rankValue: rounded(ranked))
    }
}
