import NIfTI

/// Surface area per 2×2×2 neighbourhood, the surfel model of DeepMind's surface-distance
/// (Nikolov et al. 2018) that SegBench's default NSD uses.
///
/// Each point of the corner grid (voxel corners, half a voxel off the voxel centres) sees the
/// eight voxels around it; their inside/outside pattern is an 8-bit code
///
///     code = Σ_{a,b,c ∈ {0,1}} m(i−1+a, j−1+b, k−1+c) · 2^(7 − (4a + 2b + c))
///
/// (a along x, b along y, c along z). The surface inside that cube is the marching-cubes
/// surface through the midpoints of the edges that join an inside and an outside corner, and
/// the point's area is the sum of its triangles' areas in millimetres: a triangle with area
/// vector `v` (voxel units) has area `√((v_x s_y s_z)² + (v_y s_x s_z)² + (v_z s_x s_y)²)`.
///
/// The table is derived here rather than typed in. Two choices pin the triangulation down,
/// and with them every one of the 254 non-trivial codes matches DeepMind's published table at
/// any spacing (checked against `surface_distance.lookup_tables` at three anisotropic spacings;
/// see docs/metrics.md):
/// - complement symmetry: a cube with more than four inside corners is triangulated as its
///   complement, so on a face whose inside corners sit on a diagonal the minority corners are
///   cut off separately (the original marching-cubes convention);
/// - each polygon of edge midpoints is split into the triangulation of largest total area at
///   unit spacing (unique for every polygon that occurs).
enum SurfelAreas {
    /// Area vectors (voxel units) of the triangles of each code.
    static let triangles: [[SIMD3<Double>]] = (0..<256).map(trianglesOfCode)

    /// Area in mm² of the surface inside each of the 256 neighbourhoods, for a spacing.
    static func table(for spacing: Spacing) -> [Double] {
        let scale = SIMD3(spacing.y * spacing.z, spacing.x * spacing.z, spacing.x * spacing.y)
        return triangles.map { $0.reduce(0) { sum, v in sum + length(v * scale) } }
    }

    /// Contour length in mm inside each of the 16 neighbourhoods of a 2D corner grid, DeepMind's
    /// 2D surfel model: the marching-squares segments between the midpoints of the square's
    /// crossed edges (a diagonal square gives two segments, one around each inside corner).
    static func contourLengths(for spacing: Spacing) -> [Double] {
        let square = [(0, 0), (1, 0), (1, 1), (0, 1)]   // (a along x, b along y), in cyclic order
        return (0..<16).map { code in
            let inside = square.map { code & (1 << (3 - (2 * $0.0 + $0.1))) != 0 }
            func midpoint(_ i: Int) -> (Double, Double) {
                let p = square[i % 4], q = square[(i + 1) % 4]
                return (Double(p.0 + q.0) / 2 * spacing.x, Double(p.1 + q.1) / 2 * spacing.y)
            }
            func distance(_ u: (Double, Double), _ v: (Double, Double)) -> Double {
                ((u.0 - v.0) * (u.0 - v.0) + (u.1 - v.1) * (u.1 - v.1)).squareRoot()
            }
            let crossings = (0..<4).filter { inside[$0] != inside[($0 + 1) % 4] }
            if crossings.count == 2 { return distance(midpoint(crossings[0]), midpoint(crossings[1])) }
            if crossings.count == 4 {
                return (0..<4).filter { inside[$0] }.reduce(0) { $0 + distance(midpoint($1 + 3), midpoint($1)) }
            }
            return 0
        }
    }

    typealias Corner = SIMD3<Int>

    static func bit(_ corner: Corner) -> Int { 1 << (7 - (4 * corner.x + 2 * corner.y + corner.z)) }

    static func trianglesOfCode(_ code: Int) -> [SIMD3<Double>] {
        guard code != 0 && code != 255 else { return [] }
        let pattern = code.nonzeroBitCount > 4 ? 255 - code : code
        return polygons(pattern).flatMap { polygon in
            triangulations(of: polygon).max { area($0) < area($1) }!
        }
    }

    /// The closed polygons of edge midpoints (coordinates doubled, so they are integers).
    static func polygons(_ pattern: Int) -> [[SIMD3<Double>]] {
        var neighbours: [SIMD3<Int>: [SIMD3<Int>]] = [:]
        for axis in 0..<3 {
            let (u, v) = ((axis + 1) % 3, (axis + 2) % 3)
            for side in 0...1 {
                // The face's corners in cyclic order.
                let cycle: [Corner] = [(0, 0), (1, 0), (1, 1), (0, 1)].map { (p, q) in
                    var c = Corner(0, 0, 0); c[axis] = side; c[u] = p; c[v] = q; return c
                }
                let inside = cycle.map { pattern & bit($0) != 0 }
                func midpoint(_ i: Int, _ j: Int) -> SIMD3<Int> { cycle[i % 4] &+ cycle[j % 4] }
                let crossings = (0..<4).filter { inside[$0] != inside[($0 + 1) % 4] }
                var segments: [(SIMD3<Int>, SIMD3<Int>)] = []
                if crossings.count == 2 {
                    segments.append((midpoint(crossings[0], crossings[0] + 1), midpoint(crossings[1], crossings[1] + 1)))
                } else if crossings.count == 4 {
                    // Diagonal face: cut each inside corner off on its own.
                    for i in 0..<4 where inside[i] { segments.append((midpoint(i + 3, i + 4), midpoint(i, i + 1))) }
                }
                for (a, b) in segments { neighbours[a, default: []].append(b); neighbours[b, default: []].append(a) }
            }
        }
        var seen = Set<SIMD3<Int>>(), result: [[SIMD3<Double>]] = []
        for start in neighbours.keys.sorted(by: { ($0.x, $0.y, $0.z) < ($1.x, $1.y, $1.z) }) where !seen.contains(start) {
            var polygon = [start], previous = start, current = start
            seen.insert(start)
            while let next = neighbours[current]!.first(where: { $0 != previous && !seen.contains($0) }) {
                polygon.append(next); seen.insert(next); previous = current; current = next
            }
            result.append(polygon.map { SIMD3<Double>(Double($0.x), Double($0.y), Double($0.z)) / 2 })
        }
        return result
    }

    /// Every triangulation of a convex-ordered polygon, as lists of triangle area vectors.
    static func triangulations(of polygon: [SIMD3<Double>]) -> [[SIMD3<Double>]] {
        if polygon.count < 3 { return [[]] }
        if polygon.count == 3 { return [[areaVector(polygon[0], polygon[1], polygon[2])]] }
        var all: [[SIMD3<Double>]] = []
        for apex in 2..<polygon.count {
            let triangle = areaVector(polygon[0], polygon[1], polygon[apex])
            let left = Array(polygon[1...apex]), right = [polygon[0]] + polygon[apex...]
            for l in triangulations(of: left) { for r in triangulations(of: right) { all.append([triangle] + l + r) } }
        }
        return all
    }

    static func areaVector(_ a: SIMD3<Double>, _ b: SIMD3<Double>, _ c: SIMD3<Double>) -> SIMD3<Double> {
        let u = b - a, v = c - a
        return 0.5 * SIMD3(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x)
    }

    static func area(_ triangles: [SIMD3<Double>]) -> Double { triangles.reduce(0) { $0 + length($1) } }
    static func length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }
}
