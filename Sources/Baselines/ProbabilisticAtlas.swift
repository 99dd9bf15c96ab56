import NIfTI

/// The probabilistic-atlas baseline: per-voxel label frequencies over the training cases after
/// aligning each case by its body bounding box; a voxel gets the most frequent label of its atlas
/// cell when that label's frequency reaches `threshold`, else background.
///
/// Alignment is the crudest there is, an affine map of each body box onto the unit cube
/// (`BodyBox`), in world coordinates so grids of any spacing and orientation align. It uses no
/// intensity beyond finding the body, so it is nearly blind to the scanner: a reference point
/// that shows how much of a method's score position alone explains.
public struct ProbabilisticAtlas: Baseline, Equatable {
    /// Cells per axis of the unit cube.
    public var resolution: Int
    public var threshold: Double
    public var labels: [UInt8]
    /// Per cell: voxels seen, and per label (in `labels` order) voxels of that label.
    public var seen: [Int]
    public var counts: [[Int]]

    public static func fit(_ cases: [TrainingCase], labels: [UInt8]) throws -> ProbabilisticAtlas {
        try fit(cases, labels: labels, resolution: 32, threshold: 0.5)
    }

    public static func fit(_ cases: [TrainingCase], labels: [UInt8], resolution: Int, threshold: Double) throws -> ProbabilisticAtlas {
        var atlas = ProbabilisticAtlas(resolution: resolution, threshold: threshold, labels: labels,
                                       seen: [Int](repeating: 0, count: resolution * resolution * resolution),
                                       counts: labels.map { _ in [Int](repeating: 0, count: resolution * resolution * resolution) })
        let slot = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset) })
        for c in cases {
            guard let box = BodyBox.find(c.image) else { throw BaselineError(reason: "a training image has no body above its intensity threshold") }
            c.labels.forEachWorldPoint { index, p in
                guard let cell = atlas.cell(box.normalised(p)) else { return }
                atlas.seen[cell] += 1
                if let s = slot[c.labels.voxels[index]] { atlas.counts[s][cell] += 1 }
            }
        }
        return atlas
    }

    func cell(_ u: SIMD3<Double>) -> Int? {
        guard all(u .>= 0) && all(u .<= 1) else { return nil }
        let r = Double(resolution)
        let c = SIMD3<Int>(min(Int(u.x * r), resolution - 1), min(Int(u.y * r), resolution - 1), min(Int(u.z * r), resolution - 1))
        return c.x + resolution * (c.y + resolution * c.z)
    }

    public func predict(_ image: Volume<Float>) -> LabelMap {
        var out = LabelMap(geometry: image.geometry, repeating: 0)
        guard let box = BodyBox.find(image) else { return out }
        // The winning label of every cell, once.
        let winner: [UInt8] = seen.indices.map { cell in
            guard seen[cell] > 0, let best = labels.indices.max(by: { counts[$0][cell] < counts[$1][cell] }) else { return 0 }
            return Double(counts[best][cell]) / Double(seen[cell]) >= threshold ? labels[best] : 0
        }
        image.forEachWorldPoint { index, p in
            if let cell = cell(box.normalised(p)) { out.voxels[index] = winner[cell] }
        }
        return out
    }
}
