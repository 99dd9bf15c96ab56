import Foundation

/// The grid a volume lives on: how many voxels, how large, and where they sit in the world.
///
/// Voxel `(i, j, k)` is stored at linear index `i + nx·(j + ny·k)` (NIfTI order, `i` fastest).
/// Its centre lies at world position `affine · (i, j, k, 1)ᵀ` in millimetres.
public struct Geometry: Sendable, Equatable, CustomStringConvertible {
    /// Voxels along each spatial axis `(nx, ny, nz)`; a 2D image has `nz == 1`.
    public var shape: Shape
    /// Voxel size in millimetres along each axis: `|pixdim[1...3]|` scaled by `xyz_units`.
    public var spacing: Spacing
    /// Voxel-to-world transform (row-major 4×4): the sform when its code is > 0, else the
    /// qform when its code is > 0, else the fallback nibabel uses (see `Transforms.bestAffine`).
    public var affine: Affine
    /// The header's two transforms with their codes, kept so a written label map carries the
    /// reference's orientation exactly.
    public var transforms: Transforms

    public init(shape: Shape, spacing: Spacing, affine: Affine? = nil, transforms: Transforms? = nil) {
        self.shape = shape
        self.spacing = spacing
        let diagonal = Affine.diagonal(spacing)
        self.transforms = transforms ?? Transforms(qformCode: 0, qform: diagonal, sformCode: 2, sform: affine ?? diagonal)
        self.affine = affine ?? self.transforms.bestAffine(shape: shape, spacing: spacing)
    }

    /// Three letters naming where each voxel axis points, as nibabel's `aff2axcodes`:
    /// `RAS` means `i` runs towards Right, `j` towards Anterior, `k` towards Superior.
    public var orientation: String { affine.axisCodes }

    /// Number of voxels of one channel.
    public var voxelCount: Int { shape.x * shape.y * shape.z }

    /// Length of the image diagonal in millimetres, `√Σ (n_a · s_a)²`: the BraTS convention's
    /// penalty distance for a missed structure (373.13 mm on 240×240×155 at 1 mm).
    public var diagonalMillimetres: Double {
        let x = Double(shape.x) * spacing.x, y = Double(shape.y) * spacing.y, z = Double(shape.z) * spacing.z
        return (x * x + y * y + z * z).squareRoot()
    }

    /// Whether two geometries describe the same voxel grid: equal shapes, spacings within
    /// `spacingTolerance` mm and affine entries within `affineTolerance` (mm for the offsets).
    /// Scanners and converters round headers differently, so exact float equality is too strict.
    public func isSameGrid(as other: Geometry, spacingTolerance: Double = 1e-4, affineTolerance: Double = 1e-3) -> Bool {
        guard shape == other.shape else { return false }
        for axis in 0..<3 where abs(spacing[axis] - other.spacing[axis]) > spacingTolerance { return false }
        for (a, b) in zip(affine.elements, other.affine.elements) where abs(a - b) > affineTolerance { return false }
        return true
    }

    /// The world position (RAS mm) of a voxel centre: `affine · (i, j, k, 1)ᵀ`. Indices may be
    /// fractional (a centroid).
    public func world(_ voxel: SIMD3<Double>) -> SIMD3<Double> {
        let a = affine.rows
        return SIMD3((0..<3).map { r in a[r][0] * voxel.x + a[r][1] * voxel.y + a[r][2] * voxel.z + a[r][3] })
    }

    /// The (fractional) voxel index of a world position (RAS mm): the inverse of `world`,
    /// through the 3×3 part's adjugate. Nil when the affine is singular.
    public func voxel(atWorld p: SIMD3<Double>) -> SIMD3<Double>? {
        let a = affine.rows
        let m = (0..<3).map { r in SIMD3(a[r][0], a[r][1], a[r][2]) }
        let d = p - SIMD3(a[0][3], a[1][3], a[2][3])
        // The columns of M⁻¹ are the cross products of M's rows, divided by det M.
        func cross(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> SIMD3<Double> {
            SIMD3(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x)
        }
        let c0 = cross(m[1], m[2]), c1 = cross(m[2], m[0]), c2 = cross(m[0], m[1])
        let det = (m[0] * c0).sum()
        guard abs(det) > 1e-12 else { return nil }
        return (c0 * d.x + c1 * d.y + c2 * d.z) / det
    }

    public var description: String {
        "shape \(shape), spacing \(spacing) mm, orientation \(orientation), affine \(affine)"
    }
}

/// Voxels along the three spatial axes.
public struct Shape: Sendable, Hashable, CustomStringConvertible {
    public var x: Int, y: Int, z: Int
    public init(_ x: Int, _ y: Int, _ z: Int) { self.x = x; self.y = y; self.z = z }
    public subscript(axis: Int) -> Int { axis == 0 ? x : axis == 1 ? y : z }
    public var description: String { "\(x)×\(y)×\(z)" }
}

/// Voxel size in millimetres along the three spatial axes.
public struct Spacing: Sendable, Hashable, CustomStringConvertible {
    public var x: Double, y: Double, z: Double
    public init(_ x: Double, _ y: Double, _ z: Double) { self.x = x; self.y = y; self.z = z }
    public subscript(axis: Int) -> Double { axis == 0 ? x : axis == 1 ? y : z }
    public var description: String { "\(format(x))×\(format(y))×\(format(z))" }
}

/// A row-major 4×4 voxel-to-world matrix.
public struct Affine: Sendable, Equatable, CustomStringConvertible {
    /// `rows[r][c]`, the last row `(0, 0, 0, 1)` for a valid header.
    public var rows: [[Double]]
    public init(rows: [[Double]]) { self.rows = rows }

    public static func diagonal(_ spacing: Spacing) -> Affine {
        Affine(rows: [[spacing.x, 0, 0, 0], [0, spacing.y, 0, 0], [0, 0, spacing.z, 0], [0, 0, 0, 1]])
    }

    public var elements: [Double] { rows.flatMap { $0 } }

    /// nibabel's axis codes: for each voxel axis the world axis its direction leans on most,
    /// assigned greedily by largest |component| so no world axis is used twice.
    public var axisCodes: String {
        let letters: [(negative: Character, positive: Character)] = [("L", "R"), ("P", "A"), ("I", "S")]
        var columns = (0..<3).map { c in (0..<3).map { r in rows[r][c] } }
        var codes = [Character](repeating: "?", count: 3)
        for _ in 0..<3 {
            var best: (voxelAxis: Int, worldAxis: Int, magnitude: Double) = (-1, -1, 0)
            for c in 0..<3 where codes[c] == "?" {
                let norm = columns[c].reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard norm > 0 else { continue }
                for r in 0..<3 where abs(columns[c][r]) / norm > best.magnitude {
                    best = (c, r, abs(columns[c][r]) / norm)
                }
            }
            guard best.voxelAxis >= 0 else { break }
            let sign = columns[best.voxelAxis][best.worldAxis]
            codes[best.voxelAxis] = sign > 0 ? letters[best.worldAxis].positive : letters[best.worldAxis].negative
            for c in 0..<3 { columns[c][best.worldAxis] = 0 }
        }
        return String(codes)
    }

    public var description: String {
        "[" + rows.prefix(3).map { "[" + $0.map(format).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
}

/// The qform and sform of a NIfTI header, each with its code (0 = unset, 1 = scanner,
/// 2 = aligned, 3 = Talairach, 4 = MNI, 5 = template).
public struct Transforms: Sendable, Equatable {
    public var qformCode: Int
    public var qform: Affine
    public var sformCode: Int
    public var sform: Affine

    public init(qformCode: Int, qform: Affine, sformCode: Int, sform: Affine) {
        self.qformCode = qformCode; self.qform = qform; self.sformCode = sformCode; self.sform = sform
    }

    /// The affine nibabel's `get_best_affine` returns: the sform when `sform_code > 0`, else the
    /// qform when `qform_code > 0`, else the Analyze-style base affine: x flipped, the volume's
    /// centre voxel `(n − 1)/2` at the origin.
    public func bestAffine(shape: Shape, spacing: Spacing) -> Affine {
        if sformCode > 0 { return sform }
        if qformCode > 0 { return qform }
        let sx = -spacing.x, sy = spacing.y, sz = spacing.z
        let origin = (0..<3).map { Double(shape[$0] - 1) / 2 }
        return Affine(rows: [[sx, 0, 0, -sx * origin[0]], [0, sy, 0, -sy * origin[1]],
                             [0, 0, sz, -sz * origin[2]], [0, 0, 0, 1]])
    }
}

/// Short decimal text for header values: up to six significant digits, no trailing zeros.
func format(_ value: Double) -> String {
    var text = String(format: "%.6g", value)
    if text == "-0" { text = "0" }
    return text
}
