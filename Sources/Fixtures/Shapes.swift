import NIfTI

/// Synthetic label maps with known geometry, for tests, benchmarks and the README's first
/// command. Voxel `(i, j, k)` has its centre at `(i·sₓ, j·sᵧ, k·s𝓏)` mm, as in MONAI's and
/// DeepMind's test suites, so their published cases can be rebuilt exactly.
public enum Shapes {
    /// An empty label map on a grid with the diagonal affine `diag(spacing)`.
    public static func empty(_ shape: Shape, spacing: Spacing = Spacing(1, 1, 1)) -> LabelMap {
        LabelMap(geometry: Geometry(shape: shape, spacing: spacing), repeating: 0)
    }

    /// Sets `label` on every voxel whose centre satisfies `Σ ((iₐ·sₐ − cₐ)/rₐ)² ≤ 1`
    /// (an ellipsoid with semi-axes `radii` mm around `centre` mm; equal radii give MONAI's sphere,
    /// which tests `Σ (iₐ·sₐ − cₐ)² ≤ r²`).
    public static func paintEllipsoid(_ map: inout LabelMap, label: UInt8, centre: [Double], radii: [Double]) {
        let s = map.spacing, n = map.shape
        func range(_ axis: Int) -> ClosedRange<Int> {
            let lo = max(0, Int(((centre[axis] - radii[axis]) / s[axis]).rounded(.down)) - 1)
            let hi = min(n[axis] - 1, Int(((centre[axis] + radii[axis]) / s[axis]).rounded(.up)) + 1)
            return lo...max(lo, hi)
        }
        guard n.x > 0 else { return }
        for k in range(2) {
            let dz = (Double(k) * s.z - centre[2]) / radii[2]
            for j in range(1) {
                let dy = (Double(j) * s.y - centre[1]) / radii[1]
                for i in range(0) {
                    let dx = (Double(i) * s.x - centre[0]) / radii[0]
                    if i < n.x && j < n.y && k < n.z && dx * dx + dy * dy + dz * dz <= 1 { map[i, j, k] = label }
                }
            }
        }
    }

    /// MONAI's test sphere: `Σ (iₐ·sₐ − cₐ)² ≤ r²` on a 99³ grid unless given.
    public static func sphere(radius: Double, centre: [Double], shape: Shape = Shape(99, 99, 99),
                              spacing: Spacing = Spacing(1, 1, 1), label: UInt8 = 1) -> LabelMap {
        var map = empty(shape, spacing: spacing)
        paintEllipsoid(&map, label: label, centre: centre, radii: [radius, radius, radius])
        return map
    }

    /// Sets `label` on the half-open box `lower..<upper` (voxel indices).
    public static func paintBox(_ map: inout LabelMap, label: UInt8, lower: [Int], upper: [Int]) {
        for k in lower[2]..<upper[2] { for j in lower[1]..<upper[1] { for i in lower[0]..<upper[0] { map[i, j, k] = label } } }
    }

    /// The map moved by whole voxels; what moves past the edge is lost, what is uncovered is 0.
    public static func shifted(_ map: LabelMap, by offset: [Int]) -> LabelMap {
        var out = LabelMap(geometry: map.geometry, repeating: 0)
        let n = map.shape
        for k in 0..<n.z {
            let kk = k + offset[2]
            guard kk >= 0 && kk < n.z else { continue }
            for j in 0..<n.y {
                let jj = j + offset[1]
                guard jj >= 0 && jj < n.y else { continue }
                for i in 0..<n.x {
                    let ii = i + offset[0]
                    if ii >= 0 && ii < n.x { out[ii, jj, kk] = map[i, j, k] }
                }
            }
        }
        return out
    }

    /// Grows every voxel of `label` into its six face neighbours that are background, `times` times.
    public static func dilated(_ map: LabelMap, label: UInt8, times: Int = 1) -> LabelMap {
        var current = map
        let n = map.shape
        for _ in 0..<times {
            var next = current
            for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x where current[i, j, k] == label {
                for (di, dj, dk) in [(-1, 0, 0), (1, 0, 0), (0, -1, 0), (0, 1, 0), (0, 0, -1), (0, 0, 1)] {
                    let a = i + di, b = j + dj, c = k + dk
                    if a >= 0, b >= 0, c >= 0, a < n.x, b < n.y, c < n.z, next[a, b, c] == 0 { next[a, b, c] = label }
                }
            } } }
            current = next
        }
        return current
    }

    /// Speckle, as an undertrained network predicts it: about `fraction` of the voxels, anywhere,
    /// set to `label`, chosen by a fixed linear congruential sequence (the same voxels for the
    /// same `seed` on every platform). Each speckle is a border voxel with its own surfels, and
    /// most lie far from the reference: the distance core's hardest queries.
    public static func speckled(_ map: LabelMap, label: UInt8, fraction: Double, seed: UInt64 = 7) -> LabelMap {
        var out = map
        var state = seed
        let threshold = UInt64(fraction * Double(1 << 31))
        for i in out.voxels.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if state >> 33 < threshold { out.voxels[i] = label }
        }
        return out
    }
}
