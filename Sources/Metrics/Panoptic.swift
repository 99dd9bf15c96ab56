import NIfTI

/// How predicted instances are paired with reference instances for panoptic quality.
public enum InstanceMatching: String, Sendable, CaseIterable {
    /// Greedy, by IoU from the highest down, one-to-one, pairs with IoU ≥ 0.5 (panoptica's
    /// `NaiveThresholdMatching`; Kirillov et al.'s rule, under which the pairing is unique).
    case iou
    /// The one-to-one pairing of the pairs with IoU ≥ 0.5 that maximises the summed IoU
    /// (panoptica's `MaxBipartiteMatching`, scipy's `linear_sum_assignment`). At the 0.5
    /// threshold it pairs exactly what `iou` pairs (two disjoint components cannot both
    /// overlap one connected component by half); it is kept for the peers' vocabulary.
    case bipartite
}

/// Instance-level quality of one structure (Kirillov et al. 2019), as panoptica 2.x computes
/// it from semantic masks: instances are the 26-connected components of each mask, pairs are
/// matched by IoU, and
///
///     RQ = TP / (TP + FP/2 + FN/2),   SQ = mean IoU over the TP pairs,   PQ = SQ · RQ,
///
/// with SQ also on Dice (`sqDice`, `pqDice = sqDice · RQ`) and on the per-pair ASSD (`sqASSD`:
/// the mean over pairs of `(mean d(∂r→∂p) + mean d(∂p→∂r)) / 2`, border voxels, spacing in mm).
/// Without a TP pair, RQ, SQ and PQ are 0 when either side holds an instance (panoptica's
/// edge-case table) and undefined (`nil`) when neither does; `sqASSD` is then undefined
/// (panoptica reports +∞; a stored number must not be infinite).
public struct PanopticScore: Sendable, Equatable {
    public var referenceInstances: Int
    public var predictionInstances: Int
    /// The matched pairs: reference and prediction component numbers, IoU, Dice and ASSD (mm).
    public var pairs: [Pair]

    public struct Pair: Sendable, Equatable {
        public var reference: Int, prediction: Int
        public var iou: Double, dice: Double, assd: Double
    }

    public var truePositives: Int { pairs.count }
    public var falsePositives: Int { predictionInstances - pairs.count }
    public var falseNegatives: Int { referenceInstances - pairs.count }

    private var anyInstance: Bool { referenceInstances + predictionInstances > 0 }
    private func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? (anyInstance ? 0 : nil) : values.reduce(0, +) / Double(values.count)
    }

    public var rq: Double? {
        guard anyInstance else { return nil }
        return Double(truePositives) / (Double(truePositives) + 0.5 * Double(falsePositives) + 0.5 * Double(falseNegatives))
    }
    public var sq: Double? { mean(pairs.map(\.iou)) }
    public var pq: Double? { sq.flatMap { s in rq.map { s * $0 } } }
    public var sqDice: Double? { mean(pairs.map(\.dice)) }
    public var pqDice: Double? { sqDice.flatMap { s in rq.map { s * $0 } } }
    public var sqASSD: Double? { pairs.isEmpty ? nil : pairs.map(\.assd).reduce(0, +) / Double(pairs.count) }
}

public enum Panoptic {
    /// The IoU a pair must reach to match (inclusive, as panoptica's default `strict_threshold=False`).
    public static let matchingThreshold = 0.5

    /// `predicted`: the prediction's 26-connected components, when already labelled.
    static func score(_ crop: StructureCrop, matching: InstanceMatching, whole: StructureScore,
                      predicted: (labels: [Int32], sizes: [Int])? = nil) -> PanopticScore {
        let r = ConnectedComponents.label(crop.reference, shape: crop.shape, connectivity: .vertices)
        let p = predicted ?? ConnectedComponents.label(crop.prediction, shape: crop.shape, connectivity: .vertices)
        // Candidate pairs: IoU from overlap counts, voxels (no spacing), at or above the threshold.
        var candidates: [(reference: Int, prediction: Int, iou: Double)] = []
        for pair in sharedVoxels(r.labels, p.labels) {
            let iou = Double(pair.count) / Double(r.sizes[pair.a] + p.sizes[pair.b] - pair.count)
            if iou >= matchingThreshold { candidates.append((pair.a, pair.b, iou)) }
        }
        let matched: [(reference: Int, prediction: Int, iou: Double)]
        switch matching {
        case .iou: matched = greedy(candidates)
        case .bipartite: matched = MaximumWeightMatching.pairs(candidates, rows: r.sizes.count, columns: p.sizes.count)
        }
        let referenceBoxes = ConnectedComponents.boxes(r.labels, count: r.sizes.count, shape: crop.shape)
        let predictionBoxes = ConnectedComponents.boxes(p.labels, count: p.sizes.count, shape: crop.shape)
        let pairs = matched.sorted { ($0.reference, $0.prediction) < ($1.reference, $1.prediction) }.map { m in
            let (a, b) = (Int32(m.reference), Int32(m.prediction))
            let s = crop.scorePair(in: referenceBoxes[m.reference].union(predictionBoxes[m.prediction]), whole: whole,
                                   isReference: { r.labels[$0] == a }, isPrediction: { p.labels[$0] == b })
            return PanopticScore.Pair(reference: m.reference, prediction: m.prediction, iou: m.iou, dice: s.dice!, assd: s.variants!.masd)
        }
        return PanopticScore(referenceInstances: r.sizes.count - 1, predictionInstances: p.sizes.count - 1, pairs: pairs)
    }

    /// IoU from the highest down (ties: lower prediction, then lower reference number, as
    /// panoptica's stable sort of its `np.unique` order), each instance used once.
    static func greedy(_ candidates: [(reference: Int, prediction: Int, iou: Double)]) -> [(reference: Int, prediction: Int, iou: Double)] {
        var usedReference: Set<Int> = [], usedPrediction: Set<Int> = []
        var out: [(reference: Int, prediction: Int, iou: Double)] = []
        for c in candidates.sorted(by: { ($1.iou, $0.prediction, $0.reference) < ($0.iou, $1.prediction, $1.reference) })
        where !usedReference.contains(c.reference) && !usedPrediction.contains(c.prediction) {
            usedReference.insert(c.reference)
            usedPrediction.insert(c.prediction)
            out.append(c)
        }
        return out
    }
}

/// The one-to-one pairing of weighted candidate pairs with the largest total weight (the
/// Hungarian method, Kuhn 1955, in the shortest-augmenting-path form of Jonker & Volgenant).
/// Written by hand: the pairs of one structure are few (tens), and no Swift package offers it.
enum MaximumWeightMatching {
    /// `rows`/`columns`: one more than the largest reference/prediction number (index 0 unused).
    /// Cost per cell: `1 − weight` for a candidate, `1 + 1e-6` otherwise (panoptica's matrix);
    /// assigned cells with cost below 1 are the pairs.
    static func pairs(_ candidates: [(reference: Int, prediction: Int, iou: Double)], rows: Int, columns: Int) -> [(reference: Int, prediction: Int, iou: Double)] {
        let n = rows - 1, m = columns - 1
        guard n > 0, m > 0, !candidates.isEmpty else { return [] }
        // Square the problem: a side of size max(n, m), padded with the non-candidate cost.
        let size = max(n, m)
        var cost = [[Double]](repeating: [Double](repeating: 1 + 1e-6, count: size), count: size)
        for c in candidates { cost[c.reference - 1][c.prediction - 1] = 1 - c.iou }
        let assignment = Hungarian.minimumCostAssignment(cost)
        return candidates.filter { c in assignment[c.reference - 1] == c.prediction - 1 }
    }
}

enum Hungarian {
    /// The column assigned to each row of a square cost matrix, minimising the total cost
    /// (O(n³), potentials `u`, `v`, shortest augmenting paths).
    static func minimumCostAssignment(_ cost: [[Double]]) -> [Int] {
        let n = cost.count
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: n + 1)
        var owner = [Int](repeating: 0, count: n + 1)   // owner[j]: the row (1-based) holding column j
        var way = [Int](repeating: 0, count: n + 1)
        for row in 1...n {
            owner[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[column0] = true
                let row0 = owner[column0]
                var delta = Double.infinity, column1 = 0
                for j in 1...n where !used[j] {
                    let reduced = cost[row0 - 1][j - 1] - u[row0] - v[j]
                    if reduced < minimum[j] { minimum[j] = reduced; way[j] = column0 }
                    if minimum[j] < delta { delta = minimum[j]; column1 = j }
                }
                for j in 0...n {
                    if used[j] { u[owner[j]] += delta; v[j] -= delta } else { minimum[j] -= delta }
                }
                column0 = column1
            } while owner[column0] != 0
            repeat {
                let column1 = way[column0]
                owner[column0] = owner[column1]
                column0 = column1
            } while column0 != 0
        }
        var assignment = [Int](repeating: 0, count: n)
        for j in 1...n where owner[j] > 0 { assignment[owner[j] - 1] = j - 1 }
        return assignment
    }
}
