/// A NIfTI image in memory: its geometry and its voxels.
///
/// `voxels` holds `channels` consecutive blocks of `geometry.voxelCount` values; within a block
/// voxel `(i, j, k)` sits at `i + nx·(j + ny·k)`. A 3D image has one channel; a 4D image
/// (dim[4] > 1, e.g. the four BraTS sequences stacked) has several.
public struct Volume<Scalar: Sendable>: Sendable {
    public var geometry: Geometry
    public var channels: Int
    public var voxels: [Scalar]

    public init(geometry: Geometry, channels: Int = 1, voxels: [Scalar]) {
        precondition(voxels.count == geometry.voxelCount * channels, "voxel count does not match the geometry")
        self.geometry = geometry
        self.channels = channels
        self.voxels = voxels
    }

    /// A volume of one value on a grid.
    public init(geometry: Geometry, repeating value: Scalar) {
        self.init(geometry: geometry, voxels: [Scalar](repeating: value, count: geometry.voxelCount))
    }

    public var shape: Shape { geometry.shape }
    public var spacing: Spacing { geometry.spacing }

    @inline(__always)
    public func index(_ i: Int, _ j: Int, _ k: Int) -> Int { i + geometry.shape.x * (j + geometry.shape.y * k) }

    public subscript(i: Int, j: Int, k: Int) -> Scalar {
        get { voxels[index(i, j, k)] }
        set { voxels[index(i, j, k)] = newValue }
    }

    /// One channel of a 4D image as a 3D volume.
    public func channel(_ c: Int) -> Volume<Scalar> {
        precondition(c >= 0 && c < channels, "channel \(c) out of 0..<\(channels)")
        let n = geometry.voxelCount
        return Volume(geometry: geometry, voxels: Array(voxels[(c * n)..<((c + 1) * n)]))
    }

    /// The voxel coordinates `(i, j, k)` of a linear index, with the channel appended for 4D images.
    public func coordinates(ofIndex index: Int) -> [Int] {
        Self.voxelCoordinates(index, geometry: geometry, channels: channels)
    }
}

/// A segmentation label map: one byte per voxel, 0 the background. SegBench's label spaces
/// (BTCV 13, AMOS 15, BraTS 4 labels) all fit; a file with a value above 255 is refused
/// with that value and its voxel rather than silently wrapped.
public typealias LabelMap = Volume<UInt8>
