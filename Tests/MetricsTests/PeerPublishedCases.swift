import Fixtures
import Metrics
import NIfTI
import Testing

/// The peers' own published test cases (../shared/reference/peer-test-cases.md), rebuilt here.
/// MONAI calls its first argument `y_pred` and the second `y`: "directed" is prediction → reference.
@Suite("MONAI published cases")
struct MONAICases {
    func spheres(_ predRadius: Double, _ predCentre: [Double], _ refRadius: Double, _ refCentre: [Double],
                 spacing: Spacing = Spacing(1, 1, 1)) throws -> StructureScore {
        let pred = Shapes.sphere(radius: predRadius, centre: predCentre, spacing: spacing)
        let ref = Shapes.sphere(radius: refRadius, centre: refCentre, spacing: spacing)
        return try scoreOne(ref, pred)
    }

    @Test("M1/S1: a sphere against itself has every distance 0")
    func identical() throws {
        let s = try spheres(20, [49, 49, 49], 20, [49, 49, 49])
        #expect(s.hd == 0 && s.hd95 == 0 && s.assd == 0 && s.predictionToReference?.mean == 0)
        #expect(s.dice == 1 && s.nsd?[1] == 1)
    }

    @Test("M2: spheres one voxel apart on each axis")
    func shifted() throws {
        let s = try spheres(20, [20, 20, 20], 20, [19, 19, 19])
        expectClose(s.hd, 1.7320508075688772)
        expectClose(s.predictionToReference?.max, 1.7320508075688772)
    }

    @Test("M3 and S3: large spheres one voxel apart")
    func largeShift() throws {
        let s = try spheres(33, [19, 33, 22], 33, [20, 33, 22])
        expectClose(s.hd, 1)
        expectClose(s.predictionToReference?.max, 1)
        expectClose(s.assd, 0.350217)
        expectClose(s.predictionToReference?.mean, 0.3483278807706289)
    }

    @Test("M4, M7, S4: r20 inside r40, clipped by the volume")
    func nested() throws {
        let s = try spheres(20, [20, 33, 22], 40, [20, 33, 22])
        expectClose(s.predictionToReference?.max, 20.09975124224178)
        expectClose(s.hd, 20.223748416156685)
        expectClose(s.predictionToReference?.p95, 19.924858845171276)
        expectClose(s.hd95, 20.09975124224178)
        expectClose(s.assd, 15.117741)
        expectClose(s.predictionToReference?.mean, 12.040033513150455)
    }

    @Test("M8, M9, S9: spheres built and measured with spacing (0.85, 1.2, 0.9)")
    func spacing() throws {
        let spacing = Spacing(0.85, 1.2, 0.9)
        let shift = try spheres(20, [20, 20, 20], 20, [19, 19, 19], spacing: spacing)
        expectClose(shift.predictionToReference?.max, 2.0808651447296143)
        expectClose(shift.hd, 2.2671568)
        let nested = try spheres(15, [20, 33, 22], 30, [20, 33, 22], spacing: spacing)
        expectClose(nested.predictionToReference?.max, 15.439640998840332)
        expectClose(nested.hd, 15.62594)
        let near = try spheres(33, [42, 45, 52], 33, [43, 45, 52], spacing: spacing)
        expectClose(near.assd, 0.4951, 1e-4)
        expectClose(near.predictionToReference?.mean, 0.4951, 1e-4)
    }

    @Test("M5, M6, S7, S8, M10: an empty side is a state, not inf or nan")
    func empties() throws {
        let sphere = Shapes.sphere(radius: 20, centre: [49, 49, 49]), none = Shapes.empty(Shape(99, 99, 99))
        let missed = try scoreOne(sphere, none), spurious = try scoreOne(none, sphere), neither = try scoreOne(none, none)
        #expect(missed.state == .missed && missed.hd == nil && missed.hd95 == nil && missed.assd == nil && missed.dice == 0)
        #expect(spurious.state == .spurious && spurious.hd == nil && spurious.nsd == nil && spurious.dice == 0)
        #expect(neither.state == .notApplicable && neither.dice == nil && neither.hd == nil)
    }

    @Test("N1, N2: 2D ten-pixel shift, voxel NSD at tolerance 0 and its growth")
    func surfaceDiceShift() throws {
        for spacing in [(1.0, 1.0), (0.85, 1.2)] {
            let pred = planarBox((480, 640), 0..<480, 50..<640, spacing: spacing)
            let ref = planarBox((480, 640), 0..<480, 60..<640, spacing: spacing)
            let tolerances: [Double] = [0, 1, 9, 10, 11, 12, 13]
            let foreground = try scoreOne(ref, pred, tolerances: tolerances).variants!.nsdVoxel
            let background = try scoreOne(withComplement(ref), withComplement(pred), label: 2, tolerances: tolerances).variants!.nsdVoxel
            expectClose(foreground[0], 1 - Double(478 + 480 + 9 * 2) / Double(480 * 4 + 588 * 2 + 578 * 2))
            expectClose(background[0], 1 - Double(478 + 480 + 9 * 2) / Double(480 * 4 + 48 * 2 + 58 * 2))
            let last = spacing.0 == 1 ? 10.0 : 12.0
            #expect(foreground[last] == foreground[last + 1])
            let rising = spacing.0 == 1 ? [0.0, 1, 9, 10] : [0.0, 1, 9, 10, 11]
            #expect(zip(rising, rising.dropFirst()).allSatisfy { foreground[$0]! < foreground[$1]! })
        }
    }

    @Test("N3: 3D shift of ten slices, voxel NSD at tolerance 0")
    func surfaceDice3D() throws {
        var pred = Shapes.empty(Shape(200, 110, 80)), ref = pred
        Shapes.paintBox(&pred, label: 1, lower: [0, 0, 20], upper: [200, 110, 80])
        Shapes.paintBox(&ref, label: 1, lower: [0, 0, 30], upper: [200, 110, 80])
        let numerator = Double(200 * 110 + 198 * 108 + 9 * 200 * 2 + 9 * 108 * 2)
        let foreground = try scoreOne(ref, pred, tolerances: [0, 10, 11]).variants!.nsdVoxel
        expectClose(foreground[0], 1 - numerator / Double(200 * 110 * 4 + (58 + 48) * 200 * 2 + (58 + 48) * 108 * 2))
        #expect(foreground[10] == foreground[11])
        let background = try scoreOne(withComplement(ref), withComplement(pred), label: 2, tolerances: [0]).variants!.nsdVoxel
        expectClose(background[0], 1 - numerator / Double(200 * 110 * 4 + (28 + 18) * 200 * 2 + (28 + 18) * 108 * 2))
    }

    @Test("N4: 2D bars, distances √29, √34, √41 both ways")
    func bars() throws {
        let pred = planarBox((10, 10), 1..<4, 1..<2), ref = planarBox((10, 10), 5..<8, 6..<7)
        let fg = try scoreOne(ref, pred, tolerances: [0, 2.8, 3, 5.5, 6])
        let v = fg.variants!.nsdVoxel
        #expect(v[0] == 0)
        expectClose(v[5.5], 1 - 4.0 / 6)
        expectClose(v[6], 1 - 2.0 / 6)
        expectClose(fg.hd, 41.0.squareRoot())
        expectClose(fg.referenceToPrediction?.mean, (29.0.squareRoot() + 34.0.squareRoot() + 41.0.squareRoot()) / 3)
        let bg = try scoreOne(withComplement(ref), withComplement(pred), label: 2, tolerances: [0, 2.8, 3]).variants!.nsdVoxel
        expectClose(bg[0], 1 - 12.0 / 84)
        expectClose(bg[2.8], 1 - 3.0 / 84)
        expectClose(bg[3], 1 - 1.0 / 84)
    }

    @Test("N5: per-class states in a four-class 2D map")
    func classStates() throws {
        let pred = planarBox((80, 80), 10..<20, 10..<20, label: 1), ref = planarBox((80, 80), 10..<20, 10..<20, label: 2)
        let scores = try score(ref, pred, labels: [1, 2, 3])
        #expect(scores.map(\.state) == [.spurious, .missed, .notApplicable])
        // Background (class 0 of the one-hot peers) agrees everywhere: NSD 1.
        let bg = try scoreOne(withComplement(ref, of: 2, as: 4), withComplement(pred, of: 1, as: 4), label: 4)
        #expect(bg.nsd?[1] == 1 && bg.variants?.nsdVoxel[1] == 1)
    }

    @Test("N6, N7 (use_subvoxels): surfel NSD on single voxels and on the DeepMind cubes")
    func surfelNSD() throws {
        var ref = Shapes.empty(Shape(128, 128, 128), spacing: Spacing(3, 2, 1)), pred = ref
        ref[50, 60, 70] = 1
        pred[50, 60, 72] = 1
        #expect(try scoreOne(ref, pred).nsd?[1] == 0.5)
        #expect(try scoreOne(ref, Shapes.empty(ref.shape, spacing: ref.spacing)).state == .missed)
    }

    @Test("C1–C4: Dice, and the empty-reference states")
    func dice() throws {
        let s = try scoreOne(planar([[1, 1], [0, 1]]), planar([[1, 0], [0, 1]]))
        expectClose(s.dice, 0.8)
        let zeros = planar([[0, 0], [0, 0]]), ones = planar([[1, 1], [1, 1]])
        #expect(try scoreOne(zeros, zeros).state == .notApplicable)  // MONAI: 1 (ignore_empty=False) or nan
        let spurious = try scoreOne(zeros, ones)
        #expect(spurious.state == .spurious && spurious.dice == 0)  // MONAI: 0 (ignore_empty=False) or nan
    }
}

@Suite("DeepMind surface-distance published cases")
struct DeepMindCases {
    @Test("D1, D6: one pixel or voxel against another two millimetres away")
    func singles() throws {
        let a = planarBox((128, 128), 50..<51, 70..<71, spacing: (2, 1)), b = planarBox((128, 128), 50..<51, 72..<73, spacing: (2, 1))
        for s in [try scoreOne(a, b), try {
            var r = Shapes.empty(Shape(128, 128, 128), spacing: Spacing(3, 2, 1)), p = r
            r[50, 60, 70] = 1; p[50, 60, 72] = 1
            return try scoreOne(r, p)
        }()] {
            #expect(s.hd == 2 && s.variants?.hd95Surfel == 2 && s.nsd?[1] == 0.5 && s.dice == 0)
        }
    }

    @Test("D2: 2D 2×2 square against a 3×2 block, spacing (2, 1)")
    func squares() throws {
        let gt = planarBox((6, 6), 1..<3, 1..<3, spacing: (2, 1)), pred = planarBox((6, 6), 1..<4, 1..<3, spacing: (2, 1))
        let s = try scoreOne(gt, pred)
        let d = 0.5 * 5.0.squareRoot()
        // gt contour: lengths [d,1,d,2,d,1,d,2], every distance ≤ 1; pred contour [d,1,d,2,2,d,1,d,2,2], three (d,1,d) at 2.
        expectClose(s.nsd?[1], (4 * d + 6 + 4 * d + 10 - (2 * d + 1)) / (4 * d + 6 + 4 * d + 10))
        expectClose(s.nsd?[1], 0.8703, 1e-4)
        #expect(s.variants?.hd95Surfel == 2)
    }

    @Test("D3–D5, D8–D10: empty masks are states")
    func empties() throws {
        let one = planarBox((128, 128), 50..<51, 60..<61, spacing: (3, 2)), none = planarBox((128, 128), 0..<0, 0..<0, spacing: (3, 2))
        #expect(try scoreOne(one, none).state == .missed)
        #expect(try scoreOne(none, one).state == .spurious)
        #expect(try scoreOne(none, none).state == .notApplicable)
    }

    @Test("D7 and MONAI N7: half cube against half cube plus one slice, touching five image faces")
    func cubes() throws {
        var gt = Shapes.empty(Shape(100, 100, 100), spacing: Spacing(2, 1, 1)), pred = gt
        Shapes.paintBox(&gt, label: 1, lower: [0, 0, 0], upper: [50, 100, 100])
        Shapes.paintBox(&pred, label: 1, lower: [0, 0, 0], upper: [51, 100, 100])
        let s = try scoreOne(gt, pred)
        #expect(s.hd == 2 && s.variants?.hd95Surfel == 2)
        expectClose(s.dice, 100.0 / 101)
        // Exact values: ../shared/reference/peer-results/deepmind_cubes.json (deepmind nsd@1; monai,
        // medpy assd), made by `oracle.py --gt deepmind_cubes_gt.nii.gz --pred deepmind_cubes_pred.nii.gz`.
        expectClose(s.nsd?[1], 0.8361450084979621)
        expectClose(s.assd, 0.49507728408917)
        expectClose(s.predictionToReference?.mean, 0.507562683991473)
        expectClose(s.variants?.nsdVoxel[1], 0.7549354434013367)
    }
}

@Suite("MetricsReloaded published cases")
struct MetricsReloadedCases {
    @Test("R1: a square and the same square with a cross")
    func cross() throws {
        let ref = planarBox((11, 11), 3..<8, 3..<8)
        var pred = ref
        for j in 1..<10 { pred[5, j, 0] = 1 }
        for i in 1..<10 { pred[i, 5, 0] = 1 }
        let s = try scoreOne(ref, pred)
        expectClose(s.dice, 50.0 / 58)
        expectClose(s.assd, 0.4444, 1e-4)
        expectClose(s.variants?.masd, 0.425, 1e-3)
        expectClose(s.variants?.nsdVoxel[1], 0.8889, 1e-4)
        #expect(s.variants?.nsdVoxel[2] == 1)
    }

    @Test("R2: a square inside and outside the reference")
    func insideOutside() throws {
        let ref = planarBox((14, 14), 5..<9, 5..<9)
        let inside = try scoreOne(ref, planarBox((14, 14), 6..<8, 6..<8)), outside = try scoreOne(ref, planarBox((14, 14), 4..<10, 4..<10))
        expectClose(inside.hd, 2.0.squareRoot()); expectClose(outside.hd, 2.0.squareRoot())
        expectClose(inside.variants?.masd, 1.07, 1e-2); expectClose(outside.variants?.masd, 1.04, 1e-2)
        expectClose(inside.assd, 1.10, 1e-2); expectClose(outside.assd, 1.05, 1e-2)
        expectClose(inside.variants?.nsdVoxel[1], 0.75); expectClose(outside.variants?.nsdVoxel[1], 0.875)
    }

    @Test("R3: a stray reference pixel gives three different HD95s")
    func strayPixel() throws {
        var ref = planarBox((14, 14), 9..<12, 9..<12)
        ref[1, 1, 0] = 1
        let s = try scoreOne(ref, planarBox((14, 14), 9..<12, 9..<12))
        expectClose(s.hd, 8 * 2.0.squareRoot())
        expectClose(s.hd95, 6.79, 1e-3)                          // MetricsReloaded, MONAI
        expectClose(s.variants?.hd95Pooled, 2.263, 1e-3)        // MedPy
        expectClose(s.variants?.hd95Surfel, 8 * 2.0.squareRoot()) // DeepMind
    }

    @Test("R4, R5: one or both masks empty")
    func empties() throws {
        let square = planarBox((14, 14), 5..<9, 5..<9), none = planarBox((14, 14), 0..<0, 0..<0)
        #expect(try scoreOne(square, none).state == .missed)
        #expect(try scoreOne(none, square).state == .spurious)
        #expect(try scoreOne(none, none).state == .notApplicable)
    }
}
