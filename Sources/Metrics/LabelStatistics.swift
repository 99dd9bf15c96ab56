import Foundation
import NIfTI

/// Per-voxel tallies of a (reference, prediction) pair, from one pass over the two arrays.
///
/// The confusion table `C[r][p]` counts voxels with reference label `r` and predicted label `p`;
/// every overlap count of a label or region `S` follows from it:
///
///     TP = Σ_{r∈S, p∈S} C[r][p]     |R| = Σ_{r∈S} Σ_p C[r][p]     |P| = Σ_{p∈S} Σ_r C[r][p]
///     FP = |P| − TP                 FN = |R| − TP
///
/// The same pass records each label's bounding box on both sides, which is where the surface
/// work is later cropped to.
public struct LabelStatistics: Sendable {
    /// `confusion[r * 256 + p]`.
    public var confusion: [Int]
    public var referenceBoxes: [BoundingBox?]
    public var predictionBoxes: [BoundingBox?]

    /// Labels present in either map, background excluded.
    public var presentLabels: [UInt8] {
        (1...255).compactMap { l in referenceBoxes[l] != nil || predictionBoxes[l] != nil ? UInt8(l) : nil }
    }

    public func counts(of structure: Structure) -> OverlapCounts {
        var tp = 0, nRef = 0, nPred = 0
        for r in structure.labels {
            for p in 0..<256 { nRef += confusion[Int(r) * 256 + p] }
            for p in structure.labels { tp += confusion[Int(r) * 256 + Int(p)] }
        }
        for p in structure.labels { for r in 0..<256 { nPred += confusion[r * 256 + Int(p)] } }
        return OverlapCounts(tp: tp, fp: nPred - tp, fn: nRef - tp, reference: nRef, prediction: nPred)
    }

    /// The box around the structure in either map, `nil` when it is absent from both.
    public func unionBox(of structure: Structure) -> BoundingBox? {
        var box: BoundingBox?
        for l in structure.labels {
            for candidate in [referenceBoxes[Int(l)], predictionBoxes[Int(l)]] {
                if let candidate { box = box.map { $0.union(candidate) } ?? candidate }
            }
        }
        return box
    }

    /// Tallies both maps. Rows (fixed j, k) are the unit of work: a row that is background in
    /// both maps is recognised eight bytes at a time, the others are walked as runs of equal
    /// (reference, prediction) pairs, so the table is updated once per run, not once per voxel.
    /// Slabs of slices run in parallel, each with its own table, merged at the end.
    public static func tally(_ reference: LabelMap, _ prediction: LabelMap) -> LabelStatistics {
        let shape = reference.shape
        let rows = shape.y * shape.z
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, rows / 64, 8))
        let partials = UnsafeSendableArray<LabelStatistics>(count: chunks, repeating: .empty)
        reference.voxels.withUnsafeBufferPointer { ref in
            prediction.voxels.withUnsafeBufferPointer { pred in
                let buffers = UnsafeSendable((ref, pred))
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let (ref, pred) = buffers.value
                    let first = rows * chunk / chunks, last = rows * (chunk + 1) / chunks
                    partials[chunk] = tallyRows(ref, pred, shape: shape, rows: first..<last)
                }
            }
        }
        var total = partials[0]
        for chunk in 1..<chunks { total.merge(partials[chunk]) }
        return total
    }

    static let empty = LabelStatistics(confusion: [], referenceBoxes: [], predictionBoxes: [])

    mutating func merge(_ other: LabelStatistics) {
        for i in 0..<confusion.count { confusion[i] += other.confusion[i] }
        for l in 0..<256 {
            referenceBoxes[l] = BoundingBox.union(referenceBoxes[l], other.referenceBoxes[l])
            predictionBoxes[l] = BoundingBox.union(predictionBoxes[l], other.predictionBoxes[l])
        }
    }

    static func tallyRows(_ ref: UnsafeBufferPointer<UInt8>, _ pred: UnsafeBufferPointer<UInt8>, shape: Shape, rows: Range<Int>) -> LabelStatistics {
        let nx = shape.x
        var confusion = [Int](repeating: 0, count: 65536)
        // Bounding boxes as flat arrays (min x, max x, min y, max y, min z, max z) per label.
        var refBox = [Int32](repeating: 0, count: 256 * 6), predBox = refBox
        var refSeen = [Bool](repeating: false, count: 256), predSeen = refSeen
        var background = 0
        let rawRef = UnsafeRawPointer(ref.baseAddress!), rawPred = UnsafeRawPointer(pred.baseAddress!)

        @inline(__always) func note(_ boxes: inout [Int32], _ seen: inout [Bool], _ label: Int, _ x0: Int, _ x1: Int, _ y: Int, _ z: Int) {
            let b = label * 6
            if !seen[label] {
                seen[label] = true
                boxes[b] = Int32(x0); boxes[b + 1] = Int32(x1); boxes[b + 2] = Int32(y); boxes[b + 3] = Int32(y)
                boxes[b + 4] = Int32(z); boxes[b + 5] = Int32(z)
                return
            }
            boxes[b] = min(boxes[b], Int32(x0)); boxes[b + 1] = max(boxes[b + 1], Int32(x1))
            boxes[b + 2] = min(boxes[b + 2], Int32(y)); boxes[b + 3] = max(boxes[b + 3], Int32(y))
            boxes[b + 4] = min(boxes[b + 4], Int32(z)); boxes[b + 5] = max(boxes[b + 5], Int32(z))
        }

        for row in rows {
            let y = row % shape.y, z = row / shape.y
            let start = row * nx
            // Fast path: the whole row is background in both maps.
            var x = 0
            while x + 8 <= nx,
                  rawRef.loadUnaligned(fromByteOffset: start + x, as: UInt64.self) |
                  rawPred.loadUnaligned(fromByteOffset: start + x, as: UInt64.self) == 0 { x += 8 }
            while x < nx, ref[start + x] | pred[start + x] == 0 { x += 1 }
            background += x
            if x == nx { continue }
            // Walk the rest of the row as runs of equal (r, p).
            while x < nx {
                let r = Int(ref[start + x]), p = Int(pred[start + x])
                var end = x + 1
                if r == 0 && p == 0 {
                    while end + 8 <= nx,
                          rawRef.loadUnaligned(fromByteOffset: start + end, as: UInt64.self) |
                          rawPred.loadUnaligned(fromByteOffset: start + end, as: UInt64.self) == 0 { end += 8 }
                }
                while end < nx, Int(ref[start + end]) == r, Int(pred[start + end]) == p { end += 1 }
                confusion[r &* 256 &+ p] &+= end - x
                if r != 0 { note(&refBox, &refSeen, r, x, end - 1, y, z) }
                if p != 0 { note(&predBox, &predSeen, p, x, end - 1, y, z) }
                x = end
            }
        }
        confusion[0] += background
        func boxes(_ flat: [Int32], _ seen: [Bool]) -> [BoundingBox?] {
            (0..<256).map { l in
                guard seen[l] else { return nil }
                let b = l * 6
                return BoundingBox(lower: [Int(flat[b]), Int(flat[b + 2]), Int(flat[b + 4])],
                                   upper: [Int(flat[b + 1]), Int(flat[b + 3]), Int(flat[b + 5])])
            }
        }
        return LabelStatistics(confusion: confusion, referenceBoxes: boxes(refBox, refSeen), predictionBoxes: boxes(predBox, predSeen))
    }
}

/// Overlap counts of one structure.
public struct OverlapCounts: Sendable, Equatable, Codable {
    public var tp: Int, fp: Int, fn: Int
    /// Voxels of the structure in the reference (`TP + FN`) and in the prediction (`TP + FP`).
    public var reference: Int, prediction: Int
}

/// An axis-aligned box of voxels, both corners inclusive.
public struct BoundingBox: Sendable, Equatable {
    public var lower: [Int]
    public var upper: [Int]

    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(lower: zip(lower, other.lower).map { min($0, $1) }, upper: zip(upper, other.upper).map { max($0, $1) })
    }

    static func union(_ a: BoundingBox?, _ b: BoundingBox?) -> BoundingBox? {
        guard let a else { return b }
        guard let b else { return a }
        return a.union(b)
    }

    public var extent: [Int] { zip(lower, upper).map { $1 - $0 + 1 } }
}

extension Volume where Scalar == UInt8 {
    /// Voxels of each non-zero label the map holds.
    public func labelVoxelCounts() -> [UInt8: Int] {
        var histogram = [Int](repeating: 0, count: 256)
        voxels.withUnsafeBufferPointer { for v in $0 { histogram[Int(v)] += 1 } }
        return Dictionary(uniqueKeysWithValues: (1..<256).filter { histogram[$0] > 0 }.map { (UInt8($0), histogram[$0]) })
    }

    /// `labelVoxelCounts` keyed by the label value as text (`"6"`), the shape that JSON
    /// manifests and the case index store.
    public func labelCensus() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: labelVoxelCounts().map { (String($0.key), $0.value) })
    }
}
