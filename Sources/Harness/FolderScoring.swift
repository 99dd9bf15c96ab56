import Dispatch
import Foundation
import Metrics
import Store
import Synchronization

/// Scores the cases of a folder pair on `jobs` worker threads.
///
/// Each worker takes the next unscored case, reads and scores it (`CaseScoring`), and hands the
/// result to `onResult` at once, from its own thread, so the caller can store it and move a
/// progress bar while the other cases go on. The metrics core parallelises within a case too;
/// across cases is where reading and gunzipping, the larger share of the time, run in parallel.
public enum FolderScoring {
    /// - Parameters:
    ///   - pairs: the cases to score, in the order they are handed out.
    ///   - onResult: called once per case, on a worker thread, as soon as the case is finished.
    /// - Returns: every result, in the order of `pairs`, and the time per step summed over workers.
    public static func run(_ pairs: [CasePair], dataset: String, options: ScoringOptions, jobs: Int,
                           onResult: @Sendable (CaseResult) -> Void = { _ in }) -> (results: [CaseResult], timing: CaseTiming) {
        guard !pairs.isEmpty else { return ([], CaseTiming()) }
        let next = Atomic<Int>(0)
        let collected = Mutex<(results: [Int: CaseResult], timing: CaseTiming)>(([:], CaseTiming()))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, pairs.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < pairs.count else { return }
                var timing = CaseTiming()
                let result = CaseScoring.score(pairs[index], dataset: dataset, options: options, timing: &timing)
                collected.withLock {
                    $0.results[index] = result
                    $0.timing = $0.timing + timing
                }
                onResult(result)
            }
        }
        let all = collected.withLock { $0 }
        return (pairs.indices.map { all.results[$0]! }, all.timing)
    }
}
