import Foundation

/// The geometry of a header, computed from its own fields exactly as nibabel 5 computes it
/// (`Nifti1Header.get_best_affine`, `get_zooms`, after the checks nibabel runs on load), with
/// every field that would make it meaningless refused by name.
///
/// - Codes: nibabel resets a `qform_code`/`sform_code` outside 0...5 to 0; so does SegBench.
/// - Affine: the sform when `sform_code ≠ 0`, else the qform when `qform_code ≠ 0`, else the
///   Analyze base affine (x flipped, centre voxel `(n − 1)/2` at the origin).
/// - Non-finite sform (`srow_*`) or quaternion/offset fields of the transform in use are refused,
///   naming the field. A qform whose `b² + c² + d²` exceeds 1 (beyond float32 precision, as
///   nibabel's `fillpositive`) is refused when used; when the sform is in use, an invalid or
///   non-finite qform is dropped (its code set to 0), as it plays no part in the geometry.
/// - pixdim: a spatial axis that exists (1...min(dim[0], 3)) needs a finite, non-zero pixdim
///   (nibabel would silently take 0 as 1 mm); pixdim[1...3] must be finite in any case.
///   Negative values count by their magnitude (nibabel's fix). pixdim[0] (qfac) is −1 or else 1.
/// - Spacing: |pixdim[1...3]| scaled by `xyz_units` (metres ×1000, microns ×0.001, else mm),
///   1 for axes beyond dim[0]. nibabel's `get_zooms` does not scale by the unit; its affine does
///   not either, and neither does SegBench's.
enum HeaderGeometry {
    static func geometry(of raw: RawHeader, path: String) throws -> Geometry {
        let ndim = raw.dims[0]
        func refuse(_ why: String) -> NIfTIError { NIfTIError(path: path, problem: .invalidHeader(why)) }

        // pixdim, after nibabel's fixes (0 → 1, negative → magnitude), for axes 1...3.
        var zooms = [Double](repeating: 1, count: 3)
        for axis in 1...3 {
            let p = raw.pixdim[axis]
            guard p.isFinite else { throw refuse("pixdim[\(axis)] = \(p); voxel sizes must be finite") }
            if axis <= ndim && p == 0 {
                throw refuse("pixdim[\(axis)] = 0; axis \(axis) has \(raw.dims[axis]) voxel(s) and needs a voxel size (nibabel would take 1 mm)")
            }
            zooms[axis - 1] = p == 0 ? 1 : abs(p)
        }
        let unit: Double
        switch raw.xyzUnits & 0x07 {
        case 1: unit = 1000      // NIFTI_UNITS_METER
        case 3: unit = 0.001     // NIFTI_UNITS_MICRON
        default: unit = 1        // mm, or unset (nibabel and every viewer assume mm)
        }
        let spacing = Spacing(zooms[0] * unit, ndim > 1 ? zooms[1] * unit : 1, ndim > 2 ? zooms[2] * unit : 1)
        let shape = Shape(raw.dims[1], ndim > 1 ? raw.dims[2] : 1, ndim > 2 ? raw.dims[3] : 1)

        let sformCode = (0...5).contains(raw.sformCode) ? raw.sformCode : 0
        var qformCode = (0...5).contains(raw.qformCode) ? raw.qformCode : 0

        var sform = Affine.diagonal(Spacing(zooms[0], zooms[1], zooms[2]))
        if sformCode != 0 {
            let names = ["srow_x", "srow_y", "srow_z"]
            for r in 0..<3 {
                for c in 0..<4 where !raw.srow[r][c].isFinite {
                    throw refuse("\(names[r])[\(c)] = \(raw.srow[r][c]) with sform_code = \(sformCode); the sform must be finite")
                }
            }
            sform = Affine(rows: raw.srow + [[0, 0, 0, 1]])
        }

        var qform = sform
        if qformCode != 0 {
            switch qformMatrix(raw, zooms: zooms) {
            case .success(let matrix): qform = matrix
            case .failure(let why):
                if sformCode == 0 { throw refuse("\(why) with qform_code = \(qformCode)") }
                qformCode = 0  // not used by the geometry: dropped rather than kept broken
            }
        }

        let affine: Affine
        if sformCode != 0 {
            affine = sform
        } else if qformCode != 0 {
            affine = qform
        } else {
            // nibabel's shape_zoom_affine over dim[1...ndim], pixdim[1...ndim] (missing axes 1).
            let n = (0..<3).map { Double($0 < ndim ? raw.dims[$0 + 1] : 1) }
            let z = (0..<3).map { $0 < ndim ? zooms[$0] : 1 }
            let sx = -z[0]
            affine = Affine(rows: [[sx, 0, 0, -sx * (n[0] - 1) / 2], [0, z[1], 0, -z[1] * (n[1] - 1) / 2],
                                   [0, 0, z[2], -z[2] * (n[2] - 1) / 2], [0, 0, 0, 1]])
        }
        let transforms = Transforms(qformCode: qformCode, qform: qformCode != 0 ? qform : affine,
                                    sformCode: sformCode, sform: sformCode != 0 ? sform : affine)
        return Geometry(shape: shape, spacing: spacing, affine: affine, transforms: transforms)
    }

    struct Invalid: Error { let why: String; init(_ why: String) { self.why = why } }

    /// nibabel's `get_qform`: the rotation from the quaternion (b, c, d) with
    /// `a = √(1 − b² − c² − d²)` (0 within 3 epsilons of float32 for NIfTI-1, float64 for NIfTI-2), scaled by the zooms, the last by qfac.
    static func qformMatrix(_ raw: RawHeader, zooms: [Double]) -> Result<Affine, Invalid> {
        let names = ["quatern_b", "quatern_c", "quatern_d", "qoffset_x", "qoffset_y", "qoffset_z"]
        for (name, value) in zip(names, raw.quatern + raw.qoffset) where !value.isFinite {
            return .failure(Invalid("\(name) = \(value); the qform must be finite"))
        }
        let (x, y, z) = (raw.quatern[0], raw.quatern[1], raw.quatern[2])
        let w2 = 1 - (x * x + y * y + z * z)
        // nibabel's quaternion_threshold: 3 epsilons of the header's real type.
        let threshold = raw.version == 1 ? Double(Float.ulpOfOne) * 3 : Double.ulpOfOne * 3
        let w: Double
        if abs(w2) < threshold {
            w = 0
        } else if w2 < 0 {
            return .failure(Invalid("quatern_b² + quatern_c² + quatern_d² = \(format(1 - w2)) > 1; not a rotation"))
        } else {
            w = w2.squareRoot()
        }
        // quat2mat
        let nq = w * w + x * x + y * y + z * z
        var r: [[Double]]
        if nq < Double.ulpOfOne {
            r = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        } else {
            let s = 2.0 / nq
            let (bx, by, bz) = (x * s, y * s, z * s)
            let (wX, wY, wZ) = (w * bx, w * by, w * bz)
            let (xX, xY, xZ) = (x * bx, x * by, x * bz)
            let (yY, yZ, zZ) = (y * by, y * bz, z * bz)
            r = [[1.0 - (yY + zZ), xY - wZ, xZ + wY],
                 [xY + wZ, 1.0 - (xX + zZ), yZ - wX],
                 [xZ - wY, yZ + wX, 1.0 - (xX + yY)]]
        }
        let qfac: Double = raw.pixdim[0] == -1 ? -1 : 1
        let scale = [zooms[0], zooms[1], zooms[2] * qfac]
        for row in 0..<3 { for c in 0..<3 { r[row][c] *= scale[c] } }
        return .success(Affine(rows: (0..<3).map { r[$0] + [raw.qoffset[$0]] } + [[0, 0, 0, 1]]))
    }
}
