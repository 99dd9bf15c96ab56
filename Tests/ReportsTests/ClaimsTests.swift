import Foundation
import Store
import Testing
@testable import Reports

@Suite("The papers' claims beside a run, and TCI on the worst cases")
struct ClaimsTests {
    /// ToyStore's split as an out-of-distribution one, with C as the claimed method.
    static let claims = [
        PaperClaim(source: "Toy paper", method: "C", statement: "up to +6.2 Dice points", quantity: .gainOverStrongestBaseline(metric: "dice"), value: 6.2),
        PaperClaim(source: "Toy paper", method: "C", statement: "under 9 % trained", quantity: .trainableFraction, value: 9),
    ]

    /// A claims builder over a fresh ToyStore, its split `toy` of the given type (1000 resamples, seed 1).
    static func toyBuilder(_ name: String, type: String = "cross_modality") throws -> ClaimsBuilder {
        let path = temporaryFolder(name) + ".sqlite"
        let data = try ReportData(store: try ToyStore.make(at: path), path: path, splits: ["toy"])
        return ClaimsBuilder(aggregator: Aggregator(data: data, order: .labelFirst, resamples: 1000, seed: 1),
                             splits: [SplitInfo(name: "toy", type: type, title: "toy")])
    }

    @Test("Claimed gain: paired against the strongest other method, by hand; the fraction from the training report")
    func claimsTable() throws {
        let path = temporaryFolder("claims") + ".sqlite"
        let store = try ToyStore.make(at: path)
        let c = try #require(try store.runs().first { $0.method.name == "C" })
        try store.setTrainingReport(#"{"parameters": {"trainable": 306556, "total": 834024, "trainable_fraction": 0.36756}, "profile": "small"}"#, run: c.id)
        let data = try ReportData(store: store, path: path, splits: ["toy"])
        let builder = ClaimsBuilder(aggregator: Aggregator(data: data, order: .labelFirst, resamples: 200, seed: 1),
                                    splits: [SplitInfo(name: "toy", type: "cross_modality", title: "toy")])
        // Mean Dice (label-first): A 0.7, B 0.5875, C 0.547: A is the strongest other method.
        // Per-case means over structures (spurious counts 0, C's failed c4 liver counts 0):
        // A (0.8, 0.7, 0.825, 0.475), C (0.575, 0.675, 0.635, 0): Δ = −0.915 / 4 = −22.875 points.
        let dice = try #require(builder.comparisons(method: "C", metric: "dice").first)
        #expect(dice.baseline == "A" && dice.pairedCases == 4)
        #expect(abs(dice.difference - -22.875) < 1e-9)
        let interval = try #require(dice.interval)
        #expect(interval.upperBound < 0 && interval.lowerBound >= -47.5)  // every difference is negative; the worst is −47.5
        // Against a named method (the paper's ablation), B (0.7, 0.6, 0.425, 0.95): Δ = (−0.125 + 0.075 + 0.21 − 0.95) / 4.
        let ablation = try #require(builder.comparisons(method: "C", metric: "dice", against: "B").first)
        #expect(ablation.baseline == "B" && abs(ablation.difference - -19.75) < 1e-9)
        let fraction = try #require(builder.trainableFraction(method: "C"))
        #expect(abs(fraction.percent - 36.756) < 1e-9 && fraction.trainable == 306_556 && fraction.profile == "small")

        let table = try #require(builder.table(Self.claims))
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.label, $0.entries.map(\.text)) })
        let gain = try #require(rows["Toy paper: up to +6.2 Dice points"])
        #expect(gain[0] == "-22.88 points" && gain[2] == "toy (vs A, 4 cases)" && gain[3] == "opposite direction; size not reached", "\(gain)")
        let trained = try #require(rows["Toy paper: under 9 % trained"])
        #expect(trained[0] == "36.76 %" && trained[2] == "306,556 of 834,024, profile small" && trained[3] == "does not hold here", "\(trained)")
    }

    @Test("Per split, the claimed method against the strongest other method: Δ with its interval per metric, n and a verdict on Dice")
    func splitTable() throws {
        let builder = try Self.toyBuilder("claims-split")
        // C − A per case (points), by hand in claimsTable: −22.5, −2.5, −19, −47.5; every one is
        // negative, so every resample's mean is: A is better.
        let table = try #require(builder.splitTable(method: "C", metrics: ["dice"]))
        #expect(table.columns.map(\.header) == ["Δ Dice (%) ↑", "n (cases × seeds)", "Verdict on Δ Dice"], "\(table.columns.map(\.header))")
        let row = try #require(table.rows.first)
        #expect(row.label == "toy (vs A)")
        #expect(row.entries[0].text.hasPrefix("-22.88 (") && row.entries[1].text == "4 × 1 / 1" && row.entries[2].text == "A better", "\(row.entries.map(\.text))")
        // Against B: −12.5, +7.5, +21, −95 (the mechanism's test): the interval holds 0.
        let ablation = try #require(builder.splitTable(method: "C", metrics: ["dice"], against: "B")?.rows.first)
        #expect(ablation.label == "toy (vs B)" && ablation.entries[2].text == "cannot tell (the interval holds 0)", "\(ablation.entries.map(\.text))")
    }

    @Test("The mechanism: the claimed method against its arm without the mechanism, per split, with n and a verdict from the interval")
    func mechanismTable() throws {
        let builder = try Self.toyBuilder("mechanism")
        // C − B per case (points): −12.5, +7.5, +21, −95; mean −19.75. Resamples without c4
        // (p = (3/4)⁴ ≈ 0.32) mostly have a positive mean and those with it a negative one:
        // the interval holds 0.
        let table = try #require(builder.mechanismTable(method: "C", arm: "B", mechanism: "LAD"))
        #expect(table.columns.map(\.header) == ["Δ Dice", "95 % CI", "n (cases × seeds)", "Verdict"])
        let row = try #require(table.rows.first)
        #expect(row.label == "toy")
        #expect(row.entries[0].text == "-19.75" && row.entries[2].text == "4 × 1 / 1" && row.entries[3].text == "cannot tell (the interval holds 0)", "\(row.entries.map(\.text))")
        #expect(builder.mechanismTable(method: "C", arm: "nothing", mechanism: "LAD")?.rows.isEmpty ?? true)
    }

    @Test("A contrast between variants: on every split where both ran, in distribution too, with the variants' names in the verdict")
    func contrastTable() throws {
        // The toy split in distribution: a claim leaves it out, a contrast keeps it.
        let builder = try Self.toyBuilder("contrast", type: "in_distribution")
        #expect(builder.mechanismTable(method: "C", arm: "B", mechanism: "LAD") == nil)
        // C − B per case (points), as in the mechanism's test: −12.5, +7.5, +21, −95; mean −19.75.
        let table = try #require(builder.contrastTable(method: "C", against: "B", name: "early against late fusion"))
        #expect(table.title == "early against late fusion: C minus B, Dice points per split where both ran")
        let row = try #require(table.rows.first)
        #expect(row.label == "toy" && row.entries[0].text == "-19.75" && row.entries[2].text == "4 × 1 / 1", "\(row.entries.map(\.text))")
        #expect(row.entries[3].text == "cannot tell (the interval holds 0)")
        // A − B (points): +10, +10, +40, −47.5 (A 0.8, 0.7, 0.825, 0.475; B 0.7, 0.6, 0.425, 0.95).
        let other = try #require(builder.contrastTable(method: "A", against: "B", name: "x")?.rows.first)
        #expect(abs(try #require(Double(other.entries[0].text)) - 3.125) < 0.006, "\(other.entries.map(\.text))")  // mean +3.125
    }

    @Test("TCI table: the worst quarter (at least three) of the first run's cases, before and after, with the correction given")
    func interactionOnTheWorstCases() throws {
        let path = temporaryFolder("tci") + ".sqlite"
        let store = try ToyStore.make(at: path)
        // A again with one round: c2's spleen corrected to 0.9 (the clinician's sentence in the sidecar).
        try ToyStore.addInteractionRound(store, method: "A", sidecar: { c in #"{"corrections": ["round 1: The spleen of \#(c.name) is under-segmented by 30 %."]}"# }) { c, scores in
            c.name == "c2" ? [scores[0], ToyStore.score("spleen", label: 2, .scored(0.9, 2))] : scores
        }
        let data = try ReportData(store: store, path: path, splits: ["toy"])
        let tables = InteractionTable(aggregator: Aggregator(data: data, resamples: 0)).tables(split: "toy")
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        // A's case means (0.8, 0.7, 0.825, 0.475): the worst three are c4, c2, c1, worst first.
        #expect(table.rows.map(\.label) == ["c4", "c2", "c1", "mean of these 3", "mean of all 4"])
        let c2 = table.rows[1].entries.map(\.text)
        // c2: Dice (0.8 + 0.6) / 2 = 70.00 → (0.8 + 0.9) / 2 = 85.00; HD95 (4 + 6) / 2 = 5 → (4 + 2) / 2 = 3.
        #expect(c2 == ["The spleen of c2 is under-segmented by 30 %.", "70.00", "85.00", "+15.00", "5.00", "3.00", "-2.00"], "\(c2)")
        #expect(table.rows[3].entries.map(\.text)[1...3] == ["65.83", "70.83", "+5.00"])
    }
}
