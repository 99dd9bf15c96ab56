import NIfTI

/// A binary mask cut out of a label map around a box, with one voxel of background added on
/// every side. The padding is what makes the image edge count as outside: a voxel on the edge
/// of the image has a background neighbour in the padding, exactly as scipy's erosion with
/// `border_value=0` (MONAI, MedPy, MetricsReloaded) and DeepMind's zero-padded crop see it.
struct PaddedMask {
    /// Padded dimensions (box extent + 2 on each axis).
    let nx: Int, ny: Int, nz: Int
    /// 1 inside, 0 outside; `x + nx·(y + ny·z)`.
    var bits: [UInt8]
    /// Per padded row `(y, z)`, the first and last x of the mask in it, or `(Int32.max, -1)`
    /// when the row holds none: the border and surfel scans visit only that span of a row.
    /// A far false-positive island makes a structure's crop several times as wide as the
    /// structure itself, so most rows are short.
    var rowSpan: [(first: Int32, last: Int32)]

    init(_ map: LabelMap, structure: Structure, box: BoundingBox) {
        let extent = box.extent
        let nx = extent[0] + 2, ny = extent[1] + 2, nz = extent[2] + 2
        (self.nx, self.ny, self.nz) = (nx, ny, nz)
        var bits = HugePages.zeroedBytes(nx * ny * nz)
        var spans = [(first: Int32, last: Int32)](repeating: (.max, -1), count: ny * nz)
        let membership = structure.membership
        // One label (the common case) is a comparison the compiler vectorizes; a region looks
        // each voxel up in its membership table.
        let single: UInt8? = structure.labels.count == 1 ? structure.labels[0] : nil
        let sx = map.shape.x, sy = map.shape.y
        map.voxels.withUnsafeBufferPointer { source in
            membership.withUnsafeBufferPointer { member in
                bits.withUnsafeMutableBufferPointer { out in
                    for z in 0..<extent[2] {
                        for y in 0..<extent[1] {
                            let from = box.lower[0] + sx * (box.lower[1] + y + sy * (box.lower[2] + z))
                            let to = 1 + nx * (y + 1 + ny * (z + 1))
                            let row = source.baseAddress! + from, padded = out.baseAddress! + to
                            var any: UInt8 = 0
                            if let single {
                                for x in 0..<extent[0] {
                                    let b: UInt8 = row[x] == single ? 1 : 0
                                    padded[x] = b
                                    any |= b
                                }
                            } else {
                                for x in 0..<extent[0] {
                                    let b = member[Int(row[x])]
                                    padded[x] = b
                                    any |= b
                                }
                            }
                            guard any != 0 else { continue }
                            var first = to, last = to + extent[0] - 1
                            while out[first] == 0 { first += 1 }
                            while out[last] == 0 { last -= 1 }
                            spans[(y + 1) + ny * (z + 1)] = (Int32(first - to + 1), Int32(last - to + 1))
                        }
                    }
                }
            }
        }
        self.bits = bits
        self.rowSpan = spans
    }
}

/// Points of a regular grid grouped by row: the points of row `(y, z)` have x-coordinates
/// `xs[rowStart[r] ..< rowStart[r + 1]]` in increasing order, `r = y + rows.y · z`.
/// Grouping by row is what makes the nearest-point search cheap (see `NearestPoints`).
struct RowPoints: Sendable {
    /// Rows along y and z.
    let rowsY: Int, rowsZ: Int
    var rowStart: [Int32]
    var xs: [Int32]
    /// Optional weight per point (a surfel's area), in the order of `xs`.
    var weights: [Double]

    var count: Int { xs.count }

    /// Calls `body(x, y, z, pointIndex)` for every point in row order.
    @inline(__always)
    func forEach(_ body: (Int, Int, Int, Int) -> Void) {
        for row in 0..<(rowsY * rowsZ) {
            let y = row % rowsY, z = row / rowsY
            for p in Int(rowStart[row])..<Int(rowStart[row + 1]) { body(Int(xs[p]), y, z, p) }
        }
    }
}

extension PaddedMask {
    /// Border voxels: voxels of the mask with at least one of their six face neighbours
    /// outside, `m ∧ ¬(m₋ₓ ∧ m₊ₓ ∧ m₋ᵧ ∧ m₊ᵧ ∧ m₋𝓏 ∧ m₊𝓏)`, in padded coordinates.
    ///
    /// A planar image (one slice) is scored in 2D: four in-plane neighbours, since the
    /// slices above and below do not exist rather than being background.
    func borderVoxels(planar: Bool = false) -> RowPoints {
        var rowStart = [Int32](repeating: 0, count: ny * nz + 1)
        var xs: [Int32] = []
        bits.withUnsafeBufferPointer { m in
            for z in 0..<nz {
                for y in 0..<ny {
                    let row = y + ny * z
                    let span = rowSpan[row]
                    if span.last >= 0 {
                        let o = nx * row
                        // Rows next to an occupied row are inside the padding, so the indices exist.
                        let ym = o - nx, yp = o + nx, zm = o - nx * ny, zp = o + nx * ny
                        for x in Int(span.first)...Int(span.last) where m[o + x] != 0 {
                            var interior = m[o + x - 1] & m[o + x + 1] & m[ym + x] & m[yp + x]
                            if !planar { interior &= m[zm + x] & m[zp + x] }
                            if interior == 0 { xs.append(Int32(x)) }
                        }
                    }
                    rowStart[row + 1] = Int32(xs.count)
                }
            }
        }
        return RowPoints(rowsY: ny, rowsZ: nz, rowStart: rowStart, xs: xs, weights: [])
    }

    /// Surfels: corner-grid points whose eight surrounding voxels are neither all inside nor all
    /// outside, each weighted by its surface area (`SurfelAreas`). Corner `(i, j, k)` lies between
    /// padded voxels `i` and `i + 1` (and likewise in y, z); there are `n − 1` corners per axis.
    func surfels(areas: [Double]) -> RowPoints {
        let cy = ny - 1, cz = nz - 1
        var rowStart = [Int32](repeating: 0, count: cy * cz + 1)
        var xs: [Int32] = [], weights: [Double] = []
        var nibbles = [UInt8](repeating: 0, count: nx)
        bits.withUnsafeBufferPointer { m in
            for k in 0..<cz {
                for j in 0..<cy {
                    let row = j + cy * k
                    let r00 = j + ny * k, r01 = j + ny * (k + 1), r10 = (j + 1) + ny * k, r11 = (j + 1) + ny * (k + 1)
                    let first = min(rowSpan[r00].first, rowSpan[r01].first, rowSpan[r10].first, rowSpan[r11].first)
                    let last = max(rowSpan[r00].last, rowSpan[r01].last, rowSpan[r10].last, rowSpan[r11].last)
                    if last >= 0 {
                        // The 4-bit pattern of one x-plane of the cube: bit 3 − (2b + c) for (b, c).
                        // It is 0 outside the four rows' span, and so is every corner code
                        // outside corners first − 1 … last (corner i lies between voxels i, i + 1).
                        let o00 = nx * r00, o01 = nx * r01, o10 = nx * r10, o11 = nx * r11
                        let low = Int(first) - 1, high = Int(last)
                        for i in low...(high + 1) {
                            nibbles[i] = m[o00 + i] << 3 | m[o01 + i] << 2 | m[o10 + i] << 1 | m[o11 + i]
                        }
                        for i in low...high {
                            let code = Int(nibbles[i]) << 4 | Int(nibbles[i + 1])
                            if code != 0 && code != 255 { xs.append(Int32(i)); weights.append(areas[code]) }
                        }
                    }
                    rowStart[row + 1] = Int32(xs.count)
                }
            }
        }
        return RowPoints(rowsY: cy, rowsZ: cz, rowStart: rowStart, xs: xs, weights: weights)
    }
}

extension PaddedMask {
    /// Surfels of a volume, or contour points of a one-slice image, weighted by `weights[code]`
    /// (`SurfelAreas.table` or `SurfelAreas.contourLengths` for the same spacing).
    func surfacePoints(weights: [Double], planar: Bool) -> RowPoints {
        planar ? contourPoints(lengths: weights) : surfels(areas: weights)
    }

    /// The 2D counterpart of `surfels` for a one-slice image: corner points of the slice whose
    /// 2×2 neighbourhood is mixed, weighted by their contour length (`SurfelAreas.contourLengths`).
    /// Code bit `3 − (2a + b)` holds voxel `(i − 1 + a, j − 1 + b)`, as DeepMind's 2D kernel.
    func contourPoints(lengths: [Double]) -> RowPoints {
        let cy = ny - 1, z = 1
        var rowStart = [Int32](repeating: 0, count: cy + 1)
        var xs: [Int32] = [], weights: [Double] = []
        var pairs = [UInt8](repeating: 0, count: nx)
        bits.withUnsafeBufferPointer { m in
            for j in 0..<cy {
                let r0 = j + ny * z, r1 = (j + 1) + ny * z
                let first = min(rowSpan[r0].first, rowSpan[r1].first), last = max(rowSpan[r0].last, rowSpan[r1].last)
                if last >= 0 {
                    // As in `surfels`: outside corners first − 1 … last every code is 0.
                    let o0 = nx * r0, o1 = nx * r1
                    let low = Int(first) - 1, high = Int(last)
                    for i in low...(high + 1) { pairs[i] = m[o0 + i] << 1 | m[o1 + i] }
                    for i in low...high {
                        let code = Int(pairs[i]) << 2 | Int(pairs[i + 1])
                        if code != 0 && code != 15 { xs.append(Int32(i)); weights.append(lengths[code]) }
                    }
                }
                rowStart[j + 1] = Int32(xs.count)
            }
        }
        return RowPoints(rowsY: cy, rowsZ: 1, rowStart: rowStart, xs: xs, weights: weights)
    }
}
