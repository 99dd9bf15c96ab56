import Catalog
import Foundation
import Metrics
import NIfTI

/// What a clinician would give a promptable or interactive method, simulated from the reference:
/// a box and a point per structure (the prompted protocol), and a correction in plain words
/// after a prediction (the interact step). Both are deterministic: the box jitter comes from a
/// generator seeded by the split's prompt seed, the case and the structure.
enum SimulatedClinician {
    /// A box around each structure present in `reference` (space values), every face moved by
    /// up to `jitter` mm (uniform, seeded), clamped to the volume; and the structure's voxel
    /// nearest its centroid. Each prompt names the structure's labels by `labelNames` (value →
    /// the manifest's label name).
    static func prompts(_ reference: LabelMap, structures: [Structure], labelNames: [UInt8: String], jitter: Double, seed: UInt64,
                        caseName: String) -> [String: Manifest.Prompt] {
        var out: [String: Manifest.Prompt] = [:]
        let shape = reference.shape, spacing = reference.spacing
        for s in structures {
            let member = s.membership
            var lo = [Int.max, Int.max, Int.max], hi = [Int.min, Int.min, Int.min]
            var sum = SIMD3<Double>(0, 0, 0), count = 0
            reference.voxels.withUnsafeBufferPointer { v in
                var index = 0
                for k in 0..<shape.z { for j in 0..<shape.y { for i in 0..<shape.x {
                    if member[Int(v[index])] != 0 {
                        lo = [min(lo[0], i), min(lo[1], j), min(lo[2], k)]
                        hi = [max(hi[0], i), max(hi[1], j), max(hi[2], k)]
                        sum += SIMD3(Double(i), Double(j), Double(k))
                        count += 1
                    }
                    index += 1
                } } }
            }
            guard count > 0 else { continue }
            var generator = SeededGenerator(seed: SeededOrder.hash("\(caseName)/\(s.name)", seed: seed))
            let extent = [shape.x, shape.y, shape.z], step = [spacing.x, spacing.y, spacing.z]
            for axis in 0..<3 {
                let shiftLo = Int(((generator.unit() * 2 - 1) * jitter / step[axis]).rounded())
                let shiftHi = Int(((generator.unit() * 2 - 1) * jitter / step[axis]).rounded())
                lo[axis] = min(max(0, lo[axis] + shiftLo), extent[axis] - 1)
                hi[axis] = max(min(extent[axis] - 1, hi[axis] + shiftHi), lo[axis])
            }
            let centroid = sum / Double(count)
            var best = (distance: Double.infinity, voxel: [0, 0, 0])
            reference.voxels.withUnsafeBufferPointer { v in
                var index = 0
                for k in 0..<shape.z { for j in 0..<shape.y { for i in 0..<shape.x {
                    if member[Int(v[index])] != 0 {
                        let d = SIMD3(Double(i), Double(j), Double(k)) - centroid
                        let squared = (d * d).sum()
                        if squared < best.distance { best = (squared, [i, j, k]) }
                    }
                    index += 1
                } } }
            }
            out[s.name] = Manifest.Prompt(boxVoxels: [lo, hi], pointVoxel: best.voxel, boxJitterMm: jitter,
                                          labels: s.labels.map { labelNames[$0] ?? String($0) })
        }
        return out
    }

    /// One sentence about the worst structure of a prediction (lowest Dice; both maps in space
    /// values on one grid), naming it and the direction, in the patient's terms, to fix it.
    ///
    /// - missing: "The liver is missing; it lies toward the patient's right, anterior."
    /// - spurious: "There is no spleen in this image; remove the 812 voxels labelled spleen."
    /// - under-segmented (|P| < 0.9·|R|): "The liver is under-segmented by 23 %; extend it toward …",
    ///   the direction from the prediction's centroid to the missed voxels' centroid;
    /// - over-segmented (|P| > 1.1·|R|): "… over-segmented by 40 %; remove the part toward …",
    ///   toward the centroid of the false positives;
    /// - else: "The liver's boundary is off toward …", toward the larger of the two error sets.
    static func correction(reference: LabelMap, prediction: LabelMap, structures: [Structure], names: (Structure) -> String) -> String {
        struct Tally { var ref = 0, pred = 0, tp = 0; var fnSum = SIMD3<Double>(), fpSum = SIMD3<Double>(), refSum = SIMD3<Double>(), predSum = SIMD3<Double>() }
        let shape = reference.shape
        var worst: (dice: Double, structure: Structure, tally: Tally)?
        for s in structures {
            let member = s.membership
            var t = Tally()
            var index = 0
            for k in 0..<shape.z { for j in 0..<shape.y { for i in 0..<shape.x {
                let r = member[Int(reference.voxels[index])] != 0, p = member[Int(prediction.voxels[index])] != 0
                if r || p {
                    let x = SIMD3(Double(i), Double(j), Double(k))
                    if r { t.ref += 1; t.refSum += x }
                    if p { t.pred += 1; t.predSum += x }
                    if r && p { t.tp += 1 } else if r { t.fnSum += x } else { t.fpSum += x }
                }
                index += 1
            } } }
            guard t.ref + t.pred > 0 else { continue }
            let dice = 2 * Double(t.tp) / Double(t.ref + t.pred)
            if worst == nil || dice < worst!.dice { worst = (dice, s, t) }
        }
        guard let (dice, s, t) = worst else { return "The segmentation is correct; change nothing." }
        let name = names(s)
        let geometry = reference.geometry
        func direction(from a: SIMD3<Double>, to b: SIMD3<Double>) -> String {
            PatientDirection.words(geometry.world(b) - geometry.world(a))
        }
        let centre = SIMD3(Double(shape.x - 1), Double(shape.y - 1), Double(shape.z - 1)) / 2
        if t.pred == 0 {
            return "The \(name) is missing; it lies toward the patient's \(direction(from: centre, to: t.refSum / Double(t.ref)))."
        }
        if t.ref == 0 {
            return "There is no \(name) in this image; remove the \(t.pred) voxels labelled \(name)."
        }
        if dice >= 0.999 { return "The segmentation is correct; change nothing." }
        let predCentroid = t.predSum / Double(t.pred)
        let fn = t.ref - t.tp, fp = t.pred - t.tp
        let ratio = Double(t.pred) / Double(t.ref)
        if ratio < 0.9, fn > 0 {
            return "The \(name) is under-segmented by \(Int(((1 - ratio) * 100).rounded())) %; extend it toward the patient's "
                + direction(from: predCentroid, to: t.fnSum / Double(fn)) + "."
        }
        if ratio > 1.1, fp > 0 {
            return "The \(name) is over-segmented by \(Int(((ratio - 1) * 100).rounded())) %; remove the part toward the patient's "
                + direction(from: t.refSum / Double(t.ref), to: t.fpSum / Double(fp)) + "."
        }
        let target = fn >= fp ? t.fnSum / Double(max(fn, 1)) : t.fpSum / Double(max(fp, 1))
        return "The \(name)'s boundary is off toward the patient's \(direction(from: predCentroid, to: target)) (Dice \(String(format: "%.2f", dice)))."
    }
}

/// Directions in RAS+ world coordinates in a patient's words.
enum PatientDirection {
    /// The one or two largest components of `v` (a component counts when at least half the
    /// largest): +x right, +y anterior, +z superior.
    static func words(_ v: SIMD3<Double>) -> String {
        let names = [("right", "left"), ("anterior", "posterior"), ("superior", "inferior")]
        let magnitudes = [abs(v.x), abs(v.y), abs(v.z)]
        let largest = magnitudes.max() ?? 0
        guard largest > 0 else { return "centre" }
        let parts = (0..<3).filter { magnitudes[$0] >= largest / 2 }.sorted { magnitudes[$0] > magnitudes[$1] }
            .map { v[$0] >= 0 ? names[$0].0 : names[$0].1 }
        return parts.joined(separator: " and ")
    }
}
