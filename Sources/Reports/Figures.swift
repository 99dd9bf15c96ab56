import Catalog
import Foundation

/// The figures of a report: each a short gnuplot script over CSV tables with a header.
///
/// Conventions: printed one column (3.5 in) or one page (7 in) wide, Liberation Sans 8 pt and no
/// text under 7 pt (metric-compatible with Helvetica/Arial, embedded in the PDF); each method in
/// its own colour (`ReportMethod.colour`), the same in every report; a figure of many splits,
/// domains or structures is a grid of small panels (facets) sharing one key below them, never one
/// wide strip. A value the policy gave a structure it could not measure (the image diagonal for a
/// missed structure's distance) is a penalty: it is drawn hollow, in a band of its own above
/// the measured values, never among them. Every mean is drawn with its 95 % interval.
public struct FigureBuilder: Sendable {
    public var aggregator: Aggregator
    var data: ReportData { aggregator.data }

    public init(aggregator: Aggregator) { self.aggregator = aggregator }

    public func color(method: Int) -> String { data.methods[method].colour }

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

    /// gnuplot arrays of the methods drawn (`label[i]`, `colour[i]`, i from 1): the scripts
    /// loop over them, a series per method, filtered by the CSV's `series` column.
    func seriesArrays(_ methods: [Int]) -> String {
        "array label[\(methods.count)] = [\(methods.map { Self.text(data.methods[$0].label) }.joined(separator: ", "))]\n"
            + "array colour[\(methods.count)] = [\(methods.map { Self.text(color(method: $0)) }.joined(separator: ", "))]\n"
    }

    /// Where a figure's text is shortened to fit its panel: at most `characters`, an ellipsis last.
    static func fitted(_ s: String, _ characters: Int) -> String { s.count <= characters ? s : String(s.prefix(max(1, characters - 1))) + "…" }

    /// A panel's title: each of `lines` fitted to `characters`, then the count on a line of its
    /// own, so that shortening a long name never cuts it ("CHAOS MR T2-SPIR (n = 12)" was drawn
    /// "CHAOS MR T2-SPIR (n =…").
    static func countedTitle(_ lines: [String], n: Int, characters: Int) -> String {
        (lines.map { fitted($0, characters) } + ["n = \(n)"]).joined(separator: "\n")
    }

    /// The per-case mean over structures (after the policy), with the case's domain and scanner.
    func perCase(split: String, method: Int, metric: String, structures: [String]? = nil) -> [(name: String, value: Double, domain: String, scanner: String)] {
        let means = aggregator.caseMeans(split: split, method: method, metric: metric, structures: structures)
        let facts = aggregator.caseFacts(split: split, method: method)
        return means.keys.sorted().map { (name: $0, value: means[$0]!, domain: facts[$0]?.domain ?? "", scanner: facts[$0]?.scanner ?? "") }
    }

    /// The cases of which some structure's `metric` is a penalty: not measured (missed, spurious,
    /// failed) and given a distance by the policy (the diagonal, or BraTS's 373.13 mm).
    func penalised(split: String, method: Int, metric: String, structures: [String]? = nil) -> Set<String> {
        guard Policy.MetricKind(metric: metric) == .distance else { return [] }
        var cases = Set<String>()
        for o in aggregator.observations(split, method) where o.state != .scored && (structures?.contains(o.structure) ?? true) {
            switch aggregator.policy.treatment(o.state, metric: metric) {
            case .diagonal, .constant: cases.insert(o.caseName)
            case .stored, .excluded: break
            }
        }
        return cases
    }

    // MARK: Box plots

    /// Per-case values (mean over structures) as box plots with every case as a point: a panel
    /// per (split, target domain), a box per method. Every split is averaged over the lead
    /// split's structures (where it scores them), so panels compare. A case with a penalty
    /// (distance metrics) is a hollow marker in the band above the axis, and not in its box.
    public func boxPlot(metric: String) -> Figure {
        let display = MetricDisplay(metric)
        let lead = data.structures[data.splits[0]] ?? []
        func structures(_ split: String) -> [String] {
            let own = data.structures[split] ?? []
            return own.filter(lead.contains).isEmpty ? own : own.filter(lead.contains)
        }
        var groups: [(split: String, domain: String)] = []
        for split in data.splits {
            for m in data.methods(on: split) {
                for c in perCase(split: split, method: m, metric: metric, structures: structures(split)) where !groups.contains(where: { $0 == (split, c.domain) }) {
                    groups.append((split, c.domain))
                }
            }
        }
        let methods = data.methods.indices.filter { m in data.splits.contains { data.runs[$0]?[m] != nil } }
        var generator = SeededGenerator(seed: 20261123)
        var points = FigureTable(columns: ["panel", "series", "x", "value", "penalty", "split", "domain", "method", "case", "scanner"])
        var boxes = FigureTable(part: "summary", columns: ["panel", "series", "n", "q1", "median", "q3", "whisker_low", "whisker_high", "penalties",
                                                           "split", "domain", "method"])
        var counts = [Int](repeating: 0, count: groups.count)
        var measuredMax = 0.0, anyPenalty = false
        for (g, group) in groups.enumerated() {
            for (i, m) in methods.enumerated() where data.runs[group.split]?[m] != nil {
                let cases = perCase(split: group.split, method: m, metric: metric, structures: structures(group.split)).filter { $0.domain == group.domain }
                let penalties = penalised(split: group.split, method: m, metric: metric, structures: structures(group.split))
                let measured = cases.filter { !penalties.contains($0.name) }.map { $0.value * display.scale }
                counts[g] = max(counts[g], cases.count)
                for c in cases {
                    let penalty = penalties.contains(c.name)
                    anyPenalty = anyPenalty || penalty
                    if !penalty { measuredMax = max(measuredMax, c.value * display.scale) }
                    points.append(["\(g + 1)", "\(i + 1)", FigureTable.number(Double(i + 1) + generator.uniform(-0.22...0.22)), FigureTable.number(c.value * display.scale),
                                   penalty ? "1" : "0", group.split, group.domain, data.methods[m].label, c.name, c.scanner])
                }
                guard !cases.isEmpty else { continue }
                // Quartiles of fewer than five cases mean little: those get the median and their points only.
                var row = ["\(g + 1)", "\(i + 1)", "\(measured.count)"]
                if let s = Summary(measured) {
                    // Whiskers at the farthest case within 1.5 × IQR, never inside the box (as matplotlib).
                    let low = min(s.q1, measured.filter { $0 >= s.q1 - 1.5 * s.iqr }.min() ?? s.min)
                    let high = max(s.q3, measured.filter { $0 <= s.q3 + 1.5 * s.iqr }.max() ?? s.max)
                    row += measured.count >= 5 ? [s.q1, s.median, s.q3, low, high].map(FigureTable.number) : ["NaN", FigureTable.number(s.median), "NaN", "NaN", "NaN"]
                } else {
                    row += Array(repeating: "NaN", count: 5)
                }
                boxes.append(row + ["\(cases.count - measured.count)", group.split, group.domain, data.methods[m].label])
            }
        }
        let grid = FacetGrid(panels: groups.count, width: .page, maxColumns: 4, panelHeight: 1.35, keyEntries: methods.count + (anyPenalty ? 1 : 0),
                             titleLines: 3)
        // The value axis: percentages to 100; distances to the largest measured value, with the
        // penalty band above it.
        let top = display.scale == 100 ? 100 : FacetGrid.niceCeiling(max(measuredMax, 1))
        let band = anyPenalty ? top * 0.2 : 0
        let fit = grid.titleCharacters
        let titles = groups.enumerated().map { Self.text(Self.countedTitle([$0.element.split, $0.element.domain], n: counts[$0.offset], characters: fit)) }
        var script = Self.preamble + seriesArrays(methods) + "array title[\(groups.count)] = [\(titles.joined(separator: ", "))]\n"
        script += """
            set xrange [0.4:\(Double(methods.count) + 0.6)]
            unset xtics
            set yrange [0:\(FigureTable.number(top + band))]
            set ytics 0,\(FigureTable.number(FacetGrid.niceStep(top))),\(FigureTable.number(top))\(anyPenalty ? " add (\"penalty\" \(FigureTable.number(top + band / 2)))" : "")
            set boxwidth 0.6 absolute
            set style fill solid 0.25 border
            \(anyPenalty ? "set object 1 rect from graph 0, first \(FigureTable.number(top)) to graph 1, graph 1 behind fc rgb '#eeeeee' fs solid 1 noborder" : "")
            unset key
            \(grid.setup)do for [p=1:|title|] {
                @facet
                set title title[p] offset 0,-0.6
                if (p % \(grid.columns) == 1 || \(grid.columns) == 1) { set ylabel \(Self.text("Per-case mean " + display.header)) offset 1.5,0 } else { unset ylabel }
                plot for [i=1:|label|] 'box_\(metric)_summary.csv' using (column("panel") == p && column("series") == i ? i : NaN):"q1":"whisker_low":"whisker_high":"q3" \\
                         with candlesticks whiskerbars 0.6 lc rgb colour[i] title label[i], \\
                     for [i=1:|label|] 'box_\(metric)_summary.csv' using (column("panel") == p && column("series") == i ? i : NaN):"median":"median":"median":"median" \\
                         with candlesticks lc rgb colour[i] lw 2 notitle, \\
                     for [i=1:|label|] 'box_\(metric).csv' using (column("panel") == p && column("series") == i && column("penalty") == 0 ? column("x") : NaN):"value" \\
                         with points pt 7 ps 0.35 lc rgb colour[i] notitle, \\
                     for [i=1:|label|] 'box_\(metric).csv' using (column("panel") == p && column("series") == i && column("penalty") == 1 ? column("x") : NaN):(\(FigureTable.number(top + band / 2))) \\
                         with points pt 6 ps 0.9 lw 1.2 lc rgb colour[i] notitle
            }
            \(grid.key(style: "boxes lc rgb colour[i] fs solid 0.25", extra: anyPenalty ? ["NaN with points pt 6 ps 0.9 lw 1.2 lc rgb '#555555' title 'penalty (missed)'"] : []))
            """
        let penaltyText = anyPenalty ? " Hollow markers in the grey band: cases with a structure the method missed, whose \(display.header) is the policy's penalty (\(aggregator.policy.brief)), not a measurement; they are left out of the boxes." : ""
        return Figure(name: "box_\(metric)", width: .page, height: grid.height,
                      caption: "Per-case mean \(display.header) over \(lead.map { data.style($0).displayName }.joined(separator: ", ")) (the structures of \(data.splits[0])), so that the panels compare: on a split that scores some of them, over those it scores (fewer than its own, so the panel can differ from the split's tables, which average all its structures); on one that scores none (BraTS), over its own (\(aggregator.policy.rawValue) policy). A panel per split and target domain, a box per method. Boxes: quartiles and median (median only below five cases); whiskers: the farthest case within 1.5 × IQR; points: cases.\(penaltyText)",
                      script: script, tables: [points, boxes])
    }

    // MARK: In-distribution → out-of-distribution

    /// A slope graph per method: the mean on the split's control (ID) to the mean on the split
    /// (OOD), each with its 95 % bootstrap interval, a panel per split in rows of two; each
    /// method's name at its line's end, moved apart only as far as the names need.
    public func shiftPlot(_ infos: [SplitInfo], metric: String = "dice") -> Figure? {
        let pairs = infos.compactMap { info -> (SplitInfo, String)? in
            guard let c = info.control, data.runs[c] != nil, data.runs[info.name] != nil else { return nil }
            return (info, c)
        }
        guard !pairs.isEmpty else { return nil }
        let display = MetricDisplay(metric)
        let grid = FacetGrid(panels: pairs.count, width: .page, maxColumns: 2, panelHeight: 1.45, keyEntries: 0, titleLines: 2, xticLines: 2)
        var table = FigureTable(columns: ["panel", "series", "x", "mean", "ci_low", "ci_high", "label_y", "side", "split", "method"])
        let methods = data.methods.indices.filter { m in pairs.contains { data.runs[$0.0.name]?[m] != nil && data.runs[$0.1]?[m] != nil } }
        var yMax = 0.0
        var panels: [(title: String, control: String)] = []
        var means: [[(series: Int, id: Cell, ood: Cell)]] = []
        for (info, control) in pairs {
            let structures = data.structures[info.name] ?? []
            var rows: [(series: Int, id: Cell, ood: Cell)] = []
            for (i, m) in methods.enumerated() where data.runs[control]?[m] != nil && data.runs[info.name]?[m] != nil {
                let id = aggregator.meanCell(split: control, method: m, metric: metric, structures: structures)
                let ood = aggregator.meanCell(split: info.name, method: m, metric: metric)
                rows.append((i + 1, id, ood))
                yMax = max(yMax, [id.aggregate, ood.aggregate, id.interval?.upperBound ?? 0, ood.interval?.upperBound ?? 0].max()! * display.scale)
            }
            means.append(rows)
            panels.append((info.title + "\n(" + info.name + ")", control))
        }
        let top = display.scale == 100 ? 100 : FacetGrid.niceCeiling(max(yMax, 1))
        // A name is 8 pt high plus leading: in data units, the panel's range over its height.
        let gap = top / (grid.plotHeight / (1.1 * Gnuplot.points / 72))
        for (p, rows) in means.enumerated() {
            let ends = LabelPlacement.spread(rows.map { $0.ood.aggregate * display.scale }, gap: gap, within: 0...top)
            for (r, row) in rows.enumerated() {
                let m = methods[row.series - 1]
                for (x, cell) in [(0, row.id), (1, row.ood)] {
                    table.append(["\(p + 1)", "\(row.series)", "\(x)", FigureTable.number(cell.aggregate * display.scale),
                                  FigureTable.number(cell.interval.map { $0.lowerBound * display.scale }), FigureTable.number(cell.interval.map { $0.upperBound * display.scale }),
                                  FigureTable.number(x == 1 ? ends[r] : nil), x == 0 ? "ID" : "OOD", x == 0 ? panels[p].control : pairs[p].0.name, data.methods[m].label])
                }
            }
        }
        let titles = panels.map { Self.text($0.title) }.joined(separator: ", ")
        let controls = panels.map { Self.text("ID\n" + $0.control) }.joined(separator: ", ")
        let script = Self.preamble + seriesArrays(methods) + """
            array title[\(panels.count)] = [\(titles)]
            array control[\(panels.count)] = [\(controls)]
            set xrange [-0.12:1.75]
            set yrange [0:\(FigureTable.number(top))]
            set border 3
            \(grid.setup)do for [p=1:|title|] {
                @facet
                set title title[p] offset 0,-0.6
                set xtics (control[p] 0, "OOD" 1) scale 0
                if (p % \(grid.columns) == 1 || \(grid.columns) == 1) { set ylabel \(Self.text("Mean " + display.header)) offset 1.5,0 } else { unset ylabel }
                plot for [i=1:|label|] 'shift_\(metric).csv' using (column("panel") == p && column("series") == i ? column("x") : NaN):"mean" \\
                         with lines lw 1.3 lc rgb colour[i], \\
                     for [i=1:|label|] 'shift_\(metric).csv' using (column("panel") == p && column("series") == i ? column("x") : NaN):"mean":"ci_low":"ci_high" \\
                         with yerrorbars pt 7 ps 0.45 lw 0.9 lc rgb colour[i], \\
                     for [i=1:|label|] 'shift_\(metric).csv' using (column("panel") == p && column("series") == i && column("x") == 1 ? 1.04 : NaN):"mean":(0.08):(column("label_y") - column("mean")) \\
                         with vectors nohead lw 0.5 lc rgb colour[i], \\
                     for [i=1:|label|] 'shift_\(metric).csv' using (column("panel") == p && column("series") == i && column("x") == 1 ? 1.14 : NaN):"label_y":(label[i]) \\
                         with labels left tc rgb colour[i] font ",7"
            }
            unset multiplot

            """
        return Figure(name: "shift_\(metric)", width: .page, height: grid.height,
                      caption: "Mean \(display.header) on the training domain's held-out cases (ID) and on the target (OOD), per method, with 95 % percentile bootstrap intervals over subjects (\(aggregator.resamples) resamples); structures of the OOD split; the panel's title names the OOD split. Each name is at its line's end (a short leader where names had to move apart).",
                      script: script, tables: [table])
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
               caption: "Dice against HD95 for every structure scored on \(split) (both masks non-empty: every point is measured, no penalty is drawn; a method with no such structure has no points): good overlap with far outliers shows as points to the upper right.")
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
    /// method, the key below the plot (beside it, it took half the figure); `square` draws the
    /// diagonal y = x.
    func points(split: String, x: String, y: String, scoredOnly: Bool, name: String, square: Bool, axes: String, caption: String) -> Figure? {
        let (dx, dy) = (MetricDisplay(x), MetricDisplay(y))
        let methods = data.methods(on: split)
        var table = FigureTable(columns: ["series", x, y, "method", "case", "structure"])
        for (i, m) in methods.enumerated() {
            for o in aggregator.observations(split, m) where !scoredOnly || o.state == .scored {
                guard let a = o.metrics[x], let b = o.metrics[y], a.isFinite, b.isFinite else { continue }
                table.append(["\(i + 1)", FigureTable.number(a * dx.scale), FigureTable.number(b * dy.scale), data.methods[m].label, o.caseName, o.structure])
            }
        }
        guard !table.rows.isEmpty else { return nil }
        // Two names a row fit a column's width ("causal_sam_llm +1 round" is 1.3 inch at 8 pt).
        let keyRows = (methods.count + 1) / 2
        let plotHeight = square ? 2.6 : 2.3
        let height = plotHeight + 0.75 + 0.16 * Double(keyRows)
        let script = Self.preamble + seriesArrays(methods) + axes + """

            set key at screen 0.5,0.01 center bottom horizontal maxcols 2 samplen 1 width -3 Left reverse
            set bmargin at screen \(FigureTable.number((0.5 + 0.16 * Double(keyRows)) / height))
            set tmargin at screen \(FigureTable.number(1 - 0.15 / height))
            plot \(square ? "x with lines dt 2 lc rgb '#999999' notitle, " : "")for [i=1:|label|] '\(name).csv' using (column("series") == i ? column(\(Self.text(x))) : NaN):\(Self.text(y)) \\
                     with points pt 7 ps 0.45 lc rgb colour[i] notitle, \\
                 for [i=1:|label|] NaN with points pt 7 ps 2.2 lc rgb colour[i] title label[i]

            """
        return Figure(name: name, width: .column, height: height, caption: caption, script: script, tables: [table])
    }

    // MARK: Per-organ bars

    /// Mean per structure and method with 95 % bootstrap intervals: a panel per structure, a bar
    /// per method (one strip of every structure's bars was 4,640 pixels wide).
    public func organBars(split: String, metric: String = "dice") -> Figure {
        let display = MetricDisplay(metric)
        let structures = data.structures[split] ?? []
        let methods = data.methods(on: split)
        var table = FigureTable(columns: ["panel", "series", "mean", "ci_low", "ci_high", "n", "note", "structure", "method", "note_y"])
        var yMax = 0.0
        var cells: [(panel: Int, series: Int, method: Int, structure: String, cell: Cell)] = []
        for (s, structure) in structures.enumerated() {
            for (i, m) in methods.enumerated() {
                let cell = aggregator.cell(split: split, method: m, structure: structure, metric: metric)
                yMax = max(yMax, (cell.interval?.upperBound ?? cell.aggregate) * display.scale)
                cells.append((s + 1, i + 1, m, structure, cell))
            }
        }
        let wide = structures.count > 2
        let grid = FacetGrid(panels: structures.count, width: wide ? .page : .column, maxColumns: wide ? 4 : 2, panelHeight: 1.2,
                             keyEntries: methods.count, titleLines: 1)
        let top = display.scale == 100 ? 100 : FacetGrid.niceCeiling(max(yMax, 1))
        for c in cells {
            let mean = c.cell.aggregate * display.scale
            let high = c.cell.interval.map { $0.upperBound * display.scale }
            // A note starts just above its error bar (at the bar's foot one was struck through by it).
            let noteY = max(mean.isFinite ? mean : 0, high ?? 0) + 0.03 * top
            table.append(["\(c.panel)", "\(c.series)", FigureTable.number(mean), FigureTable.number(c.cell.interval.map { $0.lowerBound * display.scale }),
                          FigureTable.number(high), "\(c.cell.summary?.n ?? 0)", Self.barNote(mean, top: top),
                          c.structure, data.methods[c.method].label, FigureTable.number(noteY)])
        }
        // The notes, upright from just above their bar's error bar; only where there are any (a
        // plot with no valid points is a gnuplot warning).
        let file = Self.figureName("organs", metric, split) + ".csv"
        let noteClause = !table.rows.contains { !$0[6].isEmpty } ? "" : ", \\\n"
            + "         for [i=1:|label|] '\(file)' using (column(\"panel\") == p && column(\"series\") == i && strlen(strcol(\"note\")) > 0 ? i : NaN):\"note_y\":(strcol(\"note\")) \\\n"
            + "             with labels rotate by 90 left font \",7\" tc rgb '#333333' notitle"
        let titles = structures.map { Self.text(Self.fitted(data.style($0).displayName, 28)) }.joined(separator: ", ")
        let script = Self.preamble + seriesArrays(methods) + """
            array title[\(structures.count)] = [\(titles)]
            set xrange [0.4:\(Double(methods.count) + 0.6)]
            unset xtics
            set yrange [0:\(FigureTable.number(top))]
            set boxwidth 0.75 absolute
            set style fill solid 0.8 noborder
            unset key
            \(grid.setup)do for [p=1:|title|] {
                @facet
                set title title[p] offset 0,-0.6
                if (p % \(grid.columns) == 1 || \(grid.columns) == 1) { set ylabel \(Self.text("Mean " + display.header)) offset 1.5,0 } else { unset ylabel }
                plot for [i=1:|label|] '\(Self.figureName("organs", metric, split)).csv' using (column("panel") == p && column("series") == i ? i : NaN):"mean" \\
                         with boxes lc rgb colour[i] title label[i], \\
                     for [i=1:|label|] '\(Self.figureName("organs", metric, split)).csv' using (column("panel") == p && column("series") == i ? i : NaN):"mean":"ci_low":"ci_high" \\
                         with yerrorbars pt -1 lw 0.8 lc rgb '#333333' notitle\(noteClause)
            }
            \(grid.key(style: "boxes lc rgb colour[i] fs solid 0.8 noborder"))
            """
        return Figure(name: Self.figureName("organs", metric, split), width: grid.printWidth, height: grid.height,
                      caption: "Mean \(display.header) per structure on \(split), a panel per structure, a bar per method; error bars: 95 % percentile bootstrap intervals over subjects (\(aggregator.resamples) resamples, seed \(aggregator.seed)).\(noteClause.isEmpty ? "" : " A bar too low to see carries its value upright above its error bar (0: a mean of 0; <0.1: above 0 but under 0.1), n/a where there is no mean.")",
                      script: script, tables: [table])
    }

    static func figureName(_ kind: String, _ metric: String, _ split: String) -> String { "\(kind)_\(metric)_\(split)" }

    /// What is written over a bar too low to be seen (under 1 % of the axis, about a hundredth
    /// of an inch): its value ("0" for a Dice of 0, which drew no bar at all and read as a method
    /// missing from the panel), or "n/a" where there is no mean. Empty for a bar that shows.
    static func barNote(_ value: Double, top: Double) -> String {
        guard value.isFinite else { return "n/a" }
        guard abs(value) < 0.01 * top else { return "" }
        // One decimal, as the tables print a tenth of a point: "0.00089" beside "0.63" read as noise.
        return value == 0 ? "0" : abs(value) < 0.05 ? "<0.1" : String(format: "%.1f", value)
    }

    // MARK: Ranking

    /// challengeR's significance map: yellow where the method on the x-axis is significantly
    /// better than the one on the y-axis (one-sided paired Wilcoxon, Holm), blue where not.
    public func significanceMap(split: String, metric: String = "dice") -> Figure? {
        let map = Ranking.significanceMap(aggregator, split: split, metric: metric)
        guard map.methods.count > 1 else { return nil }
        let k = map.methods.count
        var table = FigureTable(columns: ["x", "y", "state", "better", "than"])
        for x in 0..<k { for y in 0..<k {
            table.append(["\(x)", "\(y)", x == y ? "0.5" : map.better[x][y] ? "1" : "0", data.methods[map.methods[x]].label, data.methods[map.methods[y]].label])
        } }
        let labels = map.methods.map { data.methods[$0].label }
        let tics = labels.enumerated().map { "\(Self.text($0.element)) \($0.offset)" }.joined(separator: ", ")
        let name = "significance_\(split)"
        // The label margins in inches (8 pt Liberation Sans: about 0.062 inch a character).
        let labelInches = 0.062 * Double(labels.map(\.count).max() ?? 8)
        let side = min(2.2, 0.26 * Double(k))
        // Labels at 45° while neighbouring columns' labels stay apart (their spacing across the
        // text, 0.707 of a cell, above a line of 8 pt type), else upright: BraTS's eleven
        // methods' names ran into each other.
        let steep = 0.707 * side / Double(k) < 0.16
        let left = labelInches + 0.45, bottom = (steep ? labelInches : labelInches * 0.6) + 0.45, height = bottom + side + 0.5
        // The key goes right of the map: a column wide when both fit, else a page (nine methods'
        // key fell off a column's right edge, with the map's last column).
        let keyInches = 1.3
        let width: PrintWidth = left + side + 0.1 + keyInches <= PrintWidth.column.rawValue ? .column : .page
        let script = Self.preamble + """
            unset grid
            set border 0
            set title \(Self.text(split))
            set lmargin at screen \(FigureTable.number(left / width.rawValue))
            set rmargin at screen \(FigureTable.number((left + side) / width.rawValue))
            set bmargin at screen \(FigureTable.number(bottom / height))
            set tmargin at screen \(FigureTable.number((bottom + side) / height))
            set xrange [-0.5:\(Double(k) - 0.5)]
            set yrange [\(Double(k) - 0.5):-0.5]
            set xtics (\(tics)) scale 0 rotate by \(steep ? 90 : 45) right
            set ytics (\(tics)) scale 0
            set xlabel "significantly better …" offset 0,0.5
            set ylabel "… than"
            set palette defined (0 '#56B4E9', 0.5 '#d9d9d9', 1 '#F0E442')
            set cbrange [0:1]
            unset colorbox
            set label 1 "yellow: significant\\nblue: not significant\\ngrey: the method itself\\n(one-sided Wilcoxon,\\nHolm, 5 %)" at graph 1.05,0.95 left font ",7"
            plot '\(name).csv' using "x":"y":(0.48):(0.48):"state" with boxxyerror fs solid 1 noborder lc palette notitle

            """
        return Figure(name: name, width: width, height: height,
                      caption: "Pairwise one-sided Wilcoxon signed-rank tests on the per-case mean Dice of \(split), Holm-adjusted over all \(k * (k - 1)) ordered pairs, at 5 %. "
                        + "The leaderboards' † adjusts over fewer tests (each method against its column's best, two-sided), so a pair can differ there and not here, or the reverse.",
                      script: script, tables: [table])
    }

    /// challengeR's blob plot: the share of bootstrap resamples in which each method takes each
    /// rank (blob area), the median rank (a bar) and the 95 % interval of ranks (line), the bar
    /// and the line beside the blobs, where no blob hides them.
    public func rankStability(split: String, metric: String = "dice") -> Figure? {
        let stability = Ranking.stability(aggregator, split: split, metric: metric)
        let k = stability.methods.count
        guard k > 1 else { return nil }
        let order = (0..<k).sorted { (stability.observed[$0], $0) < (stability.observed[$1], $1) }
        let name = "rank_stability_\(split)"
        var blobs = FigureTable(columns: ["x", "rank", "share", "series", "method"])
        var centres = FigureTable(part: "median", columns: ["x", "median_rank", "rank_low", "rank_high", "series", "method"])
        let drawn = order.map { stability.methods[$0] }
        for (x, i) in order.enumerated() {
            let m = stability.methods[i]
            for r in 0..<k where stability.frequency[i][r] > 0 {
                blobs.append(["\(x + 1)", "\(r + 1)", FigureTable.number(stability.frequency[i][r]), "\(x + 1)", data.methods[m].label])
            }
            centres.append(["\(x + 1)", FigureTable.number(stability.medianRank[i]), FigureTable.number(stability.interval[i].lowerBound),
                            FigureTable.number(stability.interval[i].upperBound), "\(x + 1)", data.methods[m].label])
        }
        let tics = order.enumerated().map { "\(Self.text(data.methods[stability.methods[$0.element]].label)) \($0.offset + 1)" }.joined(separator: ", ")
        let taus = stability.kendallTau.filter(\.isFinite)
        let tauText = taus.isEmpty ? "undefined" : String(format: "%.2f (2.5th percentile %.2f)", Statistics.percentile(taus, 50), Statistics.percentile(taus, 2.5))
        // A rank's row is 0.22 inch: a blob at share 1 is 0.2 inch across (gnuplot's point size 1
        // is about 0.083 inch for a circle at these scales).
        let plotHeight = 0.24 * Double(k)
        let labelInches = 0.062 * Double(drawn.map { data.methods[$0].label.count }.max() ?? 8) * 0.75
        let height = plotHeight + labelInches + 0.6
        let script = Self.preamble + seriesArrays(drawn) + """
            set xrange [0.4:\(Double(k) + 0.6)]
            set yrange [\(Double(k) + 0.5):0.5]
            set xtics (\(tics)) scale 0 rotate by 45 right
            set ytics 1
            set grid noytics
            set title \(Self.text(split))
            set ylabel 'Rank'
            set bmargin at screen \(FigureTable.number((labelInches + 0.2) / height))
            set tmargin at screen \(FigureTable.number((labelInches + 0.2 + plotHeight) / height))
            plot for [i=1:|label|] '\(name).csv' using (column("series") == i ? column("x") - 0.08 : NaN):"rank":(3.2 * sqrt(column("share"))) \\
                     with points pt 7 ps variable lc rgb colour[i], \\
                 '\(name)_median.csv' using (column("x") + 0.25):"median_rank":"rank_low":"rank_high" with yerrorbars pt -1 lw 1 lc rgb 'black', \\
                 '\(name)_median.csv' using (column("x") + 0.14):"median_rank":(0.22):(0) with vectors nohead lw 2.5 lc rgb 'black'

            """
        return Figure(name: name, width: .column, height: height,
                      caption: "Ranks by mean \(MetricDisplay(metric).header) over \(aggregator.resamples) bootstrap resamples of the subjects of \(split): blob area ∝ share of resamples at that rank; black bar right of the blobs: median rank; line: 95 % interval of ranks. Kendall's τ between the ranking on all cases and each resample's: median \(tauText).",
                      script: script, tables: [blobs, centres])
    }
}

/// A grid of equal panels (facets) across a printed width, a shared key below them. Each
/// panel's plot area is placed exactly (`set lmargin at screen …` from the panel's number), so
/// the panels line up whatever their tic labels; the key is a plot of its own under the grid.
/// Sizes in inches: a y label and tics left of each panel, a title of `titleLines` above it.
struct FacetGrid {
    var panels: Int
    var printWidth: PrintWidth
    var columns: Int
    var rows: Int
    var panelHeight: Double
    var keyColumns: Int
    var keyRows: Int
    var titleLines: Int
    var xticLines: Int

    static let left = 0.62, right = 0.08, columnGap = 0.55
    static let line = 1.25 * Gnuplot.points / 72

    init(panels: Int, width: PrintWidth, maxColumns: Int, panelHeight: Double, keyEntries: Int, titleLines: Int, xticLines: Int = 0) {
        self.panels = panels
        printWidth = width
        rows = max(1, (panels + maxColumns - 1) / maxColumns)
        columns = max(1, (panels + rows - 1) / rows)
        self.panelHeight = panelHeight
        keyColumns = width == .page ? 4 : 2
        keyRows = (keyEntries + keyColumns - 1) / keyColumns
        self.titleLines = titleLines
        self.xticLines = xticLines
    }

    var top: Double { 0.05 + Self.line * Double(titleLines) }
    var rowGap: Double { 0.12 + Self.line * Double(titleLines + xticLines) }
    var keyHeight: Double { keyRows > 0 ? 0.1 + Self.line * Double(keyRows) : 0 }
    var bottom: Double { 0.08 + Self.line * Double(xticLines) + keyHeight }
    var height: Double { top + bottom + Double(rows) * panelHeight + Double(rows - 1) * rowGap }
    var plotWidth: Double { (printWidth.rawValue - Self.left - Self.right - Double(columns - 1) * Self.columnGap) / Double(columns) }
    var plotHeight: Double { panelHeight }

    /// gnuplot functions of the panel number `p` (from 1) giving its plot area in screen
    /// fractions, and `multiplot` started; a loop body calls `@facet`.
    var setup: String {
        let w = printWidth.rawValue
        func f(_ v: Double) -> String { String(format: "%.5f", v) }
        return """
            facet_left(p) = (\(f(Self.left)) + ((p - 1) % \(columns)) * \(f(plotWidth + Self.columnGap))) / \(f(w))
            facet_top(p) = 1 - (\(f(top)) + ((p - 1) / \(columns)) * \(f(panelHeight + rowGap))) / \(f(height))
            facet = "set lmargin at screen facet_left(p); set rmargin at screen facet_left(p) + \(f(plotWidth / w)); set tmargin at screen facet_top(p); set bmargin at screen facet_top(p) - \(f(panelHeight / height))"
            set multiplot

            """
    }

    /// The shared key under the grid: one entry per method, drawn `style` (a gnuplot plot style
    /// with its options, `i` the method), then `extra` entries (a plot clause each).
    func key(style: String, extra: [String] = []) -> String {
        guard keyRows > 0 else { return "unset multiplot\n" }
        return String(format: """
            unset title; unset border; unset tics; unset xlabel; unset ylabel; unset grid; unset object; unset label; unset arrow
            set lmargin at screen 0.01; set rmargin at screen 0.99; set bmargin at screen 0.002; set tmargin at screen %.5f
            set key inside center center horizontal maxcols %d samplen 1.2 width -1 Left reverse
            set xrange [0:1]; set yrange [0:1]
            plot for [i=1:|label|] NaN with \(style) title label[i]%@
            unset multiplot

            """, keyHeight / height, keyColumns, extra.map { ", " + $0 }.joined())
    }

    /// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `v`.
    static func niceCeiling(_ v: Double) -> Double {
        let p = pow(10, floor(log10(v)))
        return ([1, 2, 2.5, 5, 10].first { $0 * p >= v } ?? 10) * p
    }

    /// A tic step that gives four or five tics up to `top`.
    static func niceStep(_ top: Double) -> Double {
        let p = pow(10, floor(log10(top)))
        return [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5].map { $0 * p }.first { top / $0 <= 5 } ?? top
    }

    /// Characters of 8 pt text that fit a panel's width (Liberation Sans: about 0.062 inch each).
    var titleCharacters: Int { Int((plotWidth + Self.columnGap * 0.8) / 0.07) }
}

/// Places labels at heights near their points without overlap: each label at least `gap` from
/// the next, within `range`, each as close to its own point as the others allow (the least
/// squares placement of ordered labels, by pooling adjacent violators, as isotonic regression).
enum LabelPlacement {
    static func spread(_ targets: [Double], gap: Double, within range: ClosedRange<Double>) -> [Double] {
        guard !targets.isEmpty else { return [] }
        let order = targets.indices.sorted { (targets[$0], $0) < (targets[$1], $1) }
        // Subtract i·gap: then the constraint is that the shifted values do not decrease, and the
        // best placement is their isotonic regression, clamped to the range.
        let n = order.count
        let low = range.lowerBound, high = max(range.lowerBound, range.upperBound - gap * Double(n - 1))
        let shifted = order.enumerated().map { min(high, max(low, targets[$0.element] - gap * Double($0.offset))) }
        var blocks: [(sum: Double, count: Int)] = []
        for v in shifted {
            blocks.append((v, 1))
            while blocks.count > 1, blocks[blocks.count - 2].sum / Double(blocks[blocks.count - 2].count) > blocks[blocks.count - 1].sum / Double(blocks[blocks.count - 1].count) {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].count += last.count
            }
        }
        var placed = [Double](repeating: 0, count: n)
        var i = 0
        for block in blocks {
            for _ in 0..<block.count {
                placed[order[i]] = block.sum / Double(block.count) + gap * Double(i)
                i += 1
            }
        }
        return placed
    }
}
