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
///
/// **Seeds** (`hierarchicalSamples`): where a method was trained under S > 1 seeds, a score
/// varies with the subject and with the training run. Subjects and seeds are crossed (every
/// seed's model scores every subject), so a resample draws both: the subjects as above, then S
/// seed indices uniformly with replacement, independently for each method compared (seed 1 of
/// one method has nothing to do with seed 1 of another); a subject's value in the resample is
/// its mean over the drawn seeds. This is the two-stage bootstrap of a crossed design (Davison
/// & Hinkley 1997, §3.8); with one seed nothing more is drawn, and the resamples are exactly
/// the subject bootstrap's.
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

    /// Every resample's unit indices and, per entry of `seedCounts`, its seed indices: nil for a
    /// count below 2 (nothing is drawn, so one seed gives `samples()` exactly), else `count`
    /// draws from 0..<count with replacement. Within a resample the subjects are drawn first.
    public func hierarchicalSamples(seedCounts: [Int]) -> [(units: [Int], seeds: [[Int]?])] {
        var generator = SeededGenerator(seed: seed)
        return (0..<resamples).map { _ in
            var drawn: [Int] = []
            for subjects in strata {
                for _ in subjects.indices { drawn += subjects[Int(generator.next() % UInt64(subjects.count))] }
            }
            let seeds = seedCounts.map { count -> [Int]? in
                count < 2 ? nil : (0..<count).map { _ in Int(generator.next() % UInt64(count)) }
            }
            return (drawn, seeds)
        }
    }

    /// The percentile interval of a statistic of units and seed draws (see `hierarchicalSamples`).
    /// `nil` for fewer than two subjects, as `interval(level:_:)`.
    public func interval(level: Double = 0.95, seedCounts: [Int], _ statistic: ([Int], [[Int]?]) -> Double) -> ClosedRange<Double>? {
        guard strata.reduce(0, { $0 + $1.count }) >= 2 else { return nil }
        return Bootstrap.percentileInterval(hierarchicalSamples(seedCounts: seedCounts).map { statistic($0.units, $0.seeds) }, level: level)
    }

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
