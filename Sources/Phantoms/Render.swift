import Catalog
import Foundation
import NIfTI

/// Turns an anatomy into a label map and an image on one scanner's grid.
enum Render {
    /// The grid a scanner gives the abdominal field of view.
    ///
    /// The anatomy is laid out with x towards the patient's left, y anterior and z superior, so
    /// the affine is LAS (a common storage order of real abdominal CT): world x = −i·sx + x₀.
    /// The world origin sits at the centre of the field.
    static func grid(_ scanner: ScannerModel, size: PhantomSize) -> Geometry {
        let s = Spacing(scanner.inPlane * size.spacingScale, scanner.inPlane * size.spacingScale, scanner.sliceThickness * size.spacingScale)
        let f = AbdomenAnatomy.field
        let affine = Affine(rows: [[-s.x, 0, 0, f.x / 2], [0, s.y, 0, -f.y / 2], [0, 0, s.z, -f.z / 2], [0, 0, 0, 1]])
        return Geometry(shape: Shape(Int(f.x / s.x), Int(f.y / s.y), Int(f.z / s.z)), spacing: s, affine: affine)
    }

    /// The structures that lie in fat in a real abdomen: the adrenal glands in the perirenal fat,
    /// the oesophagus in the mediastinal fat, the pancreas in the peripancreatic fat. Their own
    /// density is near soft tissue's (32–46 HU against 40), so without the fat they were invisible
    /// under the noise (no method, the atlas included, found an adrenal gland); in CT and MR
    /// alike it is the fat around them that shows their outline.
    static let inFat: Set<String> = ["adrenal_gland_right", "adrenal_gland_left", "esophagus", "pancreas"]
    /// How far the fat reaches beyond such a structure (mm).
    static let fatMargin = 5.0

    /// The tissue of every voxel, as an index into `names`: `air`, `fat` (the subcutaneous
    /// layer, and the fat around the structures of `inFat`), `body` (other soft tissue), then the
    /// organs in painting order. The fat around a structure replaces only soft tissue, never
    /// an organ.
    static func abdomen(_ body: Blob, _ organs: [Blob], on geometry: Geometry) -> (tissue: [UInt8], names: [String]) {
        let n = geometry.shape, s = geometry.spacing
        let names = ["air", "fat", "body"] + organs.map(\.name)
        var tissue = [UInt8](repeating: 0, count: geometry.voxelCount)
        let inner = Blob(name: "inner", centre: body.centre, radii: body.radii - [14, 14, 0])
        let fat = organs.filter { inFat.contains($0.name) }.map {
            Blob(name: $0.name + " fat", centre: $0.centre, radii: $0.radii + fatMargin, wobble: $0.wobble)
        }
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            let p = SIMD3(Double(i) * s.x, Double(j) * s.y, Double(k) * s.z)
            defer { index += 1 }
            // The body is a cylinder along z: its z radius is large, so only x and y matter.
            guard body.contains(p) else { continue }
            tissue[index] = inner.contains(p) ? 2 : 1
            for (o, blob) in organs.enumerated() where blob.contains(p) { tissue[index] = UInt8(o + 3) }
            if tissue[index] == 2, fat.contains(where: { $0.contains(p) }) { tissue[index] = 1 }
        } } }
        return (tissue, names)
    }

    /// The image: tissue means, a smooth bias field, and noise (Gaussian for CT, Rician for MR).
    static func image(_ tissue: [UInt8], names: [String], geometry: Geometry, scanner: ScannerModel,
                      rng: inout SeededGenerator) -> Volume<Int16> {
        let n = geometry.shape
        let means = names.map { (scanner.tissues[$0] ?? 0) + scanner.offset }
        let b = (rng.uniform(-1...1), rng.uniform(-1...1), rng.uniform(-1...1))
        var voxels = [Int16](repeating: 0, count: geometry.voxelCount)
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            let mean = means[Int(tissue[index])]
            var value: Double
            if scanner.modality == "CT" {
                value = mean + scanner.noise * rng.normal()
            } else {
                let u = (Double(i) / Double(n.x) - 0.5, Double(j) / Double(n.y) - 0.5, Double(k) / Double(max(n.z, 1)) - 0.5)
                let field = 1 + scanner.bias * (b.0 * u.0 + b.1 * u.1 + b.2 * u.2 + 0.5 * (u.0 * u.0 - u.1 * u.1))
                let sigma = scanner.noise * scanner.gain
                let re = mean * scanner.gain * field + sigma * rng.normal(), im = sigma * rng.normal()
                value = (re * re + im * im).squareRoot()
            }
            voxels[index] = Int16(clamping: Int(value.rounded()))
            index += 1
        } } }
        return Volume(geometry: geometry, voxels: voxels)
    }
}

/// How large the phantoms are: `small` for tests and the README's main job, `medium` for
/// benchmarks (half the voxel size, eight times the voxels).
public enum PhantomSize: String, Sendable, CaseIterable {
    case small, medium
    var spacingScale: Double { self == .small ? 1 : 0.5 }
}
