import NIfTI

/// One training case of a baseline: an image (first channel, as Float) and its label map, its
/// values already in the label space the split scores.
public struct TrainingCase: Sendable {
    public var image: Volume<Float>
    public var labels: LabelMap
    public init(image: Volume<Float>, labels: LabelMap) {
        self.image = image
        self.labels = labels
    }
}

/// What a baseline fits and predicts with. Models are `Codable` so the runner can keep a
/// trained model in its work folder and train once per (method version, training set).
public protocol Baseline: Codable, Sendable {
    static func fit(_ cases: [TrainingCase], labels: [UInt8]) throws -> Self
    func predict(_ image: Volume<Float>) -> LabelMap
}

public struct BaselineError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

extension Volume {
    /// The world position of every voxel centre, in index order.
    func forEachWorldPoint(_ body: (Int, SIMD3<Double>) -> Void) {
        let n = geometry.shape
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            body(index, geometry.world(SIMD3(Double(i), Double(j), Double(k))))
            index += 1
        } } }
    }
}
