import Fixtures
import Metrics
import NIfTI
import Testing

/// Lesion-wise, instance, centreline and boundary metrics on the 24 multi-lesion cases of
/// `LesionCases` (`segbench example DIR --anatomy lesions` writes them), against the values the
/// peers computed on those files (`LesionOracleValues.swift`, with the commands that made it).
@Suite("Lesion-wise and instance metrics against BraTS 2023, panoptica and MetricsReloaded")
struct LesionMetricTests {
    static let regions: [Structure] = [.region("wt", [1, 2, 3]), .region("tc", [1, 3]), .region("et", [3])]

    static func scores(_ index: Int, _ extended: ExtendedMetrics, labels: Bool = false) throws -> [String: StructureScore] {
        let pair = LesionCases.pair(index)
        let structures = (labels ? [Structure.label(1), .label(2), .label(3)] : []) + regions
        let scores = try Evaluator.score(reference: pair.reference, prediction: pair.prediction, structures: structures,
                                         tolerances: [], extended: extended)
        return Dictionary(uniqueKeysWithValues: scores.map { ($0.structure.name, $0) })
    }

    @Test("The cases hold what they are built for: misses, false positives, splits, small lesions, empty sides",
          arguments: 0..<LesionCases.standardCount)
    func kinds(index: Int) throws {
        let scores = try Self.scores(index, ExtendedMetrics(lesionWise: .brats2023))
        let wt = try #require(scores["wt"]?.lesionWise)
        let kinds = LesionCases.kinds(of: index)
        // A missed tumour's edema can lie within the dilation of a neighbour's prediction: then
        // only its core or enhancing rim is missed.
        if kinds.contains(.missed) { #expect(Self.regions.contains { scores[$0.name]?.lesionWise?.falseNegatives ?? 0 > 0 }) }
        if kinds.contains(.falsePositive) { #expect(wt.falsePositiveCount > 0) }
        if kinds.contains(.split) { #expect(wt.lesions.contains { $0.matchedComponents >= 2 }) }
        if kinds.contains(.emptyReference) { #expect(wt.lesions.isEmpty && !wt.falsePositives.isEmpty) }
        if kinds.contains(.emptyPrediction) { #expect(wt.truePositives == 0 && wt.falseNegatives > 0) }
        if kinds.contains(.belowThreshold) {
            let et = try #require(scores["et"]?.lesionWise)
            #expect(et.lesions.contains { !$0.counted })
        }
    }

    @Test("Lesion-wise Dice, HD95, TP/FP/FN and every lesion equal the BraTS 2023 code's", arguments: 0..<LesionCases.standardCount)
    func brats(index: Int) throws {
        let scores = try Self.scores(index, ExtendedMetrics(lesionWise: .brats2023))
        for expected in LesionOracleValues.brats where expected.case == index {
            let s = try #require(scores[expected.region]?.lesionWise)
            #expect((s.truePositives, s.falsePositiveCount, s.falseNegatives) == (expected.tp, expected.fp, expected.fn),
                    "case \(index) \(expected.region)")
            expectClose(s.dice, expected.dice)
            expectClose(s.hd95, expected.hd95)
            // Lesions by content: the two codes number them in different raster orders.
            let ours = s.lesions.map { ($0.voxels, $0.counted, $0.dice, $0.hd95) }.sorted { ($0.0, $0.2) < ($1.0, $1.2) }
            let theirs = expected.lesions.sorted { ($0.voxels, $0.dice) < ($1.voxels, $1.dice) }
            try #require(ours.count == theirs.count, "case \(index) \(expected.region): \(ours.count) lesions, BraTS \(theirs.count)")
            for (a, b) in zip(ours, theirs) {
                #expect(a.0 == b.voxels && a.1 == b.counted, "case \(index) \(expected.region)")
                expectClose(a.2, b.dice)
                expectClose(a.3, b.hd95)
            }
        }
    }

    @Test("TP, RQ, SQ, PQ and SQ on Dice and ASSD equal panoptica's, both matchings", arguments: 0..<LesionCases.standardCount)
    func panoptica(index: Int) throws {
        for matching in InstanceMatching.allCases {
            let scores = try Self.scores(index, ExtendedMetrics(panoptic: matching))
            for expected in LesionOracleValues.panoptica where expected.case == index && expected.matching == matching.rawValue {
                let s = try #require(scores[expected.region]?.panoptic)
                #expect((s.referenceInstances, s.predictionInstances, s.truePositives) == (expected.references, expected.predictions, expected.tp),
                        "case \(index) \(expected.region) \(matching)")
                for (actual, value) in [(s.rq, expected.rq), (s.sq, expected.sq), (s.pq, expected.pq), (s.sqDice, expected.sqDice), (s.sqASSD, expected.sqASSD)] {
                    if let value { expectClose(actual, value) } else { #expect(actual == nil, "case \(index) \(expected.region)") }
                }
            }
        }
    }

    @Test("clDice and boundary IoU equal MetricsReloaded's", arguments: 0..<LesionCases.standardCount)
    func reloaded(index: Int) throws {
        for width in [1.0, 2.0] {
            let scores = try Self.scores(index, ExtendedMetrics(centreline: [], boundaryWidth: width), labels: true)
            for expected in LesionOracleValues.reloaded where expected.case == index {
                let s = try #require(scores[expected.structure])
                if let value = expected.clDice { expectClose(s.centrelineDice, value) } else { #expect(s.centrelineDice == nil) }
                // MetricsReloaded measures the band in voxels: compared on the 1 mm grids only.
                if let value = width == 1 ? expected.boundaryIoU1 : expected.boundaryIoU2 { expectClose(s.boundaryIoU, value) }
            }
        }
    }
}
