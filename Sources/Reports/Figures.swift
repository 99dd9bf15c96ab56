import Catalog
import Foundation

/// The figures of a report, as gnuplot scripts with their data inline.
///
/// Conventions: Liberation Sans 8 pt (metric-compatible with Helvetica/Arial, embedded in the
/// PDF), the Okabe–Ito palette for methods (distinguishable with every common colour-vision
/// deficiency), the label space's fixed colour per organ, point shapes per scanner. Boxes are the
/// quartiles with the median, whiskers reach the farthest case within 1.5 × IQR, and every case
/// is drawn as a jittered point (a box alone hides clusters).
public struct FigureBuilder: Sendable {
    public var aggregator: Aggregator
    var data: ReportData { aggregator.data }

    public init(aggregator: Aggregator) { self.aggregator = aggregator }

    /// Okabe & Ito (2008), black last of them, yellow left out (it vanishes on white); then
    /// three of Paul Tol's muted colours (wine, olive, indigo), so that the main job's ten
    /// series (nine methods and a TCI round) each get a colour of their own before any repeats.
    public static let methodColors = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
                                      "#882255", "#999933", "#332288"]
    /// gnuplot point types: circle, square, triangle up, diamond, triangle down, pentagon.
    static let pointTypes = [7, 5, 9, 13, 11, 15]

    public func color(method: Int) -> String { Self.methodColors[method % Self.methodColors.count] }

    static let preamble = """
        set encoding utf8
        set termoption noenhanced
        set border 3 lw 0.8
        set tics nomirror out scale 0.6
        set grid ytics lc rgb '#e0e0e0' lw 0.6
        set key noautotitle

        """

    static func datablock(_ name: String, _ rows: [[Double]]) -> String {
        "$\(name) << EOD\n" + rows.map { $0.map { $0.isFinite ? String(format: "%.6g", $0) : "NaN" }.joined(separator: " ") }.joined(separator: "\n") + "\nEOD\n"
    }

    /// A gnuplot string literal (double-quoted, so a newline can be written `\\n`).
    static func text(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The per-case mean over structures (after the policy), with the case's domain and scanner.
    func perCase(split: String, method: Int, metric: String, structures: [String]? = nil) -> [(name: String, value: Double, domain: String, scanner: String)] {
        let means = aggregator.caseMeans(split: split, method: method, metric: metric, structures: structures)
        let facts = aggregator.caseFacts(split: split, method: method)
        return means.keys.sorted().map { (name: $0, value: means[$0]!, domain: facts[$0]?.domain ?? "", scanner: facts[$0]?.scanner ?? "") }
    }

    // MARK: Box plots

    /// Per-case values (mean over structures) as box plots with jittered points: one group per
    /// (split, target domain), one box per method, points shaped by scanner. Every split is
    /// averaged over the lead split's structures (where it scores them), so groups compare.
    public func boxPlot(metric: String) -> Figure {
        let display = MetricDisplay(metric)
        let lead = data.structures[data.splits[0]] ?? []
        func perCase(split: String, method: Int, metric: String) -> [(name: String, value: Double, domain: String, scanner: String)] {
            let own = data.structures[split] ?? []
            return self.perCase(split: split, method: method, metric: metric, structures: own.filter(lead.contains).isEmpty ? own : own.filter(lead.contains))
        }
        var groups: [(split: String, domain: String)] = []
        for split in data.splits {
            for m in data.methods(on: split) {
                for c in perCase(split: split, method: m, metric: metric) where !groups.contains(where: { $0 == (split, c.domain) }) { groups.append((split, c.domain)) }
            }
        }
        let scanners = Array(Set(data.observations.map(\.scanner))).sorted()
        let methods = data.methods.indices.filter { m in data.splits.contains { data.runs[$0]?[m] != nil } }
        let k = Double(methods.count), step = 0.8 / k
        var generator = SeededGenerator(seed: 20261123)
        var script = Self.preamble
        var plots: [String] = []
        var counts = [Int](repeating: 0, count: groups.count)
        for (i, m) in methods.enumerated() {
            var boxes: [[Double]] = [], points: [[Double]] = []
            for (g, group) in groups.enumerated() {
                let cases = data.runs[group.split]?[m] == nil ? [] : perCase(split: group.split, method: m, metric: metric).filter { $0.domain == group.domain }
                let values = cases.map { $0.value * display.scale }
                guard let s = Summary(values) else { continue }
                let x = Double(g) + (Double(i) - (k - 1) / 2) * step
                // Whiskers at the farthest case within 1.5 × IQR, never inside the box (as matplotlib).
                let low = min(s.q1, values.filter { $0 >= s.q1 - 1.5 * s.iqr }.min() ?? s.min)
                let high = max(s.q3, values.filter { $0 <= s.q3 + 1.5 * s.iqr }.max() ?? s.max)
                // Quartiles of fewer than five cases mean little: those groups get the median and their points only.
                boxes.append(values.count >= 5 ? [x, s.q1, low, high, s.q3, s.median] : [x, .nan, .nan, .nan, .nan, s.median])
                counts[g] = max(counts[g], values.count)
                for c in cases {
                    points.append([x + generator.uniform(-0.3...0.3) * step, c.value * display.scale,
                                   Double(Self.pointTypes[(scanners.firstIndex(of: c.scanner) ?? 0) % Self.pointTypes.count])])
                }
            }
            script += Self.datablock("box\(i)", boxes) + Self.datablock("points\(i)", points)
            let c = color(method: m)
            plots.append("$box\(i) using 1:2:3:4:5 with candlesticks whiskerbars 0.6 lc rgb '\(c)' fs solid 0.2 border title \(Self.text(data.methods[m].label))")
            plots.append("$box\(i) using 1:6:6:6:6 with candlesticks lc rgb '\(c)' lw 2.2 notitle")
            plots.append("$points\(i) using 1:2:3 with points pt variable ps 1 lc rgb '\(c)' notitle")
        }
        for (s, scanner) in scanners.enumerated() {
            plots.append("NaN with points pt \(Self.pointTypes[s % Self.pointTypes.count]) ps 0.9 lc rgb '#555555' title \(Self.text(scanner))")
        }
        let tics = groups.enumerated().map { (g, group) in "\(Self.text("\(group.domain) (n = \(counts[g]))\n\(group.split)")) \(g)" }
        script += """
            set bmargin 4
            set boxwidth \(step * 0.7) absolute
            set xrange [-0.6:\(Double(groups.count) - 0.4)]
            set xtics (\(tics.joined(separator: ", "))) scale 0
            set ylabel \(Self.text("Per-case mean " + display.header))
            \(display.scale == 100 ? "set yrange [0:100]" : "set yrange [0:*]")
            set key outside right top vertical Left reverse samplen 1.5 spacing 1.1
            plot \(plots.joined(separator: ", \\\n     "))

            """
        return Figure(name: "box_\(metric)", width: max(6.5, 2.0 + 1.9 * Double(groups.count)), height: 2.8,
                      caption: "Per-case mean \(display.header) over the structures of \(data.splits[0]) (those each split scores) (\(aggregator.policy.rawValue) policy), by target domain and method. Boxes: quartiles and median (median only below five cases); whiskers: the farthest case within 1.5 × IQR; points: cases, jittered, shaped by scanner model (or site where the scanner is unknown).",
                      script: script)
    }

    // MARK: In-distribution → out-of-distribution

    /// Rows and columns of a grid of `n` panels: at most three a row, the rows filled evenly
    /// (seven panels in one row made a PNG 6148 pixels wide and 520 high).
    static func grid(_ n: Int) -> (rows: Int, columns: Int) {
        let rows = (n + 2) / 3
        return (rows, (n + rows - 1) / rows)
    }

    /// A slope graph per method: the mean on the split's control (ID) to the mean on the split
    /// (OOD), a panel per split, the panels in rows of at most three.
    public func shiftPlot(_ infos: [SplitInfo], metric: String = "dice") -> Figure? {
        let pairs = infos.compactMap { info -> (SplitInfo, String)? in
            guard let c = info.control, data.runs[c] != nil, data.runs[info.name] != nil else { return nil }
            return (info, c)
        }
        guard !pairs.isEmpty else { return nil }
        let display = MetricDisplay(metric)
        // The method labels at the right ends set the panel's width and x range: a label of L
        // inches (8 pt Liberation Sans: about 0.065 in a character) starts at x = 1.06 and must
        // end inside the plot, whose width is the panel's less its margins (about 0.9 in).
        let label = 0.065 * Double(data.methods.map(\.label.count).max() ?? 10)
        let panel = 2.0 + 1.6 * label, plotWidth = panel - 0.9, share = min(0.6, label / plotWidth)
        let xmax = (1.06 + 0.15 * share) / (1 - share)
        let grid = Self.grid(pairs.count)
        var script = Self.preamble
        script += "set multiplot layout \(grid.rows),\(grid.columns)\n"
        for (info, control) in pairs {
            let structures = data.structures[info.name] ?? []
            var plots: [String] = []
            var ends: [(method: Int, y: Double)] = []
            for m in data.methods(on: info.name) where data.runs[control]?[m] != nil {
                let id = aggregator.meanCell(split: control, method: m, metric: metric, structures: structures).aggregate * display.scale
                let ood = aggregator.meanCell(split: info.name, method: m, metric: metric).aggregate * display.scale
                script += Self.datablock("shift\(m)_\(plots.count)", [[0, id], [1, ood]])
                plots.append("$shift\(m)_\(plots.count) using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '\(color(method: m))' notitle")
                ends.append((m, ood))
            }
            // Labels at the right ends, pushed apart where two ends are closer than a line of text.
            let gap = display.scale == 100 ? 7.5 : max(1, (ends.map(\.y).max() ?? 1) * 0.075)
            var placed: [Double] = []
            for end in ends.sorted(by: { $0.y < $1.y }) {
                let y = max(end.y, (placed.last ?? -Double.infinity) + gap)
                placed.append(y)
                script += String(format: "set label %@ at 1.06,%.4f left textcolor rgb '%@'\n", Self.text(data.methods[end.method].label), max(y, gap / 3), color(method: end.method))
            }
            script += """
                set title \(Self.text(info.title))
                set bmargin 4
                set xrange [-0.15:\(String(format: "%.3f", xmax))]
                set xtics (\(Self.text("ID\n" + control)) 0, \(Self.text("OOD\n" + info.name)) 1) scale 0
                set ylabel \(Self.text("Mean " + display.header))
                \(display.scale == 100 ? "set yrange [0:100]" : "set yrange [0:*]")
                plot \(plots.joined(separator: ", "))
                unset label

                """
        }
        script += "unset multiplot\n"
        return Figure(name: "shift_\(metric)", width: max(3.2, panel * Double(grid.columns)), height: 2.6 * Double(grid.rows),
                      caption: "Mean \(display.header) on the training domain's held-out cases (ID) and on the target (OOD), per method; structures of the OOD split.",
                      script: script)
    }

    // MARK: Dice vs HD95

    /// Every scored structure of every case, Dice against HD95, coloured by method.
    /// nil when no method has a structure with both masks non-empty (SAM with boxes that found
    /// nothing): gnuplot cannot draw a plot without points.
    public func scatter(split: String) -> Figure? {
        points(split: split, x: "dice", y: "hd95", scoredOnly: true, name: "dice_vs_hd95_\(split)", square: false,
               axes: """
                   set xlabel 'Dice (%)'
                   set ylabel 'HD95 (mm)'
                   set xrange [-2:100]
                   set yrange [0:*]
                   set grid xtics
                   """,
               caption: "Dice against HD95 for every structure scored on \(split) (both masks non-empty, so no policy applies; a method with no such structure has no points): good overlap with far outliers shows as points to the upper right.")
    }

    /// Voxel-level Dice against lesion-wise Dice, one point per case and structure, on a split
    /// whose runs scored lesion by lesion: a point far below the diagonal is a case whose missed
    /// lesions or false-positive islands the voxel-level Dice hides.
    public func lesionScatter(split: String) -> Figure? {
        points(split: split, x: "dice", y: "lesion_dice", scoredOnly: false, name: "lesionwise_\(split)", square: true,
               axes: """
                   set xlabel 'Dice (%)'
                   set ylabel 'Lesion-wise Dice (%)'
                   set xrange [-2:102]
                   set yrange [-2:102]
                   set size ratio -1
                   set grid xtics ytics
                   """,
               caption: "Voxel-level Dice against BraTS 2023 lesion-wise Dice on \(split), one point per case and structure where both are defined: on the dashed diagonal the two agree; below it the case has missed lesions or false-positive islands that the voxel-level Dice averages away.")
    }

    /// One point per observation holding both metrics (in the display's units), a colour per
    /// method; `square` draws the diagonal y = x.
    func points(split: String, x: String, y: String, scoredOnly: Bool, name: String, square: Bool, axes: String, caption: String) -> Figure? {
        let (dx, dy) = (MetricDisplay(x), MetricDisplay(y))
        var script = Self.preamble
        var plots: [String] = square ? ["x with lines dt 2 lc rgb '#999999' notitle"] : []
        for m in data.methods(on: split) {
            let rows = aggregator.observations(split, m).filter { !scoredOnly || $0.state == .scored }.compactMap { o -> [Double]? in
                guard let a = o.metrics[x], let b = o.metrics[y] else { return nil }
                return [a * dx.scale, b * dy.scale]
            }
            guard !rows.isEmpty else { continue }
            script += Self.datablock("points\(m)", rows)
            plots.append("$points\(m) using 1:2 with points pt 7 ps 0.8 lc rgb '\(color(method: m))' title \(Self.text(data.methods[m].label))")
        }
        guard plots.count > (square ? 1 : 0) else { return nil }
        script += axes + "\nset key outside top center horizontal samplen 1\nplot \(plots.joined(separator: ", "))\n\n"
        return Figure(name: name, width: 3.4, height: square ? 3.4 : 2.8, caption: caption, script: script)
    }

    // MARK: Per-organ bars

    /// Mean Dice per structure and method as grouped bars with 95 % bootstrap intervals.
    public func organBars(split: String, metric: String = "dice") -> Figure {
        let display = MetricDisplay(metric)
        let structures = data.structures[split] ?? []
        let methods = data.methods(on: split)
        let k = Double(methods.count), step = 0.8 / k
        var script = Self.preamble
        var plots: [String] = []
        for (i, m) in methods.enumerated() {
            let rows = structures.enumerated().map { (s, structure) -> [Double] in
                let cell = aggregator.cell(split: split, method: m, structure: structure, metric: metric)
                let x = Double(s) + (Double(i) - (k - 1) / 2) * step
                return [x, cell.aggregate * display.scale, (cell.interval?.lowerBound ?? .nan) * display.scale, (cell.interval?.upperBound ?? .nan) * display.scale]
            }
            script += Self.datablock("bars\(i)", rows)
            let c = color(method: m)
            plots.append("$bars\(i) using 1:2 with boxes fs solid 0.75 lc rgb '\(c)' title \(Self.text(data.methods[m].label))")
            plots.append("$bars\(i) using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle")
            // A bar of height zero is invisible: its value is printed instead.
            for row in rows where row[1].isFinite && abs(row[1]) < 0.5 { script += String(format: "set label '0' at first %.4f, graph 0.05 center textcolor rgb '%@' font ',7'\n", row[0], c) }
        }
        let tics = structures.enumerated().map { "\(Self.text(data.style($0.element).displayName)) \($0.offset)" }
        script += """
            set boxwidth \(step * 0.9) absolute
            set xrange [-0.6:\(Double(structures.count) - 0.4)]
            set xtics (\(tics.joined(separator: ", "))) scale 0 \(structures.count > 3 ? "rotate by 30 right" : "")
            set ylabel \(Self.text("Mean " + display.header))
            \(display.scale == 100 ? "set yrange [0:105]" : "set yrange [0:*]")
            set key outside right top vertical Left reverse samplen 1.5
            plot \(plots.joined(separator: ", \\\n     "))

            """
        return Figure(name: "organs_\(metric)_\(split)", width: max(4.5, 1.6 + 0.45 * Double(structures.count) * max(1, k / 2)), height: 2.6,
                      caption: "Mean \(display.header) per structure on \(split); error bars: 95 % percentile bootstrap intervals over subjects (\(aggregator.resamples) resamples, seed \(aggregator.seed)).",
                      script: script)
    }

    // MARK: Ranking

    /// challengeR's significance map: yellow where the method on the x-axis is significantly
    /// better than the one on the y-axis (one-sided paired Wilcoxon, Holm), blue where not.
    public func significanceMap(split: String, metric: String = "dice") -> Figure? {
        let map = Ranking.significanceMap(aggregator, split: split, metric: metric)
        guard map.methods.count > 1 else { return nil }
        let k = map.methods.count
        var rows: [[Double]] = []
        for x in 0..<k { for y in 0..<k { rows.append([Double(x), Double(y), x == y ? 0.5 : map.better[x][y] ? 1 : 0]) } }
        let labels = map.methods.map { data.methods[$0].label }
        let tics = labels.enumerated().map { "\(Self.text($0.element)) \($0.offset)" }.joined(separator: ", ")
        let margin = Double(labels.map(\.count).max() ?? 8) * 0.75 + 3
        let script = Self.preamble + Self.datablock("significance", rows) + """
            unset grid
            set border 0
            set title \(Self.text(split))
            set lmargin \(margin + 3)
            set bmargin \(margin * 0.5 + 1.5)
            set rmargin 18
            set xrange [-0.5:\(Double(k) - 0.5)]
            set yrange [\(Double(k) - 0.5):-0.5]
            set xtics (\(tics)) scale 0 rotate by 30 right
            set ytics (\(tics)) scale 0
            set xlabel "significantly better …"
            set ylabel "… than"
            set palette defined (0 '#56B4E9', 0.5 '#d9d9d9', 1 '#F0E442')
            set cbrange [0:1]
            unset colorbox
            set label 1 "yellow: significant\\nblue: not significant\\ngrey: the method itself\\n(one-sided Wilcoxon,\\nHolm, 5 %)" at graph 1.06,0.95 left font ",7"
            plot $significance using 1:2:(0.48):(0.48):3 with boxxyerror fs solid 1 noborder lc palette notitle

            """
        return Figure(name: "significance_\(split)", width: 3.0 + 0.45 * Double(k), height: 1.7 + 0.45 * Double(k),
                      caption: "Pairwise one-sided Wilcoxon signed-rank tests on the per-case mean Dice of \(split), Holm-adjusted over all ordered pairs, at 5 %.",
                      script: script)
    }

    /// challengeR's blob plot: the share of bootstrap resamples in which each method takes each
    /// rank (blob area), the median rank (cross) and the 95 % interval of ranks (line).
    public func rankStability(split: String, metric: String = "dice") -> Figure? {
        let stability = Ranking.stability(aggregator, split: split, metric: metric)
        let k = stability.methods.count
        guard k > 1 else { return nil }
        let order = (0..<k).sorted { (stability.observed[$0], $0) < (stability.observed[$1], $1) }
        var blobs: [[Double]] = [], centres: [[Double]] = []
        for (x, i) in order.enumerated() {
            for r in 0..<k where stability.frequency[i][r] > 0 { blobs.append([Double(x), Double(r + 1), 4 * stability.frequency[i][r].squareRoot(), Double(stability.methods[i] % Self.methodColors.count)]) }
            centres.append([Double(x), stability.medianRank[i], stability.interval[i].lowerBound, stability.interval[i].upperBound])
        }
        let tics = order.enumerated().map { "\(Self.text(data.methods[stability.methods[$0.element]].label)) \($0.offset)" }.joined(separator: ", ")
        let taus = stability.kendallTau.filter(\.isFinite)
        let tauText = taus.isEmpty ? "undefined" : String(format: "%.2f (2.5th percentile %.2f)", Statistics.percentile(taus, 50), Statistics.percentile(taus, 2.5))
        let palette = FigureBuilder.methodColors.enumerated().map { "\($0.offset) '\($0.element)'" }.joined(separator: ", ")
        let script = Self.preamble + Self.datablock("blobs", blobs) + Self.datablock("centres", centres) + """
            set xrange [-0.6:\(Double(k) - 0.4)]
            set yrange [\(Double(k) + 0.6):0.4]
            set xtics (\(tics)) scale 0 rotate by 30 right
            set ytics 1
            set title \(Self.text(split))
            set ylabel 'Rank'
            set palette defined (\(palette))
            set cbrange [0:\(FigureBuilder.methodColors.count - 1)]
            unset colorbox
            plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \\
                 $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle

            """
        return Figure(name: "rank_stability_\(split)", width: 1.8 + 0.5 * Double(k), height: 2.4,
                      caption: "Ranks by mean \(MetricDisplay(metric).header) over \(aggregator.resamples) bootstrap resamples of the subjects of \(split): blob area ∝ share of resamples at that rank; cross: median rank; line: 95 % interval. Kendall's τ between the ranking on all cases and each resample's: median \(tauText).",
                      script: script)
    }
}
