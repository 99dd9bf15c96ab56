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
    /// Over a method's seeds: how many, and the sample standard deviation of the aggregate each
    /// seed alone gives (nil with fewer than two seeds).
    public var seedCount: Int = 1
    public var seedSpread: Double? = nil
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

    /// The line under every table that shows a mean: which policy and which order made it.
    public var policyFootnote: String {
        "Means under the \(policy.rawValue) policy (\(policy.brief)), \(order.rawValue) (\(order.explanation))."
    }

    /// Per-case values of one structure: case name → value (cases the policy leaves out are absent).
    public func values(split: String, method: Int, structure: String, metric: String) -> [String: Double] {
        table(split: split, method: method, metric: metric)[structure] ?? [:]
    }

    /// Per-case values of every structure of the split: structure → case → value; where the
    /// method ran under several seeds, each case's mean over the seeds that scored it (a paired
    /// test then pairs cases, and a seed is not mistaken for a subject).
    func table(split: String, method: Int, metric: String) -> [String: [String: Double]] {
        Self.averaged(seedTables(split: split, method: method, metric: metric))
    }

    /// Per-seed tables → each (structure, case)'s mean over the seeds that have a value.
    static func averaged(_ perSeed: [[String: [String: Double]]]) -> [String: [String: Double]] {
        guard perSeed.count > 1 else { return perSeed.first ?? [:] }
        var sums: [String: [String: (sum: Double, n: Int)]] = [:]
        for table in perSeed {
            for (structure, values) in table {
                for (c, v) in values {
                    let old = sums[structure]?[c] ?? (0, 0)
                    sums[structure, default: [:]][c] = (old.sum + v, old.n + 1)
                }
            }
        }
        return sums.mapValues { $0.mapValues { $0.sum / Double($0.n) } }
    }

    /// One table per seed of the method on the split (in `ReportData.seeds` order; one without seeds).
    func seedTables(split: String, method: Int, metric: String) -> [[String: [String: Double]]] {
        let seeds = data.seeds(split: split, method: method)
        var out = [[String: [String: Double]]](repeating: [:], count: max(seeds.count, 1))
        let position = Dictionary(seeds.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for o in observations(split, method) {
            if let v = policy.value(o, metric: metric), !v.isNaN { out[position[o.seed] ?? 0][o.structure, default: [:]][o.caseName] = v }
        }
        return out
    }

    /// The mean over structures of each case (the per-case values behind a "mean" column).
    public func caseMeans(split: String, method: Int, metric: String, structures: [String]? = nil) -> [String: Double] {
        Self.caseMeans(table(split: split, method: method, metric: metric), structures: structures ?? data.structures[split] ?? [])
    }

    static func caseMeans(_ t: [String: [String: Double]], structures: [String]) -> [String: Double] {
        var perCase: [String: [Double]] = [:]
        for s in structures { for (c, v) in t[s] ?? [:] { perCase[c, default: []].append(v) } }
        return perCase.mapValues(Statistics.mean)
    }

    /// A cell of one structure.
    public func cell(split: String, method: Int, structure: String, metric: String) -> Cell {
        cache.cell("\(split)\u{1}\(method)\u{1}\(structure)\u{1}\(metric)") {
            let perSeed = seedTables(split: split, method: method, metric: metric)
            let values = Self.averaged(perSeed)[structure] ?? [:]
            let cases = values.keys.sorted()
            let column = cases.map { values[$0]! }
            let summary = Summary(column)
            let bySeed = perSeed.map { t in cases.map { t[structure]?[$0] ?? .nan } }
            let interval = bootstrapInterval(split: split, method: method, cases: cases) { sample, draw in
                guard let draw else { return sample.reduce(0) { $0 + column[$1] } / Double(sample.count) }
                let averaged = SeedDraw.average(bySeed.map { [$0] }, draw)[0]
                return Statistics.nanMean(sample.map { averaged[$0] })
            }
            return Cell(values: values, summary: summary, aggregate: summary?.mean ?? .nan, interval: interval,
                        seedCount: bySeed.count, seedSpread: SeedDraw.spread(bySeed.map(Statistics.nanMean)))
        }
    }

    /// The cell of the mean over structures: its aggregate in the chosen order, its spread over
    /// the per-case means (what "mean Dice ± std" reports in a paper).
    public func meanCell(split: String, method: Int, metric: String, structures: [String]? = nil) -> Cell {
        let structures = structures ?? data.structures[split] ?? []
        return cache.cell("\(split)\u{1}\(method)\u{1}\(structures.joined(separator: ","))\u{1}\(metric)\u{1}mean") {
            let statistic = meanStatistic(split: split, method: method, metric: metric, structures: structures)
            let cases = statistic.cases
            let all = Array(cases.indices)
            return Cell(values: statistic.means, summary: Summary(cases.map { statistic.means[$0]! }),
                        aggregate: cases.isEmpty ? .nan : statistic.aggregate(all),
                        interval: bootstrapInterval(split: split, method: method, cases: cases, statistic.aggregate),
                        seedCount: statistic.seedCount,
                        seedSpread: cases.isEmpty ? nil : SeedDraw.spread((0..<statistic.seedCount).map { statistic.aggregate(all, [$0]) }))
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
    /// into `cases`, repeats allowed) and, under several seeds, of a draw of its seeds: what the
    /// mean column, its bootstrap and the rank stability all compute.
    struct MeanStatistic {
        /// The cases with a value, in name order.
        var cases: [String]
        /// Per case, the mean over structures (of the means over seeds).
        var means: [String: Double]
        /// Per case index, `means` as an array.
        var perCase: [Double]
        /// [structure][case]: the values averaged over every seed, NaN where there is none.
        var columns: [[Double]]
        /// [seed][structure][case]: each seed's values (one seed without seeds).
        var bySeed: [[[Double]]]
        var order: AggregationOrder

        var seedCount: Int { bySeed.count }

        /// The aggregate over the sampled cases, with every seed.
        func aggregate(_ sample: [Int]) -> Double { aggregate(sample, nil) }

        /// The aggregate over the sampled cases, each case's values averaged over the drawn seeds
        /// (indices into `bySeed`, repeats allowed; nil: every seed once).
        func aggregate(_ sample: [Int], _ draw: [Int]?) -> Double {
            guard let draw else { return Self.aggregate(sample, columns: columns, perCase: perCase, order: order) }
            let drawn = SeedDraw.average(bySeed, draw)
            return Self.aggregate(sample, columns: drawn, perCase: Self.caseMeans(drawn), order: order)
        }

        /// Per case index, the mean over structures of the values averaged over the drawn seeds.
        func caseMeans(_ draw: [Int]?) -> [Double] { draw.map { Self.caseMeans(SeedDraw.average(bySeed, $0)) } ?? perCase }

        static func caseMeans(_ columns: [[Double]]) -> [Double] {
            guard let first = columns.first else { return [] }
            return first.indices.map { c in Statistics.nanMean(columns.map { $0[c] }) }
        }

        static func aggregate(_ sample: [Int], columns: [[Double]], perCase: [Double], order: AggregationOrder) -> Double {
            switch order {
            case .caseFirst:
                return Statistics.nanMean(sample.map { perCase[$0] })
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

    func meanStatistic(split: String, method: Int, metric: String, structures: [String]? = nil) -> MeanStatistic {
        let structures = structures ?? data.structures[split] ?? []
        // The observations are read once: per seed, then averaged over the seeds.
        let perSeed = seedTables(split: split, method: method, metric: metric)
        let t = Self.averaged(perSeed)
        let means = Self.caseMeans(t, structures: structures)
        let cases = means.keys.sorted()
        // Arrays by case index, NaN where a structure has no value: a resample is then sums
        // over indices, not lookups by name.
        let columns = structures.map { s in cases.map { t[s]?[$0] ?? .nan } }
        let bySeed = perSeed.map { table in
            structures.map { s in cases.map { table[s]?[$0] ?? .nan } }
        }
        return MeanStatistic(cases: cases, means: means, perCase: cases.map { means[$0]! }, columns: columns, bySeed: bySeed, order: order)
    }

    /// The percentile bootstrap of `statistic` over the method's cases on the split, resampling
    /// subjects within domains and, where the methods ran under several seeds, their seeds too
    /// (`Bootstrap.hierarchicalSamples`). `statistic` takes indices into `cases` and, per method
    /// of `methods` (default: this one), a draw of its seed indices (nil with one seed).
    func bootstrapInterval(split: String, method: Int, cases: [String], methods: [Int]? = nil,
                           _ statistic: ([Int], [[Int]?]) -> Double) -> ClosedRange<Double>? {
        guard resamples > 0, !cases.isEmpty else { return nil }
        let facts = caseFacts(split: split, method: method)
        let bootstrap = Bootstrap(subjects: cases.map { facts[$0]?.subject ?? $0 }, strata: cases.map { facts[$0]?.domain ?? "" },
                                  resamples: resamples, seed: seed)
        let seedCounts = (methods ?? [method]).map { data.seeds(split: split, method: $0).count }
        return bootstrap.interval(seedCounts: seedCounts, statistic)
    }

    /// The same for a statistic of one method.
    func bootstrapInterval(split: String, method: Int, cases: [String], _ statistic: @escaping ([Int], [Int]?) -> Double) -> ClosedRange<Double>? {
        bootstrapInterval(split: split, method: method, cases: cases, methods: [method]) { statistic($0, $1[0]) }
    }

    /// n of a method on a split: the subjects its scored cases come from, and its seeds.
    public func sampleSize(split: String, method: Int) -> (subjects: Int, seeds: Int) {
        (Set(observations(split, method).map(\.subject)).count, max(1, data.seeds(split: split, method: method).count))
    }

    /// "n (subjects × seeds): 12 × 3 for unet, zeus; 12 × 1 for atlas", or "n (subjects ×
    /// seeds): 12 × 1, every method": what every table of a split states.
    public func sampleSizeNote(split: String, methods: [Int]) -> String? {
        var groups: [(size: String, labels: [String])] = []
        var seeded = false
        for m in methods {
            let n = sampleSize(split: split, method: m)
            seeded = seeded || n.seeds > 1
            let size = "\(n.subjects) × \(n.seeds)"
            if let i = groups.firstIndex(where: { $0.size == size }) { groups[i].labels.append(data.methods[m].label) } else { groups.append((size, [data.methods[m].label])) }
        }
        guard let first = groups.first else { return nil }
        let sizes = groups.count == 1 ? "\(first.size), every method" : groups.map { "\($0.size) for \($0.labels.joined(separator: ", "))" }.joined(separator: "; ")
        return "n (subjects × seeds): " + sizes + (seeded ? "; a case's value is its mean over the seeds." : ".")
    }

    /// Subject and domain of each case a method has on a split.
    func caseFacts(split: String, method: Int) -> [String: (subject: String, domain: String, scanner: String)] {
        var out: [String: (subject: String, domain: String, scanner: String)] = [:]
        for o in observations(split, method) { out[o.caseName] = (o.subject, o.domain, o.scanner) }
        return out
    }
}

/// Averaging over a draw of seeds, and the spread over seeds.
enum SeedDraw {
    /// [seed][structure][case] → [structure][case]: each value's mean over the drawn seeds
    /// (repeats count twice), NaN where none of them has one.
    static func average(_ bySeed: [[[Double]]], _ draw: [Int]) -> [[Double]] {
        guard let first = bySeed.first else { return [] }
        return first.indices.map { s in
            first[s].indices.map { c in
                var sum = 0.0, n = 0
                for d in draw where !bySeed[d][s][c].isNaN { sum += bySeed[d][s][c]; n += 1 }
                return n > 0 ? sum / Double(n) : .nan
            }
        }
    }

    /// The sample standard deviation of the per-seed aggregates; nil for fewer than two.
    static func spread(_ perSeed: [Double]) -> Double? {
        let defined = perSeed.filter { !$0.isNaN }
        return defined.count >= 2 ? Statistics.standardDeviation(defined) : nil
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
public func higherIsBetter(_ metric: String) -> Bool {
    let kind = Policy.MetricKind(metric: metric)
    guard kind == .selfDefined else { return kind != .distance }
    // Self-defined: distances (lesion_hd95, sq_assd), error counts and the signed RVD are not.
    let name = metric.lowercased()
    return !(MetricDisplay.isDistance(name) || name.hasSuffix("_fp") || name.hasSuffix("_fn") || name == "rvd")
}
