import Dispatch
import NIfTI

/// Scores a prediction against a reference, structure by structure.
///
/// ```swift
/// let scores = try Evaluator.score(reference: ref, prediction: pred,
///                                  structures: [.label(1), .region("wt", [1, 2, 4])],
///                                  tolerances: [1, 2])
/// print(scores[0].dice, scores[0].hd95, scores[0].nsd?[1])
/// ```
///
/// The work, in order:
/// 1. One pass over both maps gives every label's overlap counts and bounding boxes
///    (`LabelStatistics`).
/// 2. For each structure present in both maps, the two masks are cut out around their union
///    box (`PaddedMask`) and reduced to border voxels and surfels.
/// 3. Four directed nearest-point searches per structure (border voxels both ways, surfels both
///    ways; `NearestPoints`), run in parallel across structures and directions.
/// 4. Summaries: percentiles by selection, means, NSD sums.
public enum Evaluator {
    /// - Parameters:
    ///   - structures: what to score; `nil` scores every label present in either map.
    ///   - addingPresentLabels: score every present label first, then `structures` (e.g. regions).
    ///   - extended: lesion-wise, instance, clDice and boundary-IoU metrics to add.
    public static func score(reference: LabelMap, prediction: LabelMap, structures: [Structure]? = nil,
                             addingPresentLabels: Bool = false, tolerances: [Double] = [1, 2],
                             extended: ExtendedMetrics = .none) throws -> [StructureScore] {
        guard reference.geometry.isSameGrid(as: prediction.geometry) else {
            throw GridMismatch(reference: reference.geometry, prediction: prediction.geometry)
        }
        let statistics = LabelStatistics.tally(reference, prediction)
        let present = statistics.presentLabels.map(Structure.label)
        let structures = structures.map { addingPresentLabels ? present + $0 : $0 } ?? present
        let spacing = reference.spacing
        // A one-slice image is a 2D image: in-plane borders and DeepMind's 2D contour model.
        let planar = reference.shape.z == 1
        let areas = planar ? SurfelAreas.contourLengths(for: spacing) : SurfelAreas.table(for: spacing)
        let rings = RowOffsets(spacing: spacing)

        // Step 2: surfaces of every structure that both maps hold.
        let counts = structures.map(statistics.counts(of:))
        let scoredIndices = structures.indices.filter { counts[$0].reference > 0 && counts[$0].prediction > 0 }
        // One job per mask, not per structure: a structure whose crop a far island widens (the
        // CT liver's, 8 million voxels) would otherwise cut both its masks on one core.
        let sides: [(border: RowPoints, surfels: RowPoints)] = parallelMap(scoredIndices.count * 2) { n in
            let s = structures[scoredIndices[n / 2]]
            let mask = PaddedMask(n % 2 == 0 ? reference : prediction, structure: s, box: statistics.unionBox(of: s)!)
            return (mask.borderVoxels(planar: planar), mask.surfacePoints(weights: areas, planar: planar))
        }
        let surfaces = scoredIndices.indices.map { i in
            Surfaces(referenceBorder: sides[2 * i].border, predictionBorder: sides[2 * i + 1].border,
                     referenceSurfels: sides[2 * i].surfels, predictionSurfels: sides[2 * i + 1].surfels)
        }

        // Step 3: four directed searches per structure, largest first so the cores stay busy.
        let jobs = surfaces.indices.flatMap { s in (0..<4).map { (s, $0) } }
            .sorted { surfaces[$0.0].size(of: $0.1) > surfaces[$1.0].size(of: $1.1) }
        let distances: [[Double]] = parallelMap(jobs.count) { j in
            let (s, direction) = jobs[j]
            let (from, to) = surfaces[s].pair(direction)
            return NearestPoints.distances(from: from, to: to, spacing: spacing, rings: rings)
        }
        var perStructure = [[[Double]]](repeating: [[], [], [], []], count: surfaces.count)
        for (j, job) in jobs.enumerated() { perStructure[job.0][job.1] = distances[j] }

        // Step 4: summaries.
        let grouped = perStructure
        let summaries: [SurfaceSummary] = parallelMap(surfaces.count) { s in
            SurfaceSummary(grouped[s], referenceAreas: surfaces[s].referenceSurfels.weights,
                           predictionAreas: surfaces[s].predictionSurfels.weights, tolerances: tolerances)
        }

        var summaryOf: [Int: SurfaceSummary] = [:]
        for (n, index) in scoredIndices.enumerated() { summaryOf[index] = summaries[n] }
        let scores = structures.indices.map { i in makeScore(structures[i], counts[i], summaryOf[i]) }
        guard !extended.isEmpty else { return scores }
        return parallelMap(scores.count) { i in
            var score = scores[i]
            extended.apply(to: &score, reference: reference, prediction: prediction, box: statistics.unionBox(of: structures[i]))
            return score
        }
    }

    static func makeScore(_ structure: Structure, _ c: OverlapCounts, _ surface: SurfaceSummary?) -> StructureScore {
        let state: ScoreState = switch (c.reference > 0, c.prediction > 0) {
        case (true, true): .scored
        case (false, false): .notApplicable
        case (true, false): .missed
        case (false, true): .spurious
        }
        let total = c.reference + c.prediction
        var score = StructureScore(structure: structure, state: state, counts: c)
        if total > 0 {
            score.dice = 2 * Double(c.tp) / Double(total)
            score.iou = Double(c.tp) / Double(total - c.tp)
        }
        if let surface {
            score.hd = surface.hd; score.hd95 = surface.hd95; score.assd = surface.assd; score.nsd = surface.nsd
            score.variants = surface.variants
            score.referenceToPrediction = surface.referenceToPrediction
            score.predictionToReference = surface.predictionToReference
        }
        return score
    }
}

/// The reference and prediction do not share a voxel grid.
public struct GridMismatch: Error, CustomStringConvertible {
    public let reference: Geometry
    public let prediction: Geometry
    /// Set when the prediction's grid is the reference's with its axes permuted or flipped
    /// ("LAS → RAS (axis i flipped)"): the message then names the option that reorients it.
    public var reorientable: String?

    public init(reference: Geometry, prediction: Geometry, reorientable: String? = nil) {
        self.reference = reference
        self.prediction = prediction
        self.reorientable = reorientable
    }

    public var description: String {
        var text = "the reference and the prediction lie on different grids\n  reference:  \(reference)\n  prediction: \(prediction)"
        if let reorientable {
            text += "\n  they are the same grid with the prediction's axes permuted or flipped (\(reorientable)): "
                + "--reorient-prediction moves the prediction onto the reference's grid and scores it"
        }
        return text
    }
}

/// Border voxels and surfels of one structure in both maps (padded crop coordinates).
struct Surfaces: Sendable {
    var referenceBorder: RowPoints, predictionBorder: RowPoints
    var referenceSurfels: RowPoints, predictionSurfels: RowPoints

    /// Directions 0…3: border R→P, border P→R, surfels R→P, surfels P→R.
    func pair(_ direction: Int) -> (from: RowPoints, to: RowPoints) {
        switch direction {
        case 0: (referenceBorder, predictionBorder)
        case 1: (predictionBorder, referenceBorder)
        case 2: (referenceSurfels, predictionSurfels)
        default: (predictionSurfels, referenceSurfels)
        }
    }

    func size(of direction: Int) -> Int { pair(direction).from.count }
}

/// The distance-based values of one structure, from its four directed distance lists.
struct SurfaceSummary: Sendable {
    var hd: Double, hd95: Double, assd: Double
    var nsd: [Double: Double]
    var variants: StructureScore.Variants
    var referenceToPrediction: DirectedSummary, predictionToReference: DirectedSummary

    init(_ lists: [[Double]], referenceAreas: [Double], predictionAreas: [Double], tolerances: [Double]) {
        var rp = lists[0], pr = lists[1]
        func summary(_ d: inout [Double]) -> DirectedSummary {
            DirectedSummary(count: d.count, mean: d.reduce(0, +) / Double(d.count), max: d.max()!, p95: linearPercentile(&d, 95))
        }
        let forward = summary(&rp), backward = summary(&pr)
        referenceToPrediction = forward
        predictionToReference = backward
        hd = max(forward.max, backward.max)
        hd95 = max(forward.p95, backward.p95)
        let pooledCount = Double(forward.count + backward.count)
        var pooled = rp + pr
        assd = pooled.reduce(0, +) / pooledCount
        var nsdVoxel: [Double: Double] = [:]
        for tau in tolerances {
            let within = rp.reduce(0) { $1 <= tau ? $0 + 1 : $0 } + pr.reduce(0) { $1 <= tau ? $0 + 1 : $0 }
            nsdVoxel[tau] = Double(within) / pooledCount
        }

        let sr = lists[2], sp = lists[3]
        let areaR = referenceAreas.reduce(0, +), areaP = predictionAreas.reduce(0, +)
        var nsd: [Double: Double] = [:]
        for tau in tolerances {
            // Summing what lies beyond τ keeps a perfect surface at exactly 1.
            var beyond = 0.0
            for (d, a) in zip(sr, referenceAreas) where d > tau { beyond += a }
            for (d, a) in zip(sp, predictionAreas) where d > tau { beyond += a }
            nsd[tau] = (areaR + areaP - beyond) / (areaR + areaP)
        }
        self.nsd = nsd
        var srCopy = sr, spCopy = sp, ar = referenceAreas, ap = predictionAreas
        let surfelHD95 = max(weightedNearestRankPercentile(&srCopy, &ar, 95), weightedNearestRankPercentile(&spCopy, &ap, 95))
        variants = StructureScore.Variants(hd95Pooled: linearPercentile(&pooled, 95),
                                           masd: (forward.mean + backward.mean) / 2,
                                           nsdVoxel: nsdVoxel, hd95Surfel: surfelHD95)
    }
}
