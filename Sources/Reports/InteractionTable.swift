import Foundation
import Metrics

/// What the simulated clinician's corrections did where they matter most: on the cases whose
/// first prediction was worst.
///
/// For a method that ran both plainly and with interaction rounds on a split (two rows, `A` and
/// `A +1 round`), the worst quarter of the plain run's cases by mean Dice over structures (at
/// least three) are listed with the first correction the clinician gave, Dice and HD95 before
/// and after; the last rows are the means over those cases and over every paired case.
public struct InteractionTable {
    public var aggregator: Aggregator

    public init(aggregator: Aggregator) { self.aggregator = aggregator }

    var data: ReportData { aggregator.data }

    /// One table per (split, method with interaction rounds) pair the report holds.
    public func tables(split: String) -> [Leaderboard] {
        data.methods(on: split).compactMap { after in
            let method = data.methods[after]
            guard method.interactionRounds > 0,
                  let before = data.methods(on: split).first(where: { data.methods[$0].version == method.version && data.methods[$0].interactionRounds == 0 })
            else { return nil }
            return table(split: split, before: before, after: after)
        }
    }

    func table(split: String, before: Int, after: Int) -> Leaderboard? {
        let dice = (aggregator.caseMeans(split: split, method: before, metric: "dice"), aggregator.caseMeans(split: split, method: after, metric: "dice"))
        let hd95 = (aggregator.caseMeans(split: split, method: before, metric: "hd95"), aggregator.caseMeans(split: split, method: after, metric: "hd95"))
        let paired = dice.0.keys.filter { dice.1[$0] != nil }.sorted { (dice.0[$0]!, $0) < (dice.0[$1]!, $1) }
        guard !paired.isEmpty else { return nil }
        let worst = Array(paired.prefix(max(3, paired.count / 4)))
        let commands = corrections(split: split, method: after)
        let (d, h) = (MetricDisplay("dice"), MetricDisplay("hd95"))
        func change(_ values: ([String: Double], [String: Double]), _ cases: [String], _ display: MetricDisplay) -> [String] {
            let a = cases.compactMap { values.0[$0] }, b = cases.compactMap { values.1[$0] }
            guard !a.isEmpty, !b.isEmpty else { return ["–", "–", "–"] }
            let (x, y) = (Statistics.mean(a), Statistics.mean(b))
            return [display.format(x), display.format(y), DecimalText.signed((y - x) * display.scale, decimals: 2)]
        }
        var rows = worst.map { c in
            Leaderboard.Row(label: c, entries: ([commands[c] ?? "–"] + change(dice, [c], d) + change(hd95, [c], h)).map { Leaderboard.Entry(text: $0) })
        }
        rows.append(Leaderboard.Row(label: "mean of these \(worst.count)", entries: (["" ] + change(dice, worst, d) + change(hd95, worst, h)).map { Leaderboard.Entry(text: $0) }))
        rows.append(Leaderboard.Row(label: "mean of all \(paired.count)", entries: ([""] + change(dice, paired, d) + change(hd95, paired, h)).map { Leaderboard.Entry(text: $0) }))
        var board = Leaderboard(title: "\(split): \(data.methods[after].label) on the cases \(data.methods[before].label) got worst",
                                columns: ["First correction given", "Dice before (%)", "Dice after (%)", "Δ Dice", "HD95 before (mm)", "HD95 after (mm)", "Δ HD95"]
                                    .map { Leaderboard.Column(header: $0, higherIsBetter: nil) },
                                rows: rows)
        board.labelHeader = "Case"
        board.footnotes.append(aggregator.policyFootnote)
        board.footnotes.append("The worst quarter (at least three) of the cases by the first prediction's mean Dice over structures; the correction is the simulated clinician's sentence about the structure with the lowest Dice (docs/methods.md, interact). Means per case over structures, then over cases.")
        return board
    }

    /// Case → the first correction the clinician gave, from the interacted run's sidecars.
    func corrections(split: String, method: Int) -> [String: String] {
        guard let run = data.runs[split]?[method] else { return [:] }
        var out: [String: String] = [:]
        for result in data.results[run.id] ?? [] {
            guard let text = result.sidecar, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  let first = (object["corrections"] as? [String])?.first else { continue }
            // "round 1: The spleen is over-segmented by 40 %; …" → the sentence.
            let sentence = first.range(of: ": ").map { String(first[$0.upperBound...]) } ?? first
            out[result.caseDescription.name] = sentence
        }
        return out
    }
}
