import Foundation
import Testing
@testable import Reports

// Reference values: SciPy 1.17.1, NumPy 2.4.6, statsmodels 0.15.0. The comment above each value is
// the Python expression that produced it, evaluated after
//
//     import numpy as np; from scipy import stats; from statsmodels.stats.multitest import multipletests
//
// with `x10`, `y10`, … bound to the arrays of the same name below (the Swift literals are valid
// Python). The data were drawn once with `np.random.default_rng(2024)` and rounded to 2 or 3
// decimals, keeping only draws whose tie structure in |x − y| is the same in float64 as in decimal
// (so 0.91 − 0.96 against 0.89 − 0.85, a tie on paper but not in binary, does not occur).
@Suite("Statistics against SciPy, NumPy and statsmodels")
struct StatisticsTests {
    /// `|actual − expected| ≤ tolerance · |expected|`.
    static func close(_ actual: Double?, _ expected: Double, relative tolerance: Double = 1e-12,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let actual else { Issue.record("expected \(expected), got nil", sourceLocation: sourceLocation); return }
        #expect(abs(actual - expected) <= tolerance * abs(expected), "\(actual) vs \(expected)", sourceLocation: sourceLocation)
    }

    // n = 10, no zero and no tie in |x − y|: SciPy's exact path.
    static let x10: [Double] = [0.66, 0.97, 0.74, 0.71, 1.01, 0.62, 0.86, 0.78, 0.65, 0.7]
    static let y10: [Double] = [0.64, 0.84, 0.62, 0.79, 1.08, 0.65, 0.76, 0.83, 0.56, 0.69]
    // n = 12, one zero difference (the first pair) and tie groups of 2 and 4 in |x − y|: permutation path.
    static let x12: [Double] = [0.99, 0.64, 0.93, 0.84, 0.76, 0.77, 0.78, 1.0, 0.8, 0.65, 0.48, 0.83]
    static let y12: [Double] = [0.99, 0.63, 0.83, 0.81, 0.74, 0.81, 0.8, 0.93, 0.78, 0.63, 0.47, 0.77]
    // n = 60, 7 zero differences and tie groups of 14, 14, 8, 5, 4, 4: normal approximation.
    static let x60: [Double] = [0.75, 0.79, 0.7, 0.87, 0.82, 0.83, 0.74, 0.69, 0.75, 0.97, 0.79, 0.76, 0.69, 0.74, 0.71,
                                0.78, 0.75, 0.97, 0.91, 0.76, 0.89, 0.82, 0.8, 0.71, 0.68, 0.85, 0.85, 0.77, 0.8, 0.8,
                                0.79, 0.78, 0.69, 0.8, 0.74, 0.91, 0.77, 0.73, 0.88, 0.86, 0.75, 0.86, 0.85, 0.73, 0.95,
                                0.93, 0.77, 0.76, 0.64, 0.63, 0.92, 0.72, 0.74, 0.77, 0.89, 0.76, 0.64, 0.9, 0.78, 0.76]
    static let y60: [Double] = [0.69, 0.76, 0.72, 0.85, 0.82, 0.84, 0.69, 0.7, 0.69, 0.95, 0.8, 0.75, 0.69, 0.7, 0.69,
                                0.75, 0.8, 0.99, 0.91, 0.74, 0.88, 0.86, 0.74, 0.69, 0.65, 0.9, 0.86, 0.76, 0.72, 0.79,
                                0.79, 0.74, 0.71, 0.78, 0.73, 0.93, 0.66, 0.73, 0.92, 0.82, 0.69, 0.88, 0.85, 0.73, 0.86,
                                0.91, 0.78, 0.74, 0.63, 0.66, 0.89, 0.75, 0.75, 0.78, 0.88, 0.69, 0.66, 0.85, 0.81, 0.79]
    // n = 25, no zero and no tie: exact path with 2^25 sign assignments.
    static let x25: [Double] = [0.789, 0.705, 0.758, 0.853, 0.818, 0.646, 0.756, 0.628, 0.719, 0.856, 0.651, 0.857, 0.757,
                                0.84, 0.82, 0.755, 0.962, 0.8, 0.839, 0.732, 0.782, 0.534, 0.833, 0.819, 0.686]
    static let y25: [Double] = [0.723, 0.681, 0.724, 0.702, 0.793, 0.57, 0.744, 0.576, 0.762, 0.828, 0.692, 0.854, 0.804,
                                0.786, 0.755, 0.751, 1.018, 0.765, 0.84, 0.648, 0.672, 0.517, 0.935, 0.801, 0.636]
    static let summ: [Double] = [0.66, 0.7, 0.89, 0.83, 0.68, 0.85, 0.85, 0.99, 0.87]
    static let boot: [Double] = [0.76, 0.86, 0.87, 0.98, 1.0, 0.77, 0.83, 0.8, 0.73, 0.99, 0.92, 0.77, 0.76, 0.89, 0.73,
                                 0.93, 0.84, 0.84, 0.96, 0.82, 0.96, 0.9, 0.99, 0.86, 0.99, 0.94, 0.76, 1.02, 0.95, 0.68]

    /// One SciPy call and what it returned.
    struct WilcoxonCase: CustomTestStringConvertible, Sendable {
        var name: String, x: [Double], y: [Double], alternative: WilcoxonTest.Alternative, method: WilcoxonTest.Method
        var statistic: Double, p: Double
        init(_ name: String, x: [Double], y: [Double], _ alternative: WilcoxonTest.Alternative, _ method: WilcoxonTest.Method, statistic: Double, p: Double) {
            (self.name, self.x, self.y, self.alternative, self.method, self.statistic, self.p) = (name, x, y, alternative, method, statistic, p)
        }
        var testDescription: String { "\(name) \(alternative.rawValue)" }
    }

    /// n = 10 and 25 without ties or zeros (exact), n = 12 with a zero and ties (exhaustive
    /// permutation), n = 60 with zeros and ties (normal approximation with tie correction).
    static let wilcoxonCases: [WilcoxonCase] = [
        // stats.wilcoxon(x10, y10) -> (18.0, 0.375)
        WilcoxonCase("x10", x: x10, y: y10, .twoSided, .exact, statistic: 18, p: 0.375),
        // stats.wilcoxon(x10, y10, alternative="greater") -> (37.0, 0.1875)
        WilcoxonCase("x10", x: x10, y: y10, .greater, .exact, statistic: 37, p: 0.1875),
        // stats.wilcoxon(x10, y10, alternative="less") -> (37.0, 0.8388671875)
        WilcoxonCase("x10", x: x10, y: y10, .less, .exact, statistic: 37, p: 0.8388671875),
        // stats.wilcoxon(x12, y12) -> (12.5, 0.068359375)
        WilcoxonCase("x12", x: x12, y: y12, .twoSided, .permutation, statistic: 12.5, p: 0.068359375),
        // stats.wilcoxon(x12, y12, alternative="greater") -> (53.5, 0.0341796875)
        WilcoxonCase("x12", x: x12, y: y12, .greater, .permutation, statistic: 53.5, p: 0.0341796875),
        // stats.wilcoxon(x12, y12, alternative="less") -> (53.5, 0.96875)
        WilcoxonCase("x12", x: x12, y: y12, .less, .permutation, statistic: 53.5, p: 0.96875),
        // stats.wilcoxon(x60, y60) -> (476.5, 0.0334525914815765)
        WilcoxonCase("x60", x: x60, y: y60, .twoSided, .normal, statistic: 476.5, p: 0.0334525914815765),
        // stats.wilcoxon(x60, y60, alternative="greater") -> (954.5, 0.01672629574078825)
        WilcoxonCase("x60", x: x60, y: y60, .greater, .normal, statistic: 954.5, p: 0.01672629574078825),
        // stats.wilcoxon(x60, y60, alternative="less") -> (954.5, 0.9832737042592118)
        WilcoxonCase("x60", x: x60, y: y60, .less, .normal, statistic: 954.5, p: 0.9832737042592118),
        // stats.wilcoxon(x25, y25) -> (81.0, 0.02747941017150879)
        WilcoxonCase("x25", x: x25, y: y25, .twoSided, .exact, statistic: 81, p: 0.02747941017150879),
        // stats.wilcoxon(x25, y25, alternative="greater") -> (244.0, 0.013739705085754395)
        WilcoxonCase("x25", x: x25, y: y25, .greater, .exact, statistic: 244, p: 0.013739705085754395),
        // stats.wilcoxon(x25, y25, alternative="less") -> (244.0, 0.9872474670410156)
        WilcoxonCase("x25", x: x25, y: y25, .less, .exact, statistic: 244, p: 0.9872474670410156),
    ]

    /// Method, statistic (exactly: sums of half-integer ranks) and p.
    @Test("Wilcoxon signed-rank as scipy.stats.wilcoxon", arguments: wilcoxonCases)
    func wilcoxon(_ c: WilcoxonCase) throws {
        let test = try #require(WilcoxonTest(c.x, c.y, alternative: c.alternative))
        #expect(test.method == c.method)
        #expect(test.statistic == c.statistic)
        Self.close(test.p, c.p)
    }

    @Test("Wilcoxon counts the pairs with a non-zero difference")
    func wilcoxonPairs() {
        #expect(WilcoxonTest(Self.x10, Self.y10)?.n == 10)
        #expect(WilcoxonTest(Self.x12, Self.y12)?.n == 11)
        #expect(WilcoxonTest(Self.x60, Self.y60)?.n == 53)
    }

    @Test("Wilcoxon: all differences zero says nothing")
    func wilcoxonAllZero() {
        #expect(WilcoxonTest([0.5, 0.7], [0.5, 0.7]) == nil)
    }

    @Test("Holm step-down, with ties and products above 1")
    func holm() {
        // multipletests([0.02, 0.3, 0.02, 0.6, 0.9, 0.001], method="holm")[1]
        //   -> [0.1, 0.8999999999999999, 0.1, 1.0, 1.0, 0.006]
        let expected = [0.1, 0.8999999999999999, 0.1, 1.0, 1.0, 0.006]
        let adjusted = holmAdjusted([0.02, 0.3, 0.02, 0.6, 0.9, 0.001])
        #expect(adjusted.count == expected.count)
        for (a, e) in zip(adjusted, expected) { Self.close(a, e) }
    }

    @Test("Summary: mean, sample std, linear quartiles")
    func summary() throws {
        let s = try #require(Summary(Self.summ))
        #expect(s.n == 9 && s.min == 0.66 && s.max == 0.99)
        // np.mean(summ) -> 0.8133333333333334
        Self.close(s.mean, 0.8133333333333334)
        // np.std(summ, ddof=1) -> 0.11034038245356954
        Self.close(s.std, 0.11034038245356954)
        // np.median(summ) -> 0.85
        Self.close(s.median, 0.85)
        // np.percentile(summ, 25), np.percentile(summ, 75) -> (0.7, 0.87)
        Self.close(s.q1, 0.7)
        Self.close(s.q3, 0.87)
        // Between order statistics (h = 0.2 and 7.8): np.percentile(summ, [2.5, 97.5]) -> [0.664, 0.97]
        let sorted = Self.summ.sorted()
        Self.close(Statistics.percentile(sorted, 2.5), 0.664)
        Self.close(Statistics.percentile(sorted, 97.5), 0.97)
        #expect(Summary([]) == nil)
    }

    @Test("Ranks: 1 + the number strictly better (ties share the best rank)")
    func ranks() {
        // stats.rankdata([-0.9, -0.8, -0.9, -0.7], method="min") -> [1., 3., 1., 4.]
        #expect(Ranking.ranks([0.9, 0.8, 0.9, 0.7], higherIsBetter: true) == [1, 3, 1, 4])
        #expect(Ranking.ranks([0.9, 0.8, 0.9, 0.7], higherIsBetter: false) == [3, 2, 3, 1])
    }

    @Test("Kendall's tau-b with ties")
    func kendall() {
        // stats.kendalltau([1, 2, 2, 4, 5, 6], [2, 1, 3, 3, 6, 5]).statistic -> 0.6428571428571429
        Self.close(Ranking.kendallTau([1, 2, 2, 4, 5, 6], [2, 1, 3, 3, 6, 5]), 0.6428571428571429)
        // A pair tied in both: stats.kendalltau([1, 1, 3, 4, 5], [2, 2, 1, 5, 4]).statistic -> 0.3333333333333333
        Self.close(Ranking.kendallTau([1, 1, 3, 4, 5], [2, 2, 1, 5, 4]), 0.3333333333333333)
        // stats.kendalltau([1, 2, 3, 4], [4, 3, 2, 1]).statistic -> -1.0
        Self.close(Ranking.kendallTau([1, 2, 3, 4], [4, 3, 2, 1]), -1)
    }

    static func bootstrapOfMean() -> ClosedRange<Double>? {
        let names = (0..<30).map { String(format: "s%02d", $0) }  // sorted as the indices
        let bootstrap = Bootstrap(subjects: names, strata: Array(repeating: "d", count: 30), resamples: 20000, seed: 7)
        return bootstrap.interval { indices in Statistics.mean(indices.map { boot[$0] }) }
    }

    @Test("Bootstrap percentile interval of a mean against SciPy's (Monte-Carlo tolerance)")
    func bootstrapAgainstSciPy() throws {
        // stats.bootstrap((boot,), np.mean, n_resamples=20000, method="percentile",
        //                 confidence_level=0.95, random_state=0).confidence_interval
        //   -> (0.8356666666666667, 0.9043333333333333); its .standard_error -> 0.017499280103166953.
        // Different generators, so only the distributions agree. The 2.5% quantile of 20000 draws
        // has Monte-Carlo sd ≈ sqrt(0.025·0.975/20000) / (φ(1.96)/0.0175) ≈ 3.3e-4, so two
        // independent estimates differ by sd ≈ 4.7e-4; 0.003 is about 6 of those and 4% of the
        // interval's width (0.069), tight enough to catch a wrong level or a shifted percentile.
        let ci = try #require(Self.bootstrapOfMean())
        #expect(abs(ci.lowerBound - 0.8356666666666667) <= 0.003, "\(ci)")
        #expect(abs(ci.upperBound - 0.9043333333333333) <= 0.003, "\(ci)")
    }

    @Test("Bootstrap percentile interval reproduced draw for draw (SplitMix64 in Python)")
    func bootstrapExact() throws {
        // The same resampling written out in Python (SplitMix64, `next() % 30`, sequential sums,
        // linear percentiles at (1 − 0.95)/2·100 = 2.500000000000002):
        //   M = 2**64
        //   def splitmix(s):
        //       while True:
        //           s = (s + 0x9E3779B97F4A7C15) % M; z = s
        //           z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) % M
        //           z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) % M
        //           yield z ^ (z >> 31)
        //   g = splitmix(7); means = []
        //   for _ in range(20000):
        //       s = 0.0
        //       for _ in range(30): s += boot[next(g) % 30]
        //       means.append(s / 30)
        //   means.sort()
        //   def pct(q):
        //       h = (len(means) - 1) * q / 100; lo = int(h); hi = min(lo + 1, len(means) - 1)
        //       return means[lo] + (h - lo) * (means[hi] - means[lo])
        //   a = (1 - 0.95) / 2 * 100; print(pct(a), pct(100 - a))
        //   -> 0.8356666666666666 0.9036666666666666
        let ci = try #require(Self.bootstrapOfMean())
        Self.close(ci.lowerBound, 0.8356666666666666)
        Self.close(ci.upperBound, 0.9036666666666666)
        #expect(ci == Self.bootstrapOfMean())
    }

    @Test("Bootstrap draws a subject's cases together and keeps strata apart")
    func bootstrapSubjects() {
        let pair = Bootstrap(subjects: ["a", "a", "b"], strata: ["d", "d", "d"], resamples: 500, seed: 3)
        #expect(pair.strata == [[[0, 1], [2]]])
        let samples = pair.samples()
        for sample in samples {
            let count = { (i: Int) in sample.filter { $0 == i }.count }
            #expect(count(0) == count(1))
            #expect(count(0) + count(2) == 2)  // two subjects drawn per resample
            #expect(sample.count == 2 * count(0) + count(2))
        }
        #expect(samples.contains(where: { $0.count == 4 }) && samples.contains([2, 2]))  // both subjects do get drawn twice

        let split = Bootstrap(subjects: ["a", "b", "c"], strata: ["d1", "d1", "d2"], resamples: 200, seed: 5)
        for sample in split.samples() {
            #expect(sample.count == 3 && sample.filter { $0 == 2 }.count == 1)
        }
    }

    @Test("One subject has no interval (every resample is that subject), two cases of it neither; two subjects have one")
    func bootstrapOfOneSubject() {
        let values = [0.4, 0.9]
        let mean = { (indices: [Int]) in Statistics.mean(indices.map { values[$0] }) }
        #expect(Bootstrap(subjects: ["a"], strata: ["d"], resamples: 100, seed: 1).interval(mean) == nil)
        #expect(Bootstrap(subjects: ["a", "a"], strata: ["d", "d"], resamples: 100, seed: 1).interval(mean) == nil)
        // Two subjects: resamples are {0.4, 0.4}, {0.4, 0.9} or {0.9, 0.9}; with 1000 the 2.5th and
        // 97.5th percentiles are the extremes, 0.4 and 0.9.
        #expect(Bootstrap(subjects: ["a", "b"], strata: ["d", "d"], resamples: 1000, seed: 1).interval(mean) == 0.4...0.9)
    }
}
