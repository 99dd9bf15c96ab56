import NIfTI

/// Multi-lesion BraTS-like pairs for the lesion-wise and instance metrics: each case is a small
/// brain-sized grid holding one to four tumours (edema 2 around an enhancing rim 3 around a
/// necrotic core 1) and small satellite lesions, with a prediction wrong in the ways lesion-wise
/// scoring exists to catch. Every case is built from its seed alone, so the peers can score the
/// files `segbench example DIR --anatomy lesions` writes and the tests rebuild them in memory.
///
/// What the predictions do, case by case (`kinds(of:)` lists them):
/// - `missed`: a reference lesion with no predicted voxel near it;
/// - `falsePositive`: a predicted island far from every lesion;
/// - `belowThreshold`: a reference satellite smaller than BraTS's 50-voxel threshold;
/// - `merged`: two reference lesions joined by one predicted bridge;
/// - `split`: one reference lesion cut in two predicted components by an empty slab;
/// - `emptyReference`, `emptyPrediction`: the whole mask absent on one side;
/// - the rest: shifted, grown or shrunk copies of the reference lesions.
public enum LesionCases {
    /// The count `segbench example --anatomy lesions` writes and the tests check.
    public static let standardCount = 24

    /// The folder of case `index` under the folder `segbench example` writes: `case07`.
    public static func folderName(_ index: Int) -> String { index < 10 ? "case0\(index)" : "case\(index)" }

    public enum Kind: String, Sendable, CaseIterable {
        case missed, falsePositive, belowThreshold, merged, split, emptyReference, emptyPrediction
    }

    /// The faults case `index` is built with: case 0 holds none (a plain multi-lesion pair);
    /// cases 1–7 one each, in `Kind`'s order; later cases a seeded mix.
    public static func kinds(of index: Int) -> Set<Kind> {
        if index == 0 { return [] }
        if index <= Kind.allCases.count { return [Kind.allCases[index - 1]] }
        var random = Mixer(seed: UInt64(index) &* 0x9E37_79B9)
        var kinds: Set<Kind> = []
        for kind in [Kind.missed, .falsePositive, .belowThreshold, .merged, .split] where random.next() % 3 == 0 {
            kinds.insert(kind)
        }
        return kinds
    }

    /// Case `index`: 72×72×56 voxels at 1 mm, except every fifth case, which is anisotropic
    /// (1 × 1 × 1.5 mm) so that spacing reaches every distance.
    public static func pair(_ index: Int) -> (reference: LabelMap, prediction: LabelMap) {
        var random = Mixer(seed: 0x5EED_0000 &+ UInt64(index))
        let kinds = kinds(of: index)
        let spacing = index % 5 == 4 ? Spacing(1, 1, 1.5) : Spacing(1, 1, 1)
        let shape = Shape(72, 72, 56)
        let extent = [Double(shape.x) * spacing.x, Double(shape.y) * spacing.y, Double(shape.z) * spacing.z]
        var reference = Shapes.empty(shape, spacing: spacing), prediction = Shapes.empty(shape, spacing: spacing)

        // Tumours on a coarse lattice of slots, so that they never touch unless a case says so.
        let slots: [[Double]] = [[0.27, 0.27, 0.3], [0.73, 0.27, 0.7], [0.27, 0.73, 0.7], [0.73, 0.73, 0.3]]
            .map { f in (0..<3).map { f[$0] * extent[$0] } }
        let tumourCount = 2 + Int(random.next() % 3)
        var tumours: [Tumour] = []
        for slot in 0..<tumourCount {
            let jitter = (0..<3).map { _ in random.uniform(-3, 3) }
            let size = random.uniform(6, 11)
            let radii = [size * random.uniform(0.8, 1.2), size * random.uniform(0.8, 1.2), size * random.uniform(0.7, 1.0)]
            tumours.append(Tumour(centre: (0..<3).map { slots[slot][$0] + jitter[$0] }, radii: radii,
                                  hasCore: random.next() % 4 != 0))
        }
        for tumour in tumours { tumour.paint(&reference) }

        // Satellites: small enhancing spots between the slots, one below the 50-voxel threshold
        // when the case asks for it (a sphere of radius 2 mm holds 33 voxels at 1 mm).
        let satelliteCentre = [0.5 * extent[0], 0.5 * extent[1], 0.5 * extent[2]]
        if kinds.contains(.belowThreshold) {
            Shapes.paintEllipsoid(&reference, label: 3, centre: satelliteCentre, radii: [2, 2, 2])
        } else if random.next() % 2 == 0 {
            Shapes.paintEllipsoid(&reference, label: 3, centre: satelliteCentre, radii: [3.2, 3.2, 3.2])
        }

        // The prediction: each tumour perturbed (shift up to 2 mm, radii ×0.85…1.15).
        for (n, tumour) in tumours.enumerated() {
            if kinds.contains(.missed) && n == tumours.count - 1 { continue }
            var copy = tumour
            copy.centre = (0..<3).map { tumour.centre[$0] + random.uniform(-2, 2) }
            let scale = random.uniform(0.85, 1.15)
            copy.radii = tumour.radii.map { $0 * scale }
            copy.paint(&prediction)
        }
        // A predicted satellite in about half the cases, whether or not the reference holds one
        // (where it does not, a false positive next to the tumours rather than far from them).
        if random.next() % 2 == 0 {
            Shapes.paintEllipsoid(&prediction, label: 3, centre: satelliteCentre, radii: [2.5, 2.5, 2.5])
        }
        if kinds.contains(.merged) && tumours.count >= 2 {
            // A predicted bridge of edema between the first two tumours: one component for two lesions.
            let a = tumours[0].centre, b = tumours[1].centre
            for step in 0...40 {
                let t = Double(step) / 40
                Shapes.paintEllipsoid(&prediction, label: 2, centre: (0..<3).map { a[$0] + t * (b[$0] - a[$0]) },
                                      radii: [2.5, 2.5, 2.5], keeping: [1, 3])
            }
        }
        if kinds.contains(.split) {
            // A 3-voxel empty slab through the first predicted tumour: two components for one lesion.
            let k0 = Int((tumours[0].centre[2] / spacing.z).rounded()) - 1
            for k in max(0, k0)..<min(shape.z, k0 + 3) {
                for j in 0..<shape.y { for i in 0..<shape.x { prediction[i, j, k] = 0 } }
            }
        }
        if kinds.contains(.falsePositive) {
            Shapes.paintEllipsoid(&prediction, label: 2, centre: [0.5 * extent[0], 0.12 * extent[1], 0.5 * extent[2]],
                                  radii: [4, 3, 3])
            Shapes.paintEllipsoid(&prediction, label: 3, centre: [0.5 * extent[0], 0.12 * extent[1], 0.5 * extent[2]],
                                  radii: [2, 2, 2])
        }
        if kinds.contains(.emptyReference) { reference = Shapes.empty(shape, spacing: spacing) }
        if kinds.contains(.emptyPrediction) { prediction = Shapes.empty(shape, spacing: spacing) }
        return (reference, prediction)
    }

    /// One tumour: edema, an enhancing shell at 60 % of its radii, and a necrotic core at 30 %.
    struct Tumour {
        var centre: [Double]
        var radii: [Double]
        var hasCore: Bool

        func paint(_ map: inout LabelMap) {
            Shapes.paintEllipsoid(&map, label: 2, centre: centre, radii: radii)
            Shapes.paintEllipsoid(&map, label: 3, centre: centre, radii: radii.map { $0 * 0.6 })
            if hasCore { Shapes.paintEllipsoid(&map, label: 1, centre: centre, radii: radii.map { $0 * 0.3 }) }
        }
    }

    /// SplitMix64 (Steele, Lea & Flood 2014): the cases must not change with the standard
    /// library's generator.
    struct Mixer {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in `[lo, hi)` from the top 53 bits.
        mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
            lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
        }
    }
}

extension Shapes {
    /// `paintEllipsoid` that leaves voxels already holding one of `keeping` as they are.
    public static func paintEllipsoid(_ map: inout LabelMap, label: UInt8, centre: [Double], radii: [Double], keeping: Set<UInt8>) {
        var overlay = empty(map.shape, spacing: map.spacing)
        paintEllipsoid(&overlay, label: label, centre: centre, radii: radii)
        for index in overlay.voxels.indices where overlay.voxels[index] != 0 && !keeping.contains(map.voxels[index]) {
            map.voxels[index] = label
        }
    }
}
