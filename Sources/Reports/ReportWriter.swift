import Foundation
import Harness
import Metrics

/// The formats a report's tables are written in (the README's Markdown always).
public enum TableFormat: String, CaseIterable, Sendable { case md, tex, csv, html }

/// What `segbench report` asks for.
public struct ReportRequest: Sendable {
    /// The splits named, in order; their controls and upper bounds are read too when the store has them.
    public var splits: [SplitInfo]
    public var formats: Set<TableFormat> = [.md]
    public var figureFormats: [Gnuplot.Format] = Gnuplot.Format.allCases
    public var metrics = ["dice", "hd95"]
    public var content: CellContent = .meanStd
    /// The method the gap closed is measured from (nil: the weakest on each split).
    public var baseline: String?
    /// The claimed mechanism's ablation: (claimed method, the arm without the mechanism, the
    /// mechanism's name), e.g. ("causal_sam_llm", "sam_decoder_style", "LAD"); its table shows
    /// where both ran.
    public var mechanism: (method: String, arm: String, name: String)?
    /// Named contrasts between variants of a method, (method, other, what differs), e.g.
    /// ("zeus_early", "zeus", "early against late fusion"): a table each, on every split where
    /// both ran.
    public var contrasts: [(method: String, other: String, name: String)] = []
    /// How a method's predictions are labelled (method → name → value), for overlays.
    public var overlays: OverlaySource?
    public var segbenchVersion = HarnessInfo.segbenchVersion
    /// The papers' claims to set beside the measurements (shown when the claimed method ran on
    /// an out-of-distribution split of the report).
    public var claims = PaperClaim.headline

    public init(splits: [SplitInfo]) { self.splits = splits }
}

/// Writes a report folder: `README.md` with the leaderboards and the figures embedded, the
/// figure files (PNG, SVG, PDF and the gnuplot script of each), and the tables in every format
/// asked for (`leaderboards.tex`, `scores.csv`, `report.html`).
public struct ReportWriter {
    public var aggregator: Aggregator
    public var request: ReportRequest
    public var gnuplot = Gnuplot()

    public init(aggregator: Aggregator, request: ReportRequest) {
        self.aggregator = aggregator
        self.request = request
    }

    var data: ReportData { aggregator.data }

    /// The sections of the report: tables and figures in reading order.
    enum Section {
        /// A level-2 heading; a folded one's section is collapsible on the page.
        case heading(String, folded: Bool = false)
        case paragraph(String)
        case table(Leaderboard)
        case figure(Figure)
    }

    func sections() -> [Section] {
        let builder = LeaderboardBuilder(aggregator: aggregator, content: request.content)
        let figures = FigureBuilder(aggregator: aggregator)
        var out: [Section] = [.heading("Definitions"), .paragraph(definitions())]
        let named = request.splits.map(\.name)
        let infos = request.splits
        let claims = ClaimsBuilder(aggregator: aggregator, splits: infos)
        if let table = claims.table(request.claims) {
            out.append(.heading("The papers' claims"))
            out.append(.table(table))
            for method in Set(request.claims.map(\.method)).sorted() {
                if let t = claims.splitTable(method: method) { out.append(.table(t)) }
                // The paper measures its gain against its ablation too: `--baseline` names one.
                if let baseline = request.baseline, baseline != method, let t = claims.splitTable(method: method, against: baseline) { out.append(.table(t)) }
                if let m = request.mechanism, m.method == method, let t = claims.mechanismTable(method: m.method, arm: m.arm, mechanism: m.name) {
                    out.append(.table(t))
                }
            }
        }
        let contrasts = request.contrasts.compactMap { claims.contrastTable(method: $0.method, against: $0.other, name: $0.name) }
        if !contrasts.isEmpty {
            out.append(.heading("Variants of a method"))
            out += contrasts.map { .table($0) }
        }
        if infos.count > 1 || infos.contains(where: { $0.isOutOfDistribution && $0.control.map { data.runs[$0] != nil } == true }) {
            out.append(.heading("Across splits"))
            let ood = infos.filter(\.isOutOfDistribution)
            if ood.count > 1 { out.append(.table(builder.domainTable(ood))) }
            let baseline = request.baseline.flatMap { b in data.methods.firstIndex { $0.version.name == b } }
            for info in ood { if let t = builder.shiftTable(info, baseline: baseline) { out.append(.table(t)) } }
            if let f = figures.shiftPlot(ood) { out.append(.figure(f)) }
        }
        for metric in request.metrics { out.append(.figure(figures.boxPlot(metric: metric))) }
        for split in data.splits {
            let info = infos.first { $0.name == split }
            out.append(.heading(info.map { "\($0.name): \($0.title)" } ?? "\(split) (compared against)", folded: true))
            out.append(.table(builder.splitTable(split, metrics: request.metrics)))
            out.append(.table(builder.headlineTable(split, metrics: request.metrics)))
            let extended = data.extendedMetrics(split: split)
            for view in InstanceView.allCases where view.isStored(in: data.storedMetrics(split: split)) {
                var table = builder.splitTable(split, metrics: view.metrics, title: "\(view.title), \(builder.content.title)")
                table.footnotes.append(view.definition(extended))
                out.append(.table(table))
            }
            if let f = figures.lesionScatter(split: split) { out.append(.figure(f)) }
            for table in InteractionTable(aggregator: aggregator).tables(split: split) { out.append(.table(table)) }
            guard named.contains(split) else { continue }
            out.append(.figure(figures.organBars(split: split)))
            if request.metrics.contains("hd95"), let f = figures.scatter(split: split) { out.append(.figure(f)) }
            if let why = Ranking.significanceUnreachable(aggregator, split: split) { out.append(.paragraph(why)) }
            else if let f = figures.significanceMap(split: split) { out.append(.figure(f)) }
            if let f = figures.rankStability(split: split) { out.append(.figure(f)) }
            if let source = request.overlays {
                if let f = OverlayFigure.make(aggregator: aggregator, split: split, source: source) { out.append(.figure(f)) }
                else if let why = OverlayFigure.unavailable(aggregator: aggregator, split: split, source: source) { out.append(.paragraph(why)) }
            }
        }
        out.append(.heading("Provenance", folded: true))
        out.append(.paragraph(provenance()))
        return out
    }

    /// Writes everything into `folder`; returns the files written.
    @discardableResult
    public func write(to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sections = sections()
        request.overlays?.kept?.prune()  // the copies of predictions this report no longer draws
        var written: [String] = []
        let figureFolder = (folder as NSString).appendingPathComponent("figures")
        for case .figure(let f) in sections {
            written += try gnuplot.render(f, into: figureFolder, formats: request.figureFormats)
        }
        func save(_ text: String, _ name: String) throws {
            let path = (folder as NSString).appendingPathComponent(name)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            written.append(path)
        }
        let title = "SegBench report: " + request.splits.map(\.name).joined(separator: ", ")
        var markdown = "# \(title)\n\n"
        let companions = Self.companions.filter { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0.file)) }
        for c in companions { markdown += "\(c.what): [\(c.file)](\(c.file)).\n\n" }
        for section in sections {
            switch section {
            case .heading(let h, _): markdown += "## \(MarkdownText.escaped(h))\n\n"
            case .paragraph(let p): markdown += p + "\n\n"
            case .table(let t): markdown += t.markdown + "\n"
            case .figure(let f):
                let picture = request.figureFormats.contains(.png) ? "png" : request.figureFormats.first?.rawValue ?? "png"
                markdown += "![\(f.name)](figures/\(f.name).\(picture))\n\n*\(f.caption)* "
                markdown += "([PDF](figures/\(f.name).pdf), [SVG](figures/\(f.name).svg), [gnuplot](figures/\(f.name).gp))\n\n"
            }
        }
        try save(markdown, "README.md")
        let tables = sections.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        if request.formats.contains(.tex) {
            try save("% \(title)\n% Definitions: \(definitions().replacingOccurrences(of: "\n", with: "\n% "))\n\n" + tables.map(\.latex).joined(separator: "\n"), "leaderboards.tex")
        }
        if request.formats.contains(.csv) { try save(ScoreTableCSV.render(aggregator, metrics: request.metrics), "scores.csv") }
        if request.formats.contains(.html) {
            // The page is the README's Markdown rendered (cmark-gfm), its per-split sections and
            // the provenance folded; figures stay files beside it.
            let folded = Set(sections.compactMap { section -> String? in
                if case .heading(let h, true) = section { return h } else { return nil }
            })
            try save(ReportPage(markdown: markdown, collapsible: folded).html(), "report.html")
        }
        return written
    }

    /// Files that other steps write into a report's folder, linked from the top of the README
    /// (and the HTML page) when they are there: `scripts/main.sh` writes `regressions.md` beside
    /// the report before writing it, and a reader of the index should find it.
    static let companions: [(file: String, what: String)] = [
        ("regressions.md", "Regressions, each method against its previous stored version (`segbench compare`)"),
    ]

    /// The header every report carries: what each number means.
    func definitions() -> String {
        let tolerances = Set(data.tolerances.values.flatMap { $0 }).sorted().map { String(format: "%g", $0) }.joined(separator: ", ")
        return [
            "- **Policy `\(aggregator.policy.rawValue)`**: \(aggregator.policy.explanation).",
            "- **Aggregation**: \(aggregator.order.explanation); the mean column's spread is over the per-case means.",
            "- **HD95**: the larger of the two directed 95th percentiles (linear interpolation) of the distances between border voxels (a foreground voxel with a face neighbour outside; the image edge counts as outside), voxel centres, in mm (MONAI `compute_hausdorff_distance(percentile=95)`, MetricsReloaded).",
            "- **NSD**: surfel-based and area-weighted, a surface element counts when d ≤ τ (DeepMind surface-distance; MONAI `use_subvoxels=True`), τ = \(tolerances) mm.",
            "- **Cells**: \(request.content.title); std with n − 1; quartiles with linear interpolation. Dice and NSD in %, distances in mm. **Bold**: best of the column; <u>underlined</u>: second; ties at the shown precision share the mark.",
            "- **Intervals**: 95 % percentile bootstrap, resampling subjects (a patient's series together) within each domain, \(aggregator.resamples) resamples, seed \(aggregator.seed).",
            "- **Tests**: paired Wilcoxon signed-rank on the cases both methods scored (exact for small samples, normal approximation with tie correction otherwise, as SciPy 1.17), Holm-adjusted.",
            "- **Coverage**: cases scored / cases the run planned; failed cases count against the method as the policy says.",
        ].joined(separator: "\n")
    }

    /// Method versions, runs and the checksums behind the numbers.
    func provenance() -> String {
        // A run with interaction rounds (TCI) shares its method's checksums: its seed cell says so.
        var lines = ["| split | method | version | configuration | checkpoint | trained | run | seed | started | SegBench | inputs |",
                     "|---|---|---|---|---|---|---|---|---|---|---|"]
        let formatter = ISO8601DateFormatter()
        // Every run behind the numbers: each seed of a method is a run of its own.
        for split in data.splits {
            for m in data.methods(on: split) {
                for run in data.seedRuns[split]?[m] ?? [] {
                    let v = run.method
                    let inputs = (data.results[run.id] ?? []).map { "\($0.caseDescription.name) \($0.caseDescription.referenceChecksum) \($0.predictionChecksum ?? "-") \($0.inputChecksum ?? "-")" }.sorted().joined(separator: "\n")
                    let (splitName, methodName, version) = (MarkdownText.escaped(split), MarkdownText.escaped(v.name), MarkdownText.escaped(v.version))
                    lines.append("| \(splitName) | \(methodName) | \(version) | `\(v.configurationChecksum.prefix(12))` | `\(v.checkpointChecksum.prefix(12))` | `\((run.trainedChecksum ?? "-").prefix(12))` | \(run.id) | \(run.trainingSeed.map(String.init) ?? "–")\(run.interactionRounds > 0 ? " (+\(run.interactionRounds) round\(run.interactionRounds == 1 ? "" : "s"))" : "") | \(formatter.string(from: run.startedAt)) | \(run.segbenchVersion) | `\(Checksum.text(inputs).prefix(12))` |")
                }
            }
        }
        lines.append("")
        lines.append("Checksums are SHA-256 (first 12 hex digits): of the method's resolved configuration, of its checkpoint files, of what training wrote, and of the sorted list of every case's name with the checksums of its reference, prediction and input files. Written by SegBench \(request.segbenchVersion).")
        return lines.joined(separator: "\n")
    }
}

/// The lesion-level and instance-level views a split gets when its runs stored them (a dataset
/// whose challenge scores lesion by lesion says so in datasets.json): each its own leaderboard.
enum InstanceView: CaseIterable {
    case lesionWise, panoptic

    var metrics: [String] {
        switch self {
        case .lesionWise: ["lesion_dice", "lesion_hd95"]
        case .panoptic: ["pq", "sq"]
        }
    }

    func isStored(in names: Set<String>) -> Bool { names.contains(metrics[0]) }

    var title: String {
        switch self {
        case .lesionWise: "lesion-wise (BraTS 2023)"
        case .panoptic: "instances (panoptic quality)"
        }
    }

    /// The definition, with the parameters the runs scored with.
    func definition(_ extended: ExtendedMetrics) -> String {
        func number(_ x: Double) -> String { ScoreFormat.tolerance(x) }
        switch self {
        case .lesionWise:
            let d = extended.lesionWise ?? .brats2023
            return "Lesion-wise, as BraTS 2023 scores it: reference lesions are \(d.connectivity)-connected components merged within \(d.dilation) dilations; a lesion's Dice and HD95 (DeepMind surfels) are against every predicted component touching its dilation; lesions of at most \(number(d.volumeThreshold)) mm³ are left out; a missed lesion and every unmatched predicted component score Dice 0 and HD95 \(number(d.hd95Penalty)) mm, so each false-positive island lowers the score (docs/metrics.md)."
        case .panoptic:
            let matching = extended.panoptic == .bipartite ? "by maximum-weight bipartite matching" : "greedily"
            return "Panoptic quality as panoptica computes it: 26-connected instances of each region paired \(matching) at IoU ≥ 0.5; RQ = TP / (TP + FP/2 + FN/2), SQ = mean IoU of the pairs, PQ = SQ · RQ (docs/metrics.md)."
        }
    }
}
