import Benchmark
import Fixtures
import Metrics
import NIfTI

/// Speed of the metrics core on the two reference cases, built in memory:
/// CT-like 512×512×200 at 0.8×0.8×2.5 mm with 8 organs and a far false-positive island, and a
/// BraTS-like 240×240×155 at 1 mm with 3 nested labels, and that prediction speckled as an
/// undertrained network's. Run: `swift package benchmark`.
/// The side-by-side against the Python peers on the same files is `Benchmarks/peers/side_by_side.sh`.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           maxDuration: .seconds(5), maxIterations: 20)
    let ct = ExamplePairs.abdomen(scale: 1)
    let brats = ExamplePairs.brain()

    Benchmark("ct/counts+dice/8 labels") { benchmark in
        for _ in benchmark.scaledIterations {
            let statistics = LabelStatistics.tally(ct.reference, ct.prediction)
            blackHole(statistics.presentLabels.map { statistics.counts(of: .label($0)) })
        }
    }
    Benchmark("ct/every metric/8 labels") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Evaluator.score(reference: ct.reference, prediction: ct.prediction, tolerances: [1, 2]))
        }
    }
    Benchmark("brats/every metric/3 labels") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Evaluator.score(reference: brats.reference, prediction: brats.prediction, tolerances: [1, 2]))
        }
    }
    // The same prediction with 1 % of the voxels speckled as necrosis: thousands of far queries.
    let speckled = Shapes.speckled(brats.prediction, label: 1, fraction: 0.01)
    Benchmark("brats/every metric/3 labels, 1 % speckle") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Evaluator.score(reference: brats.reference, prediction: speckled, tolerances: [1, 2]))
        }
    }
}
