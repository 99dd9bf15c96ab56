import Fixtures
import Metrics
import NIfTI
import Testing

/// `|actual − expected| ≤ tolerance · max(|expected|, 1)`: relative for values above 1, absolute below.
func expectClose(_ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-6,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let actual else {
        Issue.record("expected \(expected), got nil", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(actual - expected) <= tolerance * max(abs(expected), 1),
            "\(actual) vs \(expected)", sourceLocation: sourceLocation)
}

func score(_ reference: LabelMap, _ prediction: LabelMap, labels: [UInt8]? = nil, tolerances: [Double] = [1, 2]) throws -> [StructureScore] {
    try Evaluator.score(reference: reference, prediction: prediction, structures: labels?.map(Structure.label), tolerances: tolerances)
}

func scoreOne(_ reference: LabelMap, _ prediction: LabelMap, label: UInt8 = 1, tolerances: [Double] = [1, 2]) throws -> StructureScore {
    try score(reference, prediction, labels: [label], tolerances: tolerances)[0]
}

/// A 2D image (one slice) from rows of a numpy-style array `[axis 0][axis 1]`.
func planar(_ rows: [[UInt8]], spacing: (Double, Double) = (1, 1)) -> LabelMap {
    var map = Shapes.empty(Shape(rows.count, rows[0].count, 1), spacing: Spacing(spacing.0, spacing.1, 1))
    for (i, row) in rows.enumerated() { for (j, v) in row.enumerated() { map[i, j, 0] = v } }
    return map
}

/// A 2D image with `label` on the half-open rectangle `[r0:r1, c0:c1]` (numpy slicing).
func planarBox(_ shape: (Int, Int), _ r: Range<Int>, _ c: Range<Int>, label: UInt8 = 1, spacing: (Double, Double) = (1, 1)) -> LabelMap {
    var map = Shapes.empty(Shape(shape.0, shape.1, 1), spacing: Spacing(spacing.0, spacing.1, 1))
    for i in r { for j in c { map[i, j, 0] = label } }
    return map
}

/// Every voxel that is not `label` becomes `complement`: the background "class 0" of one-hot peers.
func withComplement(_ map: LabelMap, of label: UInt8 = 1, as complement: UInt8 = 2) -> LabelMap {
    var out = map
    for i in out.voxels.indices where out.voxels[i] != label { out.voxels[i] = complement }
    return out
}
