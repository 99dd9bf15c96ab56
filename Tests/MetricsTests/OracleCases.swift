import Fixtures
import Metrics
import NIfTI
import Testing

/// Larger multi-label cases, scored by the peers themselves. Each pair is built by `Fixtures`,
/// written with `segbench example DIR --anatomy edges|brain` (and `--anatomy abdomen --scale 0.5`), and
/// scored with
///
///     python ../shared/tools/peers/oracle.py --gt DIR/reference.nii.gz --pred DIR/prediction.nii.gz \
///         --labels 1,2,3 --tol 1,2 --libs monai,deepmind,medpy,variants
///
/// (regions: the same on files where nibabel merged the region's labels into one). Sources of the
/// pasted values: counts from `voxels`, Dice from `medpy.dice`, HD/HD95/ASSD/HD95-pooled/MASD/voxel
/// NSD and border counts from `variants` (scipy EDT over 6-connected borders; equal to
/// `monai.hd95`, `medpy.assd`, `medpy.hd95`), surfel NSD and HD95 from `deepmind`. The files store
/// spacing as float32, hence the 1e-6 relative tolerance; counts are exact.
struct Expected {
    var structure: Structure
    var tp: Int, reference: Int, prediction: Int
    var dice: Double, hd: Double, hd95: Double, assd: Double
    var hd95Pooled: Double, masd: Double, nsdVoxel: (Double, Double), nsd: (Double, Double), hd95Surfel: Double
    var borders: (Int, Int)

    func check(_ s: StructureScore, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(s.state == .scored, sourceLocation: sourceLocation)
        #expect(s.counts.tp == tp && s.counts.reference == reference && s.counts.prediction == prediction, sourceLocation: sourceLocation)
        #expect(s.referenceToPrediction?.count == borders.0 && s.predictionToReference?.count == borders.1, sourceLocation: sourceLocation)
        for (actual, expected) in [(s.dice, dice), (s.hd, hd), (s.hd95, hd95), (s.assd, assd),
                                   (s.variants?.hd95Pooled, hd95Pooled), (s.variants?.masd, masd),
                                   (s.variants?.nsdVoxel[1], nsdVoxel.0), (s.variants?.nsdVoxel[2], nsdVoxel.1),
                                   (s.nsd?[1], nsd.0), (s.nsd?[2], nsd.1), (s.variants?.hd95Surfel, hd95Surfel)] {
            expectClose(actual, expected, 1e-6, sourceLocation: sourceLocation)
        }
    }
}

@Suite("Multi-label cases against the peers (oracle.py)")
struct OracleCases {
    @Test("anisotropic grid, one edge case per label (make_cases.py's aniso_multi, rebuilt)")
    func edges() throws {
        let pair = ExamplePairs.anisotropicEdgeCases()
        let scores = try score(pair.reference, pair.prediction, labels: [1, 2, 3, 4, 5, 6, 7])
        #expect(scores.map(\.state) == [.scored, .scored, .missed, .spurious, .notApplicable, .scored, .scored])
        #expect(scores[2].counts.reference == 702 && scores[3].counts.prediction == 201)
        let expected = [
            Expected(structure: .label(1), tp: 4109, reference: 4553, prediction: 4553, dice: 0.9024818800790687,
                     hd: 1.600000023841858, hd95: 1.600000023841858, assd: 0.48001764591789764, hd95Pooled: 1.600000023841858,
                     masd: 0.48001764591789764, nsdVoxel: (0.7762237762237763, 1), nsd: (0.8497786540566029, 1),
                     hd95Surfel: 1.600000023841858, borders: (1430, 1430)),
            Expected(structure: .label(2), tp: 9354, reference: 9354, prediction: 12048, dice: 0.8741239136529296,
                     hd: 2.5, hd95: 2.5, assd: 1.514430751306564, hd95Pooled: 2.5, masd: 1.5114377307409435,
                     nsdVoxel: (0.4149184149184149, 0.6721056721056721), nsd: (0.707533350094792, 0.8387228071278298),
                     hd95Surfel: 2.5, borders: (2454, 2694)),
            Expected(structure: .label(6), tp: 0, reference: 1, prediction: 1, dice: 0, hd: 5, hd95: 5, assd: 5,
                     hd95Pooled: 5, masd: 5, nsdVoxel: (0, 0), nsd: (0, 0), hd95Surfel: 5, borders: (1, 1)),
            Expected(structure: .label(7), tp: 2000, reference: 2000, prediction: 2400, dice: 0.9090909090909091,
                     hd: 1.600000023841858, hd95: 1.600000023841858, assd: 0.3221238986053298, hd95Pooled: 1.600000023841858,
                     masd: 0.3183018915355206, nsdVoxel: (0.8185840707964602, 1), nsd: (0.7556737011994509, 1),
                     hd95Surfel: 1.600000023841858, borders: (848, 960)),
        ]
        for (e, s) in zip(expected, [scores[0], scores[1], scores[5], scores[6]]) { e.check(s) }
    }

    @Test("BraTS-like brain tumour: three labels and the WT and TC regions")
    func brain() throws {
        let pair = ExamplePairs.brain()
        let scores = try Evaluator.score(reference: pair.reference, prediction: pair.prediction,
                                         structures: [.label(1), .label(2), .label(3), .region("wt", [1, 2, 3]), .region("tc", [1, 3])])
        let expected = [
            Expected(structure: .label(1), tp: 2078, reference: 2375, prediction: 2375, dice: 0.8749473684210526,
                     hd: 1.4142135623730951, hd95: 1.4142135623730951, assd: 0.7396288038092846, hd95Pooled: 1.4142135623730951,
                     masd: 0.7396288038092846, nsdVoxel: (0.8791044776119403, 1), nsd: (0.9615944306594704, 1),
                     hd95Surfel: 1, borders: (670, 670)),
            Expected(structure: .label(2), tp: 97698, reference: 108462, prediction: 100986, dice: 0.932909361750888,
                     hd: 2.8284271247461903, hd95: 2, assd: 0.9537314750268306, hd95Pooled: 2, masd: 0.9537572299580699,
                     nsdVoxel: (0.7487720644666155, 0.9688027628549502), nsd: (0.8563535595661785, 0.9861286915828738),
                     hd95Surfel: 2, borders: (12952, 13108)),
            Expected(structure: .label(3), tp: 15383, reference: 15680, prediction: 19373, dice: 0.8776994836390608,
                     hd: 81.19729059519166, hd95: 1.4142135623730951, assd: 1.950956780567783, hd95Pooled: 1.4142135623730951,
                     masd: 1.8969973122441486, nsdVoxel: (0.8072648414204392, 0.9878015722418), nsd: (0.9366001922159086, 0.9864138835352733),
                     hd95Surfel: 1.4142135623730951, borders: (3468, 3910)),
            Expected(structure: .region("wt", [1, 2, 3]), tp: 119323, reference: 126517, prediction: 122734, dice: 0.9574525277732086,
                     hd: 65.55913361233506, hd95: 2, assd: 1.189935960668475, hd95Pooled: 2, masd: 1.1915725004587274,
                     nsdVoxel: (0.7340446849013125, 0.9547640516982266), nsd: (0.8258573909157163, 0.977185373349392),
                     hd95Surfel: 2, borders: (10042, 9920)),
            Expected(structure: .region("tc", [1, 3]), tp: 18055, reference: 18055, prediction: 21748, dice: 0.9072180488907872,
                     hd: 81.19729059519166, hd95: 1.4142135623730951, assd: 2.2762174362397585, hd95Pooled: 1.4142135623730951,
                     masd: 2.1907854316718414, nsdVoxel: (0.7943506717189115, 0.9844987943506717), nsd: (0.9306290875802021, 0.9831681706007919),
                     hd95Surfel: 1.4142135623730951, borders: (2682, 3124)),
        ]
        for (e, s) in zip(expected, scores) { e.check(s) }
    }

    @Test("abdominal CT-like, eight organs with a far false-positive island (abdomen --scale 0.5)")
    func abdomen() throws {
        let pair = ExamplePairs.abdomen(scale: 0.5)
        let scores = try score(pair.reference, pair.prediction)
        #expect(scores.count == 8)
        // (label, tp, |R|, |P|, dice, hd, hd95, assd, hd95_pooled, masd, nsd_voxel@1, @2, nsd@1, @2, hd95_surfel, |∂R|, |∂P|)
        let rows: [(UInt8, Int, Int, Int, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Int, Int)] = [
            (1, 143268, 143584, 152338, 0.9682821824670015, 200.19200983117983, 4.525483467028862, 1.674875283886679, 3.5777088173116787, 1.6629535588096505, 0.4590355877368664, 0.8414419966106917, 0.6043531189154011, 0.9220138540769652, 3.200000047683716, 15886, 16569),
            (2, 23129, 24103, 24304, 0.9556055942322391, 9.96192763537883, 4.525483467028862, 1.119889991885316, 3.5777088173116787, 1.119883098073641, 0.4949876318187736, 0.8307512042702773, 0.7111564027125172, 0.925754328596778, 2.262741733514431, 3869, 3812),
            (3, 11157, 12245, 11157, 0.9535082471583626, 2.262741733514431, 1.600000023841858, 0.7595813323435274, 1.600000023841858, 0.7585857592036577, 0.5268065268065268, 0.9962703962703963, 0.7572558521272816, 0.999281815695751, 1.600000023841858, 2218, 2072),
            (4, 12245, 12245, 14221, 0.9253381697271972, 5.0, 5.0, 1.564090696414567, 4.800000071525574, 1.5597624626625888, 0.21550985432733505, 0.8149100257069408, 0.5229375766359536, 0.9384773982815772, 2.262741733514431, 2218, 2450),
            (5, 35938, 35938, 41725, 0.9254857525462575, 5.0, 5.0, 2.0597313265480817, 5.0, 2.056101881655465, 0.2115178055027679, 0.52532429976039, 0.3407036488528052, 0.7246159498148546, 5.0, 5754, 6349),
            (6, 3120, 4474, 3130, 0.820620725933719, 24.00000035762787, 14.109571403412236, 2.1835468505291695, 10.261993736949707, 1.987514420738024, 0.5868131868131868, 0.7, 0.6020486614804975, 0.7160136291726404, 14.751271351479689, 2140, 1500),
            (7, 5776, 5922, 5922, 0.9753461668355285, 5.0, 1.600000023841858, 0.2584137463811604, 1.600000023841858, 0.2584137463811604, 0.851138353765324, 0.9935785172212492, 0.9658575087869029, 0.996775157230931, 0.0, 1713, 1713),
            (8, 2625, 2625, 3076, 0.9208910717417997, 5.0, 5.0, 0.9682300970435805, 3.200000047683716, 0.9599558615855452, 0.5030750307503075, 0.9348093480934809, 0.7665286562955905, 0.9726940718453414, 1.600000023841858, 766, 860),
        ]
        for (row, s) in zip(rows, scores) {
            Expected(structure: .label(row.0), tp: row.1, reference: row.2, prediction: row.3, dice: row.4, hd: row.5, hd95: row.6,
                     assd: row.7, hd95Pooled: row.8, masd: row.9, nsdVoxel: (row.10, row.11), nsd: (row.12, row.13),
                     hd95Surfel: row.14, borders: (row.15, row.16)).check(s)
        }
    }
}
