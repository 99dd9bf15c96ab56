import Foundation
import Metrics

/// Descriptive statistics of a sample, as a leaderboard cell shows them.
///
/// `std` is the sample standard deviation (n − 1 in the denominator, pandas' default and what
/// a paper's "± std" means); quartiles and the median use linear interpolation between order
/// statistics (NumPy's default `percentile`).
public struct Summary: Sendable, Hashable {
    public var n: Int
    public var mean: Double
    public var std: Double
    public var median: Double
    public var q1: Double
    public var q3: Double
    public var min: Double
    public var max: Double

    /// nil for an empty sample.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        n = values.count
        mean = Statistics.mean(values)
        std = Statistics.standardDeviation(values)
        median = Statistics.percentile(values, 50)
        q1 = Statistics.percentile(values, 25)
        q3 = Statistics.percentile(values, 75)
        min = values.min()!
        max = values.max()!
    }

    public var iqr: Double { q3 - q1 }
}

public enum Statistics {
    /// `numpy.nanmean`: the mean of the values that are not NaN; NaN when none is.
    public static func nanMean(_ values: [Double]) -> Double { mean(values.filter { !$0.isNaN }) }

    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation, `sqrt(Σ(x − x̄)² / (n − 1))`; 0 for one value.
    public static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return values.isEmpty ? .nan : 0 }
        let m = mean(values)
        return (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
    }

    /// The `q`-th percentile (0…100), linear between order statistics (NumPy's default,
    /// Hyndman–Fan type 7), as the metrics compute it (`Metrics.linearPercentile`, which matches
    /// NumPy to the last bit); NaN for no values.
    public static func percentile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        var copy = values
        return linearPercentile(&copy, q)
    }

    /// Ranks of `values` with ties given the mean of the ranks they span (1-based), and the size
    /// of every tie group (for the Wilcoxon tie correction).
    public static func averageRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for i in start...end { ranks[order[i]] = rank }
            tieSizes.append(end - start + 1)
            start = end + 1
        }
        return (ranks, tieSizes)
    }

    /// Standard normal upper tail `P(Z ≥ z)`.
    static func normalSurvival(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }
}

/// The paired Wilcoxon signed-rank test, computed as `scipy.stats.wilcoxon(x, y)` (SciPy 1.17
/// defaults: `zero_method="wilcox"`, no continuity correction, `method="auto"`).
///
/// With `d = x − y`, zeros dropped, and `R⁺` the sum of the average ranks of `|d|` where `d > 0`:
/// - n ≤ 50 and neither ties nor zeros: the exact null distribution of `R⁺` (the number of
///   subsets of {1…m} with each sum, by counting);
/// - n ≤ 13 otherwise: every one of the `2^m` sign assignments enumerated (SciPy's permutation
///   test, which is exhaustive below 9999 resamples);
/// - else the normal approximation `z = (R⁺ − m(m+1)/4) / σ` with
///   `σ² = (m(m+1)(2m+1) − Σ(t³ − t)/2) / 24` over the tie groups `t`.
/// Two-sided `p = 2·min(P(R⁺ ≤ r), P(R⁺ ≥ r))`, capped at 1; the statistic reported is
/// `min(R⁺, R⁻)` two-sided and `R⁺` one-sided, as SciPy's.
public struct WilcoxonTest: Sendable, Hashable {
    public enum Alternative: String, Sendable { case twoSided = "two-sided", greater, less }
    public enum Method: String, Sendable { case exact, permutation, normal }

    public var statistic: Double
    public var p: Double
    public var method: Method
    /// Pairs with a non-zero difference.
    public var n: Int

    /// nil when every difference is zero (or there are no pairs): the test says nothing. A pair
    /// with an undefined value (NaN) is left out (SciPy's `nan_policy="omit"`).
    public init?(_ x: [Double], _ y: [Double], alternative: Alternative = .twoSided) {
        precondition(x.count == y.count, "Wilcoxon: unpaired samples")
        let all = zip(x, y).map { $0 - $1 }.filter { !$0.isNaN }
        let d = all.filter { $0 != 0 }
        let hasZeros = d.count < all.count
        guard !d.isEmpty else { return nil }
        let (ranks, ties) = Statistics.averageRanks(d.map(abs))
        let m = Double(d.count)
        let rPlus = zip(d, ranks).reduce(0) { $0 + ($1.0 > 0 ? $1.1 : 0) }
        let rMinus = m * (m + 1) / 2 - rPlus
        let hasTies = ties.contains { $0 > 1 }
        n = d.count
        statistic = alternative == .twoSided ? Swift.min(rPlus, rMinus) : rPlus

        // P(R⁺ ≤ r) and P(R⁺ ≥ r) under the null.
        let lowerTail: Double, upperTail: Double
        if all.count <= 50 && !hasTies && !hasZeros {
            method = .exact
            let counts = WilcoxonTest.subsetSumCounts(d.count)
            let total = counts.reduce(0, +)
            // SciPy rounds a fractional statistic up for the lower tail and down for the upper.
            let lo = Int(rPlus.rounded(.up)), hi = Int(rPlus.rounded(.down))
            lowerTail = counts[0...Swift.min(lo, counts.count - 1)].reduce(0, +) / total
            upperTail = counts[Swift.max(hi, 0)...].reduce(0, +) / total
        } else if all.count <= 13 {
            method = .permutation
            var below = 0, above = 0
            let tolerance = 1e-14 * Swift.max(1, abs(rPlus))
            for signs in 0..<(1 << d.count) {
                var sum = 0.0
                for i in 0..<d.count where signs & (1 << i) != 0 { sum += ranks[i] }
                if sum <= rPlus + tolerance { below += 1 }
                if sum >= rPlus - tolerance { above += 1 }
            }
            lowerTail = Double(below) / Double(1 << d.count)
            upperTail = Double(above) / Double(1 << d.count)
        } else {
            method = .normal
            let tieTerm = ties.reduce(0.0) { $0 + Double($1 * $1 * $1 - $1) }
            let sigma = ((m * (m + 1) * (2 * m + 1) - tieTerm / 2) / 24).squareRoot()
            let z = (rPlus - m * (m + 1) / 4) / sigma
            upperTail = Statistics.normalSurvival(z)
            lowerTail = Statistics.normalSurvival(-z)
        }
        switch alternative {
        case .twoSided: p = Swift.min(1, 2 * Swift.min(lowerTail, upperTail))
        case .greater: p = upperTail
        case .less: p = lowerTail
        }
    }

    /// The test on the cases both samples hold, matched by case name (in name order): what every
    /// comparison of two methods or versions asks.
    public init?(matching x: [String: Double], _ y: [String: Double], alternative: Alternative = .twoSided) {
        let shared = Set(x.keys).intersection(y.keys).sorted()
        self.init(shared.map { x[$0]! }, shared.map { y[$0]! }, alternative: alternative)
    }

    /// `counts[s]`: how many subsets of {1, …, m} sum to `s`, as Doubles (2^50 fits exactly).
    static func subsetSumCounts(_ m: Int) -> [Double] {
        var counts = [Double](repeating: 0, count: m * (m + 1) / 2 + 1)
        counts[0] = 1
        var top = 0
        for k in 1...m {
            top += k
            for s in stride(from: top, through: k, by: -1) { counts[s] += counts[s - k] }
        }
        return counts
    }
}

/// Holm's step-down adjustment of p-values for multiple comparisons:
/// with `p₍₁₎ ≤ … ≤ p₍ₘ₎`, `p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎)`, returned in the input order
/// (`statsmodels.stats.multitest.multipletests(method="holm")`, R's `p.adjust(method="holm")`).
public func holmAdjusted(_ p: [Double]) -> [Double] {
    let order = p.indices.sorted { p[$0] < p[$1] }
    var adjusted = [Double](repeating: 1, count: p.count)
    var running = 0.0
    for (i, index) in order.enumerated() {
        running = max(running, min(1, Double(p.count - i) * p[index]))
        adjusted[index] = running
    }
    return adjusted
}
