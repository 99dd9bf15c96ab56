import Foundation
import Metrics

/// A metric over every stored version of a method on a split (asv style): the mean over
/// structures with its bootstrap interval per version, in the order versions were first run, and
/// each change from the previous version tested on the cases both scored (paired two-sided
/// Wilcoxon, Holm-adjusted over the consecutive comparisons).
public struct History: Sendable {
    public struct Point: Sendable {
        public var method: ReportMethod
        public var firstRun: Date
        public var cell: Cell
        /// Against the previous version: p (Holm) and whether the change is significant.
        public var adjustedP: Double?
        public var significant: Bool
    }

    public var split: String
    public var metric: String
    public var points: [Point]

    public init(aggregator: Aggregator, split: String, metric: String = "dice", alpha: Double = 0.05) {
        let data = aggregator.data
        let versions = data.methods(on: split).sorted { data.runs[split]![$0]!.startedAt < data.runs[split]![$1]!.startedAt }
        var points = versions.map { m in
            Point(method: data.methods[m], firstRun: data.runs[split]![m]!.startedAt, cell: aggregator.meanCell(split: split, method: m, metric: metric),
                  adjustedP: nil, significant: false)
        }
        var raw: [(Int, Double)] = []
        for i in points.indices.dropFirst() {
            if let test = WilcoxonTest(matching: points[i].cell.values, points[i - 1].cell.values) { raw.append((i, test.p)) }
        }
        for ((i, _), q) in zip(raw, holmAdjusted(raw.map(\.1))) {
            points[i].adjustedP = q
            points[i].significant = q < alpha
        }
        self.split = split
        self.metric = metric
        self.points = points
    }

    public var markdown: String {
        let d = MetricDisplay(metric)
        var out = "| # | version | checkpoint | first run | n | mean \(d.header) | 95 % CI | Δ | p (Holm) | |\n|---:|---|---|---|---:|---:|---:|---:|---:|---|\n"
        let formatter = ISO8601DateFormatter()
        for (i, p) in points.enumerated() {
            let delta = i == 0 ? "" : DecimalText.signed((p.cell.aggregate - points[i - 1].cell.aggregate) * d.scale, decimals: 2)
            let ci = p.cell.interval.map { "\(d.format($0.lowerBound))–\(d.format($0.upperBound))" } ?? "–"
            let better = higherIsBetter(metric) == (p.cell.aggregate > (i == 0 ? p.cell.aggregate : points[i - 1].cell.aggregate))
            let mark = p.significant ? (better ? "▲ significant gain" : "▼ significant drop") : ""
            out += "| \(i + 1) | \(p.method.version.version) | `\(p.method.version.checkpointChecksum.prefix(8))` | \(formatter.string(from: p.firstRun)) | \(p.cell.summary?.n ?? 0) | \(d.format(p.cell.aggregate)) | \(ci) | \(delta) | \(p.adjustedP.map { String(format: "%.3g", $0) } ?? "–") | \(mark) |\n"
        }
        return out
    }

    /// The line plot: the mean per version with its 95 % interval as a band, significant changes
    /// marked with a triangle. Its data is `NAME.csv` beside the script, one row per version.
    public func figure(name: String) -> Figure {
        let d = MetricDisplay(metric)
        var table = FigureTable(columns: ["x", "mean", "ci_low", "ci_high", "significant", "version", "checkpoint"])
        for (i, p) in points.enumerated() {
            table.append(["\(i + 1)", FigureTable.number(p.cell.aggregate * d.scale),
                          FigureTable.number(p.cell.interval.map { $0.lowerBound * d.scale }),
                          FigureTable.number(p.cell.interval.map { $0.upperBound * d.scale }),
                          p.significant ? "1" : "0", p.method.version.version, String(p.method.version.checkpointChecksum.prefix(8))])
        }
        let tics = points.enumerated().map { "\(FigureBuilder.text($0.element.method.version.version + "\n" + String($0.element.method.version.checkpointChecksum.prefix(8)))) \($0.offset + 1)" }
        let data = "'\(name).csv'"
        let script = FigureBuilder.preamble + """
            set bmargin 4
            set xrange [0.6:\(Double(points.count) + 0.4)]
            set xtics (\(tics.joined(separator: ", "))) scale 0
            set ylabel \(FigureBuilder.text("Mean " + d.header))
            set xlabel "version (checkpoint)"
            set key outside top center horizontal maxrows 1 samplen 1.5
            plot \(data) using "x":"ci_low":"ci_high" with filledcurves fc rgb '#0072B2' fs transparent solid 0.2 noborder title '95 % CI', \\
                 \(data) using "x":"mean" with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' title 'mean', \\
                 \(data) using "x":(column("significant") == 1 ? column("mean") : NaN) with points pt 9 ps 1.6 lc rgb '#D55E00' title 'significant change'

            """
        return Figure(name: name, width: points.count > 3 ? .page : .column, height: 2.6,
                      caption: "Mean \(d.header) over the structures of \(split) for every stored version, in the order they were first run; band: 95 % bootstrap interval over subjects; triangles: a significant change from the previous version.",
                      script: script, tables: [table])
    }
}
