/// How a stored state becomes a number at report time: the presets the field uses, as one table.
///
/// The store keeps states, not numbers, for a structure with an empty side (`not_applicable`:
/// both empty; `missed`: only the prediction empty; `spurious`: only the reference empty) and for
/// a case whose method failed (`failed`: no usable prediction while the reference holds the
/// structure; where the reference lacks it, a failed case is `not_applicable`, as an empty
/// prediction would be). A policy maps each (state, kind of metric) to a treatment; a `scored`
/// structure always reports its stored value. Nothing is recomputed, so one store serves every
/// preset.
///
/// | preset | not_applicable | missed / spurious | failed |
/// |---|---|---|---|
/// | `segbench` | excluded | Dice 0, NSD 0, distances = the image diagonal (mm) | as missed |
/// | `nnunet` | excluded | Dice 0, distances excluded | excluded (nnU-Net scores only the predictions it finds) |
/// | `brats` | Dice 1, NSD 1, distances 0 | Dice 0, NSD 0, distances 373.13 mm | as missed |
/// | `metricsreloaded` | Dice 1, NSD 1, distances 0 | Dice 0, NSD 0, distances excluded (NaN) | as missed |
/// | `monai` | excluded | missed: Dice 0; spurious: Dice excluded (`ignore_empty`); NSD 0; distances excluded (MONAI 1.6 gives NaN) | as missed |
public enum Policy: String, CaseIterable, Sendable {
    case segbench, nnunet, brats, metricsreloaded, monai

    /// What happens to a value.
    public enum Treatment: Sendable, Hashable {
        case stored
        case excluded
        case constant(Double)
        /// The case's image diagonal in millimetres, `√Σ(nᵢ·sᵢ)²`.
        case diagonal
    }

    /// The kinds of metric a treatment is chosen for.
    public enum MetricKind: Sendable, Hashable {
        /// Dice, IoU: higher is better, in [0, 1].
        case overlap
        /// NSD at a tolerance: higher is better, in [0, 1].
        case surface
        /// HD, HD95, ASSD and their variants, in mm: lower is better.
        case distance
        /// Metrics whose definition already says what an empty side scores: lesion-wise
        /// (BraTS 2023: a miss is Dice 0 and HD95 374, both empty is Dice 1), panoptic quality
        /// (panoptica), clDice, boundary IoU, volume similarity and RVD. Every preset reports
        /// them as stored; where the scorer left one undefined, it is left out.
        case selfDefined

        public init(metric: String) {
            let name = metric.lowercased()
            if name == "dice" || name == "iou" { self = .overlap }
            else if name.hasPrefix("nsd") { self = .surface }
            else if Self.selfDefinedPrefixes.contains(where: name.hasPrefix) || Self.selfDefinedNames.contains(name) { self = .selfDefined }
            else { self = .distance }
        }

        static let selfDefinedPrefixes = ["lesion_", "instance_"]
        static let selfDefinedNames: Set<String> = ["pq", "rq", "sq", "pq_dice", "sq_dice", "sq_assd", "cldice", "boundary_iou", "volume_similarity", "rvd"]
    }

    public static let bratsDiagonal = 373.13

    /// The table itself: `treatment[state][kind]`.
    var table: [State: [MetricKind: Treatment]] {
        func row(_ overlap: Treatment, _ surface: Treatment, _ distance: Treatment) -> [MetricKind: Treatment] {
            [.overlap: overlap, .surface: surface, .distance: distance]
        }
        let excluded = row(.excluded, .excluded, .excluded)
        switch self {
        case .segbench:
            let worst = row(.constant(0), .constant(0), .diagonal)
            return [.notApplicable: excluded, .missed: worst, .spurious: worst, .failed: worst]
        case .nnunet:
            let zero = row(.constant(0), .constant(0), .excluded)
            return [.notApplicable: excluded, .missed: zero, .spurious: zero, .failed: excluded]
        case .brats:
            let worst = row(.constant(0), .constant(0), .constant(Policy.bratsDiagonal))
            return [.notApplicable: row(.constant(1), .constant(1), .constant(0)), .missed: worst, .spurious: worst, .failed: worst]
        case .metricsreloaded:
            let worst = row(.constant(0), .constant(0), .excluded)
            return [.notApplicable: row(.constant(1), .constant(1), .constant(0)), .missed: worst, .spurious: worst, .failed: worst]
        case .monai:
            let missed = row(.constant(0), .constant(0), .excluded)
            return [.notApplicable: excluded, .missed: missed, .spurious: row(.excluded, .constant(0), .excluded), .failed: missed]
        }
    }

    public func treatment(_ state: State, metric: String) -> Treatment {
        let kind = MetricKind(metric: metric)
        return state == .scored || kind == .selfDefined ? .stored : table[state]![kind]!
    }

    /// The value reported for `metric` of an observation, or nil when it is left out.
    public func value(_ observation: Observation, metric: String) -> Double? {
        switch treatment(observation.state, metric: metric) {
        case .stored: return observation.metrics[metric]
        case .excluded: return nil
        case .constant(let v): return v
        case .diagonal: return observation.diagonal
        }
    }

    /// What a missed and an absent structure score, in a few words: a table's footer line.
    public var brief: String {
        switch self {
        case .segbench: return "missed, spurious or failed: Dice 0, NSD 0, distances = the image diagonal; absent from both: excluded"
        case .nnunet: return "missed or spurious: Dice 0, no distance; absent from both and failed cases: excluded"
        case .brats: return "missed, spurious or failed: Dice 0, NSD 0, distances 373.13 mm; absent from both: Dice 1, distances 0"
        case .metricsreloaded: return "missed, spurious or failed: Dice 0, NSD 0, no distance; absent from both: Dice 1, NSD 1, distances 0"
        case .monai: return "missed: Dice 0; spurious: Dice excluded; NSD 0; no distance with an empty side; absent from both: excluded"
        }
    }

    /// One sentence per state, for a report's header.
    public var explanation: String {
        switch self {
        case .segbench: return "structures absent from both reference and prediction are excluded; a missed or spurious structure, and a failed case, score Dice 0, NSD 0 and distances equal to the image diagonal in mm"
        case .nnunet: return "as nnU-Net v2: structures absent from both are excluded (NaN), a missed or spurious structure scores Dice 0 and no distance, failed cases are left out"
        case .brats: return "as the BraTS challenges: both empty scores Dice 1 and HD95 0; a missed or spurious structure, and a failed case, score Dice 0 and distances of 373.13 mm"
        case .metricsreloaded: return "as MetricsReloaded: both empty scores Dice 1, NSD 1 and distance 0; a missed or spurious structure, and a failed case, score Dice 0, NSD 0 and no distance (NaN, left out)"
        case .monai: return "as MONAI 1.6 defaults: both empty is excluded (NaN); an empty reference gives Dice NaN (ignore_empty), an empty prediction Dice 0; distances with an empty side are NaN and left out; failed cases count as empty predictions"
        }
    }

    /// The state of a structure at report time.
    public enum State: String, Sendable, Hashable, CaseIterable {
        case scored, notApplicable = "not_applicable", missed, spurious, failed
    }
}
