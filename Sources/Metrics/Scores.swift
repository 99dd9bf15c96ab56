/// Whether a structure could be scored, and if not, why. Empty masks are states, not numbers:
/// no distance is defined when either mask is empty, so none is reported (no 0, no NaN posing
/// as a score). Reports apply a declared policy to these states later (drop, or a penalty such
/// as the BraTS diagonal), from the counts stored with them.
public enum ScoreState: String, Sendable, Codable, CaseIterable {
    /// Both masks hold the structure: every metric is defined.
    case scored
    /// Absent from both reference and prediction.
    case notApplicable = "not_applicable"
    /// In the reference only: the prediction missed it (Dice 0, distances undefined).
    case missed
    /// In the prediction only (Dice 0, distances undefined).
    case spurious
}

/// Summary of one directed set of border-voxel distances, e.g. every reference border voxel's
/// distance to the nearest prediction border voxel. Stored so that any HD95, ASSD or NSD
/// convention can be derived later without the volumes.
public struct DirectedSummary: Sendable, Equatable, Codable {
    /// Border voxels on the "from" side.
    public var count: Int
    /// Mean distance (mm).
    public var mean: Double
    /// Largest distance (mm): the directed Hausdorff distance.
    public var max: Double
    /// 95th percentile with linear interpolation (mm).
    public var p95: Double
}

/// Every number SegBench computes for one structure of one case. Optional values are `nil`
/// exactly when the state leaves them undefined.
public struct StructureScore: Sendable {
    public var structure: Structure
    public var state: ScoreState
    public var counts: OverlapCounts

    /// `2·TP / (|R| + |P|)`; `nil` when both are empty.
    public var dice: Double?
    /// `TP / (|R| + |P| − TP)`; `nil` when both are empty.
    public var iou: Double?
    /// Hausdorff distance: `max(max d(R→P), max d(P→R))` over border voxels (mm).
    public var hd: Double?
    /// `max(P95(d(R→P)), P95(d(P→R)))`, linear percentiles (MONAI, MetricsReloaded).
    public var hd95: Double?
    /// Mean of both directed sets pooled (MedPy `assd`, MONAI symmetric).
    public var assd: Double?
    /// Normalised surface Dice per tolerance τ (mm), DeepMind's surfel definition:
    /// `(Σ_{s∈∂R, d(s)≤τ} a(s) + Σ_{s∈∂P, d(s)≤τ} a(s)) / (Σ_{∂R} a + Σ_{∂P} a)`.
    public var nsd: [Double: Double]?

    /// The named variants (see `Variant`); `nil` unless scored.
    public var variants: Variants?

    /// What was asked for beyond the voxel metrics (the exports' columns follow it).
    public var extended: ExtendedMetrics = .none
    /// The metrics computed only on request (`ExtendedMetrics`); `nil` when not asked for.
    public var lesionWise: LesionWiseScore?
    public var panoptic: PanopticScore?
    /// clDice; `nil` also when a skeleton is empty (see `CentrelineDice`).
    public var centrelineDice: Double?
    /// Boundary IoU at the requested band width; `nil` also when both masks are empty.
    public var boundaryIoU: Double?

    /// Volume similarity (Taha & Hanbury 2015), `1 − |P − R| / (P + R)`; `nil` when both are empty.
    public var volumeSimilarity: Double? {
        let total = counts.reference + counts.prediction
        return total == 0 ? nil : 1 - Double(abs(counts.prediction - counts.reference)) / Double(total)
    }
    /// Relative volume difference, signed, `(P − R) / R` (MedPy's `ravd`, panoptica's `rvd`);
    /// `nil` when the reference is empty.
    public var relativeVolumeDifference: Double? {
        counts.reference == 0 ? nil : Double(counts.prediction - counts.reference) / Double(counts.reference)
    }
    /// Border-voxel distances from the reference to the prediction, and back.
    public var referenceToPrediction: DirectedSummary?
    public var predictionToReference: DirectedSummary?

    public struct Variants: Sendable, Equatable {
        /// MedPy's `hd95`: the 95th percentile of both directed sets pooled.
        public var hd95Pooled: Double
        /// Mean of the two directed means (MetricsReloaded `masd`).
        public var masd: Double
        /// NSD from border-voxel counts: `(#{d(R→P) ≤ τ} + #{d(P→R) ≤ τ}) / (|∂R| + |∂P|)`
        /// (MONAI's default, MetricsReloaded).
        public var nsdVoxel: [Double: Double]
        /// DeepMind's HD95: max of the two area-weighted nearest-rank 95th percentiles over surfels.
        public var hd95Surfel: Double
    }
}
