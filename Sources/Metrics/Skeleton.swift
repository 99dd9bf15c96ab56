/// Thinning of binary volumes to their centrelines, for clDice.
///
/// `Skeleton.lee` reproduces, voxel for voxel, what scikit-image's `skeletonize` returns for a
/// 3D array (the Lee, Kashyap & Chu 1994 thinning, in skimage's `_skeletonize_lee_cy`, after
/// the ImageJ plugin Skeletonize3D). The algorithm is sequential and its result depends on the
/// order voxels are visited in, so every ordering detail below is skimage's:
///
/// * The array skimage sees is the one nibabel loads, `arr[i, j, k]` of shape (nx, ny, nz),
///   visited in C order: i slowest, k fastest. SegBench stores volumes x-fastest, so the volume
///   is copied into a C-ordered buffer (axis 0 = i, axis 2 = k), padded by one background
///   voxel on every side, and scanned linearly.
/// * A sweep visits six border directions in skimage's order: axis 1 −, axis 1 +, axis 2 +,
///   axis 2 −, axis 0 +, axis 0 − (its borders 4, 3, 2, 1, 5, 6). When the padded axis 0 has
///   length 3 (nx == 1) only the first four are visited, as in skimage.
/// * For one direction, the candidates are the foreground voxels whose neighbour in that
///   direction is background, that are not endpoints (exactly one 26-neighbour), whose removal
///   keeps the Euler characteristic, and that are simple (their foreground 26-neighbours form
///   one 26-connected piece). Candidates are collected first over the unchanged image, then
///   re-checked one by one, in scan order, against the image as it is being thinned; the
///   re-check asks only the connectivity question, so a candidate left with no foreground
///   neighbour is removed too (skimage's behaviour, which can erase flat or tiny objects).
/// * Sweeps repeat until one full sweep removes nothing.
///
/// The Euler test. Lee et al.'s Table 2 (column δG26, the 128-entry table skimage embeds) gives,
/// per octant of the 3×3×3 neighbourhood, the change of the local Euler characteristic when the
/// centre is removed; a voxel passes when the eight octant values sum to zero. Each entry equals
/// 8·(χ(B) − χ(B ∪ centre)) for the octant's background B, with χ the cubical (6-connected)
/// Euler characteristic counted locally (a vertex 1/8, an axis edge 1/4, a square 1/2, the cube 1).
/// Summing that over the eight octants, every term not touching the centre cancels and the
/// condition becomes
///
///     1 − (background face neighbours) + (background squares) − (background octants) = 0,
///
/// where a square is one of the 12 unit squares through the centre (its three other corners
/// background) and an octant is one of the 8 unit cubes at the centre (its seven other corners
/// background). That closed form is what `eulerInvariant` evaluates. While writing it, each of
/// the 8 × 128 octant entries was checked against skimage's table and octant index lists, and
/// the table-driven sum against −8 times the closed form on 200 000 random neighbourhoods; the
/// bit-exact fixture comparison in SkeletonTests covers it since.
public enum Skeleton {
    /// The 3D skeleton of a binary mask (Lee, Kashyap & Chu 1994), as scikit-image's
    /// `skeletonize` computes it for 3D input. `mask` is x-fastest: index = i + nx*(j + ny*k);
    /// shape (nx, ny, nz). Returns a mask of the same layout.
    ///
    /// Equal to `skimage.morphology.skeletonize(arr)` with `arr[i, j, k] = mask[i + nx*(j + ny*k)]`
    /// (the array nibabel loads), including for nz == 1 or nx == 1 (a 3D array with a
    /// length-1 axis). It is not skimage's 2D result: `skeletonize` on a 2D array uses Zhang's
    /// algorithm instead.
    public static func lee(_ mask: [Bool], nx: Int, ny: Int, nz: Int) -> [Bool] {
        precondition(nx >= 0 && ny >= 0 && nz >= 0 && mask.count == nx * ny * nz,
                     "mask has \(mask.count) voxels, shape \(nx)×\(ny)×\(nz)")
        if mask.isEmpty { return mask }
        var thinner = Thinner(mask, nx: nx, ny: ny, nz: nz)
        thinner.run()
        return thinner.result(nx: nx, ny: ny, nz: nz)
    }
}

/// Bit b of a neighbourhood word is the voxel at offset (d0, d1, d2) ∈ {−1, 0, 1}³ with
/// b = 9(d0+1) + 3(d1+1) + (d2+1); bit 13 is the centre.
private enum Neighbourhood {
    static let centre: UInt32 = 1 << 13

    static func bit(_ d0: Int, _ d1: Int, _ d2: Int) -> Int { 9 * (d0 + 1) + 3 * (d1 + 1) + (d2 + 1) }

    static func offset(ofBit b: Int) -> (Int, Int, Int) { (b / 9 - 1, (b / 3) % 3 - 1, b % 3 - 1) }

    /// The six face neighbours.
    static let faces: UInt32 = {
        var m: UInt32 = 0
        for axis in 0..<3 { for s in [-1, 1] { var d = [0, 0, 0]; d[axis] = s; m |= 1 << bit(d[0], d[1], d[2]) } }
        return m
    }()

    /// The 12 unit squares through the centre, each as its three non-centre corners.
    static let squares: [UInt32] = {
        var out: [UInt32] = []
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            for sa in [-1, 1] {
                for sb in [-1, 1] {
                    var m: UInt32 = 0
                    for (ua, ub) in [(sa, 0), (0, sb), (sa, sb)] {
                        var d = [0, 0, 0]; d[a] = ua; d[b] = ub
                        m |= 1 << bit(d[0], d[1], d[2])
                    }
                    out.append(m)
                }
            }
        }
        return out
    }()

    /// The 8 unit cubes at the centre, each as its seven non-centre corners.
    static let octants: [UInt32] = {
        var out: [UInt32] = []
        for s0 in [-1, 1] {
            for s1 in [-1, 1] {
                for s2 in [-1, 1] {
                    var m: UInt32 = 0
                    for u0 in [0, s0] { for u1 in [0, s1] { for u2 in [0, s2] { m |= 1 << bit(u0, u1, u2) } } }
                    out.append(m & ~centre)
                }
            }
        }
        return out
    }()

    /// For each bit, the other non-centre voxels of the 3×3×3 block 26-adjacent to it. Two
    /// neighbours of the centre are 26-adjacent exactly when some octant holds both, so this
    /// is the same connectivity as Lee et al.'s octree labelling.
    static let adjacent: [UInt32] = (0..<27).map { b in
        let (a0, a1, a2) = offset(ofBit: b)
        var m: UInt32 = 0
        for c in 0..<27 where c != b && c != 13 {
            let (c0, c1, c2) = offset(ofBit: c)
            if abs(a0 - c0) <= 1 && abs(a1 - c1) <= 1 && abs(a2 - c2) <= 1 { m |= 1 << c }
        }
        return m
    }

    /// Exactly one foreground voxel besides the centre.
    @inline(__always) static func isEndpoint(_ n: UInt32) -> Bool { n.nonzeroBitCount == 2 }

    /// Removing the centre leaves the (26-connected foreground) Euler characteristic unchanged.
    @inline(__always) static func eulerInvariant(_ n: UInt32) -> Bool {
        let background = ~n
        var sum = 1 - (background & faces).nonzeroBitCount
        for s in squares where background & s == s { sum += 1 }
        for o in octants where background & o == o { sum -= 1 }
        return sum == 0
    }

    /// The foreground voxels around the centre (centre left out) form at most one
    /// 26-connected component.
    @inline(__always) static func isSimple(_ n: UInt32, _ adjacent: UnsafePointer<UInt32>) -> Bool {
        let foreground = n & ~centre
        if foreground == 0 { return true }
        var reached = foreground & (0 &- foreground)
        var frontier = reached
        while frontier != 0 {
            var grown: UInt32 = 0
            var f = frontier
            while f != 0 {
                grown |= adjacent[f.trailingZeroBitCount]
                f &= f &- 1
            }
            frontier = grown & foreground & ~reached
            reached |= frontier
        }
        return reached == foreground
    }
}

private struct Thinner {
    /// C-ordered, padded: (i+1, j+1, k+1) at (i+1)·stride0 + (j+1)·stride1 + (k+1).
    var image: [UInt8]
    let stride0: Int, stride1: Int
    /// Padded indices of the foreground voxels, ascending (= skimage's scan order).
    var foreground: [Int32]
    /// The neighbour in each border direction, in skimage's order.
    let directions: [Int]
    let neighbourOffsets: [Int]

    init(_ mask: [Bool], nx: Int, ny: Int, nz: Int) {
        let stride1 = nz + 2, stride0 = (ny + 2) * (nz + 2)
        self.stride1 = stride1
        self.stride0 = stride0
        let total = (nx + 2) * stride0
        precondition(total <= Int(Int32.max), "volume too large")
        image = [UInt8](repeating: 0, count: total)
        foreground = []
        for i in 0..<nx {
            for j in 0..<ny {
                for k in 0..<nz where mask[i + nx * (j + ny * k)] {
                    let p = (i + 1) * stride0 + (j + 1) * stride1 + (k + 1)
                    image[p] = 1
                    foreground.append(Int32(p))
                }
            }
        }
        let all = [-stride1, stride1, 1, -1, stride0, -stride0]
        directions = nx == 1 ? Array(all.prefix(4)) : all
        neighbourOffsets = (0..<27).map { b in
            let (d0, d1, d2) = Neighbourhood.offset(ofBit: b)
            return d0 * stride0 + d1 * stride1 + d2
        }
    }

    mutating func run() {
        var candidates: [Int32] = []
        let adjacent = Neighbourhood.adjacent
        let offsets = neighbourOffsets
        let directions = self.directions
        var foreground = self.foreground
        defer { self.foreground = foreground }
        image.withUnsafeMutableBufferPointer { img in
            adjacent.withUnsafeBufferPointer { adjBuf in
                offsets.withUnsafeBufferPointer { off in
                    let adj = adjBuf.baseAddress!
                    let img = img.baseAddress!
                    @inline(__always) func neighbourhood(_ p: Int) -> UInt32 {
                        var n: UInt32 = 0
                        for b in 0..<27 where img[p + off[b]] != 0 { n |= 1 << b }
                        return n
                    }
                    var unchanged = 0
                    while unchanged < directions.count {
                        unchanged = 0
                        for step in directions {
                            candidates.removeAll(keepingCapacity: true)
                            for q in foreground {
                                let p = Int(q)
                                if img[p + step] != 0 { continue }
                                let n = neighbourhood(p)
                                if Neighbourhood.isEndpoint(n) || !Neighbourhood.eulerInvariant(n)
                                    || !Neighbourhood.isSimple(n, adj) { continue }
                                candidates.append(q)
                            }
                            var removed = false
                            for q in candidates {
                                let p = Int(q)
                                if Neighbourhood.isSimple(neighbourhood(p), adj) {
                                    img[p] = 0
                                    removed = true
                                }
                            }
                            if removed {
                                foreground.removeAll { img[Int($0)] == 0 }
                            } else {
                                unchanged += 1
                            }
                        }
                    }
                }
            }
        }
    }

    func result(nx: Int, ny: Int, nz: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: nx * ny * nz)
        for q in foreground {
            let p = Int(q)
            let i = p / stride0 - 1, j = (p % stride0) / stride1 - 1, k = p % stride1 - 1
            out[i + nx * (j + ny * k)] = true
        }
        return out
    }
}
