import NIfTI
import Metrics

/// The per-organ intensity baseline. Images are first smoothed (3×3×3 mean: noise σ falls by
/// √27 ≈ 5). Each organ is then the voxels whose intensity lies in the organ's training range
/// (2nd to 98th percentile) and whose position, in body-box coordinates (`BodyBox`), lies in
/// the box that held the organ in training. Where several classes claim a voxel, the one whose
/// training mean is nearest in units of its standard deviation wins; the body's unlabelled
/// tissue is one of those classes, so an organ must look more like itself than like its
/// surroundings. Each organ is finally cleaned to its largest connected component.
///
/// It learns the training scanner's intensities and nothing else, so it is the baseline that
/// shows the domain shift most plainly: fine in distribution, lost on another modality.
public struct IntensityModel: Baseline, Equatable {
    public struct Organ: Codable, Sendable, Equatable {
        public var label: UInt8
        public var low: Float, high: Float
        public var mean: Double, deviation: Double
        /// Body-box coordinates (unit cube) of the organ's extent in training, with a margin.
        public var lower: SIMD3<Double>, upper: SIMD3<Double>
    }
    public var organs: [Organ]

    public static func fit(_ cases: [TrainingCase], labels: [UInt8]) throws -> IntensityModel {
        // Slot 0 is the unlabelled tissue inside the body (label 0), the organs' competitor.
        let labels = [0] + labels
        var values = labels.map { _ in [Float]() }
        var lower = labels.map { _ in SIMD3<Double>(repeating: .infinity) }, upper = labels.map { _ in SIMD3<Double>(repeating: -.infinity) }
        let slot = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset) })
        for c in cases {
            guard let box = BodyBox.find(c.image) else { throw BaselineError(reason: "a training image has no body above its intensity threshold") }
            let image = smoothed(c.image)
            c.labels.forEachWorldPoint { index, p in
                guard let s = slot[c.labels.voxels[index]], s > 0 || c.image.voxels[index] > box.threshold else { return }
                values[s].append(image.voxels[index])
                let u = box.normalised(p)
                lower[s] = pointwiseMin(lower[s], u)
                upper[s] = pointwiseMax(upper[s], u)
            }
        }
        let organs = labels.indices.compactMap { s -> Organ? in
            guard !values[s].isEmpty else { return nil }
            var v = values[s]
            v.sort()
            let mean = v.reduce(0.0) { $0 + Double($1) } / Double(v.count)
            let variance = v.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(v.count)
            let margin = SIMD3<Double>(repeating: 0.03)
            return Organ(label: labels[s], low: v[v.count / 50], high: v[v.count * 49 / 50], mean: mean,
                         deviation: max(variance.squareRoot(), 1e-6), lower: lower[s] - margin, upper: upper[s] + margin)
        }
        return IntensityModel(organs: organs)
    }

    public func predict(_ original: Volume<Float>) -> LabelMap {
        var out = LabelMap(geometry: original.geometry, repeating: 0)
        guard let box = BodyBox.find(original) else { return out }
        let image = smoothed(original)
        image.forEachWorldPoint { index, p in
            let u = box.normalised(p), value = image.voxels[index]
            var best: (label: UInt8, distance: Double)?
            for organ in organs where value >= organ.low && value <= organ.high && all(u .>= organ.lower) && all(u .<= organ.upper) {
                let d = abs(Double(value) - organ.mean) / organ.deviation
                if best == nil || d < best!.distance { best = (organ.label, d) }
            }
            if let best { out.voxels[index] = best.label }
        }
        for organ in organs where organ.label != 0 {
            let kept = ConnectedComponents.largest(out.voxels.map { $0 == organ.label }, shape: image.geometry.shape)
            for index in out.voxels.indices where out.voxels[index] == organ.label && !kept[index] { out.voxels[index] = 0 }
        }
        return out
    }
}

/// The 3×3×3 mean of every voxel (the image edge repeats), as three 1D passes.
func smoothed(_ image: Volume<Float>) -> Volume<Float> {
    let n = image.geometry.shape
    var current = image.voxels, next = image.voxels
    for (axis, stride) in [(0, 1), (1, n.x), (2, n.x * n.y)] {
        let length = n[axis]
        for index in current.indices {
            let position = (index / stride) % length
            let before = position > 0 ? current[index - stride] : current[index]
            let after = position < length - 1 ? current[index + stride] : current[index]
            next[index] = (before + current[index] + after) / 3
        }
        swap(&current, &next)
    }
    return Volume(geometry: image.geometry, voxels: current)
}
