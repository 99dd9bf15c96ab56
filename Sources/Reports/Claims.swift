import Foundation
import Metrics
import Store

/// A paper's headline claim, as its abstract states it (`reference/papers.md` §1.2: the only
/// numbers the papers give us), and how this store measures the same quantity.
public struct PaperClaim: Sendable, Hashable {
    public enum Quantity: Sendable, Hashable {
        /// The method minus the strongest other method on an out-of-distribution split, per case
        /// (mean over structures), best case over the splits ("up to").
        case gainOverStrongestBaseline(metric: String)
        /// Trainable parameters over all parameters, from the method's training report.
        case trainableFraction
    }

    /// `Causal-SAM-LLM, arXiv 2507.03585 v1`.
    public var source: String
    /// The method name in methods.json the claim is about.
    public var method: String
    /// The claim in the paper's words: `up to +6.2 Dice points over the strongest baseline`.
    public var statement: String
    public var quantity: Quantity
    /// The number claimed, in the table's units: Dice points, millimetres (a reduction is
    /// negative), percent of parameters (an upper bound).
    public var value: Double

    public init(source: String, method: String, statement: String, quantity: Quantity, value: Double) {
        self.source = source
        self.method = method
        self.statement = statement
        self.quantity = quantity
        self.value = value
    }

    /// Causal-SAM-LLM's abstract claims in both published versions. Zeus's paper gives no number.
    public static let headline: [PaperClaim] = [
        ("arXiv 2507.03585 v1", 6.2, -15.8, 9.0), ("ICASSP 2026", 5.2, -10.0, 8.0),
    ].flatMap { source, dice, hd, fraction in [
        PaperClaim(source: "Causal-SAM-LLM, \(source)", method: "causal_sam_llm",
                   statement: "up to +\(dice) Dice points over the strongest baseline (OOD)",
                   quantity: .gainOverStrongestBaseline(metric: "dice"), value: dice),
        PaperClaim(source: "Causal-SAM-LLM, \(source)", method: "causal_sam_llm",
                   statement: "up to \(-hd) mm lower Hausdorff distance than the strongest baseline (OOD)",
                   quantity: .gainOverStrongestBaseline(metric: "hd"), value: hd),
        PaperClaim(source: "Causal-SAM-LLM, \(source)", method: "causal_sam_llm",
                   statement: "under \(Int(fraction)) % of the parameters trained",
                   quantity: .trainableFraction, value: fraction),
    ] }
}

/// One method against the strongest other method on one split, paired by case.
public struct ClaimComparison: Sendable {
    public var split: String
    public var metric: String
    /// The strongest other method by mean Dice on the split (the label a table prints).
    public var baseline: String
    /// Mean over the cases both scored of (method − baseline), per case the mean over
    /// structures, in display units (Dice points, mm).
    public var difference: Double
    /// The 95 % percentile bootstrap interval of that mean, resampling subjects within domains.
    public var interval: ClosedRange<Double>?
    public var pairedCases: Int
}

/// Measures the papers' claims on a report's out-of-distribution splits.
///
/// The strongest baseline of a split is the method, other than any row of the claimed method
/// (its interaction rounds included), with the highest mean Dice there, as the leaderboard ranks
/// it. The difference is paired: `Δ = (1/n) Σ_c (m_c − b_c)` over the n cases both scored, `m_c`
/// and `b_c` the means over structures of case c under the report's policy; its interval is the
/// same subject-level bootstrap as every other interval of the report. "Up to" is the best
/// split: the largest Dice gain, the most negative distance change.
public struct ClaimsBuilder {
    public var aggregator: Aggregator
    public var splits: [SplitInfo]

    public init(aggregator: Aggregator, splits: [SplitInfo]) {
        self.aggregator = aggregator
        self.splits = splits
    }

    var data: ReportData { aggregator.data }

    /// The plain row (no interaction rounds) of a method.
    func methodIndex(_ name: String) -> Int? {
        data.methods.indices.first { data.methods[$0].version.name == name && data.methods[$0].interactionRounds == 0 }
    }

    /// Per out-of-distribution split where the method ran beside another, the comparison with
    /// the strongest other method, or with `against` (its ablation, say) where that ran.
    /// - Parameter everySplit: every split of the report, in distribution too (a contrast),
    ///   not only the out-of-distribution ones (a claim).
    public func comparisons(method name: String, metric: String, against: String? = nil, everySplit: Bool = false) -> [ClaimComparison] {
        guard let m = methodIndex(name) else { return [] }
        let display = MetricDisplay(metric)
        return splits.filter { everySplit || $0.isOutOfDistribution }.compactMap { info -> ClaimComparison? in
            let split = info.name
            guard data.runs[split]?[m] != nil else { return nil }
            let others = data.methods(on: split).filter {
                data.methods[$0].version.name != name && (against == nil || (data.methods[$0].version.name == against && data.methods[$0].interactionRounds == 0))
            }
            guard let strongest = aggregator.best(split: split, among: others, metric: "dice")?.method else { return nil }
            let ours = aggregator.meanStatistic(split: split, method: m, metric: metric)
            let theirs = aggregator.meanStatistic(split: split, method: strongest, metric: metric)
            let cases = Set(ours.cases).intersection(theirs.cases).sorted()
            guard !cases.isEmpty else { return nil }
            // Case indices of the paired cases in each method's statistic.
            let inOurs = cases.map { ours.cases.firstIndex(of: $0)! }, inTheirs = cases.map { theirs.cases.firstIndex(of: $0)! }
            let scale = display.scale
            let difference: ([Int], [[Int]?]) -> Double = { sample, draws in
                let a = ours.caseMeans(draws[0]), b = theirs.caseMeans(draws[1])
                return Statistics.nanMean(sample.map { (a[inOurs[$0]] - b[inTheirs[$0]]) * scale })
            }
            return ClaimComparison(split: split, metric: metric, baseline: data.methods[strongest].label,
                                   difference: difference(Array(cases.indices), [nil, nil]),
                                   interval: aggregator.bootstrapInterval(split: split, method: m, cases: cases, methods: [m, strongest], difference),
                                   pairedCases: cases.count)
        }
    }

    /// The method's trainable fraction (percent) and the report it came from, from the first of
    /// its runs that stored a training report with `parameters.trainable_fraction`.
    public func trainableFraction(method name: String) -> (percent: Double, trainable: Int?, total: Int?, profile: String?)? {
        guard let m = methodIndex(name) else { return nil }
        for split in data.splits {
            guard let text = data.runs[split]?[m]?.trainingReport,
                  let report = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  let parameters = report["parameters"] as? [String: Any],
                  let fraction = (parameters["trainable_fraction"] as? NSNumber)?.doubleValue else { continue }
            return (100 * fraction, (parameters["trainable"] as? NSNumber)?.intValue, (parameters["total"] as? NSNumber)?.intValue,
                    report["profile"] as? String)
        }
        return nil
    }

    /// The claims table: each claim, what it says, what this store measured (best case, its
    /// interval, where), and whether the measurement agrees in direction and in size.
    public func table(_ claims: [PaperClaim]) -> Leaderboard? {
        var rows: [Leaderboard.Row] = []
        var smallProfileMisses = false
        var cache: [String: [ClaimComparison]] = [:]
        for claim in claims {
            var entries: [String]
            switch claim.quantity {
            case .gainOverStrongestBaseline(let metric):
                let all = cache["\(claim.method) \(metric)"] ?? comparisons(method: claim.method, metric: metric)
                cache["\(claim.method) \(metric)"] = all
                let gain = claim.value > 0
                // A split with one or two paired cases has no interval worth the name: "up to" is
                // taken over the splits with three or more, when there are any.
                let candidates = all.contains { $0.pairedCases >= 3 } ? all.filter { $0.pairedCases >= 3 } : all
                guard let best = candidates.max(by: { gain ? $0.difference < $1.difference : $0.difference > $1.difference }) else { continue }
                let unit = metric == "dice" ? "points" : "mm"
                entries = [signed(best.difference) + " \(unit)", best.interval.map { "\(signed($0.lowerBound)) to \(signed($0.upperBound))" } ?? "–",
                           "\(best.split) (vs \(best.baseline), \(best.pairedCases) cases)",
                           verdict(best, claimed: claim.value)]
            case .trainableFraction:
                guard let measured = trainableFraction(method: claim.method) else { continue }
                let counts = measured.trainable.flatMap { t in measured.total.map { "\(grouped(t)) of \(grouped($0))" } }
                entries = [String(format: "%.2f %%", measured.percent), "–",
                           [counts, measured.profile.map { "profile \($0)" }].compactMap { $0 }.joined(separator: ", "),
                           measured.percent < claim.value ? "agrees" : "does not hold here"]
                smallProfileMisses = smallProfileMisses || (measured.percent >= claim.value && measured.profile == "small")
            }
            rows.append(Leaderboard.Row(label: "\(claim.source): \(claim.statement)", entries: entries.map { Leaderboard.Entry(text: $0) }))
        }
        guard !rows.isEmpty else { return nil }
        var board = Leaderboard(title: "The papers' headline claims beside this run",
                                columns: ["Measured (best split)", "95 % CI", "Where", "Verdict"].map { Leaderboard.Column(header: $0, higherIsBetter: nil) },
                                rows: rows)
        board.labelHeader = "Claim"
        board.footnotes.append(aggregator.policyFootnote)
        board.footnotes.append("Measured: the claimed method minus the strongest other method of each out-of-distribution split (highest mean Dice), paired by case (mean over structures per case), the best split with at least three paired cases shown (\"up to\"). CI: 95 % percentile bootstrap over subjects within domains (and over each method's seeds, where it has several). Verdict: the direction agrees when the interval lies on the claimed side of 0, is opposite when it lies on the other side, and is unresolved when it holds 0; the size is reached when the estimate is at least the claimed number. The abstracts say \"Hausdorff distance\", not HD95; HD is measured here.")
        if smallProfileMisses {
            board.footnotes.append("Trainable fraction, profile small: its frozen image encoder is a 4-layer ViT of width 96 (540,256 parameters, pre-trained once in 29 minutes on one CPU thread) where SAM ViT-B's has 89.7 million, so the same trainable decoder is a large share of a small whole. With ViT-B the same trainable parts are 4.06 % (docs/methods.md, tested in Methods/tests); the fraction here measures the encoder's size, not the method.")
        }
        return board
    }

    /// Per split, the comparisons behind the claims table (every OOD split, not only the best),
    /// against the strongest other method or against `against`.
    public func splitTable(method: String, metrics: [String] = ["dice", "hd", "hd95"], against: String? = nil) -> Leaderboard? {
        let all = metrics.map { comparisons(method: method, metric: $0, against: against) }
        guard let first = all.first, !first.isEmpty else { return nil }
        let rows = first.indices.map { i in
            let dice = first[i]
            let differences = all.map { column in
                guard i < column.count else { return Leaderboard.Entry(text: "–") }
                let c = column[i]
                return Leaderboard.Entry(text: signed(c.difference) + (c.interval.map { " (\(signed($0.lowerBound)) to \(signed($0.upperBound)))" } ?? " (–)"))
            }
            // n and the verdict come from the first metric's comparison (Dice, as the claims).
            return Leaderboard.Row(label: "\(dice.split) (vs \(dice.baseline))", entries: differences + [
                .init(text: sampleText(dice, method: method, against: dice.baseline)),
                .init(text: verdict(dice.interval, better: "\(method) better", worse: "\(dice.baseline) better")),
            ])
        }
        let verdictHeader = "Verdict on Δ " + (MetricDisplay(metrics[0]).header.components(separatedBy: " (").first ?? metrics[0])
        var board = Leaderboard(title: "\(method) minus \(against ?? "the strongest baseline"), per out-of-distribution split (95 % CI)",
                                columns: metrics.map { Leaderboard.Column(header: "Δ " + MetricDisplay($0).header, higherIsBetter: nil) }
                                    + ["n (cases × seeds)", verdictHeader].map { Leaderboard.Column(header: $0, higherIsBetter: nil) },
                                rows: rows)
        board.labelHeader = "Split (against)"
        board.footnotes.append(aggregator.policyFootnote)
        board.footnotes.append(pairedFootnote(method: method, other: "the method it is compared with") + " Verdict: a method is better when the interval lies on its side of 0.")
        return board
    }

    /// The mechanism a paper claims, isolated: the claimed method against an arm that has
    /// everything of it but the mechanism (Causal-SAM-LLM against the SAM decoder with the same
    /// style augmentation: what LAD adds), per out-of-distribution split, Dice in points with
    /// the interval (subjects and seeds resampled), n, and what the interval says.
    public func mechanismTable(method: String, arm: String, mechanism: String) -> Leaderboard? {
        pairedTable(method: method, against: arm, everySplit: false,
                    title: "The mechanism: \(method) minus \(arm) (what \(mechanism) adds), Dice points per out-of-distribution split",
                    verdicts: (better: "\(mechanism) adds", worse: "\(mechanism) costs"),
                    note: "The arm is meant to be \(method) without \(mechanism) and nothing else (the same frozen encoder, steps, augmentation and seeds).")
    }

    /// A named contrast between two variants of a method on every split where both ran, in
    /// distribution too (Zeus's early or hybrid fusion against its late fusion on the
    /// multi-channel splits): the same columns as the mechanism's table.
    public func contrastTable(method: String, against other: String, name: String) -> Leaderboard? {
        pairedTable(method: method, against: other, everySplit: true,
                    title: "\(name): \(method) minus \(other), Dice points per split where both ran",
                    verdicts: (better: "\(method) better", worse: "\(other) better"),
                    note: "The two differ in \(name) only (the same training set, steps and seeds).")
    }

    private func pairedTable(method: String, against arm: String, everySplit: Bool, title: String,
                             verdicts: (better: String, worse: String), note: String) -> Leaderboard? {
        let rows = comparisons(method: method, metric: "dice", against: arm, everySplit: everySplit).map { c in
            Leaderboard.Row(label: c.split, entries: [
                .init(text: signed(c.difference)), .init(text: c.interval.map { "\(signed($0.lowerBound)) to \(signed($0.upperBound))" } ?? "–"),
                .init(text: sampleText(c, method: method, against: arm)), .init(text: verdict(c.interval, better: verdicts.better, worse: verdicts.worse)),
            ])
        }
        guard !rows.isEmpty else { return nil }
        var board = Leaderboard(title: title,
                                columns: ["Δ Dice", "95 % CI", "n (cases × seeds)", "Verdict"].map { Leaderboard.Column(header: $0, higherIsBetter: nil) },
                                rows: rows)
        board.labelHeader = "Split"
        board.footnotes.append(aggregator.policyFootnote)
        board.footnotes.append(note + " " + pairedFootnote(method: method, other: arm))
        return board
    }

    /// What a paired difference's interval says: one side is better when the interval lies on
    /// its side of 0.
    func verdict(_ interval: ClosedRange<Double>?, better: String, worse: String) -> String {
        guard let ci = interval else { return "cannot tell (no interval)" }
        return ci.lowerBound > 0 ? better : ci.upperBound < 0 ? worse : "cannot tell (the interval holds 0)"
    }

    /// How a paired table's Δ, interval and n are made (its footnote).
    func pairedFootnote(method: String, other: String) -> String {
        "Δ: paired by case, each case its mean over structures and over its seeds; CI: 95 % percentile bootstrap resampling subjects within domains and each arm's seeds. n: paired cases × the seeds of \(method) / of \(other)."
    }

    /// n of a paired comparison: `paired cases × the method's seeds / the other's`.
    func sampleText(_ c: ClaimComparison, method: String, against other: String) -> String {
        let seeds = [method, other].map { name in methodIndex(name).map { aggregator.sampleSize(split: c.split, method: $0).seeds } }
        return "\(c.pairedCases) × " + seeds.map { $0.map(String.init) ?? "?" }.joined(separator: " / ")
    }

    func verdict(_ c: ClaimComparison, claimed: Double) -> String {
        let gain = claimed > 0
        let direction: String
        if let ci = c.interval {
            if gain ? ci.lowerBound > 0 : ci.upperBound < 0 { direction = "direction agrees" }
            else if gain ? ci.upperBound < 0 : ci.lowerBound > 0 { direction = "opposite direction" }
            else { direction = "unresolved (CI holds 0)" }
        } else {
            direction = (gain ? c.difference > 0 : c.difference < 0) ? "direction agrees (no CI)" : "opposite direction (no CI)"
        }
        let size = (gain ? c.difference >= claimed : c.difference <= claimed) ? "size reached" : "size not reached"
        return "\(direction); \(size)"
    }

    func signed(_ v: Double) -> String { v.isFinite ? DecimalText.signed(v, decimals: 2) : "–" }
    func grouped(_ n: Int) -> String {
        let digits = String(n)
        return digits.enumerated().map { i, ch in (i > 0 && (digits.count - i) % 3 == 0 ? "," : "") + String(ch) }.joined()
    }
}
