import Catalog
import Foundation
import Metrics
import NIfTI

/// The checks ingest makes on a case once its image and label are NIfTI files.
///
/// Each finding names the file it is about. A problem (a label value outside the dataset's map,
/// image and label on different grids, kidneys on the wrong sides) keeps the case from being
/// scored; an empty annotated label is only counted, since real cohorts have them (a
/// cholecystectomy leaves no gallbladder).
struct CaseInspection {
    var labelVoxels: [String: Int] = [:]
    var emptyLabels: [String] = []
    var geometry: Geometry?
    var problems: [String] = []

    init(images: [String: String], label labelPath: String, annotated: [String], dataset: Dataset) {
        let labels: LabelMap
        do { labels = try NIfTI.readLabels(labelPath) } catch {
            problems.append("\(error)")
            return
        }
        geometry = labels.geometry
        let counts = labels.labelVoxelCounts()
        labelVoxels = labels.labelCensus()

        // The label audit: every value must be in the dataset's map (BraTS 2021's 4 is 2023's 3).
        let map = dataset.labelMap.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        for (value, voxels) in counts.sorted(by: { $0.key < $1.key }) where dataset.labelMap[Int(value)] == nil {
            problems.append("\(labelPath): label value \(value) (\(voxels) voxels) is not in \(dataset.name)'s label_map (\(map))")
        }
        let valueOf = dataset.labelValues
        emptyLabels = annotated.filter { name in (valueOf[name].flatMap { counts[$0] } ?? 0) == 0 }

        for (channel, path) in images.sorted(by: { $0.key < $1.key }) {
            do {
                let image = try NIfTI.readHeader(path).geometry
                if !image.isSameGrid(as: labels.geometry) {
                    problems.append("\(path) (channel \(channel)) and \(labelPath) lie on different grids: image \(image); label \(labels.geometry)")
                }
            } catch {
                problems.append("\(error)")
            }
        }
        if let right = valueOf["kidney_right"], let left = valueOf["kidney_left"], annotated.contains("kidney_right"), annotated.contains("kidney_left"),
           let problem = Self.laterality(labels, right: right, left: left, path: labelPath) {
            problems.append(problem)
        }
    }

    /// The right kidney must lie on the patient's right of the left one. In RAS world
    /// coordinates (+x towards the patient's right) its centroid's x is the larger; a label map
    /// or an affine flipped left–right fails this, and with it every laterality-aware score.
    static func laterality(_ labels: LabelMap, right: UInt8, left: UInt8, path: String) -> String? {
        var sums = [SIMD3<Double>](repeating: .zero, count: 2), counts = [0, 0]
        let n = labels.geometry.shape
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            let v = labels.voxels[index]
            index += 1
            guard v == right || v == left else { continue }
            let side = v == right ? 0 : 1
            sums[side] += SIMD3(Double(i), Double(j), Double(k))
            counts[side] += 1
        } } }
        guard counts[0] > 0, counts[1] > 0 else { return nil }
        let x = (0..<2).map { labels.geometry.world(sums[$0] / Double(counts[$0])).x }
        guard x[0] <= x[1] else { return nil }
        return "\(path): the right kidney's centroid lies on the patient's left of the left kidney's "
            + "(RAS x = \(String(format: "%.1f", x[0])) mm vs \(String(format: "%.1f", x[1])) mm): the labels or the affine are flipped left–right"
    }
}
