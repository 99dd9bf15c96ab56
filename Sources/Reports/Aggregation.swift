import Foundation

/// The order in which per-case, per-structure values become one number.
public enum AggregationOrder: String, CaseIterable, Sendable {
    /// Per structure over cases, then the mean over structures (nnU-Net's `foreground_mean`,
    /// the field's default): every structure weighs the same whatever its number of cases.
    case labelFirst = "label-first"
    /// Per case over structures, then over cases (MONAI's `MetricsSaver` "mean" column): every
    /// case weighs the same.
    case caseFirst = "case-first"

    public var explanation: String {
        switch self {
        case .labelFirst: return "per structure over cases, then over structures"
        case .caseFirst: return "per case over structures, then over cases"
        }
    }
}

/// The numbers of one leaderboard cell: a method's values of a metric on one structure (or the
/// mean over structures) of one split, after the policy.
public struct Cell: Sendable {
    /// The per-case values, keyed by case name (what paired tests match on).
    public var values: [String: Double]
    public var summary: Summary?
    /// The aggregate the leaderboard ranks by: the mean, or for the mean over structures the
    /// aggregate in the chosen order.
    public var aggregate: Double
    public var interval: ClosedRange<Double>?
}

/// Applies a policy and an aggregation order to a report's observations.
public struct Aggregator: Sendable {
    // Constants: the cell cache is only valid for one policy, order and bootstrap.
    public let data: ReportData
    public let policy: Policy
    public let order: AggregationOrder
    public let resamples: Int
    public let seed: UInt64

    public init(data: ReportData, policy: Policy = .segbench, order: AggregationOrder = .labelFirst, resamples: Int = 1000, seed: UInt64 = 0) {
        self.data = data
        self.policy = policy
        self.order = order
        self.resamples = resamples
        self.seed = seed
        var index: [Key: [Int]] = [:]
        for (i, o) in data.observations.enumerated() { index[Key(split: o.split, method: o.method), default: []].append(i) }
        self.index = index
    }

    struct Key: Hashable { var split: String; var method: Int }
    let index: [Key: [Int]]
    /// Cells already computed: a report asks for the same cell from several tables and figures,
    /// and each costs a bootstrap.
    let cache = CellCache()

    func observations(_ split: String, _ method: Int) -> [Observation] { (index[Key(split: split, method: method)] ?? []).map { data.observations[$0] } }

    /// Per-case values of one structure: case name → value (cases the policy leaves out are absent).
    public func values(split: String, method: Int, structure: String, metric: String) -> [String: Double] {
        table(split: split, method: method, metric: metric)[structure] ?? [:]
    }

    /// Per-case values of every structure of the split: structure → case → value.
    func table(split: String, method: Int, metric: String) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for o in observations(split, method) {
            if let v = policy.value(o, metric: metric), !v.isNaN { out[o.structure, default: [:]][o.caseName] = v }
        }
        return out
    }

    /// The mean over structures of each case (the per-case values behind a "mean" column).
    public func caseMeans(split: String, method: Int, metric: String, structures: [String]? = nil) -> [String: Double] {
        let t = table(split: split, method: method, metric: metric)
        var perCase: [String: [Double]] = [:]
        for s in structures ?? data.structures[split] ?? [] { for (c, v) in t[s] ?? [:] { perCase[c, default: []].append(v) } }
        return perCase.mapValues(Statistics.mean)
    }

    /// A cell of one structure.
    public func cell(split: String, method: Int, structure: String, metric: String) -> Cell {
        cache.cell("\(split)\u{1}\(method)\u{1}\(structure)\u{1}\(metric)") {
            let values = values(split: split, method: method, structure: structure, metric: metric)
            let cases = values.keys.sorted()
            let column = cases.map { values[$0]! }
            let summary = Summary(column)
            let interval = bootstrapInterval(split: split, method: method, cases: cases) { sample in
                sample.reduce(0) { $0 + column[$1] } / Double(sample.count)
            }
            return Cell(values: values, summary: summary, aggregate: summary?.mean ?? .nan, interval: interval)
        }
    }

    /// The cell of the mean over structures: its aggregate in the chosen order, its spread over
    /// the per-case means (what "mean Dice ± std" reports in a paper).
    public func meanCell(split: String, method: Int, metric: String, structures: [String]? = nil) -> Cell {
        let structures = structures ?? data.structures[split] ?? []
        return cache.cell("\(split)\u{1}\(method)\u{1}\(structures.joined(separator: ","))\u{1}\(metric)\u{1}mean") {
            let statistic = meanStatistic(split: split, method: method, metric: metric, structures: structures)
            let cases = statistic.cases
            return Cell(values: statistic.means, summary: Summary(cases.map { statistic.means[$0]! }),
                        aggregate: cases.isEmpty ? .nan : statistic.aggregate(Array(cases.indices)),
                        interval: bootstrapInterval(split: split, method: method, cases: cases, statistic.aggregate))
        }
    }

    /// Of `methods`, the one with the best mean over structures on a split (highest, or lowest for
    /// a distance), with that mean; a method without a value is passed over. The upper bound of a
    /// gap and the strongest baseline of a claim are both this.
    public func best(split: String, among methods: [Int], metric: String, structures: [String]? = nil) -> (method: Int, value: Double)? {
        let scored = methods.map { ($0, meanCell(split: split, method: $0, metric: metric, structures: structures).aggregate) }.filter { $0.1.isFinite }
        return scored.max { higherIsBetter(metric) ? $0.1 < $1.1 : $0.1 > $1.1 }.map { (method: $0.0, value: $0.1) }
    }

    /// A method's mean over structures on a split, as a function of a sample of its cases (indices
    /// into `cases`, repeats allowed): what the mean column, its bootstrap and the rank stability
    /// all compute.
    struct MeanStatistic {
        /// The cases with a value, in name order.
        var cases: [String]
        /// Per case, the mean over structures.
        var means: [String: Double]
        var aggregate: ([Int]) -> Double
    }

    func meanStatistic(split: String, method: Int, metric: String, structures: [String]? = nil) -> MeanStatistic {
        let structures = structures ?? data.structures[split] ?? []
        let t = table(split: split, method: method, metric: metric)
        let means = caseMeans(split: split, method: method, metric: metric, structures: structures)
        let cases = means.keys.sorted()
        // Arrays by case index, NaN where a structure has no value: a resample is then sums
        // over indices, not lookups by name.
        let perCase = cases.map { means[$0]! }
        let columns = structures.map { s in cases.map { t[s]?[$0] ?? .nan } }
        let order = self.order
        return MeanStatistic(cases: cases, means: means) { sample in
            switch order {
            case .caseFirst:
                return sample.reduce(0) { $0 + perCase[$1] } / Double(sample.count)
            case .labelFirst:
                var total = 0.0, structuresWithValues = 0
                for column in columns {
                    var sum = 0.0, n = 0
                    for i in sample where !column[i].isNaN { sum += column[i]; n += 1 }
                    if n > 0 { total += sum / Double(n); structuresWithValues += 1 }
                }
                return structuresWithValues > 0 ? total / Double(structuresWithValues) : .nan
            }
        }
    }

    /// The percentile bootstrap of `statistic` over the method's cases on the split, resampling
    /// subjects within domains.
    /// `statistic` takes indices into `cases`.
    func bootstrapInterval(split: String, method: Int, cases: [String], _ statistic: ([Int]) -> Double) -> ClosedRange<Double>? {
        guard resamples > 0, !cases.isEmpty else { return nil }
        let facts = caseFacts(split: split, method: method)
        let bootstrap = Bootstrap(subjects: cases.map { facts[$0]?.subject ?? $0 }, strata: cases.map { facts[$0]?.domain ?? "" },
                                  resamples: resamples, seed: seed)
        return bootstrap.interval(statistic)
    }

    /// Subject and domain of each case a method has on a split.
    func caseFacts(split: String, method: Int) -> [String: (subject: String, domain: String, scanner: String)] {
        var out: [String: (subject: String, domain: String, scanner: String)] = [:]
        for o in observations(split, method) { out[o.caseName] = (o.subject, o.domain, o.scanner) }
        return out
    }
}

/// Computed cells by key, shared by the copies of an aggregator.
final class CellCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cells: [String: Cell] = [:]

    func cell(_ key: String, _ make: () -> Cell) -> Cell {
        if let cell = lock.withLock({ cells[key] }) { return cell }
        let cell = make()
        lock.withLock { cells[key] = cell }
        return cell
    }
}

/// Whether a larger value of a metric is better.
public func higherIsBetter(_ metric: String) -> Bool { Policy.MetricKind(metric: metric) != .distance }
