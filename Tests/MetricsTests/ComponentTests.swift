import Fixtures
import Metrics
import NIfTI
import Testing

/// Connected components and dilation, on masks small enough to count by hand.
@Suite("Connected components and dilation")
struct ComponentTests {
    /// A 6×5×4 grid: a 2×2×2 cube at the origin, a 2×2 patch on the last slice, a voxel sharing
    /// an edge with the cube and one sharing a corner with that voxel and an edge with the patch.
    static func mask() -> (mask: [Bool], shape: Shape, index: (Int, Int, Int) -> Int) {
        let shape = Shape(6, 5, 4)
        var mask = [Bool](repeating: false, count: 120)
        func index(_ i: Int, _ j: Int, _ k: Int) -> Int { i + 6 * (j + 5 * k) }
        for i in 0..<2 { for j in 0..<2 { for k in 0..<2 { mask[index(i, j, k)] = true } } }   // 8 voxels
        for i in 4..<6 { for j in 3..<5 { mask[index(i, j, 3)] = true } }                        // 4 voxels
        mask[index(2, 2, 1)] = true   // shares an edge with (1,1,1)
        mask[index(3, 3, 2)] = true   // shares a corner with (2,2,1)
        return (mask, shape, index)
    }

    @Test("6, 18 and 26 connectivity join exactly the face, edge and corner contacts")
    func connectivity() {
        let (mask, shape, index) = Self.mask()
        let faces = ConnectedComponents.label(mask, shape: shape, connectivity: .faces)
        #expect(faces.sizes == [0, 8, 1, 1, 4])
        #expect(faces.labels[index(2, 2, 1)] == 2 && faces.labels[index(3, 3, 2)] == 3 && faces.labels[index(4, 3, 3)] == 4)
        let edges = ConnectedComponents.label(mask, shape: shape, connectivity: .edges)
        #expect(edges.sizes == [0, 9, 5])
        let vertices = ConnectedComponents.label(mask, shape: shape, connectivity: .vertices)
        // 18 joins (3,3,2) to the patch's (4,3,3) by their edge; 26 also joins it to (2,2,1) by
        // their corner, so everything is one component.
        #expect(vertices.sizes == [0, 14])
        #expect(ConnectedComponents.largest(mask, shape: shape).filter { $0 }.count == 8)
    }

    @Test("Components are numbered by their first voxel in raster order, x fastest")
    func numbering() {
        let shape = Shape(4, 1, 1)
        let (labels, sizes) = ConnectedComponents.label([false, true, false, true], shape: shape, connectivity: .vertices)
        #expect(labels == [0, 1, 0, 2] && sizes == [0, 1, 1])
        // A U shape: its two arms start as two provisional labels and meet on the last row.
        let u = Shape(3, 2, 1)
        let joined = ConnectedComponents.label([true, false, true, true, true, true], shape: u, connectivity: .faces)
        #expect(joined.labels == [1, 0, 1, 1, 1, 1] && joined.sizes == [0, 5])
    }

    @Test("Dilation by the cross, the 18-neighbour element and the cube, once and three times")
    func dilation() {
        let shape = Shape(9, 9, 9)
        var mask = [Bool](repeating: false, count: 729)
        mask[4 + 9 * (4 + 9 * 4)] = true
        // One dilation by the cross: the voxel and its 6 faces (7); by the 18 element: 19; by the cube: 27.
        #expect(Morphology.dilate(mask, shape: shape, by: .faces).filter { $0 }.count == 7)
        #expect(Morphology.dilate(mask, shape: shape, by: .edges).filter { $0 }.count == 19)
        #expect(Morphology.dilate(mask, shape: shape, by: .vertices).filter { $0 }.count == 27)
        // Three dilations by the cube: the 7³ cube. By the 18 element (each step moves ≤ 1 per
        // axis and ≤ 2 in sum): every offset with Chebyshev distance ≤ 3 and taxicab distance
        // ≤ 6, i.e. 7³ less the 8 offsets at taxicab 9, 24 at 8 and 48 at 7 = 263.
        #expect(Morphology.dilate(mask, shape: shape, by: .vertices, iterations: 3).filter { $0 }.count == 343)
        #expect(Morphology.dilate(mask, shape: shape, by: .edges, iterations: 3).filter { $0 }.count == 263)
        // The image edge is background: a corner voxel dilated once by the cube covers 2×2×2.
        var corner = [Bool](repeating: false, count: 729)
        corner[0] = true
        #expect(Morphology.dilate(corner, shape: shape, by: .vertices).filter { $0 }.count == 8)
    }
}

/// A damaged header can pair a voxel size of 1e-35 mm with 2 mm (found by mutating files): the
/// nearest-point search must still finish, and exactly.
@Suite("Spacings many orders of magnitude apart")
struct ExtremeSpacingTests {
    @Test("A 3×3 block shifted one voxel along x on a 1 × 1e-35 × 2 mm grid: HD 1 mm, HD95 1 mm, in milliseconds")
    func extreme() throws {
        let spacing = Spacing(1, 1e-35, 2)
        var reference = Shapes.empty(Shape(8, 8, 4), spacing: spacing), prediction = reference
        for j in 2..<5 { for k in 1..<3 { for i in 2..<5 { reference[i, j, k] = 1; prediction[i + 1, j, k] = 1 } } }
        let clock = ContinuousClock(), start = clock.now
        let s = try Evaluator.score(reference: reference, prediction: prediction, structures: [.label(1)])[0]
        #expect(clock.now - start < .seconds(10))
        // Border voxels of the shifted block lie 0 or 1 mm (one x step) from the other border;
        // the y offsets cost 1e-35 mm each, so the farthest is exactly 1 mm.
        #expect(s.hd == 1 && s.hd95 == 1)
    }

    @Test("Huge spacings (1.3e20 mm along y or z) score without a trap: the ring table's row counts used to overflow Int")
    func huge() throws {
        for spacing in [Spacing(1, 1.3e20, 1), Spacing(1, 1, 1.3e20)] {
            var reference = Shapes.empty(Shape(6, 6, 4), spacing: spacing), prediction = reference
            for j in 1..<4 { for k in 1..<3 { for i in 1..<4 { reference[i, j, k] = 1; prediction[i + 1, j, k] = 1 } } }
            let s = try Evaluator.score(reference: reference, prediction: prediction, structures: [.label(1)])[0]
            #expect(s.hd == 1 && s.hd95 == 1, "\(spacing)")
        }
    }
}
