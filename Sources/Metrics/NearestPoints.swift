import NIfTI

/// Exact nearest-point distances between two point sets on the same grid, in millimetres.
///
/// For a query voxel `q` and targets `T`, `d(q) = min_{t∈T} √(((t−q)ₓsₓ)² + ((t−q)ᵧsᵧ)² + ((t−q)𝓏s𝓏)²)`.
///
/// Why not a distance transform: a Euclidean distance transform (Felzenszwalb–Huttenlocher,
/// Maurer) costs a few passes over every voxel of the crop, and a far false-positive island
/// makes the crop of a liver eight million voxels. Only border voxels and surfels are ever
/// queried or targeted, a few percent of the crop, so SegBench searches among those points:
///
/// 1. Ring search over rows. Targets are grouped by row `(y, z)` with sorted x. The rows around
///    the query are visited in increasing in-plane distance `e = (Δy·sᵧ)² + (Δz·s𝓏)²`; in each
///    row a binary search finds the nearest x. The visit stops as soon as `e ≥ best²`: no row
///    further out can hold a closer point. Near queries (the common case: surfaces that agree
///    to a few millimetres) finish after a handful of rows.
/// 2. Queries still open after the table's 256 rows (their nearest target is further than
///    about 13 mm on CT spacing: a false-positive island 270 mm away, the speckle of an
///    undertrained network) are answered exactly by a k-d tree over the targets, built only
///    when such a query exists, and searched from the best distance the rows found.
///
/// The ring search costs about `π d² / (sᵧ s𝓏)` rows for a query at distance `d`, the tree about
/// `log n` cells whatever `d`: the table is sized where the two meet (docs/metrics.md has the
/// measurements). Both paths are exact and give the same bits: the tree sums a distance in the
/// rows' order of operations, so the table's size decides only which path answers.
enum NearestPoints {
    static func distances(from queries: RowPoints, to targets: RowPoints, spacing: Spacing, rings: RowOffsets) -> [Double] {
        precondition(queries.rowsY == targets.rowsY && queries.rowsZ == targets.rowsZ, "point sets on different grids")
        var result = [Double](repeating: 0, count: queries.count)
        guard targets.count > 0 else {
            for i in result.indices { result[i] = .infinity }
            return result
        }
        let rowsY = targets.rowsY, rowsZ = targets.rowsZ
        let sx = spacing.x, reach = rings.reach
        // Queries the ring table could not settle, with the best squared distance found so far:
        // the tree starts from it, so it only looks where a closer target could be.
        var open: [(x: Int, y: Int, z: Int, index: Int, best: Double)] = []
        targets.rowStart.withUnsafeBufferPointer { rowStart in
            targets.xs.withUnsafeBufferPointer { xs in
                rings.dy.withUnsafeBufferPointer { dy in
                    rings.dz.withUnsafeBufferPointer { dz in
                        rings.e.withUnsafeBufferPointer { e in
                            queries.forEach { x, y, z, index in
                                var best = Double.infinity
                                let qx = Int32(x)
                                for o in 0..<e.count {
                                    let ring = e[o]
                                    if ring >= best { break }
                                    let yy = y + Int(dy[o]), zz = z + Int(dz[o])
                                    if yy < 0 || yy >= rowsY || zz < 0 || zz >= rowsZ { continue }
                                    let row = yy + rowsY * zz
                                    var lo = Int(rowStart[row]), hi = Int(rowStart[row + 1])
                                    if lo == hi { continue }
                                    let first = lo, end = hi
                                    while lo < hi {
                                        let mid = (lo + hi) >> 1
                                        if xs[mid] < qx { lo = mid + 1 } else { hi = mid }
                                    }
                                    if lo < end {
                                        let d = Double(xs[lo] - qx) * sx
                                        best = min(best, ring + d * d)
                                    }
                                    if lo > first {
                                        let d = Double(qx - xs[lo - 1]) * sx
                                        best = min(best, ring + d * d)
                                    }
                                }
                                if best <= reach {
                                    result[index] = best.squareRoot()
                                } else {
                                    open.append((x, y, z, index, best))
                                }
                            }
                        }
                    }
                }
            }
        }
        if !open.isEmpty {
            let tree = PointTree(targets, spacing: spacing)
            for q in open { result[q.index] = tree.nearestSquaredDistance(q.x, q.y, q.z, below: q.best).squareRoot() }
        }
        return result
    }
}

/// Row offsets `(Δy, Δz)` sorted by `e = (Δy·sᵧ)² + (Δz·s𝓏)²`: every offset with `e ≤ reach`.
/// A query whose best squared distance is `≤ reach` is settled by these rows alone, because any
/// row left out has `e > reach`.
struct RowOffsets: Sendable {
    let dy: [Int32], dz: [Int32], e: [Double]
    let reach: Double

    /// About `count` offsets: a disc of radius `r` with `π r² / (sᵧ s𝓏) ≈ count`, and never
    /// more than `count` rows from the centre along either axis. Without that cap a grid whose
    /// two spacings differ by many orders of magnitude (a damaged header's pixdim of 1e-35 mm
    /// beside 2 mm) asks for a disc of 10¹⁹ rows and never finishes; the radius shrinks instead,
    /// and the queries it no longer covers go to the k-d tree, exactly.
    init(spacing: Spacing, count: Int = 256) {
        let sy = spacing.y, sz = spacing.z
        let radius = min((Double(count) * sy * sz / Double.pi).squareRoot(), Double(count) * sy, Double(count) * sz)
        let reach = radius * radius
        let ry = Int(radius / sy) + 1, rz = Int(radius / sz) + 1
        var offsets: [(Int32, Int32, Double)] = []
        for a in -rz...rz {
            for b in -ry...ry {
                let y = Double(b) * sy, z = Double(a) * sz
                let e = y * y + z * z
                if e <= reach { offsets.append((Int32(b), Int32(a), e)) }
            }
        }
        offsets.sort { $0.2 < $1.2 }
        dy = offsets.map(\.0); dz = offsets.map(\.1); e = offsets.map(\.2)
        self.reach = reach
    }
}

/// A k-d tree over grid points (median splits on the axis of largest extent in mm), for the
/// queries whose nearest target lies beyond the ring table. A cell is pruned by its box's
/// distance from the query over every axis split so far, not only the last split's plane.
struct PointTree {
    private var points: [SIMD3<Int32>]
    private var axes: [UInt8]
    private let scale: SIMD3<Double>
    /// Points a leaf holds, scanned one by one. Measured (interleaved runs, median of five, the
    /// metrics of `segbench score`): leaves of 8, 16, 32 and 64 points took 382, 337, 299 and
    /// 298 ms on a speckled BraTS phantom, 230, 212, 205 and 197 ms on the CT-like example: a
    /// short scan costs less than the descent and pruning it replaces.
    private static let leafSize = 64

    init(_ set: RowPoints, spacing: Spacing) {
        var points: [SIMD3<Int32>] = []
        points.reserveCapacity(set.count)
        set.forEach { x, y, z, _ in points.append(SIMD3(Int32(x), Int32(y), Int32(z))) }
        scale = SIMD3(spacing.x, spacing.y, spacing.z)
        axes = [UInt8](repeating: 0, count: points.count)
        self.points = points
        build(0, points.count)
    }

    private mutating func build(_ lo: Int, _ hi: Int) {
        guard hi - lo > Self.leafSize else { return }
        var low = points[lo], high = points[lo]
        for i in lo..<hi { low = pointwiseMin(low, points[i]); high = pointwiseMax(high, points[i]) }
        let spread = SIMD3<Double>(Double(high.x - low.x), Double(high.y - low.y), Double(high.z - low.z)) * scale
        let axis = spread.x >= spread.y && spread.x >= spread.z ? 0 : (spread.y >= spread.z ? 1 : 2)
        let mid = (lo + hi) / 2
        points.withUnsafeMutableBufferPointer { select(&$0, lo, hi, mid) { $0[axis] < $1[axis] } }
        axes[mid] = UInt8(axis)
        build(lo, mid)
        build(mid + 1, hi)
    }

    /// The smallest squared distance from `(x, y, z)` to a point of the tree, or `bound` when no
    /// point is closer (a distance already found elsewhere: the search prunes by it).
    func nearestSquaredDistance(_ x: Int, _ y: Int, _ z: Int, below bound: Double = .infinity) -> Double {
        var best = bound
        points.withUnsafeBufferPointer { search($0, 0, $0.count, SIMD3(Int32(x), Int32(y), Int32(z)), .zero, &best) }
        return best
    }

    /// `((Δy·sᵧ)² + (Δz·s𝓏)²) + (Δx·sₓ)²`: the ring search's own order of operations, so both
    /// paths give the same bits for the same pair of points.
    @inline(__always)
    private func squaredDistance(_ a: SIMD3<Int32>, _ b: SIMD3<Int32>) -> Double {
        let dy = Double(b.y - a.y) * scale.y, dz = Double(b.z - a.z) * scale.z, dx = Double(b.x - a.x) * scale.x
        return dy * dy + dz * dz + dx * dx
    }

    /// `offset`: per axis, how far (mm) the current cell lies from `q` at least: 0 where `q`
    /// is inside its extent. A cell is entered only when `((oᵧ)² + (o𝓏)²) + (oₓ)² < best`.
    /// That sum is formed in the order of `squaredDistance`, and rounded addition is monotone,
    /// so it never exceeds the computed distance of a point in the cell: the pruning loses no
    /// point that the brute force would have taken, to the last bit.
    private func search(_ p: UnsafeBufferPointer<SIMD3<Int32>>, _ lo: Int, _ hi: Int, _ q: SIMD3<Int32>, _ offset: SIMD3<Double>,
                        _ best: inout Double) {
        if hi - lo <= Self.leafSize {
            for i in lo..<hi { best = min(best, squaredDistance(q, p[i])) }
            return
        }
        let mid = (lo + hi) / 2, axis = Int(axes[mid])
        best = min(best, squaredDistance(q, p[mid]))
        let diff = Double(q[axis] - p[mid][axis]) * scale[axis]
        var far = offset
        far[axis] = diff
        let farBound = far.y * far.y + far.z * far.z + far.x * far.x
        let (near, other) = diff <= 0 ? ((lo, mid), (mid + 1, hi)) : ((mid + 1, hi), (lo, mid))
        search(p, near.0, near.1, q, offset, &best)
        if farBound < best { search(p, other.0, other.1, q, far, &best) }
    }
}

/// Reorders `a[lo..<hi]` so that `a[k]` is the element a full sort would put there, with no
/// larger element before it and no smaller one after (Hoare's quickselect, median-of-three).
func select<T>(_ a: inout UnsafeMutableBufferPointer<T>, _ lo: Int, _ hi: Int, _ k: Int, by less: (T, T) -> Bool) {
    var lo = lo, hi = hi - 1
    while hi > lo {
        let mid = (lo + hi) / 2
        if less(a[mid], a[lo]) { a.swapAt(mid, lo) }
        if less(a[hi], a[lo]) { a.swapAt(hi, lo) }
        if less(a[hi], a[mid]) { a.swapAt(hi, mid) }
        let pivot = a[mid]
        var i = lo, j = hi
        while i <= j {
            while less(a[i], pivot) { i += 1 }
            while less(pivot, a[j]) { j -= 1 }
            if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
        }
        if k <= j { hi = j } else if k >= i { lo = i } else { return }
    }
}
