import NIfTI

/// The patient's body in an image, found by intensity alone, so that it works on CT and MR
/// alike: voxels brighter than `p1 + 0.15 · (p99 − p1)` of the image's own intensities. CT air
/// (−1000 HU) and MR background (noise) fall below; soft tissue of both lies above.
public struct BodyBox: Sendable, Equatable {
    /// World (RAS mm) bounds of the body's voxels.
    public var lower: SIMD3<Double>
    public var upper: SIMD3<Double>
    /// The intensity above which a voxel counted as body.
    public var threshold: Float

    public init(lower: SIMD3<Double>, upper: SIMD3<Double>, threshold: Float) {
        self.lower = lower
        self.upper = upper
        self.threshold = threshold
    }

    static func threshold(_ image: Volume<Float>) -> Float {
        var sample = stride(from: 0, to: image.voxels.count, by: max(1, image.voxels.count / 20_000)).map { image.voxels[$0] }
        sample.sort()
        let p1 = sample[sample.count / 100], p99 = sample[sample.count * 99 / 100]
        return p1 + 0.15 * (p99 - p1)
    }

    /// The box around the body, or nil when nothing exceeds the threshold.
    public static func find(_ image: Volume<Float>) -> BodyBox? {
        let t = threshold(image)
        let n = image.geometry.shape
        var low = SIMD3<Int>(n.x, n.y, n.z), high = SIMD3<Int>(-1, -1, -1)
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            if image.voxels[index] > t {
                low = pointwiseMin(low, SIMD3(i, j, k))
                high = pointwiseMax(high, SIMD3(i, j, k))
            }
            index += 1
        } } }
        guard high.x >= 0 else { return nil }
        // The box's eight corners in world coordinates, whatever the orientation.
        var lower = SIMD3<Double>(repeating: .infinity), upper = SIMD3<Double>(repeating: -.infinity)
        for c in 0..<8 {
            let v = SIMD3(Double(c & 1 == 0 ? low.x : high.x), Double(c & 2 == 0 ? low.y : high.y), Double(c & 4 == 0 ? low.z : high.z))
            let w = image.geometry.world(v)
            lower = pointwiseMin(lower, w)
            upper = pointwiseMax(upper, w)
        }
        return BodyBox(lower: lower, upper: upper, threshold: t)
    }

    /// A world point in box coordinates: (0, 0, 0) at `lower`, (1, 1, 1) at `upper`.
    public func normalised(_ p: SIMD3<Double>) -> SIMD3<Double> {
        (p - lower) / pointwiseMax(upper - lower, SIMD3(repeating: 1e-6))
    }
}
