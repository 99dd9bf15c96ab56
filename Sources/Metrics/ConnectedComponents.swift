import NIfTI

/// Which neighbours of a voxel touch it: the 6 that share a face, the 18 that share at least an
/// edge, or the 26 that share at least a corner (scipy's `generate_binary_structure(3, 1|2|3)`,
/// cc3d's `connectivity=6|18|26`).
public enum Connectivity: Int, Sendable, CaseIterable, CustomStringConvertible {
    case faces = 6, edges = 18, vertices = 26

    /// The largest `|dx| + |dy| + |dz|` of a neighbour: 1, 2 or 3.
    var reach: Int { switch self { case .faces: 1; case .edges: 2; case .vertices: 3 } }

    /// The neighbour offsets `(dx, dy, dz)`, or only those that come earlier in raster order
    /// (x fastest), which is all a one-pass labelling needs to look at.
    func offsets(earlierOnly: Bool = false) -> [(Int, Int, Int)] {
        var offsets: [(Int, Int, Int)] = []
        for dz in -1...1 {
            for dy in -1...1 {
                for dx in -1...1 {
                    let taxicab = abs(dx) + abs(dy) + abs(dz)
                    guard taxicab > 0, taxicab <= reach else { continue }
                    let earlier = dz < 0 || (dz == 0 && (dy < 0 || (dy == 0 && dx < 0)))
                    if !earlierOnly || earlier { offsets.append((dx, dy, dz)) }
                }
            }
        }
        return offsets
    }

    public var description: String { String(rawValue) }
}

/// Connected components of a binary mask on a voxel grid.
///
/// Written by hand: no maintained Swift library labels 3D components. The algorithm is the
/// classic two-pass labelling with union–find (Rosenfeld & Pfaltz 1966): the first raster pass
/// gives each voxel the label of an earlier neighbour and records which provisional labels
/// meet; the second pass replaces each by its root. O(n α(n)) time, one `Int32` per voxel.
/// Components are numbered in the order of their first voxel in raster order (x fastest), as
/// cc3d numbers them, so every caller sees the same numbering.
public enum ConnectedComponents {
    /// Component number per voxel (0 outside the mask, 1… inside) and each component's size
    /// (index 0 unused).
    public static func label(_ mask: [Bool], shape: Shape, connectivity: Connectivity = .faces) -> (labels: [Int32], sizes: [Int]) {
        precondition(mask.count == shape.x * shape.y * shape.z)
        // Provisional labels on a grid padded by one voxel on every side, so that no neighbour
        // needs a bounds check: the padding is background and never labelled.
        let padded = PaddedGrid(shape)
        let steps = connectivity.offsets(earlierOnly: true).map { padded.step($0) }
        var provisional = [Int32](repeating: 0, count: padded.count)
        var parent: [Int32] = [0]

        func root(_ a: Int32, _ parent: inout [Int32]) -> Int32 {
            var a = a
            while parent[Int(a)] != a {
                parent[Int(a)] = parent[Int(parent[Int(a)])]   // path halving
                a = parent[Int(a)]
            }
            return a
        }

        mask.withUnsafeBufferPointer { m in
            provisional.withUnsafeMutableBufferPointer { labels in
                for k in 0..<shape.z {
                    for j in 0..<shape.y {
                        let row = shape.x * (j + shape.y * k), paddedRow = padded.index(0, j, k)
                        for i in 0..<shape.x where m[row + i] {
                            let v = paddedRow + i
                            var current: Int32 = 0
                            for step in steps {
                                let other = labels[v + step]
                                guard other != 0 else { continue }
                                let r = root(other, &parent)
                                if current == 0 {
                                    current = r
                                } else if r != current {
                                    // The smaller label becomes the root.
                                    if r < current { parent[Int(current)] = r; current = r } else { parent[Int(r)] = current }
                                }
                            }
                            if current == 0 {
                                current = Int32(parent.count)
                                parent.append(current)
                            }
                            labels[v] = current
                        }
                    }
                }
            }
        }

        // Final numbers in order of each component's first voxel.
        var final = [Int32](repeating: 0, count: parent.count)
        var sizes = [0]
        var labels = [Int32](repeating: 0, count: mask.count)
        for k in 0..<shape.z {
            for j in 0..<shape.y {
                let row = shape.x * (j + shape.y * k), paddedRow = padded.index(0, j, k)
                for i in 0..<shape.x where provisional[paddedRow + i] != 0 {
                    let r = Int(root(provisional[paddedRow + i], &parent))
                    if final[r] == 0 {
                        final[r] = Int32(sizes.count)
                        sizes.append(0)
                    }
                    labels[row + i] = final[r]
                    sizes[Int(final[r])] += 1
                }
            }
        }
        return (labels, sizes)
    }

    /// Each component's bounding box (index 0 unused), in one pass over the labels.
    public static func boxes(_ labels: [Int32], count: Int, shape: Shape) -> [BoundingBox] {
        // Flat per-axis arrays: an array per component per voxel would allocate on every voxel.
        var lower = [Int](repeating: Int.max, count: 3 * count), upper = [Int](repeating: -1, count: 3 * count)
        labels.withUnsafeBufferPointer { l in
            for k in 0..<shape.z {
                for j in 0..<shape.y {
                    let row = shape.x * (j + shape.y * k)
                    for i in 0..<shape.x where l[row + i] != 0 {
                        let c = 3 * Int(l[row + i])
                        if i < lower[c] { lower[c] = i }
                        if i > upper[c] { upper[c] = i }
                        if j < lower[c + 1] { lower[c + 1] = j }
                        if j > upper[c + 1] { upper[c + 1] = j }
                        if k < lower[c + 2] { lower[c + 2] = k }
                        if k > upper[c + 2] { upper[c + 2] = k }
                    }
                }
            }
        }
        return (0..<count).map { BoundingBox(lower: Array(lower[3 * $0..<3 * $0 + 3]), upper: Array(upper[3 * $0..<3 * $0 + 3])) }
    }

    /// The mask reduced to its largest component (the first one on a tie); empty stays empty.
    public static func largest(_ mask: [Bool], shape: Shape, connectivity: Connectivity = .faces) -> [Bool] {
        let (labels, sizes) = label(mask, shape: shape, connectivity: connectivity)
        guard sizes.count > 1 else { return mask }
        let keep = Int32(sizes.indices.dropFirst().max { sizes[$0] < sizes[$1] }!)
        return labels.map { $0 == keep }
    }
}

/// Binary morphology on a voxel grid, with the image edge as background (scipy's
/// `binary_dilation` with `border_value=0`).
public enum Morphology {
    /// `iterations` successive dilations by the cross (`.faces`), the 3×3×3 cube minus its
    /// corners (`.edges`, scipy's `generate_binary_structure(3, 2)`) or the full cube.
    public static func dilate(_ mask: [Bool], shape: Shape, by element: Connectivity, iterations: Int = 1) -> [Bool] {
        guard iterations > 0 else { return mask }
        // On a grid padded by one voxel, so neighbours need no bounds checks; what lands in the
        // padding is cleared after each iteration (outside the image stays background).
        let padded = PaddedGrid(shape)
        let steps = element.offsets().map { padded.step($0) }
        var current = [Bool](repeating: false, count: padded.count)
        for k in 0..<shape.z {
            for j in 0..<shape.y {
                let row = shape.x * (j + shape.y * k), paddedRow = padded.index(0, j, k)
                for i in 0..<shape.x where mask[row + i] { current[paddedRow + i] = true }
            }
        }
        for _ in 0..<iterations {
            var next = current
            current.withUnsafeBufferPointer { from in
                next.withUnsafeMutableBufferPointer { to in
                    for v in padded.interior where from[v] {
                        for step in steps { to[v + step] = true }
                    }
                }
            }
            padded.clearPadding(&next)
            current = next
        }
        var out = [Bool](repeating: false, count: mask.count)
        for k in 0..<shape.z {
            for j in 0..<shape.y {
                let row = shape.x * (j + shape.y * k), paddedRow = padded.index(0, j, k)
                for i in 0..<shape.x { out[row + i] = current[paddedRow + i] }
            }
        }
        return out
    }
}

/// A grid with one voxel of padding on every side, indexed x-fastest: what lets a neighbourhood
/// loop run without bounds checks.
struct PaddedGrid {
    let nx: Int, ny: Int, nz: Int

    init(_ shape: Shape) { (nx, ny, nz) = (shape.x + 2, shape.y + 2, shape.z + 2) }

    var count: Int { nx * ny * nz }
    /// The padded index of unpadded voxel `(i, j, k)`.
    func index(_ i: Int, _ j: Int, _ k: Int) -> Int { (i + 1) + nx * ((j + 1) + ny * (k + 1)) }
    func step(_ offset: (Int, Int, Int)) -> Int { offset.0 + nx * (offset.1 + ny * offset.2) }
    /// From the first to the last interior index (padding in between is skipped by its value).
    var interior: Range<Int> { index(0, 0, 0)..<(index(nx - 3, ny - 3, nz - 3) + 1) }

    func clearPadding(_ grid: inout [Bool]) {
        for k in 0..<nz {
            for j in 0..<ny {
                let row = nx * (j + ny * k)
                if k == 0 || k == nz - 1 || j == 0 || j == ny - 1 {
                    for i in 0..<nx { grid[row + i] = false }
                } else {
                    grid[row] = false
                    grid[row + nx - 1] = false
                }
            }
        }
    }
}
