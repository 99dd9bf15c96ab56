import Foundation
import Metrics

/// What a report knows of a split from the catalog: how to title it and which splits it is
/// compared against.
public struct SplitInfo: Sendable, Hashable {
    public var name: String
    /// `in_distribution`, `cross_modality`, `cross_scanner`, …
    public var type: String
    /// `BTCV CT → CHAOS MR T2-SPIR`
    public var title: String
    /// The in-distribution split of the training domain (the ID score of a drop).
    public var control: String?
    /// An in-distribution split of the target domain: trained on the target, the upper bound a
    /// gap is closed towards.
    public var upperBound: String?

    public init(name: String, type: String, title: String, control: String? = nil, upperBound: String? = nil) {
        self.name = name
        self.type = type
        self.title = title
        self.control = control
        self.upperBound = upperBound
    }

    public var isOutOfDistribution: Bool { type != "in_distribution" }
}

/// The leaderboards of a report, built from an aggregator.
public struct LeaderboardBuilder: Sendable {
    public var aggregator: Aggregator
    public var content: CellContent
    /// Significance level of the marks.
    public var alpha = 0.05

    public init(aggregator: Aggregator, content: CellContent = .meanStd) {
        self.aggregator = aggregator
        self.content = content
    }

    var data: ReportData { aggregator.data }

    /// A column's cells: one per method (nil for a method without the split).
    struct ColumnSpec {
        var header: String
        var metric: String
        var cells: [Cell?]
    }

    /// The leaderboard of one split. Few structures (≤ 4: CHAOS's four organs, BraTS's regions):
    /// a Dice block and an HD95 block, each per structure plus the mean. More (BTCV's twelve):
    /// TransUNet's layout, mean Dice and mean HD95 then Dice per organ.
    public func splitTable(_ split: String, metrics: [String] = ["dice", "hd95"], title: String? = nil) -> Leaderboard {
        let methods = data.methods(on: split)
        let structures = data.structures[split] ?? []
        var specs: [ColumnSpec] = []
        var groups: [(String, Int)] = []
        func perStructure(_ metric: String, _ s: String) -> ColumnSpec {
            ColumnSpec(header: data.style(s).displayName, metric: metric,
                       cells: methods.map { aggregator.cell(split: split, method: $0, structure: s, metric: metric) })
        }
        func mean(_ metric: String, header: String) -> ColumnSpec {
            ColumnSpec(header: header, metric: metric, cells: methods.map { aggregator.meanCell(split: split, method: $0, metric: metric) })
        }
        if structures.count <= 4 {
            for metric in metrics {
                groups.append((MetricDisplay(metric).header, structures.count + 1))
                specs += structures.map { perStructure(metric, $0) } + [mean(metric, header: "Mean")]
            }
        } else {
            groups.append(("Mean", metrics.count))
            specs += metrics.map { mean($0, header: MetricDisplay($0).header) }
            groups.append((MetricDisplay(metrics[0]).header, structures.count))
            specs += structures.map { perStructure(metrics[0], $0) }
        }
        var board = board(title: "\(split): \(title ?? content.title)", split: split, methods: methods, specs: specs)
        board.groups = groups.map { (title: $0.0, span: $0.1) } + [(title: "", span: 1)]
        return board
    }

    /// The headline of one split: the mean over structures of each metric as mean ± std, median
    /// [IQR] and the 95 % bootstrap interval side by side, with the rank by the first metric.
    public func headlineTable(_ split: String, metrics: [String] = ["dice", "hd95"]) -> Leaderboard {
        let methods = data.methods(on: split)
        var specs: [ColumnSpec] = []
        var contents: [CellContent] = []
        for metric in metrics {
            let cells = methods.map { aggregator.meanCell(split: split, method: $0, metric: metric) }
            for c in CellContent.allCases {
                specs.append(ColumnSpec(header: c.shortTitle, metric: metric, cells: cells))
                contents.append(c)
            }
        }
        var board = board(title: "\(split): mean over structures", split: split, methods: methods, specs: specs, contents: contents)
        // Seeds: how many, and how far one seed's mean is from another's (the sample sd).
        let seeded = specs[0].cells.contains { ($0?.seedCount ?? 1) > 1 }
        if seeded {
            let display = MetricDisplay(metrics[0])
            board.columns.insert(Leaderboard.Column(header: "Seeds (sd of the mean \(display.header))", higherIsBetter: nil), at: board.columns.count - 1)
            for r in board.rows.indices {
                let cell = specs[0].cells[r]
                let text = cell.map { c in "\(c.seedCount)" + (c.seedSpread.map { " (" + display.format($0) + ")" } ?? "") } ?? "–"
                board.rows[r].entries.insert(.init(text: text), at: board.rows[r].entries.count - 1)
            }
        }
        let first = specs[0].cells.map { $0?.aggregate ?? .nan }
        let ranks = Ranking.ranks(first, higherIsBetter: higherIsBetter(metrics[0]))
        board.columns.insert(Leaderboard.Column(header: "Rank", higherIsBetter: nil), at: board.columns.count - 1)
        for r in board.rows.indices { board.rows[r].entries.insert(.init(text: ranks[r].isFinite ? String(Int(ranks[r])) : "–"), at: board.rows[r].entries.count - 1) }
        board.groups = metrics.map { (title: "Mean " + MetricDisplay($0).header, span: CellContent.allCases.count) } + [(title: "", span: seeded ? 3 : 2)]
        return board
    }

    /// The most columns the across-splits table shows a block per split in: beyond (eight
    /// splits made 27 columns of intervals), one column per split with its mean over structures.
    public static let domainTableColumns = 12

    /// Domain generalisation across splits (CSDG/SLAug style): a block per split with Dice per
    /// structure and the mean, one row per method, and in grey the methods trained on each
    /// target domain where the store has them (the upper bound). When the blocks would take more
    /// than `domainTableColumns` columns, one column per split headed by its name, with the mean
    /// over structures only (the central value, no spread): the intervals and the structures are
    /// in each split's own leaderboard, and a key under the table gives each split's title.
    public func domainTable(_ infos: [SplitInfo], metric: String = "dice") -> Leaderboard {
        let methods = data.methods.indices.filter { m in infos.contains { data.runs[$0.name]?[m] != nil } }
        func structuresShown(_ info: SplitInfo) -> [String] {
            let structures = data.structures[info.name] ?? []
            return structures.count <= 6 ? structures : []
        }
        let compact = infos.map { structuresShown($0).count + 1 }.reduce(0, +) > Self.domainTableColumns
        let display = MetricDisplay(metric)
        var specs: [ColumnSpec] = []
        var groups: [(title: String, span: Int)] = []
        var upperCells: [Cell?] = []
        for info in infos {
            let structures = data.structures[info.name] ?? []
            let shown = compact ? [] : structuresShown(info)
            for s in shown {
                specs.append(ColumnSpec(header: data.style(s).displayName, metric: metric,
                                        cells: methods.map { data.runs[info.name]?[$0] == nil ? nil : aggregator.cell(split: info.name, method: $0, structure: s, metric: metric) }))
            }
            specs.append(ColumnSpec(header: compact ? info.name : "Mean", metric: metric,
                                    cells: methods.map { data.runs[info.name]?[$0] == nil ? nil : aggregator.meanCell(split: info.name, method: $0, metric: metric) }))
            groups.append((title: compact ? "" : info.title, span: shown.count + 1))
            // Upper bound: each method trained on the target, scored on the same structures.
            upperCells.append(contentsOf: (shown.map { Optional($0) } + [nil]).map { s -> Cell? in
                guard let upper = info.upperBound, let m = upperBound(upper, structures: structures, metric: metric)?.method else { return nil }
                return s.map { aggregator.cell(split: upper, method: m, structure: $0, metric: metric) }
                    ?? aggregator.meanCell(split: upper, method: m, metric: metric, structures: structures)
            })
        }
        let cells = compact ? (content == .medianIQR ? "median of the per-case means over structures" : "mean over structures") : content.title
        var board = board(title: "Across splits: \(display.header), \(cells)", split: nil, methods: methods, specs: specs, central: compact)
        board.groups = compact ? [] : groups + [(title: "", span: 1)]
        board.columns.removeLast()
        for r in board.rows.indices { board.rows[r].entries.removeLast() }
        if upperCells.contains(where: { $0 != nil }) {
            let uppers = infos.compactMap { info in
                upperBound(info.upperBound, structures: data.structures[info.name] ?? [], metric: metric).map { "\(info.name): \(data.methods[$0.method].label) on \(info.upperBound!)" }
            }
            board.rows.append(Leaderboard.Row(label: "Upper bound: the best method trained on the target",
                                              entries: upperCells.map { $0.map { display.entry($0, content: content, central: compact) } ?? .init(text: "–") }, isReference: true))
            board.footnotes.append("The upper-bound row (set apart, not ranked) is the best method run in distribution on each target domain, on its own held-out cases "
                                   + "and the split's structures: " + uppers.joined(separator: "; ") + ". The gap closed is measured towards it.")
        }
        if compact {
            board.footnotes.append("Each split's own leaderboard below gives its structures and the \(content.title). The splits: "
                                   + infos.map { "\($0.name) (\($0.title))" }.joined(separator: ", ") + ".")
        }
        board.markBest()
        return board
    }

    /// In-distribution vs out-of-distribution: the score on the training domain's own held-out
    /// cases (the split's control), on the target, the drop, and the gap closed against a
    /// baseline where an upper bound trained on the target exists:
    /// `gap closed = (method_OOD − baseline_OOD) / (upper_OOD − baseline_OOD)`.
    public func shiftTable(_ info: SplitInfo, metric: String = "dice", baseline: Int? = nil) -> Leaderboard? {
        guard let control = info.control, data.runs[control] != nil else { return nil }
        let structures = data.structures[info.name] ?? []
        let methods = data.methods(on: info.name).filter { data.runs[control]?[$0] != nil }
        guard !methods.isEmpty else { return nil }
        let display = MetricDisplay(metric)
        let ood = methods.map { aggregator.meanCell(split: info.name, method: $0, metric: metric).aggregate }
        let id = methods.map { aggregator.meanCell(split: control, method: $0, metric: metric, structures: structures).aggregate }
        let upper = upperBound(info.upperBound, structures: structures, metric: metric)?.value
        let worst = ood.indices.min { higherIsBetter(metric) ? ood[$0] < ood[$1] : ood[$0] > ood[$1] }!
        let base = baseline.flatMap { methods.firstIndex(of: $0) } ?? worst
        // A gap to close: the bound better than the baseline by at least one unit shown (a point
        // of Dice, a millimetre). Below that the ratio's denominator is noise: 2785 % once, from a
        // bound under the baseline.
        let gapExists = upper.map { (higherIsBetter(metric) ? $0 - ood[base] : ood[base] - $0) * display.scale >= 1 } ?? false
        var columns = [Leaderboard.Column(header: "ID (\(control))", higherIsBetter: higherIsBetter(metric)),
                       Leaderboard.Column(header: "OOD", higherIsBetter: higherIsBetter(metric)),
                       // The drops are not ranked: the smallest drop is often a method that was
                       // poor in distribution too (the atlas on BraTS: 0.21 → 0.23).
                       Leaderboard.Column(header: "Drop", higherIsBetter: nil),
                       Leaderboard.Column(header: "Relative drop (%)", higherIsBetter: nil)]
        if gapExists { columns.append(Leaderboard.Column(header: "Gap closed (%)", higherIsBetter: true)) }
        let rows = methods.indices.map { i -> Leaderboard.Row in
            let drop = higherIsBetter(metric) ? id[i] - ood[i] : ood[i] - id[i]
            var entries = [id[i], ood[i], drop].map { Leaderboard.Entry(text: display.format($0), rankValue: display.rounded($0)) }
            // No ID run (or an ID score of 0): no relative drop, printed as a dash, not "nan".
            let ratio = 100 * drop / id[i], relative = ratio.isFinite ? DecimalText.fixed(ratio, decimals: 1) : "–"
            entries.append(.init(text: relative, rankValue: ratio.isFinite ? Double(relative) : nil))
            if let upper, gapExists {
                let gap = 100 * (ood[i] - ood[base]) / (upper - ood[base])
                let text = gap.isFinite ? DecimalText.fixed(gap, decimals: 1) : "–"
                entries.append(.init(text: text, rankValue: gap.isFinite ? Double(text) : nil))
            }
            return Leaderboard.Row(label: data.methods[methods[i]].label, entries: entries)
        }
        var board = Leaderboard(title: "\(info.title): in-distribution → out-of-distribution, mean \(display.header)", columns: columns, rows: rows)
        board.footnotes.append("ID: the method on \(control) (its training domain's held-out cases), scored on the structures of \(info.name). Drop = ID − OOD (\(display.scale == 100 ? "points" : "mm")); relative drop = drop / ID.")
        board.footnotes.append(aggregator.policyFootnote)
        if let upper {
            board.footnotes.append(gapExists
                ? "Gap closed against \(data.methods[methods[base]].label) (the baseline), towards the best method trained on the target (\(info.upperBound!), \(display.format(upper)))."
                : "No gap closed: the best method trained on the target (\(info.upperBound!), \(display.format(upper))) is not better than the baseline, "
                    + "\(data.methods[methods[base]].label), out of distribution (\(display.format(ood[base]))) by \(display.scale == 100 ? "a point" : "a millimetre"), so there is no gap to close.")
        }
        board.markBest()
        return board
    }

    /// Methods as rows, one column per spec, coverage last; marks and significance put. `central`:
    /// cells show the central value alone (mean, or median for `median-iqr`), no spread.
    func board(title: String, split: String?, methods: [Int], specs: [ColumnSpec], contents: [CellContent]? = nil, central: Bool = false) -> Leaderboard {
        var columns = specs.map { Leaderboard.Column(header: $0.header, higherIsBetter: higherIsBetter($0.metric)) }
        columns.append(Leaderboard.Column(header: "Coverage", higherIsBetter: nil))
        var rows = methods.enumerated().map { (i, m) in
            Leaderboard.Row(label: data.methods[m].label, entries: specs.enumerated().map { (c, spec) in
                spec.cells[i].map { MetricDisplay(spec.metric).entry($0, content: contents?[c] ?? content, central: central) } ?? .init(text: "–")
            } + [.init(text: split.flatMap { data.coverage[$0]?[m]?.text } ?? "–")])
        }
        var significantAny = false
        for (c, spec) in specs.enumerated() {
            for (i, flag) in significance(spec.cells, higherIsBetter: higherIsBetter(spec.metric)).enumerated() where flag {
                rows[i].entries[c].significant = true
                significantAny = true
            }
        }
        var board = Leaderboard(title: title, columns: columns, rows: rows)
        board.markBest()
        board.footnotes.append(aggregator.policyFootnote)
        if let split, let note = aggregator.sampleSizeNote(split: split, methods: methods) { board.footnotes.append(note) }
        if significantAny {
            board.footnotes.append("† differs from the column's best method at p < \(alpha) (paired two-sided Wilcoxon signed-rank test on the cases both scored, SciPy's conventions; Holm-adjusted over the methods of the column).")
        }
        return board
    }

    /// The best method on an in-distribution split of the target, scored on `structures`: the
    /// upper bound a gap is closed towards (the same in every table).
    func upperBound(_ split: String?, structures: [String], metric: String) -> (method: Int, value: Double)? {
        guard let split else { return nil }
        return aggregator.best(split: split, among: data.methods(on: split), metric: metric, structures: structures)
    }

    /// For each method, whether it differs significantly from the column's best: paired
    /// two-sided Wilcoxon on matched cases, Holm over the comparisons of the column.
    func significance(_ cells: [Cell?], higherIsBetter: Bool) -> [Bool] {
        let aggregates = cells.map { $0?.aggregate ?? .nan }
        guard let best = aggregates.indices.filter({ aggregates[$0].isFinite }).max(by: {
            higherIsBetter ? aggregates[$0] < aggregates[$1] : aggregates[$0] > aggregates[$1]
        }), let bestCell = cells[best] else { return cells.map { _ in false } }
        var tested: [(Int, Double)] = []
        for (i, cell) in cells.enumerated() where i != best {
            guard let cell else { continue }
            guard let test = WilcoxonTest(matching: cell.values, bestCell.values) else { continue }
            tested.append((i, test.p))
        }
        let adjusted = holmAdjusted(tested.map(\.1))
        var flags = cells.map { _ in false }
        for ((i, _), p) in zip(tested, adjusted) where p < alpha { flags[i] = true }
        return flags
    }
}

extension CellContent {
    public var title: String {
        switch self {
        case .meanStd: return "mean ± std over cases"
        case .medianIQR: return "median [first quartile, third quartile]"
        case .meanCI: return "mean (95 % bootstrap interval)"
        }
    }

    var shortTitle: String {
        switch self {
        case .meanStd: return "mean ± std"
        case .medianIQR: return "median [IQR]"
        case .meanCI: return "95 % CI"
        }
    }
}
