import NIfTI

/// Connected components of a binary mask on a voxel grid, face-connected (6-connectivity in 3D).
///
/// Written by hand: no maintained Swift library labels 3D components, and the algorithm is a
/// breadth-first flood fill over a flat array (each voxel visited once, O(n) time, one `Int32`
/// label per voxel). Used by the baselines to keep the largest component of each organ.
public enum ConnectedComponents {
    /// Component number per voxel (0 outside the mask, 1… inside, in order of first voxel) and
    /// each component's size (index 0 unused).
    public static func label(_ mask: [Bool], shape: Shape) -> (labels: [Int32], sizes: [Int]) {
        precondition(mask.count == shape.x * shape.y * shape.z)
        var labels = [Int32](repeating: 0, count: mask.count)
        var sizes = [0]
        var queue: [Int] = []
        let strideY = shape.x, strideZ = shape.x * shape.y
        for seed in mask.indices where mask[seed] && labels[seed] == 0 {
            let component = Int32(sizes.count)
            labels[seed] = component
            queue.removeAll(keepingCapacity: true)
            queue.append(seed)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                let i = v % shape.x, j = (v / strideY) % shape.y, k = v / strideZ
                // The six face neighbours that exist.
                for (ok, n) in [(i > 0, v - 1), (i < shape.x - 1, v + 1), (j > 0, v - strideY), (j < shape.y - 1, v + strideY),
                                (k > 0, v - strideZ), (k < shape.z - 1, v + strideZ)] where ok && mask[n] && labels[n] == 0 {
                    labels[n] = component
                    queue.append(n)
                }
            }
            sizes.append(queue.count)
        }
        return (labels, sizes)
    }

    /// The mask reduced to its largest component (the first one on a tie); empty stays empty.
    public static func largest(_ mask: [Bool], shape: Shape) -> [Bool] {
        let (labels, sizes) = label(mask, shape: shape)
        guard sizes.count > 1 else { return mask }
        let keep = Int32(sizes.indices.dropFirst().max { sizes[$0] < sizes[$1] }!)
        return labels.map { $0 == keep }
    }
}
