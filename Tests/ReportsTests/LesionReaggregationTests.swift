import Foundation
import Reports
import Store
import Testing

/// `report --lesion-threshold`: lesion-wise scores re-aggregated from the stored lesions.
@Suite("Lesion-wise scores re-aggregated from the stored lesions")
struct LesionReaggregationTests {
    /// Two counted lesions (Dice 0.8 and a miss), a 40 mm³ lesion matched with Dice 0.5, one
    /// false positive; penalty 374.
    static let lesions = [
        LesionRecord(kind: .lesion, number: 1, voxels: 500, volume: 500, counted: true, matchedComponents: 1, dice: 0.8, hd95: 2),
        LesionRecord(kind: .lesion, number: 2, voxels: 100, volume: 100, counted: true, matchedComponents: 0, dice: 0, hd95: 374),
        LesionRecord(kind: .lesion, number: 3, voxels: 40, volume: 40, counted: false, matchedComponents: 1, dice: 0.5, hd95: 1),
        LesionRecord(kind: .falsePositive, number: 1, voxels: 9, volume: 9, counted: true, matchedComponents: 0, dice: 0, hd95: 374),
    ]

    @Test("By hand: at 50 mm³ two lesions and a false positive count; at 2 mm³ the small lesion counts too; above every lesion only the false positive")
    func byHand() {
        // 50: (0.8 + 0) / 3, (2 + 374 + 374) / 3, TP 1, FN 1, FP 1.
        let at50 = LesionReaggregation.metrics(Self.lesions, threshold: 50)
        #expect(at50["lesion_dice"] == 0.8 / 3 && at50["lesion_hd95"] == 750.0 / 3)
        #expect(at50["lesion_tp"] == 1 && at50["lesion_fn"] == 1 && at50["lesion_fp"] == 1)
        // 2: (0.8 + 0 + 0.5) / 4, (2 + 374 + 1 + 374) / 4, TP 2.
        let at2 = LesionReaggregation.metrics(Self.lesions, threshold: 2)
        #expect(at2["lesion_dice"] == 1.3 / 4 && at2["lesion_hd95"] == 751.0 / 4 && at2["lesion_tp"] == 2)
        // 1000: no lesion counts; the false positive alone gives 0 and 374.
        let none = LesionReaggregation.metrics(Self.lesions, threshold: 1000)
        #expect(none["lesion_dice"] == 0 && none["lesion_hd95"] == 374)
        // No rows at all (both sides empty): BraTS's 1 and 0.
        #expect(LesionReaggregation.metrics([], threshold: 50)["lesion_dice"] == 1)
    }

    @Test("On the committed store, re-aggregating at the runs' own 50 mm³ gives back every stored lesion-wise value")
    func committedStore() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/results.sqlite").path
        let store = try ResultStore(path: path, access: .snapshot)
        var checked = 0
        for run in try store.runs() where run.options.contains("lesion_wise") {
            for result in try store.results(run: run.id) {
                for score in result.scores {
                    let again = LesionReaggregation.metrics(score.lesions, threshold: 50)
                    for name in ["lesion_dice", "lesion_hd95", "lesion_tp", "lesion_fn", "lesion_fp"] {
                        #expect(abs((score.metrics[name] ?? .nan) - again[name]!) <= 1e-12, "\(result.caseDescription.name) \(score.structure) \(name)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 18)   // the BraTS split: 6 cases × WT, TC, ET
    }
}
