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
    public var data: ReportData
    public var policy: Policy
    public var order: AggregationOrder
    public var resamples: Int
    public var seed: UInt64

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

    func observations(_ split: String, _ method: Int) -> [Observation] { (index[Key(split: split, method: method)] ?? []).map { data.observations[$0] } }

    /// Per-case values of one structure: case name → value (cases the policy leaves out are absent).
    public func values(split: String, method: Int, structure: String, metric: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for o in observations(split, method) where o.structure == structure {
            if let v = policy.value(o, metric: metric), !v.isNaN { out[o.caseName] = v }
        }
        return out
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
        let values = values(split: split, method: method, structure: structure, metric: metric)
        let summary = Summary(inCaseOrder(values))
        let interval = bootstrapInterval(split: split, method: method, cases: Array(values.keys)) { sample in
            Statistics.mean(sample.compactMap { values[$0] })
        }
        return Cell(values: values, summary: summary, aggregate: summary?.mean ?? .nan, interval: interval)
    }

    /// The cell of the mean over structures: its aggregate in the chosen order, its spread over
    /// the per-case means (what "mean Dice ± std" reports in a paper).
    public func meanCell(split: String, method: Int, metric: String, structures: [String]? = nil) -> Cell {
        let structures = structures ?? data.structures[split] ?? []
        let t = table(split: split, method: method, metric: metric)
        let means = caseMeans(split: split, method: method, metric: metric, structures: structures)
        let aggregateOf: ([String]) -> Double = { cases in
            switch self.order {
            case .caseFirst:
                return Statistics.mean(cases.compactMap { means[$0] })
            case .labelFirst:
                let perStructure = structures.compactMap { s -> Double? in
                    let v = cases.compactMap { t[s]?[$0] }
                    return v.isEmpty ? nil : Statistics.mean(v)
                }
                return Statistics.mean(perStructure)
            }
        }
        let cases = means.keys.sorted()
        return Cell(values: means, summary: Summary(inCaseOrder(means)), aggregate: cases.isEmpty ? .nan : aggregateOf(cases),
                    interval: bootstrapInterval(split: split, method: method, cases: cases, aggregateOf))
    }

    /// The percentile bootstrap of `statistic` over the method's cases on the split, resampling
    /// subjects within domains.
    func bootstrapInterval(split: String, method: Int, cases: [String], _ statistic: ([String]) -> Double) -> ClosedRange<Double>? {
        guard resamples > 0, !cases.isEmpty else { return nil }
        let facts = caseFacts(split: split, method: method)
        let ordered = cases.sorted()
        let bootstrap = Bootstrap(subjects: ordered.map { facts[$0]?.subject ?? $0 }, strata: ordered.map { facts[$0]?.domain ?? "" },
                                  resamples: resamples, seed: seed)
        return bootstrap.interval { statistic($0.map { ordered[$0] }) }
    }

    /// Subject and domain of each case a method has on a split.
    func caseFacts(split: String, method: Int) -> [String: (subject: String, domain: String)] {
        var out: [String: (subject: String, domain: String)] = [:]
        for o in observations(split, method) { out[o.caseName] = (o.subject, o.domain) }
        return out
    }
}

/// The values in case-name order: sums are then the same on every run (a dictionary's order is
/// not), to the last bit.
func inCaseOrder(_ values: [String: Double]) -> [Double] { values.keys.sorted().map { values[$0]! } }

/// Whether a larger value of a metric is better.
public func higherIsBetter(_ metric: String) -> Bool { Policy.MetricKind(metric: metric) != .distance }
