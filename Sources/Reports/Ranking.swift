import Foundation

/// Ranking methods, and how stable a ranking is (challengeR's conventions).
public enum Ranking {
    /// Ranks 1…k of `values` (aggregate-then-rank), best first; tied values share the smallest
    /// rank of their group (`ties.method = "min"`, challengeR's default); NaN ranks NaN.
    public static func ranks(_ values: [Double], higherIsBetter: Bool) -> [Double] {
        values.map { v in
            guard v.isFinite else { return .nan }
            return Double(1 + values.filter { $0.isFinite && (higherIsBetter ? $0 > v : $0 < v) }.count)
        }
    }

    /// The ranks methods take over bootstrap resamples of the cases.
    public struct Stability: Sendable {
        public var methods: [Int]
        /// Ranks on all cases.
        public var observed: [Double]
        /// `frequency[i][r − 1]`: the share of resamples where method `i` took rank `r`.
        public var frequency: [[Double]]
        public var medianRank: [Double]
        /// The 2.5th and 97.5th percentiles of each method's rank.
        public var interval: [ClosedRange<Double>]
        /// Kendall's τ between the observed ranking and each resample's (challengeR's violin).
        public var kendallTau: [Double]
    }

    /// Resamples subjects within domains (as `Bootstrap`), recomputes each method's aggregate of
    /// `metric` on the drawn cases, and ranks.
    public static func stability(_ aggregator: Aggregator, split: String, metric: String) -> Stability {
        let data = aggregator.data
        let methods = data.methods(on: split)
        let statistics = methods.map { aggregator.meanStatistic(split: split, method: $0, metric: metric) }
        let positions = statistics.map { Dictionary(uniqueKeysWithValues: $0.cases.enumerated().map { ($1, $0) }) }
        var facts: [String: (subject: String, domain: String, scanner: String)] = [:]
        for m in methods { facts.merge(aggregator.caseFacts(split: split, method: m)) { a, _ in a } }
        let cases = facts.keys.sorted()
        // Each method on the drawn cases it has.
        func aggregates(_ drawn: [String]) -> [Double] {
            methods.indices.map { i in statistics[i].aggregate(drawn.compactMap { positions[i][$0] }) }
        }
        let higher = higherIsBetter(metric)
        let observed = ranks(aggregates(cases), higherIsBetter: higher)
        let bootstrap = Bootstrap(subjects: cases.map { facts[$0]!.subject }, strata: cases.map { facts[$0]!.domain },
                                  resamples: max(aggregator.resamples, 1), seed: aggregator.seed)
        let sampled = bootstrap.samples().map { ranks(aggregates($0.map { cases[$0] }), higherIsBetter: higher) }
        let k = methods.count
        var frequency = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for r in sampled { for i in 0..<k where r[i].isFinite { frequency[i][Int(r[i]) - 1] += 1 / Double(sampled.count) } }
        let perMethod = (0..<k).map { i in sampled.map { $0[i] }.filter(\.isFinite) }
        return Stability(methods: methods, observed: observed, frequency: frequency,
                         medianRank: perMethod.map { Statistics.percentile($0, 50) },
                         interval: perMethod.map { $0.isEmpty ? 0...0 : Statistics.percentile($0, 2.5)...Statistics.percentile($0, 97.5) },
                         kendallTau: sampled.map { kendallTau(observed, $0) })
    }

    /// Kendall's τ-b between two rankings.
    public static func kendallTau(_ a: [Double], _ b: [Double]) -> Double {
        var concordant = 0.0, discordant = 0.0, tiesA = 0.0, tiesB = 0.0
        for i in a.indices { for j in a.indices where j > i {
            let x = (a[i] - a[j]).sign, y = (b[i] - b[j])
            if a[i] == a[j] && b[i] == b[j] { continue }
            if a[i] == a[j] { tiesA += 1 } else if b[i] == b[j] { tiesB += 1 }
            else if (x == .minus) == (y < 0) { concordant += 1 } else { discordant += 1 }
        } }
        let denominator = ((concordant + discordant + tiesA) * (concordant + discordant + tiesB)).squareRoot()
        return denominator == 0 ? .nan : (concordant - discordant) / denominator
    }

    /// Why no pair of methods on a split can be told apart by the significance map, or nil when
    /// one can. With n paired cases and no ties, the exact one-sided Wilcoxon signed-rank test's
    /// smallest p is 2⁻ⁿ (every difference of one sign); Holm's first step multiplies the
    /// smallest p by the number of ordered pairs, k(k − 1). Where that product is not below α,
    /// every cell of the map is "not significant" whatever the data: the map would say nothing
    /// and look like an answer. (Above 50 pairs SciPy's normal approximation can reach any p.)
    public static func significanceUnreachable(_ aggregator: Aggregator, split: String, alpha: Double = 0.05) -> String? {
        let methods = aggregator.data.methods(on: split)
        guard methods.count > 1 else { return nil }
        let counts = methods.map { aggregator.caseMeans(split: split, method: $0, metric: "dice").count }
        let n = counts.max() ?? 0
        guard n <= 50 else { return nil }
        let pairs = methods.count * (methods.count - 1)
        let smallest = Double(pairs) * pow(2, -Double(n))
        guard smallest >= alpha else { return nil }
        return "No significance map for \(split): with \(n) case\(n == 1 ? "" : "s") the smallest one-sided Wilcoxon p is 1/2^\(n) = "
            + String(format: "%.3g", pow(2, -Double(n))) + ", and Holm over the \(pairs) ordered pairs of \(methods.count) methods makes it "
            + String(format: "%.3g", min(1, smallest)) + ", not below \(alpha): no difference could be significant, whatever the data. "
            + "It takes \(Int((log2(Double(pairs) / alpha)).rounded(.down)) + 1) cases or more."
    }

    /// challengeR's significance map: `better[i][j]` when method `i` is significantly better
    /// than `j` by a one-sided paired Wilcoxon signed-rank test on the per-case means over
    /// structures of the cases both scored, Holm-adjusted over all ordered pairs.
    public static func significanceMap(_ aggregator: Aggregator, split: String, metric: String, alpha: Double = 0.05)
        -> (methods: [Int], better: [[Bool]], p: [[Double]]) {
        let methods = aggregator.data.methods(on: split)
        let means = methods.map { aggregator.caseMeans(split: split, method: $0, metric: metric) }
        var pairs: [(Int, Int, Double)] = []
        for i in methods.indices { for j in methods.indices where i != j {
            let test = WilcoxonTest(matching: means[i], means[j], alternative: higherIsBetter(metric) ? .greater : .less)
            pairs.append((i, j, test?.p ?? 1))
        } }
        let adjusted = holmAdjusted(pairs.map(\.2))
        var better = [[Bool]](repeating: [Bool](repeating: false, count: methods.count), count: methods.count)
        var p = [[Double]](repeating: [Double](repeating: .nan, count: methods.count), count: methods.count)
        for ((i, j, _), q) in zip(pairs, adjusted) {
            better[i][j] = q < alpha
            p[i][j] = q
        }
        return (methods, better, p)
    }
}
