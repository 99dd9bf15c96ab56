import NIfTI

/// The parameters of lesion-wise scoring; `brats2023` is the BraTS 2023 GLI challenge's.
public struct LesionWiseDefinition: Sendable, Hashable {
    /// Reference lesions with a volume at or below this many mm³ are left out (BraTS: 50; 2 for
    /// metastases).
    public var volumeThreshold: Double
    /// Dilations of a reference lesion by the 18-neighbour element (BraTS: 3; 1 for MEN and MET).
    public var dilation: Int
    /// Which voxels touch, for the lesions, the predicted components and the dilated reference.
    public var connectivity: Connectivity
    /// The HD95 (mm) a missed lesion or a false-positive component scores (BraTS: 374).
    public var hd95Penalty: Double

    public init(volumeThreshold: Double = 50, dilation: Int = 3, connectivity: Connectivity = .vertices, hd95Penalty: Double = 374) {
        self.volumeThreshold = volumeThreshold
        self.dilation = dilation
        self.connectivity = connectivity
        self.hd95Penalty = hd95Penalty
    }

    public static let brats2023 = LesionWiseDefinition()
}

/// Lesion-wise Dice and HD95 of one structure, as the BraTS 2023 challenge defines them
/// (`rachitsaluja/BraTS-2023-Metrics`, `get_LesionWiseScores`):
///
/// 1. Reference lesions are the reference's components after merging those whose dilations
///    (`dilation` × the 18-neighbour element) meet: a lesion is the reference voxels of one
///    component of the dilated reference.
/// 2. A lesion is matched by every predicted component with a voxel in its dilation. Its Dice
///    and HD95 compare it with the union of those components, taken whole. HD95 is DeepMind's
///    surfel HD95 (the challenge calls DeepMind's `compute_robust_hausdorff`).
/// 3. A predicted component that meets no lesion's dilation is a false positive (FP).
/// 4. Lesions of at most `volumeThreshold` mm³ are left out, but their dilations still absorb
///    the components that touch them (those are neither TP nor FP).
/// 5. With N counted lesions (TP + FN) and F false positives,
///
///        lesion-wise Dice = Σ Dice / (N + F),   lesion-wise HD95 = (Σ HD95 + F · penalty) / (N + F),
///
///    a missed lesion scoring Dice 0 and HD95 `penalty`; N + F = 0 gives Dice 1 and HD95 0.
///
/// A predicted component that bridges two lesions matches both, whole, as the challenge counts it.
public struct LesionWiseScore: Sendable, Equatable {
    public var lesions: [Lesion]
    /// The false-positive components, in component order.
    public var falsePositives: [Component]
    public var definition: LesionWiseDefinition

    public struct Component: Sendable, Equatable {
        public var voxels: Int
        /// mm³.
        public var volume: Double
    }

    public struct Lesion: Sendable, Equatable {
        /// Reference voxels and volume (mm³).
        public var voxels: Int
        public var volume: Double
        /// Whether the lesion is above the volume threshold (counted in the sums).
        public var counted: Bool
        /// How many predicted components match it (0: missed).
        public var matchedComponents: Int
        /// Against the union of the matching components; 0 and the penalty when missed.
        public var dice: Double
        public var hd95: Double
    }

    var counted: [Lesion] { lesions.filter(\.counted) }
    public var truePositives: Int { counted.filter { $0.matchedComponents > 0 }.count }
    public var falseNegatives: Int { counted.filter { $0.matchedComponents == 0 }.count }
    public var falsePositiveCount: Int { falsePositives.count }

    public var dice: Double {
        let n = counted.count + falsePositives.count
        return n == 0 ? 1 : counted.map(\.dice).reduce(0, +) / Double(n)
    }
    public var hd95: Double {
        let n = counted.count + falsePositives.count
        return n == 0 ? 0 : (counted.map(\.hd95).reduce(0, +) + Double(falsePositives.count) * definition.hd95Penalty) / Double(n)
    }
}

public enum LesionWise {
    /// The crop margin that holds every lesion's dilation.
    static func margin(_ definition: LesionWiseDefinition) -> Int { definition.dilation }

    /// `predicted`: the prediction's components at `definition.connectivity`, when already labelled.
    static func score(_ crop: StructureCrop, _ definition: LesionWiseDefinition, whole: StructureScore,
                      predicted: (labels: [Int32], sizes: [Int])? = nil) -> LesionWiseScore {
        let shape = crop.shape
        let dilated = Morphology.dilate(crop.reference, shape: shape, by: .edges, iterations: definition.dilation)
        // The dilation of a lesion is exactly its component of the dilated reference: every
        // dilated voxel is reached from a reference voxel of its own component.
        let regions = ConnectedComponents.label(dilated, shape: shape, connectivity: definition.connectivity)
        let predicted = predicted ?? ConnectedComponents.label(crop.prediction, shape: shape, connectivity: definition.connectivity)
        let lesionCount = regions.sizes.count - 1

        var voxels = [Int](repeating: 0, count: lesionCount + 1)
        for v in dilated.indices where crop.reference[v] { voxels[Int(regions.labels[v])] += 1 }
        // (lesion, component) for every component with a voxel in the lesion's dilation.
        var matches = [[Int]](repeating: [], count: lesionCount + 1)
        var matchedAnywhere = [Bool](repeating: false, count: predicted.sizes.count)
        for pair in sharedVoxels(regions.labels, predicted.labels) {
            matches[pair.a].append(pair.b)
            matchedAnywhere[pair.b] = true
        }
        let regionBoxes = ConnectedComponents.boxes(regions.labels, count: regions.sizes.count, shape: shape)
        let componentBoxes = ConnectedComponents.boxes(predicted.labels, count: predicted.sizes.count, shape: shape)
        let voxelVolume = crop.spacing.x * crop.spacing.y * crop.spacing.z
        let (lesionVoxels, lesionMatches) = (voxels, matches)
        let lesions: [LesionWiseScore.Lesion] = parallelMap(lesionCount) { n in
            let lesion = Int32(n + 1), components = lesionMatches[n + 1]
            let volume = Double(lesionVoxels[n + 1]) * voxelVolume
            var result = LesionWiseScore.Lesion(voxels: lesionVoxels[n + 1], volume: volume, counted: volume > definition.volumeThreshold,
                                                matchedComponents: components.count, dice: 0, hd95: definition.hd95Penalty)
            guard !components.isEmpty else { return result }
            var member = [Bool](repeating: false, count: predicted.sizes.count)
            for c in components { member[c] = true }
            let box = components.reduce(regionBoxes[n + 1]) { $0.union(componentBoxes[$1]) }
            let s = crop.scorePair(in: box, whole: whole, isReference: { regions.labels[$0] == lesion && crop.reference[$0] },
                                   isPrediction: { member[Int(predicted.labels[$0])] })
            result.dice = s.dice!
            result.hd95 = s.variants!.hd95Surfel
            return result
        }
        let falsePositives = (1..<predicted.sizes.count).filter { !matchedAnywhere[$0] }
            .map { LesionWiseScore.Component(voxels: predicted.sizes[$0], volume: Double(predicted.sizes[$0]) * voxelVolume) }
        return LesionWiseScore(lesions: lesions, falsePositives: falsePositives, definition: definition)
    }
}
