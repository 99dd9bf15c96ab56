import Foundation
import Store
import Testing
@testable import Reports

/// Tables from a store of known values (`ToyStore`). Every expected number is worked out by hand
/// from the table in ToyStore's documentation; D = √300 = 17.3205 mm is the image diagonal.
@Suite("Leaderboards and policies on known values")
struct LeaderboardTests {
    /// Made once for the suite (its tests run in parallel).
    static let shared = try! ToyStore.data(temporaryFolder("leaderboard") + "/toy.sqlite")
    var data: ReportData { Self.shared }

    func mean(_ policy: Policy, _ method: String, _ structure: String, _ metric: String) -> Double {
        let aggregator = Aggregator(data: data, policy: policy, resamples: 0)
        let m = data.methods.firstIndex { $0.label == method }!
        return aggregator.cell(split: "toy", method: m, structure: structure, metric: metric).aggregate
    }

    struct Expected: CustomTestStringConvertible, Sendable {
        var policy: Policy, method: String, structure: String, metric: String, value: Double
        init(_ policy: Policy, _ method: String, _ structure: String, _ metric: String, _ value: Double) {
            (self.policy, self.method, self.structure, self.metric, self.value) = (policy, method, structure, metric, value)
        }
        var testDescription: String { "\(policy) \(method) \(structure) \(metric)" }
    }

    static let d = ToyStore.diagonal
    static let expected: [Expected] = [
        // A's liver is scored everywhere: the same under every policy.
        Expected(.segbench, "A", "liver", "dice", 0.875),
        Expected(.nnunet, "A", "liver", "dice", 0.875),
        Expected(.brats, "A", "liver", "hd95", 2.5),
        // segbench: spurious, missed, failed are Dice 0 and HD95 = D; not_applicable is left out.
        Expected(.segbench, "A", "spleen", "dice", (0.7 + 0.6 + 0.8 + 0) / 4),
        Expected(.segbench, "A", "spleen", "hd95", (5 + 6 + 4 + d) / 4),
        Expected(.segbench, "B", "spleen", "dice", (0.5 + 0.4 + 0) / 3),
        Expected(.segbench, "B", "spleen", "hd95", (6 + 7 + d) / 3),
        Expected(.segbench, "C", "liver", "dice", (0.6 + 0.7 + 0.65 + 0) / 4),
        Expected(.segbench, "C", "liver", "hd95", (8 + 9 + 10 + d) / 4),
        Expected(.segbench, "C", "spleen", "dice", (0.55 + 0.65 + 0.62) / 3),
        // nnunet: distances of an empty side left out; failed cases left out.
        Expected(.nnunet, "A", "spleen", "dice", 0.525),
        Expected(.nnunet, "A", "spleen", "hd95", 5),
        Expected(.nnunet, "B", "spleen", "hd95", 6.5),
        Expected(.nnunet, "C", "liver", "dice", 0.65),
        Expected(.nnunet, "C", "liver", "hd95", 9),
        // brats: both empty is Dice 1 / HD95 0; missed, spurious, failed are Dice 0 / 373.13.
        Expected(.brats, "A", "spleen", "hd95", (5 + 6 + 4 + 373.13) / 4),
        Expected(.brats, "B", "spleen", "dice", (0.5 + 0.4 + 0 + 1) / 4),
        Expected(.brats, "B", "spleen", "hd95", (6 + 7 + 373.13 + 0) / 4),
        Expected(.brats, "C", "spleen", "dice", (0.55 + 0.65 + 0.62 + 1) / 4),
        Expected(.brats, "C", "liver", "hd95", (8 + 9 + 10 + 373.13) / 4),
        // metricsreloaded: both empty Dice 1 / distance 0; an empty side's distance left out.
        Expected(.metricsreloaded, "B", "spleen", "dice", 0.475),
        Expected(.metricsreloaded, "B", "spleen", "hd95", 13.0 / 3),
        Expected(.metricsreloaded, "C", "liver", "dice", 0.4875),
        Expected(.metricsreloaded, "C", "liver", "hd95", 9),
        // monai: spurious Dice left out (ignore_empty), missed Dice 0, failed as missed.
        Expected(.monai, "A", "spleen", "dice", 0.7),
        Expected(.monai, "B", "spleen", "dice", 0.3),
        Expected(.monai, "C", "liver", "dice", 0.4875),
        Expected(.monai, "C", "liver", "hd95", 9),

    ]

    /// Each policy changes exactly the cells holding the states it treats differently.
    @Test("Each preset gives the hand-computed means", arguments: expected)
    func presets(_ e: Expected) {
        #expect(abs(mean(e.policy, e.method, e.structure, e.metric) - e.value) < 1e-12)
    }

    @Test("A method run again with interaction rounds is its own row (`A +1 round`), not a replacement of its first run")
    func interactionRoundsAreARow() throws {
        let path = temporaryFolder("rounds") + ".sqlite"
        let store = try ToyStore.make(at: path)
        // A second run of A's version with one round of corrections: its liver is perfect.
        try ToyStore.addInteractionRound(store, method: "A") { _, _ in [ToyStore.score("liver", label: 1, .scored(1, 0))] }
        let data = try ReportData(store: store, path: path, splits: ["toy"])
        #expect(data.methods.map(\.label) == ["A", "B", "C", "A +1 round"])
        let aggregator = Aggregator(data: data, order: .labelFirst, resamples: 0)
        #expect(abs(aggregator.cell(split: "toy", method: 0, structure: "liver", metric: "dice").aggregate - 0.875) < 1e-12)
        #expect(aggregator.cell(split: "toy", method: 3, structure: "liver", metric: "dice").aggregate == 1)
    }

    @Test("Label-first and case-first means over structures differ as defined")
    func orders() {
        let labelFirst = Aggregator(data: data, order: .labelFirst, resamples: 0), caseFirst = Aggregator(data: data, order: .caseFirst, resamples: 0)
        let b = data.methods.firstIndex { $0.label == "B" }!
        // Label-first: mean(liver 0.875, spleen 0.3). Case-first: cases (0.7, 0.6, 0.425, 0.95), c4 has liver only.
        #expect(abs(labelFirst.meanCell(split: "toy", method: b, metric: "dice").aggregate - (0.875 + 0.3) / 2) < 1e-12)
        #expect(abs(caseFirst.meanCell(split: "toy", method: b, metric: "dice").aggregate - (0.7 + 0.6 + 0.425 + 0.95) / 4) < 1e-12)
    }

    @Test("Bold on the best of each column, underline on the second, ties share the mark")
    func marks() throws {
        let board = LeaderboardBuilder(aggregator: Aggregator(data: data, resamples: 0)).splitTable("toy")
        let headers = board.columns.map(\.header)
        #expect(headers == ["liver", "spleen", "Mean", "liver", "spleen", "Mean", "Coverage"])
        let rows = Dictionary(uniqueKeysWithValues: board.rows.map { ($0.label, $0.entries) })
        let (a, b, c) = (try #require(rows["A"]), try #require(rows["B"]), try #require(rows["C"]))
        // Dice liver: A and B 87.50 (tie, both bold), C 48.75 (second).
        #expect(a[0].text.hasPrefix("87.50") && a[0].mark == .best && b[0].mark == .best && c[0].mark == .second)
        // Dice spleen: C 60.67 best, A 52.50 second, B 30.00 unmarked.
        #expect(c[1].text.hasPrefix("60.67") && c[1].mark == .best && a[1].mark == .second && b[1].mark == .none)
        // HD95 liver (lower is better): A 2.50, B 3.00, C 11.08.
        #expect(a[3].mark == .best && b[3].mark == .second && c[3].text.hasPrefix("11.08") && c[3].mark == .none)
        #expect(a.last?.text == "4/4" && c.last?.text == "3/5 (1 failed)")

        let markdown = board.markdown
        #expect(markdown.contains("| A | **87.50 ± 6.45** |"))
        #expect(markdown.contains("<u>48.75 ± 32.76</u>"))
        let latex = board.latex
        #expect(latex.contains("\\toprule") && latex.contains("\\midrule") && latex.contains("\\bottomrule"))
        #expect(latex.contains("\\textbf{87.50 $\\pm$ 6.45}") && latex.contains("\\underline{48.75 $\\pm$ 32.76}"))
        #expect(latex.contains("\\multicolumn{3}{c}{Dice (\\%) $\\uparrow$}"))
        let page = ReportPage(markdown: markdown).html()
        #expect(page.contains("<td align=\"right\"><strong>87.50 ± 6.45</strong></td>") && page.contains("<u>48.75 ± 32.76</u>"))
    }

    @Test("LaTeX: Δ, × and a number's minus sign in math mode (a raw Δ stops pdflatex); hyphens inside words and ranges stay; nothing outside ASCII is left")
    func latexCharacters() {
        let board = Leaderboard(title: "Claims", columns: [Leaderboard.Column(header: "Δ Dice (%) ↑", higherIsBetter: nil),
                                                            Leaderboard.Column(header: "n (cases × seeds)", higherIsBetter: nil)],
                                rows: [Leaderboard.Row(label: "xmod_a (vs atlas)", entries: [Leaderboard.Entry(text: "-32.55 (-38.62 to -25.58)"),
                                                                                            Leaderboard.Entry(text: "18 × 3 / 1")]),
                                       Leaderboard.Row(label: "T1-in-phase", entries: [Leaderboard.Entry(text: "+4.10 (2.0–6.2)"),
                                                                                      Leaderboard.Entry(text: "−1")])])
        let latex = board.latex
        #expect(latex.contains("$\\Delta$ Dice (\\%) $\\uparrow$ & n (cases $\\times$ seeds)"), "\(latex)")
        #expect(latex.contains("$-$32.55 ($-$38.62 to $-$25.58) & 18 $\\times$ 3 / 1"), "\(latex)")
        #expect(latex.contains("T1-in-phase & +4.10 (2.0--6.2) & $-$1"), "\(latex)")
        #expect(latex.split(separator: "\n").filter { !$0.hasPrefix("%") }.allSatisfy { $0.allSatisfy(\.isASCII) }, "\(latex)")
    }

    @Test("A column where every method has the same value (all at 0 on a structure none found) marks no best; unranked columns mark nothing")
    func noBestInATie() {
        var board = Leaderboard(title: "Tie", columns: [Leaderboard.Column(header: "adrenal", higherIsBetter: true),
                                                         Leaderboard.Column(header: "liver", higherIsBetter: true),
                                                         Leaderboard.Column(header: "Drop", higherIsBetter: nil)],
                                rows: [("A", 90.0, 3.0), ("B", 80.0, -0.5), ("C", 70.0, 9.0)].map { label, liver, drop in
                                    Leaderboard.Row(label: label, entries: [Leaderboard.Entry(text: "0.00", rankValue: 0),
                                                                            Leaderboard.Entry(text: "\(liver)", rankValue: liver),
                                                                            Leaderboard.Entry(text: "\(drop)", rankValue: drop)])
                                })
        board.markBest()
        #expect(board.rows.allSatisfy { $0.entries[0].mark == .none && $0.entries[2].mark == .none })
        #expect(board.rows.map { $0.entries[1].mark } == [.best, .second, .none])
    }

    @Test("Across splits: a block per split while the table fits in twelve columns, else one column per split with the mean alone")
    func domainTableLayouts() throws {
        let splits = ["s1", "s2", "s3", "s4", "s5"]
        let data = try ToyStore.data(temporaryFolder("domain") + "/toy.sqlite", splits: splits)
        let builder = LeaderboardBuilder(aggregator: Aggregator(data: data, resamples: 50), content: .meanCI)
        let infos = splits.map { SplitInfo(name: $0, type: "cross_modality", title: "Toy \($0)") }
        func header(_ board: Leaderboard) -> String? { board.markdown.split(separator: "\n").first { $0.hasPrefix("| Method") }.map(String.init) }
        // Two splits of two structures: 2 × (2 + 1) = 6 columns, a block per split, intervals shown.
        let blocks = builder.domainTable(Array(infos.prefix(2)))
        #expect(header(blocks) == "| Method | Toy s1: liver | Toy s1: spleen | Toy s1: Mean | Toy s2: liver | Toy s2: spleen | Toy s2: Mean |")
        #expect(blocks.rows[0].entries[2].text.hasPrefix("70.00 ("))
        // Five: 15 columns are too many. One per split, headed by its name; A's mean over
        // structures (87.50 + 52.50) / 2 = 70.00 best, B's (87.50 + 30.00) / 2 = 58.75 second.
        let compact = builder.domainTable(infos)
        #expect(header(compact) == "| Method | s1 | s2 | s3 | s4 | s5 |")
        #expect(compact.title.hasSuffix("mean over structures"))
        #expect(compact.markdown.contains("| A | **70.00** | **70.00** | **70.00** | **70.00** | **70.00** |"))
        #expect(compact.markdown.contains("| B | <u>58.75</u> |"))
        // The key names what each column is, and where the intervals went.
        #expect(compact.footnotes.last?.contains("mean (95 % bootstrap interval)") == true)
        #expect(compact.footnotes.last?.contains("s5 (Toy s5)") == true)
    }

    @Test("Every policy changes only the numbers of the states it treats differently")
    func policiesTouchOnlyTheirCells() {
        func csv(_ policy: Policy) -> [String: String] {
            let lines = ScoreTableCSV.render(Aggregator(data: data, policy: policy, resamples: 0), metrics: ["dice", "hd95"]).split(separator: "\n").dropFirst()
            return Dictionary(uniqueKeysWithValues: lines.map { line in
                let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return ("\(f[1]) \(f[3]) \(f[4])", f[7])
            })
        }
        let base = csv(.segbench)
        // Cells whose cases are all scored: liver of A and B.
        let untouched = ["A liver dice", "A liver hd95", "B liver dice", "B liver hd95"]
        for policy in Policy.allCases {
            let other = csv(policy)
            for key in untouched { #expect(other[key] == base[key], "\(policy) changed \(key)") }
        }
        // nnunet keeps the Dice of a spurious structure (0) but drops its distance.
        #expect(csv(.nnunet)["A spleen dice"] == base["A spleen dice"])
        #expect(csv(.nnunet)["A spleen hd95"] != base["A spleen hd95"])
    }

    @Test("Significance: a method worse on every case is marked against the best")
    func significance() {
        let builder = LeaderboardBuilder(aggregator: Aggregator(data: data, resamples: 0))
        func cell(_ value: (Int) -> Double) -> Cell? {
            let values: [String: Double] = Dictionary(uniqueKeysWithValues: (1...8).map { ("c\($0)", value($0)) })
            return Cell(values: values, summary: nil, aggregate: values.values.reduce(0, +) / 8, interval: nil)
        }
        let cells: [Cell?] = [
            cell { 0.9 + Double($0) / 100 },
            cell { 0.5 + Double($0) / 100 },
            cell { 0.9 + Double($0) / 100 + ($0 % 2 == 0 ? 0.001 : -0.001) },
        ]
        // Method 1 is below the best on all 8 cases: exact two-sided p = 2/256, ×2 by Holm = 1/64.
        // Method 2 differs by ±0.001 alternately: p = 1 (not significant).
        #expect(builder.significance(cells, higherIsBetter: true) == [false, true, false])
    }
}
