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
}
