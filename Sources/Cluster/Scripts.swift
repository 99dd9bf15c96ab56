import Foundation

/// The sbatch scripts of a submission: plain bash a person can read and edit before submitting
/// (`--dry-run` prints them). Dependencies are not in the scripts but on sbatch's command line,
/// since the job ids exist only once the jobs before are submitted.
extension Submission {
    /// Shell-quotes one word (single quotes; a quote inside closes, escapes and reopens).
    static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@%+,".contains($0) } && !word.isEmpty
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func header(name: String, output: String, array: String? = nil) -> [String] {
        ["#!/bin/bash", "#SBATCH --job-name=\(name)", "#SBATCH --output=\(output)", "#SBATCH --chdir=\(directory)"]
            + (array.map { ["#SBATCH --array=\($0)"] } ?? []) + resources.directives
    }

    var common: [String] { ["--methods-catalog", methodsFile, "--catalog", catalogFile, "--work", work] }

    func command(_ words: [String]) -> String { words.map(Self.quoted).joined(separator: " ") }

    /// The train job: trains through one of the training set's runs, stores nothing.
    public func trainScript(_ t: Training) -> String {
        (header(name: "segbench-train:\(t.selection.name)", output: t.log) + [
            "# Trains \(t.selection.method) for \(t.selection.split)\(t.selection.seed.map { ", seed \($0)" } ?? "") into",
            "# \(t.folder); every run of this training set waits for it (afterok).",
            "set -euo pipefail",
            command([executable, "run"] + t.selection.arguments + ["--index", indexPath, "--train-only"] + common),
        ]).joined(separator: "\n") + "\n"
    }

    /// `1-3`, `2,5`, with `%N` where the submission limits the tasks at once.
    func arrayRange(_ shards: [Int]) -> String {
        let sorted = shards.sorted()
        let contiguous = sorted == Array((sorted.first ?? 1)...(sorted.last ?? 1))
        let range = contiguous && sorted.count > 1 ? "\(sorted.first!)-\(sorted.last!)" : sorted.map(String.init).joined(separator: ",")
        return range + (maxParallel.map { "%\($0)" } ?? "")
    }

    /// A run's array: task i runs shard i into its own SQLite file (SQLite on a shared file
    /// system is unsafe for concurrent writers: only the merge job writes the store) and notes
    /// its exit status beside it.
    public func arrayScript(_ r: RunArray) -> String {
        let base = "\(folder)/shards/\(r.selection.fileName)-shard${i}of\(r.shardCount)"
        return (header(name: "segbench-run:\(r.selection.name)", output: "\(folder)/logs/run-\(r.selection.fileName)-shard%a.log",
                       array: arrayRange(r.shards)) + [
            "# \(r.selection.method) on \(r.selection.split)\(r.selection.seed.map { ", seed \($0)" } ?? ""): shard $SLURM_ARRAY_TASK_ID of \(r.shardCount).",
            "set -uo pipefail",
            "i=$SLURM_ARRAY_TASK_ID",
            "store=\"\(base).sqlite\"",
            "# A shard run again starts from nothing: only a shard that exited 0 is merged.",
            "rm -f \"$store\" \"$store-wal\" \"$store-shm\" \"\(base).exit\"",
            command([executable, "run"] + r.selection.arguments) + " --shard \"$i/\(r.shardCount)\" --db \"$store\" "
                + command(["--index", indexPath] + common) + " --jobs \"${SLURM_CPUS_PER_TASK:-1}\"",
            "status=$?",
            "echo \"$status\" > \"\(base).exit\"",
            "exit \"$status\"",
        ]).joined(separator: "\n") + "\n"
    }

    /// The merge job: after every array has ended, however it ended (afterany).
    public func mergeScript(log: String) -> String {
        (header(name: "segbench-merge:\(id)", output: log) + [
            "# Merges every shard that exited 0 into \(store), checks the store, and lists the",
            "# shards that did not (with their logs) in \(folder)/merge.txt.",
            "set -uo pipefail",
            command([executable, "slurm", "merge", "--submission", recordPath]),
        ]).joined(separator: "\n") + "\n"
    }

    /// The report job: after the merge, however it ended (a shard left out is named in the
    /// report's coverage column, not hidden).
    public func reportScript(_ r: ReportJob) -> String {
        (header(name: "segbench-report:\(id)", output: r.log) + [
            "# The report of \(r.splits.count) split(s) (with their controls) from \(store) into \(r.out).",
            "set -euo pipefail",
            command([executable, "report"] + r.splits.flatMap { ["--split", $0] } + ["--db", store, "--out", r.out,
                                                                                   "--methods-catalog", methodsFile, "--catalog", catalogFile]),
        ]).joined(separator: "\n") + "\n"
    }

    /// The jobs and what each waits for, one line each: what `--dry-run` prints after the scripts.
    public var graph: String {
        var lines = ["submission \(id): \(trainings.count) train job(s), \(runs.count) run array(s), merge into \(store)"]
        for (n, t) in trainings.enumerated() {
            lines.append("  train T\(n + 1)  \(t.selection.name)  (\(t.jobId.map { "job \($0)" } ?? "not submitted"))")
        }
        for (n, r) in runs.enumerated() {
            let after = r.trainingFolder.flatMap { f in trainings.firstIndex { $0.folder == f } }.map { "after T\($0 + 1) succeeds" } ?? "at once (trained)"
            lines.append("  run   R\(n + 1)  \(r.selection.name)  shards \(arrayRange(r.shards)) of \(r.shardCount), \(after)  (\(r.jobId.map { "job \($0)" } ?? "not submitted"))")
        }
        if !runs.isEmpty {
            lines.append("  merge M   after R1…R\(runs.count) end, whatever their state  (\(merge?.jobId.map { "job \($0)" } ?? "not submitted"))")
        }
        if let report {
            lines.append("  report    after M ends: \(report.splits.count) split(s) into \(report.out)  (\(report.jobId.map { "job \($0)" } ?? "not submitted"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
