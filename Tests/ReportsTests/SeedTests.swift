import Foundation
import Store
import Testing
@testable import Reports

/// Seeds in a report: a case's value is its mean over seeds, the spread over seeds is shown, and
/// intervals resample seeds as well as subjects. Every expected value below is worked by hand.
@Suite("Reports over seeds: means per case, the spread, the two-stage bootstrap")
struct SeedTests {
    /// A store with method `S` on split `toy`, one run per seed, each with `liver` Dice
    /// `dice[seed index][case index]` on cases c1…c4 (subjects s1…s4), and, when `unseeded`, a
    /// method `U` run once without a seed with Dice `unseeded[case]`.
    static func store(_ name: String, seeds: [Int], dice: [[Double]], unseeded: [Double]? = nil) throws -> ReportData {
        let path = temporaryFolder("seeds-\(name)") + "/results.sqlite"
        let store = try ResultStore(path: path)
        func run(_ method: String, seed: Int?, values: [Double]) throws {
            let version = MethodVersion(name: method, kind: "command", version: "1", configurationChecksum: "c", checkpointChecksum: "k")
            var options = #"{"structures":[{"name":"liver","labels":[1],"region":false}],"tolerances":[1]"#
            if let seed { options += #","training_seed":\#(seed)"# }
            options += "}"
            let id = try store.beginRun(RunDescription(method: version, split: "toy", dataset: "TOY", options: options,
                                                       optionsChecksum: "o\(seed ?? -1)", segbenchVersion: "test", host: "test"))
            try store.setPlannedCases(values.count, run: id)
            for (c, dice) in values.enumerated() {
                let description = CaseDescription(dataset: "TOY", name: "c\(c + 1)", subject: "s\(c + 1)", referencePath: "/toy/c\(c + 1).nii.gz",
                                                  referenceChecksum: "r\(c + 1)", shape: [10, 10, 10], spacing: [1, 1, 1], labelVoxels: [1: 100],
                                                  acquisition: #"{"modality":"CT"}"#)
                try store.record(CaseResult(caseDescription: description, predictionPath: nil, predictionChecksum: nil, seconds: 0,
                                            outcome: .scores([ToyStore.score("liver", label: 1, .scored(dice, 1))])), run: id)
            }
        }
        for (seed, values) in zip(seeds, dice) { try run("S", seed: seed, values: values) }
        if let unseeded { try run("U", seed: nil, values: unseeded) }
        return try ReportData(store: store, path: path, splits: ["toy"])
    }

    @Test("A case is its mean over seeds; the spread is the sd of the seeds' own means")
    func meanOverSeeds() throws {
        let data = try Self.store("mean", seeds: [1, 2], dice: [[0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.5, 0.4]])
        #expect(data.seeds(split: "toy", method: 0) == [1, 2])
        let aggregator = Aggregator(data: data, resamples: 0)
        let cell = aggregator.meanCell(split: "toy", method: 0, metric: "dice")
        // Per case (0.9 + 0.7)/2 = 0.8, 0.7, 0.6, 0.5; their mean 0.65.
        let values = cell.values.sorted { $0.key < $1.key }.map(\.value)
        #expect(zip(values, [0.8, 0.7, 0.6, 0.5]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs(cell.aggregate - 0.65) < 1e-12)
        // The seeds' own means are 0.75 and 0.55: sample sd |0.75 − 0.55| / √2.
        #expect(cell.seedCount == 2)
        #expect(abs((cell.seedSpread ?? .nan) - 0.2 / 2.0.squareRoot()) < 1e-12)
        #expect(data.coverage["toy"]?[0]?.text == "8/8 (2 seeds)")
        #expect(aggregator.sampleSizeNote(split: "toy", methods: [0]) == "n (subjects × seeds): 4 × 2, every method; a case's value is its mean over the seeds.")
    }

    @Test("The provenance lists every seed's run, with its seed; a run without one shows –")
    func provenanceListsEverySeed() throws {
        let data = try Self.store("provenance", seeds: [1, 2, 3], dice: [[0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.5, 0.4], [0.8, 0.7, 0.6, 0.5]],
                                  unseeded: [0.5, 0.5, 0.5, 0.5])
        let writer = ReportWriter(aggregator: Aggregator(data: data, resamples: 0),
                                  request: ReportRequest(splits: [SplitInfo(name: "toy", type: "cross_modality", title: "toy")]))
        // | split | method | version | configuration | checkpoint | trained | run | seed | … |: the seed is the 9th field.
        let rows = writer.provenance().split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.count == 13 && $0[1] == "toy" }
        #expect(rows.map { "\($0[2]) \($0[8])" }.sorted() == ["S 1", "S 2", "S 3", "U –"], "\(rows)")
        #expect(Set(rows.map { $0[7] }).count == 4, "four runs, four ids")
    }

    @Test("An interval from seeds alone spans the seeds; one seed and equal subjects give a point")
    func intervalFromSeeds() throws {
        // Every subject scores 0.9 under seed 1 and 0.5 under seed 2: resampling subjects changes
        // nothing, resampling the two seeds gives 0.9 (both draws seed 1, p = 1/4), 0.7 (p = 1/2)
        // or 0.5 (p = 1/4). With 1000 resamples the 2.5th and 97.5th percentiles are 0.5 and 0.9
        // (the chance that either end is drawn fewer than 26 times is below 10⁻⁸⁰).
        let data = try Self.store("interval", seeds: [1, 2], dice: [[0.9, 0.9, 0.9, 0.9], [0.5, 0.5, 0.5, 0.5]], unseeded: [0.7, 0.7, 0.7, 0.7])
        let aggregator = Aggregator(data: data, resamples: 1000)
        let seeded = try #require(aggregator.meanCell(split: "toy", method: 0, metric: "dice").interval)
        #expect(abs(seeded.lowerBound - 0.5) < 1e-12 && abs(seeded.upperBound - 0.9) < 1e-12)
        let single = try #require(aggregator.meanCell(split: "toy", method: 1, metric: "dice").interval)
        #expect(abs(single.lowerBound - 0.7) < 1e-12 && abs(single.upperBound - 0.7) < 1e-12)
        // The per-structure cell resamples seeds the same way.
        let liver = try #require(aggregator.cell(split: "toy", method: 0, structure: "liver", metric: "dice").interval)
        #expect(abs(liver.lowerBound - 0.5) < 1e-12 && abs(liver.upperBound - 0.9) < 1e-12)
        #expect(aggregator.sampleSizeNote(split: "toy", methods: [0, 1])
                == "n (subjects × seeds): 4 × 2 for S; 4 × 1 for U; a case's value is its mean over the seeds.")
    }

    @Test("One seed draws nothing more: the two-stage resamples are the subject bootstrap's")
    func oneSeedIsTheSubjectBootstrap() {
        let bootstrap = Bootstrap(subjects: ["a", "b", "c", "d", "e"], strata: ["x", "x", "x", "y", "y"], resamples: 50, seed: 9)
        let plain = bootstrap.samples()
        let twoStage = bootstrap.hierarchicalSamples(seedCounts: [1, 1])
        #expect(twoStage.map(\.units) == plain)
        #expect(twoStage.allSatisfy { $0.seeds.allSatisfy { $0 == nil } })
        let seeded = bootstrap.hierarchicalSamples(seedCounts: [3, 1])
        #expect(seeded.allSatisfy { ($0.seeds[0]?.count ?? 0) == 3 && $0.seeds[0]!.allSatisfy { (0..<3).contains($0) } && $0.seeds[1] == nil })
    }

    @Test("A significance map that could show nothing is replaced by the reason: 4 cases, 3 methods")
    func significanceUnreachable() throws {
        let aggregator = Aggregator(data: try ToyStore.data(temporaryFolder("significance") + "/toy.sqlite"), resamples: 0)
        // 3 methods: 6 ordered pairs; 4 cases: smallest one-sided p 1/16; Holm: 6/16 = 0.375.
        // 6/2^7 = 0.047 < 0.05 ≤ 6/2^6: seven cases would do.
        #expect(Ranking.significanceUnreachable(aggregator, split: "toy") == "No significance map for toy: with 4 cases the smallest one-sided Wilcoxon p is 1/2^4 = 0.0625, and Holm over the 6 ordered pairs of 3 methods makes it 0.375, not below 0.05: no difference could be significant, whatever the data. It takes 7 cases or more.")
    }

    @Test("One case: no sd and no interval, each printed as a dash, not as 0 or a point")
    func oneCase() throws {
        let data = try Self.store("one", seeds: [1], dice: [[0.8]])
        let aggregator = Aggregator(data: data, resamples: 100)
        let cell = aggregator.meanCell(split: "toy", method: 0, metric: "dice")
        #expect(MetricDisplay("dice").text(cell, content: .meanStd) == "80.00 ± –")
        #expect(MetricDisplay("dice").text(cell, content: .meanCI) == "80.00 (–)")
        let mean = try #require(ScoreTableCSV.render(aggregator, metrics: ["dice"]).split(separator: "\n").first { $0.hasPrefix("toy,S,1,mean,") })
        #expect(mean == "toy,S,1,mean,dice,segbench,1,0.8,,0.8,0.8,0.8,,,0.8,1,0,1,1,")
    }
}
