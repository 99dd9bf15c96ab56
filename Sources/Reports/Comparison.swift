import Foundation
import Metrics
import Store

/// Two versions of a method, case by case: what got worse, and where.
///
/// Cases pair when both versions scored them from the same inputs (the input checksum the
/// runner stored, or the reference checksum). Every other case is listed with its reason. For
/// each split and structure, and for the per-case mean over structures: the mean before and
/// after over the paired cases, Δ, the ratio, and the paired two-sided Wilcoxon p, Holm-adjusted
/// across every (split, structure) compared. A structure regressed when it got worse by more
/// than the threshold and its adjusted p is below α; a case regressed when its Dice fell (or
/// HD95 rose) by more than the threshold. Overlap and surface metrics use the Dice threshold,
/// distances the HD95 one.
public struct Comparison: Sendable {
    public struct Line: Sendable {
        public var split: String
        /// A structure, or `mean` for the per-case mean over structures.
        public var structure: String
        public var metric: String
        public var n: Int
        public var before: Double
        public var after: Double
        public var p: Double?
        public var adjustedP: Double?
        public var delta: Double { after - before }
        public var ratio: Double { before == 0 ? .nan : after / before }
    }

    public struct Unpaired: Sendable, Hashable {
        public var split: String
        public var caseName: String
        public var reason: String
    }

    public struct CaseChange: Sendable {
        public var split: String
        public var caseName: String
        public var structure: String
        public var diceBefore: Double?, diceAfter: Double?
        public var hd95Before: Double?, hd95After: Double?
    }

    public var before: ReportMethod
    public var after: ReportMethod
    public var lines: [Line]
    public var unpaired: [Unpaired]
    /// Cases whose Dice fell or HD95 rose beyond the thresholds, worst Dice change first.
    public var regressedCases: [CaseChange]
    /// Cases scored before that failed after.
    public var newFailures: [Unpaired]
    public var diceThreshold: Double
    public var hd95Threshold: Double
    public var alpha: Double

    /// The lines that got worse beyond the threshold with a Holm-adjusted p below α.
    public var significantRegressions: [Line] {
        lines.filter { line in
            guard let p = line.adjustedP, p < alpha else { return false }
            let worse = higherIsBetter(line.metric) ? -line.delta : line.delta
            return worse > (higherIsBetter(line.metric) ? diceThreshold : hd95Threshold)
        }
    }

    /// - Parameters:
    ///   - a, b: indices into `aggregator.data.methods` (before, after).
    public init(aggregator: Aggregator, before a: Int, after b: Int, splits: [String], metrics: [String] = ["dice", "hd95"],
                diceThreshold: Double = 0.02, hd95Threshold: Double = 1, alpha: Double = 0.05) {
        let data = aggregator.data
        before = data.methods[a]
        after = data.methods[b]
        self.diceThreshold = diceThreshold
        self.hd95Threshold = hd95Threshold
        self.alpha = alpha
        var lines: [Line] = [], unpaired: [Unpaired] = [], changes: [CaseChange] = [], failures: [Unpaired] = []
        for split in splits {
            guard let runA = data.runs[split]?[a], let runB = data.runs[split]?[b] else { continue }
            let resultsA = Dictionary((data.results[runA.id] ?? []).map { ($0.caseDescription.name, $0) }, uniquingKeysWith: { x, _ in x })
            let resultsB = Dictionary((data.results[runB.id] ?? []).map { ($0.caseDescription.name, $0) }, uniquingKeysWith: { x, _ in x })
            var paired: Set<String> = []
            for name in Set(resultsA.keys).union(resultsB.keys).sorted() {
                guard let ra = resultsA[name] else { unpaired.append(Unpaired(split: split, caseName: name, reason: "not run by \(before.label)")); continue }
                guard let rb = resultsB[name] else { unpaired.append(Unpaired(split: split, caseName: name, reason: "not run by \(after.label)")); continue }
                func inputs(_ r: CaseResult) -> String { r.inputChecksum ?? r.caseDescription.referenceChecksum }
                if inputs(ra) != inputs(rb) { unpaired.append(Unpaired(split: split, caseName: name, reason: "different input (\(inputs(ra).prefix(8)) vs \(inputs(rb).prefix(8)))")); continue }
                if let f = rb.failure {
                    let entry = Unpaired(split: split, caseName: name, reason: "failed in \(after.label): \(f.kind)")
                    unpaired.append(entry)
                    if ra.failure == nil { failures.append(entry) }
                    continue
                }
                if let f = ra.failure { unpaired.append(Unpaired(split: split, caseName: name, reason: "failed in \(before.label): \(f.kind)")); continue }
                paired.insert(name)
            }
            let structures = data.structures[split] ?? []
            for metric in metrics {
                for structure in structures + ["mean"] {
                    let va = structure == "mean" ? aggregator.caseMeans(split: split, method: a, metric: metric)
                        : aggregator.values(split: split, method: a, structure: structure, metric: metric)
                    let vb = structure == "mean" ? aggregator.caseMeans(split: split, method: b, metric: metric)
                        : aggregator.values(split: split, method: b, structure: structure, metric: metric)
                    let cases = paired.filter { va[$0] != nil && vb[$0] != nil }.sorted()
                    guard !cases.isEmpty else { continue }
                    let x = cases.map { va[$0]! }, y = cases.map { vb[$0]! }
                    lines.append(Line(split: split, structure: structure, metric: metric, n: cases.count,
                                      before: Statistics.mean(x), after: Statistics.mean(y), p: WilcoxonTest(y, x)?.p, adjustedP: nil))
                }
            }
            // Per case and structure: what moved beyond the thresholds.
            for structure in structures {
                let da = aggregator.values(split: split, method: a, structure: structure, metric: "dice")
                let db = aggregator.values(split: split, method: b, structure: structure, metric: "dice")
                let ha = aggregator.values(split: split, method: a, structure: structure, metric: "hd95")
                let hb = aggregator.values(split: split, method: b, structure: structure, metric: "hd95")
                for name in paired.sorted() {
                    let diceFell = (da[name].flatMap { x in db[name].map { x - $0 } } ?? 0) > diceThreshold
                    let hd95Rose = (ha[name].flatMap { x in hb[name].map { $0 - x } } ?? 0) > hd95Threshold
                    if diceFell || hd95Rose {
                        changes.append(CaseChange(split: split, caseName: name, structure: structure, diceBefore: da[name], diceAfter: db[name],
                                                  hd95Before: ha[name], hd95After: hb[name]))
                    }
                }
            }
        }
        // Holm across every (split, structure, metric) tested.
        let tested = lines.indices.filter { lines[$0].p != nil }
        for (i, q) in zip(tested, holmAdjusted(tested.map { lines[$0].p! })) { lines[i].adjustedP = q }
        self.lines = lines
        self.unpaired = unpaired
        newFailures = failures
        regressedCases = changes.sorted { c1, c2 in
            let d1 = (c1.diceAfter ?? 0) - (c1.diceBefore ?? 0), d2 = (c2.diceAfter ?? 0) - (c2.diceBefore ?? 0)
            return (d1, c1.split, c1.caseName, c1.structure) < (d2, c2.split, c2.caseName, c2.structure)
        }
    }
}

extension Comparison {
    /// The comparison as Markdown: the versions (saying so when one version string holds two
    /// checkpoints), a summary of what moved beyond the thresholds with the largest changes, then
    /// every line and the regressed cases folded in `<details>` (GitHub and the report page open
    /// them on a click), and the unpaired cases.
    public func markdown(policy: Policy) -> String {
        func version(_ m: ReportMethod) -> String {
            "`\(m.version.name)` \(m.version.version) (configuration `\(m.version.configurationChecksum.prefix(12))`, checkpoint `\(m.version.checkpointChecksum.prefix(12))`)"
        }
        var out = "# \(before.version.name): \(before.version.version) → \(after.version.version)\n\n"
        out += "- Before: \(version(before))\n- After: \(version(after))\n"
        if before.version.version == after.version.version {
            out += "- **The two versions share the version string \(before.version.version) but not their checkpoints or configuration: they are different versions.**\n"
        }
        out += "- Policy `\(policy.rawValue)`; paired cases only (same inputs, both scored); p: paired two-sided Wilcoxon signed-rank, Holm-adjusted across the \(lines.filter { $0.p != nil }.count) lines; thresholds: Dice \(diceThreshold), HD95 \(hd95Threshold) mm; α = \(alpha).\n\n"
        out += summary() + "\n"
        let flagged = Set(significantRegressions.map { "\($0.split)|\($0.structure)|\($0.metric)" })
        out += "<details><summary>Every line (\(lines.count))</summary>\n\n"
        out += "| split | structure | metric | n | before | after | Δ | ratio | p (Holm) | |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n"
        for l in lines {
            let d = MetricDisplay(l.metric)
            let mark = flagged.contains("\(l.split)|\(l.structure)|\(l.metric)") ? "**regressed**" : ""
            out += "| \(MarkdownText.escaped(l.split)) | \(MarkdownText.escaped(l.structure)) | \(MarkdownText.escaped(l.metric)) | \(l.n) | \(d.format(l.before)) | \(d.format(l.after)) | \(DecimalText.signed(l.delta * d.scale, decimals: 2)) | \(l.ratio.isFinite ? String(format: "%.3f", l.ratio) : "–") | \(l.adjustedP.map { String(format: "%.3g", $0) } ?? "–") | \(mark) |\n"
        }
        out += "\n</details>\n"
        out += "\n## Cases beyond the thresholds (\(regressedCases.count))\n\n"
        if regressedCases.isEmpty { out += "None.\n" } else {
            out += "<details><summary>\(regressedCases.count) case\(regressedCases.count == 1 ? "" : "s"), worst Dice change first</summary>\n\n"
            out += "| split | case | structure | Dice before | Dice after | ΔDice | HD95 before | HD95 after |\n|---|---|---|---:|---:|---:|---:|---:|\n"
            for c in regressedCases {
                func f(_ v: Double?, _ scale: Double) -> String { v.map { DecimalText.fixed($0 * scale, decimals: 2) } ?? "–" }
                let delta = c.diceBefore.flatMap { b in c.diceAfter.map { DecimalText.signed(($0 - b) * 100, decimals: 2) } } ?? "–"
                out += "| \(MarkdownText.escaped(c.split)) | \(MarkdownText.escaped(c.caseName)) | \(MarkdownText.escaped(c.structure)) | \(f(c.diceBefore, 100)) | \(f(c.diceAfter, 100)) | \(delta) | \(f(c.hd95Before, 1)) | \(f(c.hd95After, 1)) |\n"
            }
            out += "\n</details>\n"
        }
        out += "\n## Cases not compared (\(unpaired.count))\n\n"
        out += unpaired.isEmpty ? "None.\n" : unpaired.map { "- \(MarkdownText.escaped($0.split)) / \(MarkdownText.escaped($0.caseName)): \($0.reason)" }.joined(separator: "\n") + "\n"
        return out
    }

    /// How far a line moved, in thresholds (Dice's for overlap metrics, HD95's for distances),
    /// signed so that positive is better: below 1 in magnitude the change is within the noise
    /// the thresholds allow.
    func movement(_ line: Line) -> Double {
        let higher = higherIsBetter(line.metric)
        return (higher ? line.delta : -line.delta) / (higher ? diceThreshold : hd95Threshold)
    }

    /// What changed, before the full tables: how many lines moved beyond their threshold, in
    /// which direction, how many of the worse are significant, and the largest changes each way
    /// (the worse first: a regression is what a reader looks for).
    func summary(largest: Int = 3) -> String {
        let moved = lines.filter { abs(movement($0)) > 1 }
        let better = moved.filter { movement($0) > 0 }.count, worse = moved.count - better
        var out = "**What changed**: of \(lines.count) line\(lines.count == 1 ? "" : "s") (split × structure × metric, the per-case mean as a structure), "
        out += "\(moved.count) moved beyond the thresholds (Dice \(String(format: "%g", diceThreshold * 100)) points, HD95 \(String(format: "%g", hd95Threshold)) mm): "
        out += "\(better) better, \(worse) worse, \(significantRegressions.count) of them significantly (Holm p < \(alpha)); \(lines.count - moved.count) within them. "
        out += "\(regressedCases.count) case\(regressedCases.count == 1 ? "" : "s") beyond the thresholds, \(newFailures.count) new failure\(newFailures.count == 1 ? "" : "s"), \(unpaired.count) case\(unpaired.count == 1 ? "" : "s") not compared.\n"
        guard !moved.isEmpty else { return out }
        func largestFirst(_ a: Line, _ b: Line) -> Bool { (abs(movement(a)), b.split, b.structure, b.metric) > (abs(movement(b)), a.split, a.structure, a.metric) }
        let ranked = moved.filter { movement($0) < 0 }.sorted(by: largestFirst).prefix(largest)
            + moved.filter { movement($0) > 0 }.sorted(by: largestFirst).prefix(largest)
        out += "\nThe largest changes, worse then better (measured in thresholds):\n\n| split | structure | metric | n | before | after | Δ | p (Holm) | |\n|---|---|---|---:|---:|---:|---:|---:|---|\n"
        for l in ranked {
            let d = MetricDisplay(l.metric)
            out += "| \(MarkdownText.escaped(l.split)) | \(MarkdownText.escaped(l.structure)) | \(MarkdownText.escaped(l.metric)) | \(l.n) | \(d.format(l.before)) | \(d.format(l.after)) | \(DecimalText.signed(l.delta * d.scale, decimals: 2)) | \(l.adjustedP.map { String(format: "%.3g", $0) } ?? "–") | \(movement(l) > 0 ? "better" : "worse") |\n"
        }
        return out
    }

    public func json(policy: Policy) -> String {
        func number(_ v: Double?) -> Any { v.flatMap { $0.isFinite ? $0 : nil } ?? NSNull() }
        let object: [String: Any] = [
            "before": ["method": before.version.name, "version": before.version.version, "configuration": before.version.configurationChecksum, "checkpoint": before.version.checkpointChecksum],
            "after": ["method": after.version.name, "version": after.version.version, "configuration": after.version.configurationChecksum, "checkpoint": after.version.checkpointChecksum],
            "policy": policy.rawValue, "dice_threshold": diceThreshold, "hd95_threshold": hd95Threshold, "alpha": alpha,
            "lines": lines.map { ["split": $0.split, "structure": $0.structure, "metric": $0.metric, "n": $0.n, "before": number($0.before), "after": number($0.after),
                                  "delta": number($0.delta), "ratio": number($0.ratio), "p": number($0.p), "p_holm": number($0.adjustedP)] as [String: Any] },
            "significant_regressions": significantRegressions.map { "\($0.split)/\($0.structure)/\($0.metric)" },
            "regressed_cases": regressedCases.map { ["split": $0.split, "case": $0.caseName, "structure": $0.structure, "dice_before": number($0.diceBefore),
                                                     "dice_after": number($0.diceAfter), "hd95_before": number($0.hd95Before), "hd95_after": number($0.hd95After)] as [String: Any] },
            "unpaired": unpaired.map { ["split": $0.split, "case": $0.caseName, "reason": $0.reason] },
            "new_failures": newFailures.map { ["split": $0.split, "case": $0.caseName, "reason": $0.reason] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Overlays of the regressed cases (up to `limit`, worst first): the two versions side by side.
    public func overlay(aggregator: Aggregator, source: OverlaySource, limit: Int = 6) -> [Figure] {
        let data = aggregator.data
        guard let a = data.methods.firstIndex(of: before), let b = data.methods.firstIndex(of: after) else { return [] }
        var figures: [Figure] = []
        for split in Set(regressedCases.map(\.split)).sorted() {
            var cases: [(String, String)] = [], structures: [String?] = []
            for c in regressedCases where c.split == split && !cases.contains(where: { $0.1 == c.caseName }) && cases.count < limit {
                cases.append((data.style(c.structure).displayName, c.caseName))
                structures.append(c.structure)
            }
            if let f = OverlayFigure.make(aggregator: aggregator, split: split, source: source, methods: [a, b], cases: cases, structures: structures,
                                          name: "regressions_\(split)",
                                          caption: "The cases of \(split) that regressed most, \(before.label) (left) and \(after.label) (right): reference solid, prediction dashed, in the organ colours; each panel gives the Dice of the structure that regressed.") {
                figures.append(f)
            }
        }
        return figures
    }
}
