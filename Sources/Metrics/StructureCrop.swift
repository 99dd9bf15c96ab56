import NIfTI

/// One structure's reference and prediction masks cut out of their label maps around a box:
/// the working grid of the lesion-wise, instance and skeleton metrics. Cutting first is what
/// keeps them cheap on a BraTS grid (8.9 million voxels, a tumour in a few hundred thousand).
///
/// A crop never changes a number: the box holds every voxel of both masks plus `margin` voxels
/// (clamped to the image), and where the box meets the image edge the edge stays an edge.
struct StructureCrop {
    /// The crop's grid (its spacing is the image's).
    let shape: Shape
    let spacing: Spacing
    var reference: [Bool]
    var prediction: [Bool]

    /// `nil` when neither map holds the structure.
    init?(reference: LabelMap, prediction: LabelMap, structure: Structure, box: BoundingBox?, margin: Int = 0) {
        guard let box else { return nil }
        let full = reference.shape
        let limits = [full.x, full.y, full.z]
        let lower = (0..<3).map { max(0, box.lower[$0] - margin) }
        let upper = (0..<3).map { min(limits[$0] - 1, box.upper[$0] + margin) }
        let shape = Shape(upper[0] - lower[0] + 1, upper[1] - lower[1] + 1, upper[2] - lower[2] + 1)
        self.shape = shape
        spacing = reference.spacing
        let membership = structure.membership
        func cut(_ map: LabelMap) -> [Bool] {
            var mask = [Bool](repeating: false, count: shape.x * shape.y * shape.z)
            for k in 0..<shape.z {
                for j in 0..<shape.y {
                    let from = map.index(lower[0], lower[1] + j, lower[2] + k), to = shape.x * (j + shape.y * k)
                    for i in 0..<shape.x { mask[to + i] = membership[Int(map.voxels[from + i])] != 0 }
                }
            }
            return mask
        }
        (self.reference, self.prediction) = (cut(reference), cut(prediction))
    }

    /// Dice and distances of two masks picked out of this crop by index (`isReference(v)`,
    /// `isPrediction(v)`), cut down to `box` first: the masks must lie inside it.
    func scorePair(in box: BoundingBox, whole: StructureScore, isReference: (Int) -> Bool, isPrediction: (Int) -> Bool) -> StructureScore {
        let extent = box.extent
        let sub = Shape(extent[0], extent[1], extent[2])
        var reference = [Bool](repeating: false, count: extent[0] * extent[1] * extent[2]), prediction = reference
        var n = 0
        for k in box.lower[2]...box.upper[2] {
            for j in box.lower[1]...box.upper[1] {
                let row = shape.x * (j + shape.y * k)
                for i in box.lower[0]...box.upper[0] {
                    reference[n] = isReference(row + i)
                    prediction[n] = isPrediction(row + i)
                    n += 1
                }
            }
        }
        return MaskPairScore.score(reference: reference, prediction: prediction, shape: sub, spacing: spacing, whole: whole)
    }
}

/// Pairs `(a, b)` of non-zero labels that share voxels, with how many they share, sorted: one
/// pass, counting runs of equal pairs before a sort (a hash per voxel costs more than the rest).
func sharedVoxels(_ a: [Int32], _ b: [Int32]) -> [(a: Int, b: Int, count: Int)] {
    var runs: [(key: UInt64, count: Int)] = []
    var key: UInt64 = 0, run = 0
    for v in a.indices where a[v] != 0 && b[v] != 0 {
        let k = UInt64(UInt32(a[v])) << 32 | UInt64(UInt32(b[v]))
        if k == key { run += 1 } else {
            if run > 0 { runs.append((key, run)) }
            (key, run) = (k, 1)
        }
    }
    if run > 0 { runs.append((key, run)) }
    runs.sort { $0.key < $1.key }
    var out: [(a: Int, b: Int, count: Int)] = []
    for r in runs {
        let (x, y) = (Int(r.key >> 32), Int(r.key & 0xFFFF_FFFF))
        if let last = out.last, last.a == x, last.b == y { out[out.count - 1].count += r.count } else { out.append((x, y, r.count)) }
    }
    return out
}

/// Dice and the distance metrics of two binary masks on a crop's grid, by the same code that
/// scores whole structures (`Evaluator`), so a lesion's HD95 is defined exactly as a label's.
enum MaskPairScore {
    /// `whole`: the structure's own score. A pair of subsets as large as the structure's masks
    /// is those masks (a single lesion predicted by every component), and its score is `whole`.
    static func score(reference: [Bool], prediction: [Bool], shape: Shape, spacing: Spacing, whole: StructureScore? = nil) -> StructureScore {
        if let whole, whole.state == .scored, reference.count(where: { $0 }) == whole.counts.reference,
           prediction.count(where: { $0 }) == whole.counts.prediction {
            return whole
        }
        let geometry = Geometry(shape: shape, spacing: spacing)
        let r = LabelMap(geometry: geometry, voxels: reference.map { $0 ? 1 : 0 })
        let p = LabelMap(geometry: geometry, voxels: prediction.map { $0 ? 1 : 0 })
        // Same grid by construction: the call cannot throw.
        return try! Evaluator.score(reference: r, prediction: p, structures: [.label(1)], tolerances: [])[0]
    }
}
