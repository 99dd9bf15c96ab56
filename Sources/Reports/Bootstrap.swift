import Catalog
import Foundation

/// The percentile bootstrap over subjects, stratified by domain.
///
/// A resample draws, within each stratum, as many subjects as it holds, uniformly with
/// replacement; a subject drawn brings all its cases (a CHAOS patient's T1 and T2 series
/// together), so the interval reflects patients, not series. The interval at level `1 − α` is
/// the `α/2` and `1 − α/2` percentiles (linear) of the statistic over the resamples
/// (Efron & Tibshirani 1993, ch. 13; `scipy.stats.bootstrap(method="percentile")`).
/// The generator is SplitMix64 seeded with `seed`, so a report is the same on every machine.
public struct Bootstrap: Sendable {
    /// Each stratum: its subjects, each a list of unit indices (the cases of one subject).
    public var strata: [[[Int]]]
    public var resamples: Int
    public var seed: UInt64

    /// `subjects[i]` and `strata[i]` are the subject and domain of unit `i`.
    public init(subjects: [String], strata stratumOf: [String], resamples: Int = 1000, seed: UInt64 = 0) {
        var grouped: [String: [String: [Int]]] = [:]
        for i in subjects.indices { grouped[stratumOf[i], default: [:]][subjects[i], default: []].append(i) }
        strata = grouped.keys.sorted().map { stratum in
            let bySubject = grouped[stratum]!
            return bySubject.keys.sorted().map { bySubject[$0]! }
        }
        self.resamples = resamples
        self.seed = seed
    }

    /// The unit indices of every resample, in order (the same for a seed).
    public func samples() -> [[Int]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<resamples).map { _ in
            var drawn: [Int] = []
            for subjects in strata {
                for _ in subjects.indices { drawn += subjects[Int(generator.next() % UInt64(subjects.count))] }
            }
            return drawn
        }
    }

    /// The statistic over every resample.
    public func distribution(_ statistic: ([Int]) -> Double) -> [Double] { samples().map(statistic) }

    /// The percentile interval of `statistic` at `level` (0.95: the 2.5th and 97.5th percentiles);
    /// resamples where it is undefined (NaN) are left out. `nil` for fewer than two subjects:
    /// every resample of one subject is that subject, and "(−2.46 to −2.46)" would read as a
    /// certainty that one case cannot give.
    public func interval(level: Double = 0.95, _ statistic: ([Int]) -> Double) -> ClosedRange<Double>? {
        guard strata.reduce(0, { $0 + $1.count }) >= 2 else { return nil }
        return Bootstrap.percentileInterval(distribution(statistic), level: level)
    }

    public static func percentileInterval(_ values: [Double], level: Double = 0.95) -> ClosedRange<Double>? {
        let defined = values.filter { !$0.isNaN }
        guard !defined.isEmpty else { return nil }
        let alpha = (1 - level) / 2 * 100
        return Statistics.percentile(defined, alpha)...Statistics.percentile(defined, 100 - alpha)
    }
}
