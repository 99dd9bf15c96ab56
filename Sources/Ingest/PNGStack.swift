import Catalog
import Foundation
import NIfTI
import SourceFormats

/// A folder of PNG label slices (CHAOS `Ground/`) turned into a label map on the grid that
/// dcm2niix gave the matching DICOM series.
///
/// The PNGs carry no geometry: each one is the label of one DICOM file. Pairing is by file name
/// where the PNGs mirror the DICOM names (CHAOS MR), else by rank in natural filename order
/// (CHAOS CT, and the T1 phase the PNGs are not named after). Rank pairing is only trusted
/// when the DICOM files, in filename order, run monotonically along the slice normal; that is
/// the slice-order check. Each PNG is then placed by its DICOM file's position, pixel by pixel:
///
///     voxel(r, c) = A⁻¹ · RAS(P + c·Δc·X + r·Δr·Y)
///
/// with P, X, Y, Δr, Δc from ImagePositionPatient, ImageOrientationPatient and PixelSpacing,
/// RAS = (−x, −y, z) of DICOM's LPS, and A the converted volume's affine. Every voxel slice must
/// receive exactly one PNG, and every pixel must land on a voxel centre; whatever dcm2niix did
/// to the axes (flips, reordering), the labels follow the image.
enum PNGStack {
    struct Placed {
        var labels: LabelMap
        var notes: [String]
        var pngFiles: [String]
    }

    static func stack(folder: String, slices: [DICOMSliceHeader], seriesFolder: String, decoder: LabelDecoder,
                      values: [String: UInt8], on geometry: Geometry) throws -> Placed {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.lowercased().hasSuffix(".png") }
        guard !names.isEmpty else { throw SourceFormatError(path: folder, reason: "no PNG label slices") }
        let pngs = DICOMSeries.naturalOrder(names).map { (folder as NSString).appendingPathComponent($0) }
        guard pngs.count == slices.count else {
            throw SourceFormatError(path: folder, reason: "\(pngs.count) PNG slices for \(slices.count) DICOM files in \(seriesFolder)")
        }
        func stem(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        let byStem = Dictionary(slices.map { (stem($0.path), $0) }, uniquingKeysWith: { a, _ in a })
        let byName = pngs.allSatisfy { byStem[stem($0)] != nil }
        let pairs = byName ? pngs.map { ($0, byStem[stem($0)]!) } : Array(zip(pngs, slices))

        // Slice order: positions along the first slice's normal, in the DICOM files' name order.
        let normal = slices[0].normal
        let along = slices.map { ($0.position * normal).sum() }
        let steps = zip(along.dropFirst(), along).map { $0 - $1 }
        let monotone = steps.allSatisfy { $0 > 1e-3 } || steps.allSatisfy { $0 < -1e-3 }
        if !byName && !monotone {
            let bad = steps.firstIndex { ($0 > 0) != (steps[0] > 0) || abs($0) <= 1e-3 } ?? 0
            throw SourceFormatError(path: folder, reason: """
                the PNGs pair with the DICOM files by rank, but the DICOM files in filename order do not run monotonically \
                along the slice normal (\((slices[bad].path as NSString).lastPathComponent) at \(format(along[bad])) mm, \
                \((slices[bad + 1].path as NSString).lastPathComponent) at \(format(along[bad + 1])) mm): the stack's order cannot be trusted
                """)
        }
        let superior = slices.last!.position.z > slices.first!.position.z
        var notes = ["\(pngs.count) PNG slices paired with the DICOM files \(byName ? "by name" : "by rank"); files in name order run "
                     + (superior ? "inferior → superior" : "superior → inferior") + "; placed by ImagePositionPatient"]
        if byName && !monotone { notes.append("the DICOM files' name order is not their position order (pairing by name makes that harmless)") }

        let n = geometry.shape
        var labels = [UInt8](repeating: 0, count: geometry.voxelCount)
        var filled = [String?](repeating: nil, count: n.z)
        // Grey level → label value, once for all 256 levels; unknown levels are tallied per file.
        let code: [UInt8?] = (0..<256).map { grey in grey == 0 ? 0 : decoder.name(ofGrey: grey).flatMap { values[$0] } }
        for (png, slice) in pairs {
            let image = try PNGSlice.read(png)
            guard image.width == slice.columns, image.height == slice.rows else {
                throw SourceFormatError(path: png, reason: "\(image.width)×\(image.height) pixels, but its DICOM slice "
                                        + "\((slice.path as NSString).lastPathComponent) has \(slice.columns)×\(slice.rows)")
            }
            func voxel(_ row: Int, _ column: Int) -> SIMD3<Double>? {
                let p = slice.lps(row: row, column: column)
                return geometry.voxel(atWorld: SIMD3(-p.x, -p.y, p.z))
            }
            // Voxel steps per pixel: one column to the right, one row down.
            guard let origin = voxel(0, 0), let perColumn = voxel(0, 1).map({ $0 - origin }), let perRow = voxel(1, 0).map({ $0 - origin }) else {
                throw SourceFormatError(path: png, reason: "the converted volume's affine is singular")
            }
            // The slice must lie on one voxel slice k, with pixel steps of whole voxels.
            let corners = [origin, origin + perColumn * Double(image.width - 1), origin + perRow * Double(image.height - 1)]
            let onGrid = ([perColumn, perRow] + corners).allSatisfy { v in (0..<3).allSatisfy { abs(v[$0] - v[$0].rounded()) < 0.05 } }
                && abs(perColumn.z) < 0.05 && abs(perRow.z) < 0.05
                && corners.allSatisfy { v in (0..<3).allSatisfy { v[$0].rounded() >= 0 && Int(v[$0].rounded()) < n[$0] } }
            guard onGrid else {
                throw SourceFormatError(path: png, reason: "its DICOM slice \((slice.path as NSString).lastPathComponent) does not fall on the "
                                        + "voxel grid dcm2niix made of \(seriesFolder) (first pixel at voxel \(origin))")
            }
            let k = Int(origin.z.rounded())
            if let other = filled[k] {
                throw SourceFormatError(path: png, reason: "falls on voxel slice \(k), which \((other as NSString).lastPathComponent) already filled")
            }
            filled[k] = png
            let o = SIMD3<Int>(Int(origin.x.rounded()), Int(origin.y.rounded()), k)
            let columnStep = SIMD3<Int>(Int(perColumn.x.rounded()), Int(perColumn.y.rounded()), 0)
            let rowStep = SIMD3<Int>(Int(perRow.x.rounded()), Int(perRow.y.rounded()), 0)
            var unknown: [Int: Int] = [:]
            for row in 0..<image.height { for column in 0..<image.width {
                let grey = Int(image[row, column])
                guard grey != 0 else { continue }
                guard let value = code[grey] else { unknown[grey, default: 0] += 1; continue }
                let v = o &+ columnStep &* column &+ rowStep &* row
                labels[v.x + n.x * (v.y + n.y * v.z)] = value
            } }
            if let (grey, count) = unknown.min(by: { $0.key < $1.key }) {
                throw SourceFormatError(path: png, reason: "grey level \(grey) (\(count) pixels) is in no range of the decoder "
                                        + "(\(decoder.ranges.sorted { $0.value.lowerBound < $1.value.lowerBound }.map { "\($0.key) (\($0.value.lowerBound - 1), \($0.value.upperBound)]" }.joined(separator: ", ")))")
            }
        }
        if let empty = filled.firstIndex(where: { $0 == nil }) {
            throw SourceFormatError(path: folder, reason: "voxel slice \(empty) of the converted series has no PNG")
        }
        return Placed(labels: LabelMap(geometry: geometry, voxels: labels), notes: notes, pngFiles: pngs)
    }

    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
