import Fixtures
import NIfTI
import Testing
@testable import Metrics

/// The nearest-point search has two exact paths, the ring table and the point tree; how many rows
/// the table holds decides only which path answers a query. Whatever the table's size, every
/// distance must equal a brute-force minimum to the last bit.
@Suite("Nearest points: ring table and point tree give the brute-force distances to the bit")
struct NearestPointTests {
    /// A sphere against a speckled copy of itself (as an undertrained network predicts): the
    /// speckles' nearest reference border lies anywhere from 1 voxel to across the grid.
    static func speckledPair(spacing: Spacing) -> (reference: LabelMap, prediction: LabelMap) {
        var reference = Shapes.empty(Shape(40, 36, 24), spacing: spacing)
        Shapes.paintEllipsoid(&reference, label: 1, centre: [14, 18, 12], radii: [8, 6, 5])
        let prediction = Shapes.speckled(Shapes.shifted(reference, by: [1, 0, 0]), label: 1, fraction: 0.01)
        return (reference, prediction)
    }

    /// `min over targets of ((Δy·sᵧ)² + (Δz·s𝓏)²) + (Δx·sₓ)²`, the search's own order of operations.
    static func bruteForce(from queries: RowPoints, to targets: RowPoints, spacing: Spacing) -> [Double] {
        var points: [(Int, Int, Int)] = []
        targets.forEach { x, y, z, _ in points.append((x, y, z)) }
        var result = [Double](repeating: 0, count: queries.count)
        queries.forEach { x, y, z, index in
            var best = Double.infinity
            for (tx, ty, tz) in points {
                let dy = Double(ty - y) * spacing.y, dz = Double(tz - z) * spacing.z, dx = Double(tx - x) * spacing.x
                best = min(best, (dy * dy + dz * dz) + dx * dx)
            }
            result[index] = best.squareRoot()
        }
        return result
    }

    @Test("Every table size, isotropic and anisotropic spacing, border voxels and surfels both ways",
          arguments: [Spacing(1.5, 1.5, 1.5), Spacing(0.8, 0.8, 2.5), Spacing(0.7, 1.9, 3.3)])
    func tableSizeChangesNoValue(spacing: Spacing) throws {
        let (reference, prediction) = Self.speckledPair(spacing: spacing)
        let statistics = LabelStatistics.tally(reference, prediction)
        let structure = Structure.label(1)
        let box = try #require(statistics.unionBox(of: structure))
        let r = PaddedMask(reference, structure: structure, box: box), p = PaddedMask(prediction, structure: structure, box: box)
        let areas = SurfelAreas.table(for: spacing)
        let pairs = [(p.borderVoxels(planar: false), r.borderVoxels(planar: false)), (r.borderVoxels(planar: false), p.borderVoxels(planar: false)),
                     (p.surfacePoints(weights: areas, planar: false), r.surfacePoints(weights: areas, planar: false)),
                     (r.surfacePoints(weights: areas, planar: false), p.surfacePoints(weights: areas, planar: false))]
        for (n, (queries, targets)) in pairs.enumerated() {
            let exact = Self.bruteForce(from: queries, to: targets, spacing: spacing)
            // From the speckles to the reference: far queries, so the tree is exercised.
            if n % 2 == 0 { #expect(exact.contains { $0 > 10 }, "no far query") }
            // 1 row: the tree answers nearly everything; 2048: the table does.
            // Each row by binary search, by the gap table, and as the search chooses.
            for rows in [1, 9, 64, 2048] {
                for search in [NearestPoints.RowSearch.adaptive, .binary, .table] {
                    let found = NearestPoints.distances(from: queries, to: targets, spacing: spacing,
                                                        rings: RowOffsets(spacing: spacing, count: rows), rowSearch: search)
                    #expect(found == exact, "table of \(rows) rows, \(search): \(zip(found, exact).filter { $0 != $1 }.prefix(3))")
                }
            }
        }
    }
}
