import Fixtures
import Metrics
import NIfTI
import Testing

/// Lesion-wise (BraTS 2023), panoptic, clDice, boundary-IoU, volume-similarity and RVD values
/// on boxes, lines and rings whose value follows from counting voxels by hand. Each expectation
/// carries its derivation; none was read off the code's output.
///
/// Conventions used below: a box `x a..<b` holds the voxels a…b−1; "border" is a voxel of the
/// mask with a background face neighbour (6-connected inner border); spacing 1 mm unless said.
@Suite("Analytic lesion-wise, panoptic, clDice and boundary cases")
struct AnalyticLesionTests {
    static func extendedScore(_ reference: LabelMap, _ prediction: LabelMap, _ extended: ExtendedMetrics) throws -> StructureScore {
        try Evaluator.score(reference: reference, prediction: prediction, structures: [.label(1)], tolerances: [], extended: extended)[0]
    }

    /// A box of label 1, `lower..<upper` voxels.
    static func box(_ map: inout LabelMap, _ lower: [Int], _ upper: [Int]) {
        Shapes.paintBox(&map, label: 1, lower: lower, upper: upper)
    }

    // MARK: - Lesion-wise (BraTS 2023: dilation 3 × 18-neighbour element, 26-connected, > 50 mm³, penalty 374)

    /// Grid 64×16×16 at 1 mm. Lesion A: x 2..<7, B: x 20..<25 (both y, z 5..<10, 5³ = 125 mm³).
    /// Their dilations reach 3 voxels along x: A's to x 9, B's from x 17; 7 empty columns
    /// between them, so two lesions. A small lesion C (3³) sits at x 34..<37 and a
    /// false-positive island (2³) at x 50..<52, both far (> 3 voxels) from every dilation.
    static let lesionGrid = Shape(64, 16, 16)

    static func twoCubes() -> (reference: LabelMap, prediction: LabelMap) {
        var reference = Shapes.empty(lesionGrid), prediction = reference
        box(&reference, [2, 5, 5], [7, 10, 10])
        box(&reference, [20, 5, 5], [25, 10, 10])
        box(&prediction, [2, 5, 5], [7, 10, 10])   // A exactly, B missed
        return (reference, prediction)
    }

    @Test("one of two far lesions found exactly: Dice (1 + 0)/2, HD95 (0 + 374)/2")
    func lesionOneOfTwo() throws {
        let (reference, prediction) = Self.twoCubes()
        let s = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
        // Two counted lesions (125 mm³ > 50); A matched by the one component, B by none; no FP.
        #expect(s.lesions.count == 2)
        #expect(s.truePositives == 1 && s.falseNegatives == 1 && s.falsePositiveCount == 0)
        // A against its identical component: Dice 2·125/250 = 1, HD95 0. B missed: Dice 0, HD95 374.
        // N + F = 2: Dice (1 + 0)/2 = 0.5, HD95 (0 + 374)/2 = 187.
        expectClose(s.dice, 0.5, 1e-12)
        expectClose(s.hd95, 187, 1e-12)
        let found = try #require(s.lesions.first { $0.matchedComponents == 1 })
        let missed = try #require(s.lesions.first { $0.matchedComponents == 0 })
        #expect(found.voxels == 125 && found.volume == 125 && found.counted && found.dice == 1 && found.hd95 == 0)
        #expect(missed.voxels == 125 && missed.counted && missed.dice == 0 && missed.hd95 == 374)
    }

    @Test("a far false-positive island adds a 0 / 374 term: Dice 1/3, HD95 (0 + 374 + 374)/3")
    func lesionFalsePositive() throws {
        var (reference, prediction) = Self.twoCubes()
        Self.box(&prediction, [50, 6, 6], [52, 8, 8])
        let s = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
        // The island (2³ = 8 voxels, 8 mm³) meets no lesion's dilation (B's ends at x 27): one FP.
        #expect(s.truePositives == 1 && s.falseNegatives == 1 && s.falsePositiveCount == 1)
        #expect(s.falsePositives.map(\.voxels) == [8] && s.falsePositives.map(\.volume) == [8])
        // N + F = 3: Dice (1 + 0)/3 (the FP adds nothing to the sum), HD95 (0 + 374 + 1·374)/3 = 748/3.
        expectClose(s.dice, 1.0 / 3, 1e-12)
        expectClose(s.hd95, 748.0 / 3, 1e-12)
    }

    @Test("a missed lesion of 27 mm³ (≤ 50) is listed but not counted: the values do not change")
    func lesionBelowThreshold() throws {
        var (reference, prediction) = Self.twoCubes()
        Self.box(&prediction, [50, 6, 6], [52, 8, 8])
        Self.box(&reference, [34, 6, 6], [37, 9, 9])   // C: 3³ = 27 voxels = 27 mm³ ≤ 50
        let s = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
        // C's dilation spans x 31…39: the island at x 50 stays a FP; C is neither TP nor FN.
        #expect(s.lesions.count == 3)
        #expect(s.truePositives == 1 && s.falseNegatives == 1 && s.falsePositiveCount == 1)
        let small = try #require(s.lesions.first { $0.voxels == 27 })
        #expect(small.volume == 27 && !small.counted && small.matchedComponents == 0)
        // Same sums as without C: Dice 1/3, HD95 748/3.
        expectClose(s.dice, 1.0 / 3, 1e-12)
        expectClose(s.hd95, 748.0 / 3, 1e-12)
    }

    /// Cube A at x 2..<7, cube B at x (7 + gap)..<(12 + gap). A's dilation ends at x 6 + 3 = 9,
    /// B's starts at 7 + gap − 3 = 4 + gap; over the cubes' common y–z section the two touch
    /// (face-adjacent or overlapping) when 4 + gap ≤ 10, i.e. gap ≤ 6, and leave column x 10
    /// empty when gap = 7. Prediction: cube A only.
    /// - one lesion (gap 4, 6): 250 voxels against A's 125: Dice 2·125/(250 + 125) = 2/3, TP 1.
    /// - two lesions (gap 7, 10): A found (Dice 1), B missed (0): (1 + 0)/2 = 0.5, TP 1, FN 1.
    @Test("lesions whose 3-voxel dilations meet (gap ≤ 6 voxels) merge into one", arguments: [4, 6, 7, 10])
    func lesionMerging(gap: Int) throws {
        var reference = Shapes.empty(Shape(40, 16, 16)), prediction = reference
        Self.box(&reference, [2, 5, 5], [7, 10, 10])
        Self.box(&reference, [7 + gap, 5, 5], [12 + gap, 10, 10])
        Self.box(&prediction, [2, 5, 5], [7, 10, 10])
        let s = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
        if gap <= 6 {
            #expect(s.lesions.map(\.voxels) == [250])
            #expect(s.truePositives == 1 && s.falseNegatives == 0 && s.falsePositiveCount == 0)
            expectClose(s.dice, 2.0 / 3, 1e-12)
            expectClose(s.lesions.first?.dice, 2.0 / 3, 1e-12)
        } else {
            #expect(s.lesions.map(\.voxels) == [125, 125])
            #expect(s.truePositives == 1 && s.falseNegatives == 1 && s.falsePositiveCount == 0)
            expectClose(s.dice, 0.5, 1e-12)
            expectClose(s.hd95, 187, 1e-12)
        }
    }

    @Test("empty reference and empty prediction: N + F = 0 gives Dice 1 and HD95 0 (BraTS's rule)")
    func lesionBothEmpty() throws {
        let empty = Shapes.empty(Shape(10, 10, 10))
        let s = try #require(try Self.extendedScore(empty, empty, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
        #expect(s.lesions.isEmpty && s.falsePositives.isEmpty)
        #expect(s.dice == 1 && s.hd95 == 0)
    }

    /// A 3×3×3 lesion, prediction empty. The threshold is a volume:
    /// - 1×1×2 mm: 27 voxels × 2 mm³ = 54 mm³ > 50: counted, missed: Dice 0/1 = 0, HD95 374/1 = 374, FN 1.
    /// - 1 mm: 27 mm³ ≤ 50: not counted, N + F = 0: Dice 1, HD95 0, FN 0.
    /// - 1 mm, 5×5×2 = 50 voxels = 50 mm³: "at or below" the threshold, not counted either.
    @Test("the size threshold is in mm³: a 3×3×3 lesion counts at 1×1×2 mm (54 mm³), not at 1 mm (27 mm³)")
    func lesionThresholdInMillimetres() throws {
        for (spacing, upper, volume, counted) in [(Spacing(1, 1, 2), [7, 7, 7], 54.0, true), (Spacing(1, 1, 1), [7, 7, 7], 27.0, false),
                                                 (Spacing(1, 1, 1), [9, 9, 6], 50.0, false)] {
            var reference = Shapes.empty(Shape(16, 16, 16), spacing: spacing)
            let prediction = reference
            Self.box(&reference, [4, 4, 4], upper)
            let s = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(lesionWise: .brats2023)).lesionWise)
            let lesion = try #require(s.lesions.first)
            #expect(s.lesions.count == 1 && lesion.volume == volume && lesion.counted == counted, "\(spacing)")
            #expect(s.falseNegatives == (counted ? 1 : 0) && s.truePositives == 0 && s.falsePositiveCount == 0)
            #expect(s.dice == (counted ? 0 : 1) && s.hd95 == (counted ? 374 : 0), "\(spacing) \(volume)")
        }
    }

    // MARK: - Panoptic (instances: 26-connected components; match at IoU ≥ 0.5)

    /// Reference: cube 1 at x 2..<7, cube 2 at x 20..<25 (y, z 3..<8). Prediction: cube 1 moved
    /// one voxel along x (x 3..<8) and a 3³ cube inside cube 2 (x 21..<24, y, z 4..<7).
    /// - Pair (1, 1): overlap 4·5·5 = 100, union 125 + 125 − 100 = 150, IoU 2/3 ≥ 0.5: TP;
    ///   Dice 2·100/250 = 0.8.
    /// - Pair (2, 2): overlap 27, union 125, IoU 0.216 < 0.5: no match, so FN 1 and FP 1.
    /// RQ = 1/(1 + 0.5 + 0.5) = 0.5, SQ = 2/3, PQ = 1/3, sqDice 0.8, pqDice 0.4.
    /// ASSD of pair 1 (border voxels, 98 of 125 per cube: 125 − 3³). Reference → prediction:
    /// x = 0 face (relative; 25 voxels): the nearest predicted border is its x = 1 face, 1 mm;
    /// rings at x = 1…3 (48) and the x = 4 face's ring (16) are predicted border too, 0; the
    /// x = 4 face's inner 3×3 (9) is predicted interior: the predicted x = 5 face is 1 mm away
    /// (the ring ≥ 1). Sum 25 + 9 = 34, mean 34/98 = 17/49; the other direction is the mirror
    /// image, 17/49. ASSD = (17/49 + 17/49)/2 = 17/49.
    @Test("one TP at IoU 2/3, one FN and one FP: RQ 1/2, SQ 2/3, PQ 1/3, SQ on Dice 0.8, both matchings")
    func panopticShiftAndShrink() throws {
        var reference = Shapes.empty(Shape(40, 12, 12)), prediction = reference
        Self.box(&reference, [2, 3, 3], [7, 8, 8])
        Self.box(&reference, [20, 3, 3], [25, 8, 8])
        Self.box(&prediction, [3, 3, 3], [8, 8, 8])
        Self.box(&prediction, [21, 4, 4], [24, 7, 7])
        for matching in InstanceMatching.allCases {
            let p = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(panoptic: matching)).panoptic)
            #expect(p.referenceInstances == 2 && p.predictionInstances == 2, "\(matching)")
            #expect(p.truePositives == 1 && p.falseNegatives == 1 && p.falsePositives == 1, "\(matching)")
            let pair = try #require(p.pairs.first)
            expectClose(pair.iou, 2.0 / 3, 1e-12)
            expectClose(pair.dice, 0.8, 1e-12)
            expectClose(p.rq, 0.5, 1e-12)
            expectClose(p.sq, 2.0 / 3, 1e-12)
            expectClose(p.pq, 1.0 / 3, 1e-12)
            expectClose(p.sqDice, 0.8, 1e-12)
            expectClose(p.pqDice, 0.4, 1e-12)
            expectClose(p.sqASSD, 17.0 / 49, 1e-12)
        }
    }

    /// Reference x 2..<8 (6·5·5 = 150), prediction moved 2 along x (x 4..<10): overlap 4·25 = 100,
    /// union 200, IoU exactly 1/2 (100/200 is exact in binary): matched (the threshold is
    /// inclusive). RQ 1/(1 + 0 + 0) = 1, SQ 1/2, PQ 1/2, Dice 2·100/300 = 2/3.
    /// ASSD: reference border 150 − 4·3·3 = 114 voxels. x = 2 face (25): prediction starts at
    /// x 4, its face there is border: 2 mm each (50). x = 3 ring (16): predicted x = 4 face, 1 mm
    /// (16). Rings at x 4…6 (48) and the x = 7 face's ring (16): predicted ring, 0. The x = 7
    /// face's inner 3×3 (predicted interior, x 5…8): the 8 off-centre ones are 1 mm from the
    /// predicted ring, the centre 2 mm from the ring and from the x = 9 face (10). Sum 76,
    /// mean 76/114 = 2/3; the mirror x ↦ 11 − x swaps the two masks, so both means are 2/3.
    @Test("IoU exactly 1/2 is a match (inclusive threshold): RQ 1, SQ 1/2, PQ 1/2, both matchings")
    func panopticHalf() throws {
        var reference = Shapes.empty(Shape(14, 9, 9)), prediction = reference
        Self.box(&reference, [2, 2, 2], [8, 7, 7])
        Self.box(&prediction, [4, 2, 2], [10, 7, 7])
        for matching in InstanceMatching.allCases {
            let p = try #require(try Self.extendedScore(reference, prediction, ExtendedMetrics(panoptic: matching)).panoptic)
            #expect(p.truePositives == 1 && p.falseNegatives == 0 && p.falsePositives == 0, "\(matching)")
            #expect(p.pairs.first?.iou == 0.5)
            expectClose(p.rq, 1, 1e-12)
            expectClose(p.sq, 0.5, 1e-12)
            expectClose(p.pq, 0.5, 1e-12)
            expectClose(p.sqDice, 2.0 / 3, 1e-12)
            expectClose(p.sqASSD, 2.0 / 3, 1e-12)
        }
    }

    @Test("no instance on either side leaves RQ, SQ, PQ undefined; an empty prediction scores 0 (ASSD undefined)")
    func panopticEmpty() throws {
        let empty = Shapes.empty(Shape(12, 12, 12))
        var reference = empty
        Self.box(&reference, [3, 3, 3], [8, 8, 8])
        for matching in InstanceMatching.allCases {
            // Neither side holds an instance: nothing to count, every ratio undefined.
            let none = try #require(try Self.extendedScore(empty, empty, ExtendedMetrics(panoptic: matching)).panoptic)
            #expect(none.rq == nil && none.sq == nil && none.pq == nil && none.sqDice == nil && none.sqASSD == nil)
            // One reference instance, none predicted: TP 0, FN 1: RQ 0/(0 + 0 + 0.5) = 0; SQ and PQ 0
            // (an instance exists); no pair, so no ASSD.
            let missed = try #require(try Self.extendedScore(reference, empty, ExtendedMetrics(panoptic: matching)).panoptic)
            #expect(missed.referenceInstances == 1 && missed.predictionInstances == 0 && missed.falseNegatives == 1)
            #expect(missed.rq == 0 && missed.sq == 0 && missed.pq == 0 && missed.sqASSD == nil)
        }
    }

    // MARK: - clDice (Tprec = |S(P) ∩ R|/|S(P)|, Tsens = |S(R) ∩ P|/|S(R)|, harmonic mean)

    /// A solid ring on a 25×25×9 grid: voxels with (ρ − 8)² + (k − 4)² ≤ 2.25, ρ the distance of
    /// (i, j) from (12, 12) (a torus, tube radius 1.5, major radius 8).
    static func ring() -> LabelMap {
        var map = Shapes.empty(Shape(25, 25, 9))
        for k in 0..<9 { for j in 0..<25 { for i in 0..<25 {
            let di = Double(i - 12), dj = Double(j - 12), dz = Double(k - 4)
            let rho = (di * di + dj * dj).squareRoot()
            if (rho - 8) * (rho - 8) + dz * dz <= 2.25 { map[i, j, k] = 1 }
        } } }
        return map
    }

    static func mask(_ map: LabelMap) -> [Bool] { map.voxels.map { $0 == 1 } }

    @Test("a ring against itself: both skeletons lie in the other mask, clDice 1")
    func clDiceRing() throws {
        let ring = Self.ring()
        // S(R) ⊂ R = P and S(P) ⊂ P = R: Tprec = Tsens = 1, clDice 1 (the ring's skeleton is a
        // loop: thinning keeps the tunnel, so it is not empty).
        #expect(Skeleton.lee(Self.mask(ring), nx: 25, ny: 25, nz: 9).contains(true))
        let s = try Self.extendedScore(ring, ring, ExtendedMetrics(centreline: []))
        expectClose(s.centrelineDice, 1, 1e-12)
    }

    @Test("a ring with a gap cut out: Tprec 1, Tsens < 1, clDice = 2T/(1 + T)")
    func clDiceCutRing() throws {
        let reference = Self.ring()
        var prediction = reference
        // Cut the tube where it crosses the +x axis: every voxel with i > 12 and |j − 12| ≤ 2. The
        // pieces left on either side (j ≤ 9, j ≥ 15) are 6 voxels apart: the whole cross-section goes.
        for k in 0..<9 { for j in 10...14 { for i in 13..<25 { prediction[i, j, k] = 0 } } }
        let (r, p) = (Self.mask(reference), Self.mask(prediction))
        let skeletonR = Skeleton.lee(r, nx: 25, ny: 25, nz: 9), skeletonP = Skeleton.lee(p, nx: 25, ny: 25, nz: 9)
        // Tprec = 1: S(P) ⊂ P ⊂ R.
        #expect(skeletonP.contains(true))
        #expect(zip(skeletonP, r).allSatisfy { !$0 || $1 })
        // Tsens = T: S(R) is a loop around the tunnel, so it crosses the removed wedge (T < 1), and
        // most of it lies outside the wedge (T > 0).
        let t = Double(zip(skeletonR, p).filter { $0 && $1 }.count) / Double(skeletonR.filter { $0 }.count)
        #expect(t > 0 && t < 1)
        // clDice = 2·1·T/(1 + T).
        let s = try Self.extendedScore(reference, prediction, ExtendedMetrics(centreline: []))
        let cl = try #require(s.centrelineDice)
        #expect(cl > 0 && cl < 1)
        expectClose(cl, 2 * t / (1 + t), 1e-12)
    }

    /// A one-voxel line along z on a 5×5×24 grid: (2, 2, k), k in `range`.
    static func line(_ range: Range<Int>, i: Int = 2) -> LabelMap {
        var map = Shapes.empty(Shape(5, 5, 24))
        for k in range { map[i, 2, k] = 1 }
        return map
    }

    @Test("a one-voxel line is its own skeleton: itself 1, its first half 2/3, a disjoint line 0, nothing nil")
    func clDiceLines() throws {
        let reference = Self.line(2..<22)   // 1×1×20
        let cl = ExtendedMetrics(centreline: [])
        // S(R) = R: against itself Tprec = Tsens = 1.
        expectClose(try Self.extendedScore(reference, reference, cl).centrelineDice, 1, 1e-12)
        // Prediction: the first 10 voxels. S(P) = P ⊂ R: Tprec 10/10 = 1; S(R) = R, 10 of its 20
        // voxels in P: Tsens 1/2. clDice = 2·1·(1/2)/(1 + 1/2) = 2/3.
        expectClose(try Self.extendedScore(reference, Self.line(2..<12), cl).centrelineDice, 2.0 / 3, 1e-12)
        // A parallel line two voxels over (i = 4): neither skeleton meets the other mask:
        // Tprec = Tsens = 0, clDice 0.
        #expect(try Self.extendedScore(reference, Self.line(2..<22, i: 4), cl).centrelineDice == 0)
        // An empty prediction has an empty skeleton: undefined.
        #expect(try Self.extendedScore(reference, Self.line(0..<0), cl).centrelineDice == nil)
    }

    // MARK: - Boundary IoU (band: voxels of M closer than w mm to M's 6-connected inner border)

    /// A 10×10×10 box at x, y, z 3..<13 on a 20×16×16 grid, `spacing` as given. Relative
    /// coordinates 0…9 below; "depth" d = min(x, 9 − x, y, 9 − y, z, 9 − z), the border is d = 0.
    static func tenCube(spacing: Spacing = Spacing(1, 1, 1), shiftX: Int = 0, shiftZ: Int = 0) -> LabelMap {
        var map = Shapes.empty(Shape(20, 16, 16), spacing: spacing)
        box(&map, [3 + shiftX, 3, 3 + shiftZ], [13 + shiftX, 13, 13 + shiftZ])
        return map
    }

    /// One voxel at the box's corner (3, 3, 3): its own band is itself, and it lies in the box's
    /// band, so BIoU(box, corner) = 1/|band of the box|: a way to count the band through the API.
    static func corner(spacing: Spacing = Spacing(1, 1, 1)) -> LabelMap {
        var map = Shapes.empty(Shape(20, 16, 16), spacing: spacing)
        map[3, 3, 3] = 1
        return map
    }

    @Test("width 1 mm on a 1 mm grid: the band is the border, 10³ − 8³ = 488; a 2-voxel shift gives 288/688")
    func boundaryWidthOne() throws {
        let biou = ExtendedMetrics(boundaryWidth: 1)
        // Only the zero offset is closer than 1 mm: band = border = 1000 − 512 = 488.
        expectClose(try Self.extendedScore(Self.tenCube(), Self.corner(), biou).boundaryIoU, 1.0 / 488, 1e-12)
        expectClose(try Self.extendedScore(Self.tenCube(), Self.tenCube(), biou).boundaryIoU, 1, 1e-12)
        // R: x 0…9, P: x 2…11 (y, z 0…9 both). Both borders overlap only on x 2…9:
        // - the y–z ring (y or z ∈ {0, 9}: 100 − 64 = 36 per slice) is border in both: 8 · 36 = 288;
        // - the 8×8 inside of a slice is R's border only at x 9 and P's only at x 2: none shared.
        // |∩| = 288, |∪| = 488 + 488 − 288 = 688: BIoU = 288/688 = 18/43.
        expectClose(try Self.extendedScore(Self.tenCube(), Self.tenCube(shiftX: 2), biou).boundaryIoU, 288.0 / 688, 1e-12)
    }

    @Test("width 2 mm on a 1 mm grid: the two outer shells, 10³ − 6³ = 784; a 2-voxel shift gives 512/1056")
    func boundaryWidthTwo() throws {
        let biou = ExtendedMetrics(boundaryWidth: 2)
        // Offsets closer than 2 mm: 0, 1 (faces), √2 (edges), √3 (corners); 2 is not < 2. Each has
        // components in {−1, 0, 1}, so it reaches from a border voxel (d = 0) only voxels of depth
        // ≤ 1, and every depth-1 voxel is 1 mm from a border voxel: band = {d ≤ 1} = 1000 − 6³ = 784.
        expectClose(try Self.extendedScore(Self.tenCube(), Self.corner(), biou).boundaryIoU, 1.0 / 784, 1e-12)
        expectClose(try Self.extendedScore(Self.tenCube(), Self.tenCube(), biou).boundaryIoU, 1, 1e-12)
        // Shift 2 along x, shared x 2…9: the two outer y–z rings (100 − 36 = 64 per slice) are in
        // both bands: 8 · 64 = 512; the 6×6 inside is in R's band at x 8, 9 and P's at x 2, 3: none.
        // |∪| = 784 · 2 − 512 = 1056: BIoU = 512/1056 = 16/33.
        expectClose(try Self.extendedScore(Self.tenCube(), Self.tenCube(shiftX: 2), biou).boundaryIoU, 512.0 / 1056, 1e-12)
    }

    @Test("width 1.5 mm on a 1×1×2 mm grid: two layers across x and y, one along z (712 voxels)")
    func boundaryAnisotropic() throws {
        let spacing = Spacing(1, 1, 2), biou = ExtendedMetrics(boundaryWidth: 1.5)
        // Offsets closer than 1.5 mm: (±1, 0, 0), (0, ±1, 0) at 1 mm and (±1, ±1, 0) at √2 ≈ 1.414;
        // any dz ≠ 0 is ≥ 2 mm. So the band is the border grown by the 3×3 square in its own slice:
        // - slices z 0 and 9 are border entirely: 2 · 100 = 200;
        // - slices z 1…8: border is the x–y ring; within one voxel (square) of it are the voxels of
        //   x–y depth ≤ 1: 100 − 36 = 64 per slice, 8 · 64 = 512. (Centre (5, 5, 1) is 2 mm from
        //   (5, 5, 0): out.)
        // |band| = 712 = 1000 − 6·6·8.
        expectClose(try Self.extendedScore(Self.tenCube(spacing: spacing), Self.corner(spacing: spacing), biou).boundaryIoU, 1.0 / 712, 1e-12)
        expectClose(try Self.extendedScore(Self.tenCube(spacing: spacing), Self.tenCube(spacing: spacing), biou).boundaryIoU, 1, 1e-12)
        // Shift 2 along x, shared x 2…9:
        // - z 0, 9: 2 · 8 · 10 = 160 in both;
        // - z 1…8: y ∈ {0, 1, 8, 9} in both bands (8 · 4 = 32 per slice); y 2…7 needs x ∈ {8, 9}
        //   for R and x ∈ {2, 3} for P: none. 8 · 32 = 256.
        // |∩| = 416, |∪| = 1424 − 416 = 1008: BIoU = 416/1008 = 26/63.
        expectClose(try Self.extendedScore(Self.tenCube(spacing: spacing), Self.tenCube(spacing: spacing, shiftX: 2), biou).boundaryIoU,
                    416.0 / 1008, 1e-12)
        // Shift 1 along z (one 2 mm slice), shared z 1…9:
        // - x–y depth ≤ 1 (64 per slice) is in both bands on all 9 slices: 576;
        // - the 6×6 inside is R's band at z 9 only, P's at z 1 (its first slice) only: none.
        // |∩| = 576, |∪| = 1424 − 576 = 848: BIoU = 576/848 = 36/53.
        expectClose(try Self.extendedScore(Self.tenCube(spacing: spacing), Self.tenCube(spacing: spacing, shiftZ: 1), biou).boundaryIoU,
                    576.0 / 848, 1e-12)
    }

    // MARK: - Volume similarity and relative volume difference

    @Test("VS = 1 − |P − R|/(P + R) and RVD = (P − R)/R: 1000 vs 800 and 1200 voxels, and empty sides")
    func volumeSimilarity() throws {
        var reference = Shapes.empty(Shape(14, 14, 16)), smaller = reference, larger = reference
        Self.box(&reference, [2, 2, 2], [12, 12, 12])   // 10·10·10 = 1000
        Self.box(&smaller, [2, 2, 2], [12, 12, 10])     // 10·10·8 = 800
        Self.box(&larger, [2, 2, 2], [12, 12, 14])      // 10·10·12 = 1200
        // 800: VS = 1 − 200/1800 = 8/9, RVD = −200/1000 = −0.2.
        let s = try scoreOne(reference, smaller)
        expectClose(s.volumeSimilarity, 8.0 / 9, 1e-12)
        expectClose(s.relativeVolumeDifference, -0.2, 1e-12)
        // 1200: VS = 1 − 200/2200 = 10/11, RVD = +200/1000 = +0.2 (signed).
        let t = try scoreOne(reference, larger)
        expectClose(t.volumeSimilarity, 10.0 / 11, 1e-12)
        expectClose(t.relativeVolumeDifference, 0.2, 1e-12)
        // Empty reference: VS = 1 − 800/800 = 0, RVD undefined (divides by R = 0).
        let empty = Shapes.empty(Shape(14, 14, 16))
        let u = try scoreOne(empty, smaller)
        #expect(u.volumeSimilarity == 0 && u.relativeVolumeDifference == nil)
        // Both empty: VS divides by 0, undefined; RVD undefined.
        let v = try scoreOne(empty, empty)
        #expect(v.volumeSimilarity == nil && v.relativeVolumeDifference == nil)
    }
}
