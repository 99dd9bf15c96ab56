/// A label map carried onto another grid that describes the same voxel centres in the world
/// with its axes permuted and/or flipped (a prediction stored RAS beside an LAS reference):
/// every voxel is moved, none is interpolated, so the scores are those of the same map.
///
/// `q = M·r + c` gives the source voxel `q` of target voxel `r`, with `M` a signed permutation
/// matrix and `c` the flipped axes' `n − 1`.
public struct Reorientation: Sendable, Equatable {
    /// `axis[j]`: the target axis that source axis `j` runs along.
    public let axis: [Int]
    /// `flipped[j]`: whether source axis `j` runs against it.
    public let flipped: [Bool]
    public let source: Geometry
    public let target: Geometry

    /// The reorientation of `source` onto `target`, or nil when the two grids are not one grid
    /// up to a permutation and flips of axes: every voxel centre must land within `tolerance`
    /// mm of its counterpart (checked at the eight corners: the map is affine, so its largest
    /// deviation is at a corner).
    public static func between(source: Geometry, target: Geometry, tolerance: Double = 1e-3) -> Reorientation? {
        guard let origin = source.voxel(atWorld: target.world(SIMD3(0, 0, 0))) else { return nil }
        var axis = [Int](repeating: -1, count: 3), flipped = [Bool](repeating: false, count: 3)
        for targetAxis in 0..<3 {
            var unit = SIMD3<Double>(0, 0, 0)
            unit[targetAxis] = 1
            guard let moved = source.voxel(atWorld: target.world(unit)) else { return nil }
            let step = moved - origin
            // One source axis moves by ±1 voxel, the others by 0.
            let rounded = SIMD3(step.x.rounded(), step.y.rounded(), step.z.rounded())
            guard ((step - rounded) * (step - rounded)).sum() < 1e-6, (rounded * rounded).sum() == 1 else { return nil }
            let j = (0..<3).first { rounded[$0] != 0 }!
            guard axis[j] == -1 else { return nil }
            axis[j] = targetAxis
            flipped[j] = rounded[j] < 0
        }
        for j in 0..<3 {
            guard source.shape[j] == target.shape[axis[j]] else { return nil }
            let expected = flipped[j] ? Double(source.shape[j] - 1) : 0
            guard abs(origin[j] - expected) < 1e-3 else { return nil }
        }
        let r = Reorientation(axis: axis, flipped: flipped, source: source, target: target)
        for corner in 0..<8 {
            let t = SIMD3((0..<3).map { corner >> $0 & 1 == 1 ? Double(target.shape[$0] - 1) : 0 })
            let s = r.sourceVoxel(t)
            let d = source.world(SIMD3(Double(s[0]), Double(s[1]), Double(s[2]))) - target.world(t)
            guard (d * d).sum().squareRoot() <= tolerance else { return nil }
        }
        return r
    }

    /// Whether it changes anything (the grids are the same when it does not).
    public var isIdentity: Bool { axis == [0, 1, 2] && flipped == [false, false, false] }

    func sourceVoxel(_ t: SIMD3<Double>) -> [Int] {
        (0..<3).map { j in
            let v = Int(t[axis[j]])
            return flipped[j] ? source.shape[j] - 1 - v : v
        }
    }

    /// The volume's voxels moved onto the target grid (which the result carries).
    public func apply<Scalar>(_ volume: Volume<Scalar>) -> Volume<Scalar> {
        precondition(volume.geometry.shape == source.shape && volume.channels == 1)
        let n = target.shape, m = source.shape
        // Source stride of one step along each target axis, and the source index of target (0,0,0).
        var stride = [0, 0, 0], start = 0
        let sourceStrides = [1, m.x, m.x * m.y]
        for j in 0..<3 {
            stride[axis[j]] = flipped[j] ? -sourceStrides[j] : sourceStrides[j]
            if flipped[j] { start += (m[j] - 1) * sourceStrides[j] }
        }
        var out = [Scalar]()
        out.reserveCapacity(target.voxelCount)
        volume.voxels.withUnsafeBufferPointer { from in
            for k in 0..<n.z {
                for j in 0..<n.y {
                    var q = start + j * stride[1] + k * stride[2]
                    for _ in 0..<n.x { out.append(from[q]); q += stride[0] }
                }
            }
        }
        return Volume(geometry: target, voxels: out)
    }

    /// "LAS → RAS: the prediction's axes i, j, k run along the reference's −i, j, k", for the note
    /// the output carries.
    public var description: String {
        let names = ["i", "j", "k"]
        let along = (0..<3).map { (flipped[$0] ? "−" : "") + names[axis[$0]] }
        return "\(source.orientation) → \(target.orientation): the prediction's axes i, j, k run along the reference's "
            + along.joined(separator: ", ")
    }
}
