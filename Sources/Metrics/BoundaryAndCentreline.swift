import NIfTI

/// Boundary IoU (Cheng et al. 2021) as MetricsReloaded's `boundary_iou` computes it, with the
/// band width in mm:
///
///     ∂M = M ∖ erode₆(M)   (6-connected inner border; the image edge is outside)
///     M_w = { v ∈ M : d(v, ∂M) < w }   (Euclidean distance between voxel centres, mm)
///     BIoU = |R_w ∩ P_w| / |R_w ∪ P_w|
///
/// MetricsReloaded measures `d` in voxels (it ignores the spacing): on a 1 mm isotropic grid
/// its `boundary_dist` = w gives this value; on other grids this one keeps w in mm.
enum BoundaryIoU {
    static func score(_ crop: StructureCrop, width: Double) -> Double? {
        let r = band(crop.reference, crop, width: width), p = band(crop.prediction, crop, width: width)
        var shared = 0, either = 0
        for v in r.indices where r[v] || p[v] {
            either += 1
            if r[v] && p[v] { shared += 1 }
        }
        return either == 0 ? nil : Double(shared) / Double(either)
    }

    /// The voxels of `mask` closer than `width` mm to its border.
    static func band(_ mask: [Bool], _ crop: StructureCrop, width: Double) -> [Bool] {
        let (nx, ny, nz) = (crop.shape.x, crop.shape.y, crop.shape.z)
        let s = crop.spacing
        // Offsets within the band's reach, by their distance in mm.
        var offsets: [(Int, Int, Int)] = []
        let reach = (0..<3).map { Int((width / s[$0]).rounded(.up)) }
        for dz in -reach[2]...reach[2] {
            for dy in -reach[1]...reach[1] {
                for dx in -reach[0]...reach[0] {
                    let x = Double(dx) * s.x, y = Double(dy) * s.y, z = Double(dz) * s.z
                    if (x * x + y * y + z * z).squareRoot() < width { offsets.append((dx, dy, dz)) }
                }
            }
        }
        var out = [Bool](repeating: false, count: mask.count)
        func inside(_ i: Int, _ j: Int, _ k: Int) -> Bool {
            i >= 0 && i < nx && j >= 0 && j < ny && k >= 0 && k < nz && mask[i + nx * (j + ny * k)]
        }
        for k in 0..<nz {
            for j in 0..<ny {
                for i in 0..<nx where mask[i + nx * (j + ny * k)] {
                    let border = !(inside(i - 1, j, k) && inside(i + 1, j, k) && inside(i, j - 1, k) && inside(i, j + 1, k)
                        && inside(i, j, k - 1) && inside(i, j, k + 1))
                    guard border else { continue }
                    for (dx, dy, dz) in offsets where inside(i + dx, j + dy, k + dz) {
                        out[i + dx + nx * (j + dy + ny * (k + dz))] = true
                    }
                }
            }
        }
        return out
    }
}

/// Centreline Dice (clDice, Shit et al. 2021), as MetricsReloaded's `centreline_dsc` computes it:
///
///     Tprec = |S(P) ∩ R| / |S(P)|,   Tsens = |S(R) ∩ P| / |S(R)|,   clDice = 2·Tprec·Tsens / (Tprec + Tsens)
///
/// with S the 3D skeleton of scikit-image's `skeletonize` (Lee et al. 1994; `Skeleton.lee`).
/// Undefined (`nil`) when either skeleton is empty: an empty mask, or an object of even
/// thickness, whose skeleton Lee's thinning can remove entirely (scikit-image issue 3757).
/// Two disjoint objects score 0 (MetricsReloaded divides 0 by 0 there; panoptica gives 0).
enum CentrelineDice {
    static func score(_ crop: StructureCrop) -> Double? {
        let (nx, ny, nz) = (crop.shape.x, crop.shape.y, crop.shape.z)
        let sr = Skeleton.lee(crop.reference, nx: nx, ny: ny, nz: nz), sp = Skeleton.lee(crop.prediction, nx: nx, ny: ny, nz: nz)
        let skeletonR = sr.filter { $0 }.count, skeletonP = sp.filter { $0 }.count
        guard skeletonR > 0, skeletonP > 0 else { return nil }
        let precision = Double(zip(sp, crop.reference).filter { $0 && $1 }.count) / Double(skeletonP)
        let sensitivity = Double(zip(sr, crop.prediction).filter { $0 && $1 }.count) / Double(skeletonR)
        return precision + sensitivity == 0 ? 0 : 2 * precision * sensitivity / (precision + sensitivity)
    }
}
