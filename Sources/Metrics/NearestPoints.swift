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
///    undertrained network) are answered exactly by a bounding-volume hierarchy over the
///    targets (`PointTree`), built only when such a query exists, and searched from the best
///    distance the rows found or the previous open query's nearest target, whichever is closer.
///
/// The ring search costs about `π d² / (sᵧ s𝓏)` rows for a query at distance `d`, the tree about
/// `log n` cells whatever `d`: the table is sized where the two meet (docs/metrics.md has the
/// measurements). Both paths are exact and give the same bits: the tree sums a distance in the
/// rows' order of operations, so the table's size decides only which path answers.
enum NearestPoints {
    /// How a row is searched: `.adaptive` (binary search for the first `sample` queries, then a
    /// gap table when it pays), or always one way (for tests of each path).
    enum RowSearch { case adaptive, binary, table }
    static let sample = 512

    static func distances(from queries: RowPoints, to targets: RowPoints, spacing: Spacing, rings: RowOffsets,
                          rowSearch: RowSearch = .adaptive) -> [Double] {
        precondition(queries.rowsY == targets.rowsY && queries.rowsZ == targets.rowsZ, "point sets on different grids")
        var result = [Double](repeating: 0, count: queries.count)
        guard targets.count > 0 else {
            for i in result.indices { result[i] = .infinity }
            return result
        }
        let rowsY = targets.rowsY
        let sx = spacing.x, reach = rings.reach
        // Queries the ring table could not settle, with the best squared distance found so far:
        // the tree starts from it, so it only looks where a closer target could be.
        var open: [(x: Int, y: Int, z: Int, index: Int, best: Double)] = []
        let extent = targets.boundingBox
        // The targets' row starts on a grid padded by the table's reach on every side, so that
        // every row an offset names exists (the padding's rows are empty) and the inner loop
        // needs no bounds checks: row = the query's padded row + the offset's fixed delta.
        let padY = rings.maxDy, padZ = rings.maxDz
        let paddedRowsY = rowsY + 2 * padY
        let rowStart = targets.paddedRowStarts(padY: padY, padZ: padZ)
        let delta = zip(rings.dy, rings.dz).map { Int($0) + paddedRowsY * Int($1) }
        // The first queries binary-search each row; then, when a table of every row's gaps
        // costs less to fill than the searches it would save (the rows these queries visited,
        // times the queries left), the rest look their rows up in it (`RowGaps`).
        var visits = 0, asked = 0
        // Every x a query or a target has: computed only when a table is considered.
        func width() -> Int { max(queries.maxX, targets.maxX) + 1 }
        var gapTable = rowSearch == .table ? RowGaps(rowStart: rowStart, xs: targets.xs, width: width()) : nil
        queries.forEach { x, y, z, index in
            // A query further than the reach from the targets' box would try every row of the
            // table in vain: the tree answers it at once.
            if extent.squaredDistance(x, y, z, spacing: spacing) > reach {
                open.append((x, y, z, index, .infinity))
                return
            }
            let queryRow = (y + padY) + paddedRowsY * (z + padZ)
            let best: Double
            if let gapTable {
                best = gapTable.withRows { nearestRow(x, queryRow, rows: $0, rings: rings, delta: delta, sx: sx).best }
            } else {
                let found = rowStart.withUnsafeBufferPointer { rowStart in
                    targets.xs.withUnsafeBufferPointer { xs in
                        nearestRow(x, queryRow, rows: SearchedRows(rowStart: rowStart, xs: xs), rings: rings, delta: delta, sx: sx)
                    }
                }
                best = found.best
                visits += found.visits
                asked += 1
                if rowSearch == .adaptive && asked == Self.sample {
                    let width = width()
                    let entries = RowGaps.entries(rowStart: rowStart, width: width)
                    // An entry is one store, a row's search a binary search: a table pays when
                    // the queries left would visit several rows per entry. The factor 4 keeps it to
                    // clear cases: the BraTS-like pair's large tumour labels take it, the CT crop
                    // that a far island widens does not (docs/metrics.md).
                    if entries < 4 * (visits / Self.sample) * (queries.count - Self.sample) {
                        gapTable = RowGaps(rowStart: rowStart, xs: targets.xs, width: width)
                    }
                }
            }
            if best <= reach {
                result[index] = best.squareRoot()
            } else {
                open.append((x, y, z, index, best))
            }
        }
        if !open.isEmpty {
            // Open queries come in row order, so consecutive ones are neighbours, and so are
            // their nearest targets. The previous query's nearest target gives the next one an
            // upper bound close to its answer, and the tree then prunes nearly every cell beyond
            // it: a far island's queries, whose targets all lie at about the same distance, went
            // from ~60 µs to a few each (docs/metrics.md). The bound is the distance to a real
            // target, computed as the tree computes its own, so no value changes.
            let tree = PointTree(targets, spacing: spacing)
            var seed: SIMD3<Int32>?
            for q in open {
                let query = SIMD3(Int32(q.x), Int32(q.y), Int32(q.z))
                let bound = seed.map { min(q.best, tree.squaredDistance(query, $0)) } ?? q.best
                let found = tree.nearest(to: query, below: bound)
                if let point = found.point { seed = point }
                result[q.index] = found.squaredDistance.squareRoot()
            }
        }
        return result
    }
}

/// The box that holds a point set, in grid coordinates.
struct PointBox {
    var low: SIMD3<Int32>, high: SIMD3<Int32>

    /// The squared distance (mm²) from `(x, y, z)` to the box, formed as a point's distance is:
    /// per axis the gap `max(0, low − q, q − high)` in whole voxels, times the spacing, squared,
    /// and summed as `(gᵧ² + g𝓏²) + gₓ²`. Every point of the box is at least that gap away on
    /// every axis, and rounded multiplication and addition are monotone, so the result never
    /// exceeds the computed distance of a point in the box, to the last bit.
    @inline(__always)
    func squaredDistance(_ x: Int, _ y: Int, _ z: Int, spacing: Spacing) -> Double {
        squaredDistance(SIMD3(Int32(x), Int32(y), Int32(z)), spacing: spacing)
    }

    @inline(__always)
    func squaredDistance(_ q: SIMD3<Int32>, spacing: Spacing) -> Double {
        squaredLength(pointwiseMax(pointwiseMax(low &- q, q &- high), .zero), spacing: spacing)
    }
}

/// `((Δy·sᵧ)² + (Δz·s𝓏)²) + (Δx·sₓ)²` of a grid offset, in mm²: the ring search's own order of
/// operations (its `e` plus `(Δx·sₓ)²`), so every path of the search gives the same bits for the
/// same pair of points, and a box's bound is summed as its points' distances are.
@inline(__always)
func squaredLength(_ d: SIMD3<Int32>, spacing: Spacing) -> Double {
    let dy = Double(d.y) * spacing.y, dz = Double(d.z) * spacing.z, dx = Double(d.x) * spacing.x
    return dy * dy + dz * dz + dx * dx
}

extension RowPoints {
    /// The largest x of any point, or -1 for none.
    var maxX: Int { Int(xs.max() ?? -1) }

    /// `rowStart` on the grid of rows padded by `padY` rows on both sides in y and `padZ` in z:
    /// padded row `(y + padY) + (rowsY + 2 padY)·(z + padZ)` holds row `(y, z)`'s points, and
    /// the padding's rows are empty (each starts where the previous one ends).
    func paddedRowStarts(padY: Int, padZ: Int) -> [Int32] {
        let paddedY = rowsY + 2 * padY, paddedZ = rowsZ + 2 * padZ
        var starts = [Int32](repeating: Int32(count), count: paddedY * paddedZ + 1)
        var cursor: Int32 = 0
        for z in 0..<paddedZ {
            let inside = z >= padZ && z < padZ + rowsZ
            for y in 0..<paddedY {
                starts[y + paddedY * z] = cursor
                if inside && y >= padY && y < padY + rowsY { cursor = rowStart[(y - padY) + rowsY * (z - padZ) + 1] }
            }
        }
        return starts
    }

    /// The smallest box that holds every point (only called on a non-empty set).
    var boundingBox: PointBox {
        var low = SIMD3<Int32>(repeating: .max), high = SIMD3<Int32>(repeating: .min)
        for row in 0..<(rowsY * rowsZ) where rowStart[row] < rowStart[row + 1] {
            let y = Int32(row % rowsY), z = Int32(row / rowsY)
            let first = xs[Int(rowStart[row])], last = xs[Int(rowStart[row + 1]) - 1]
            low = pointwiseMin(low, SIMD3(first, y, z))
            high = pointwiseMax(high, SIMD3(last, y, z))
        }
        return PointBox(low: low, high: high)
    }
}

/// The ring search of one query: the rows around it in increasing `e`, until `e ≥ best`.
/// Returns the best squared distance found (∞ when none within the table) and the rows visited.
@inline(__always)
private func nearestRow<Rows: RowLookup>(_ x: Int, _ queryRow: Int, rows: Rows, rings: RowOffsets, delta: [Int], sx: Double) -> (best: Double, visits: Int) {
    var best = Double.infinity, visits = 0
    rings.e.withUnsafeBufferPointer { e in
        delta.withUnsafeBufferPointer { delta in
            for o in 0..<e.count {
                let ring = e[o]
                if ring >= best { break }
                visits &+= 1
                let gap = rows.gap(queryRow &+ delta[o], x)
                if gap < 0 { continue }
                // |Δx| of the row's nearest point: (Δx·sₓ)² is the same for either sign.
                let d = Double(gap) * sx
                best = min(best, ring + d * d)
            }
        }
    }
    return (best, visits)
}

/// How the ring search finds, in one row, the target nearest to a query's x.
protocol RowLookup {
    /// `|x − x′|` for the point x′ of padded row `row` nearest to `x`, or -1 when the row is empty.
    func gap(_ row: Int, _ x: Int) -> Int32
}

/// By binary search in the row's sorted x.
struct SearchedRows: RowLookup {
    let rowStart: UnsafeBufferPointer<Int32>, xs: UnsafeBufferPointer<Int32>

    @inline(__always)
    func gap(_ row: Int, _ x: Int) -> Int32 {
        let first = Int(rowStart[row]), end = Int(rowStart[row &+ 1])
        if first == end { return -1 }
        let qx = Int32(x)
        var lo = first, hi = end
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if xs[mid] < qx { lo = mid &+ 1 } else { hi = mid }
        }
        var gap = Int32.max
        if lo < end { gap = xs[lo] &- qx }
        if lo > first { gap = min(gap, qx &- xs[lo &- 1]) }
        return gap
    }
}

/// For every non-empty row of a point set and every x of the grid, `|x − x′|` for the row's
/// point x′ nearest to x: a row's answer in one load instead of a binary search. Filling it
/// costs a pass over rows × width entries, so `NearestPoints` builds it only when the queries
/// visit enough rows to repay that (on a BraTS-like pair, not on a CT crop widened by a far
/// island: docs/metrics.md).
struct RowGaps {
    /// Per (padded) row, where its `width` gaps begin in `gaps`, or -1 for an empty row.
    private var rowBase: [Int32]
    private var gaps: [Int32]

    /// The entries a table for these rows holds.
    static func entries(rowStart: [Int32], width: Int) -> Int {
        var filled = 0
        for r in 0..<(rowStart.count - 1) where rowStart[r] < rowStart[r + 1] { filled += 1 }
        return filled * width
    }

    init(rowStart: [Int32], xs: [Int32], width: Int) {
        let rows = rowStart.count - 1
        var rowBase = [Int32](repeating: -1, count: rows)
        var filled = 0
        for r in 0..<rows where rowStart[r] < rowStart[r + 1] { rowBase[r] = Int32(filled * width); filled += 1 }
        gaps = [Int32](unsafeUninitializedCapacity: filled * width) { out, initialized in
            for r in 0..<rows where rowBase[r] >= 0 {
                let base = Int(rowBase[r]), end = Int(rowStart[r + 1])
                var j = Int(rowStart[r])
                for x in 0..<width {
                    let x32 = Int32(x)
                    // xs[j]: the row's last point at or before x (or its first); xs[j + 1]: the next.
                    while j + 1 < end && xs[j + 1] <= x32 { j += 1 }
                    var gap = (xs[j] - x32).magnitude
                    if j + 1 < end { gap = min(gap, UInt32(xs[j + 1] - x32)) }
                    out[base + x] = Int32(gap)
                }
            }
            initialized = filled * width
        }
        self.rowBase = rowBase
    }

    struct Rows: RowLookup {
        let rowBase: UnsafeBufferPointer<Int32>, gaps: UnsafeBufferPointer<Int32>

        @inline(__always)
        func gap(_ row: Int, _ x: Int) -> Int32 {
            let base = rowBase[row]
            return base < 0 ? -1 : gaps[Int(base) &+ x]
        }
    }

    func withRows<T>(_ body: (Rows) -> T) -> T {
        rowBase.withUnsafeBufferPointer { rowBase in gaps.withUnsafeBufferPointer { body(Rows(rowBase: rowBase, gaps: $0)) } }
    }
}

/// Row offsets `(Δy, Δz)` sorted by `e = (Δy·sᵧ)² + (Δz·s𝓏)²`: every offset with `e ≤ reach`.
/// A query whose best squared distance is `≤ reach` is settled by these rows alone, because any
/// row left out has `e > reach`.
struct RowOffsets: Sendable {
    let dy: [Int32], dz: [Int32], e: [Double]
    let reach: Double
    /// The largest `|Δy|` and `|Δz|` in the table.
    let maxDy: Int, maxDz: Int

    /// About `count` offsets: a disc of radius `r` with `π r² / (sᵧ s𝓏) ≈ count`, and never
    /// more than `count` rows from the centre along either axis. Without that cap a grid whose
    /// two spacings differ by many orders of magnitude (a damaged header's pixdim of 1e-35 mm
    /// beside 2 mm) asks for a disc of 10¹⁹ rows and never finishes; the radius shrinks instead,
    /// and the queries it no longer covers go to the point tree, exactly.
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
        maxDy = dy.map { Int($0.magnitude) }.max() ?? 0
        maxDz = dz.map { Int($0.magnitude) }.max() ?? 0
        self.reach = reach
    }
}

/// A bounding-volume hierarchy over grid points, for the queries whose nearest target lies
/// beyond the ring table. The points are put in Morton (Z-curve) order by a radix sort; a leaf
/// is a run of `leafSize` consecutive points, which the Z-curve keeps compact in space; every
/// node keeps the tight bounding box of its points, and a node is entered only when that box
/// could hold a closer point, nearer child first.
///
/// Why this and not a k-d tree with median splits: the tree is built for every direction that
/// has far queries, often for a few hundred queries against 100,000 targets, so its build time
/// counts as much as its search. The Morton order costs a few linear passes; median splits cost
/// a quickselect per level, and were a tenth of the CT case's metrics time (docs/metrics.md).
/// Why tight boxes: the far queries are mostly a false-positive island's, tens to hundreds of
/// millimetres from a large surface facing them, whose points all lie at nearly the same
/// distance. A surface patch's own box is thin across the surface, so its bound is close to
/// its points' distances and few leaves are scanned.
struct PointTree {
    private var points: [SIMD3<Int32>] = []
    /// Nodes in pre-order: a node's left child follows it; `right` is its right child's index,
    /// or -1 for a leaf, whose points are `points[first..<end]`.
    private var boxes: [PointBox] = []
    private var right: [Int32] = [], first: [Int32] = [], end: [Int32] = []
    private let spacing: Spacing
    /// Points a leaf holds, scanned one by one: a short scan costs less than the descent and
    /// pruning it replaces.
    private static let leafSize = 32

    init(_ set: RowPoints, spacing: Spacing) {
        self.spacing = spacing
        points = Self.mortonOrdered(set)
        _ = build(0, points.count)
    }

    /// The set's points sorted by their Morton code (bits of x, y and z interleaved), by a
    /// least-significant-digit radix sort on the codes, 8 bits a pass.
    private static func mortonOrdered(_ set: RowPoints) -> [SIMD3<Int32>] {
        var raw: [SIMD3<Int32>] = []
        raw.reserveCapacity(set.count)
        set.forEach { x, y, z, _ in raw.append(SIMD3(Int32(x), Int32(y), Int32(z))) }
        guard raw.count > leafSize else { return raw }
        let box = set.boundingBox
        let lowest = box.low, extent = box.high &- box.low
        let bits = Int32.bitWidth - max(extent.x, extent.y, extent.z).leadingZeroBitCount
        guard bits > 0 else { return raw }
        // A crop wider than 2²¹ voxels keeps its top 21 bits: a coarser order, as exact a search.
        let drop = Int32(max(0, bits - 21))
        // Bit i of v moved to bit 3i (21 bits at most), by the usual five shift-and-mask steps.
        @inline(__always) func spread(_ v: Int32) -> UInt64 {
            var x = UInt64(UInt32(bitPattern: v)) & 0x1F_FFFF
            x = (x | x << 32) & 0x001F_0000_0000_FFFF
            x = (x | x << 16) & 0x001F_0000_FF00_00FF
            x = (x | x << 8) & 0x100F_00F0_0F00_F00F
            x = (x | x << 4) & 0x10C3_0C30_C30C_30C3
            x = (x | x << 2) & 0x1249_2492_4924_9249
            return x
        }
        var keys = raw.map { p -> UInt64 in
            let o = (p &- lowest) &>> drop
            return spread(o.x) | spread(o.y) << 1 | spread(o.z) << 2
        }
        var order = Array(0..<Int32(raw.count))
        var keysOut = keys, orderOut = order
        var count = [Int](repeating: 0, count: 257)
        for shift in stride(from: UInt64(0), to: UInt64(3 * min(bits, 21)), by: 8) {
            keys.withUnsafeBufferPointer { keys in
                order.withUnsafeBufferPointer { order in
                    keysOut.withUnsafeMutableBufferPointer { keysOut in
                        orderOut.withUnsafeMutableBufferPointer { orderOut in
                            count.withUnsafeMutableBufferPointer { count in
                                for d in count.indices { count[d] = 0 }
                                for k in keys { count[Int((k >> shift) & 0xFF) + 1] += 1 }
                                for d in 1...256 { count[d] += count[d - 1] }
                                for i in keys.indices {
                                    let d = Int((keys[i] >> shift) & 0xFF)
                                    keysOut[count[d]] = keys[i]
                                    orderOut[count[d]] = order[i]
                                    count[d] += 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &keysOut)
            swap(&order, &orderOut)
        }
        return order.map { raw[Int($0)] }
    }

    /// Builds the node for `points[lo..<hi]` and its subtree; returns its index.
    private mutating func build(_ lo: Int, _ hi: Int) -> Int {
        let node = right.count
        right.append(-1); first.append(Int32(lo)); end.append(Int32(hi))
        boxes.append(PointBox(low: points[lo], high: points[lo]))
        if hi - lo <= Self.leafSize {
            for i in lo..<hi { boxes[node].low = pointwiseMin(boxes[node].low, points[i]); boxes[node].high = pointwiseMax(boxes[node].high, points[i]) }
            return node
        }
        // Split at a multiple of the leaf size, so that every leaf but the last is full.
        let mid = lo + ((hi - lo) / 2 + Self.leafSize - 1) / Self.leafSize * Self.leafSize
        let left = build(lo, mid), other = build(mid, hi)
        right[node] = Int32(other)
        boxes[node] = PointBox(low: pointwiseMin(boxes[left].low, boxes[other].low), high: pointwiseMax(boxes[left].high, boxes[other].high))
        return node
    }

    /// The nearest point to `query` and its squared distance, when one lies closer than `bound`
    /// (a distance already found elsewhere: the search prunes by it); otherwise `bound` and nil.
    func nearest(to query: SIMD3<Int32>, below bound: Double = .infinity) -> (squaredDistance: Double, point: SIMD3<Int32>?) {
        var best = bound, point: SIMD3<Int32>?
        guard !points.isEmpty else { return (best, point) }
        if boxes[0].squaredDistance(query, spacing: spacing) < best { search(0, query, &best, &point) }
        return (best, point)
    }

    /// The squared distance (mm²) between two grid points, as every path of the search forms it.
    @inline(__always)
    func squaredDistance(_ a: SIMD3<Int32>, _ b: SIMD3<Int32>) -> Double { squaredLength(b &- a, spacing: spacing) }

    /// Searches below `node`, whose box is known to lie closer than `best`.
    private func search(_ node: Int, _ q: SIMD3<Int32>, _ best: inout Double, _ point: inout SIMD3<Int32>?) {
        let other = Int(right[node])
        guard other >= 0 else {
            for i in Int(first[node])..<Int(end[node]) {
                let d = squaredDistance(q, points[i])
                if d < best { best = d; point = points[i] }
            }
            return
        }
        let left = node + 1
        let dLeft = boxes[left].squaredDistance(q, spacing: spacing), dRight = boxes[other].squaredDistance(q, spacing: spacing)
        let (near, far, dFar) = dLeft <= dRight ? (left, other, dRight) : (other, left, dLeft)
        if min(dLeft, dRight) < best { search(near, q, &best, &point) }
        if dFar < best { search(far, q, &best, &point) }
    }
}
