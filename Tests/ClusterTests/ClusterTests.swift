import Foundation
import Testing
@testable import Cluster

/// The pure parts of the cluster path; the real SLURM run is `Tests/slurm/cluster-test.sh`.
@Suite("SLURM scripts, arrays and the queue")
struct ClusterTests {
    @Test("squeue's ids: a pending array's task ranges are expanded, with or without a limit")
    func queueIds() {
        // Lines as `squeue -h -o "%i|%T|%r"` prints them (slurm 22.05).
        let queue = Queue.parse("41|RUNNING|None\n42_[2-4,7%2]|PENDING|Dependency\n43_1|RUNNING|None\n")
        #expect(Set(queue.keys) == ["41", "42_2", "42_3", "42_4", "42_7", "43_1"])
        #expect(queue["42_7"]?.state == "PENDING" && queue["42_7"]?.reason == "Dependency")
    }

    @Test("An array's range: contiguous shards as a range, others listed, the limit after %")
    func arrays() {
        var s = Submission(id: "t", folder: "/w/slurm/t", store: "/w/results.sqlite", work: "/w", executable: "/bin/segbench",
                           methodsFile: "/w/methods.json", catalogFile: "/w/datasets.json", directory: "/w", resources: SlurmResources(), maxParallel: nil)
        #expect(s.arrayRange([1, 2, 3]) == "1-3")
        #expect(s.arrayRange([3, 1]) == "1,3")
        #expect(s.arrayRange([2]) == "2")
        s.maxParallel = 2
        #expect(s.arrayRange([1, 2, 3, 4]) == "1-4%2")
    }

    @Test("A shard's script: its own store, the index copy, its exit status noted; resources as #SBATCH lines")
    func arrayScript() {
        let resources = SlurmResources(partition: "gpu", time: "2:00:00", cpusPerTask: 4, memory: "16G", gres: "gpu:1", account: "lab", qos: "normal")
        let s = Submission(id: "t", folder: "/w/slurm/t", store: "/w/results.sqlite", work: "/w", executable: "/bin/segbench",
                           methodsFile: "/w/methods.json", catalogFile: "/w/data sets.json", directory: "/w", resources: resources, maxParallel: 3)
        let run = Submission.RunArray(selection: .init(split: "id_btcv", method: "unet", seed: 2), shards: [1, 2, 3], shardCount: 3,
                                      trainingFolder: nil, script: "/w/slurm/t/run-1.sh")
        let script = s.arrayScript(run)
        #expect(script.contains("#SBATCH --array=1-3%3\n"))
        #expect(script.contains("#SBATCH --job-name=segbench-run:id_btcv:unet:seed2\n"))
        #expect(script.contains("#SBATCH --partition=gpu\n#SBATCH --time=2:00:00\n#SBATCH --cpus-per-task=4\n#SBATCH --mem=16G\n#SBATCH --gres=gpu:1\n#SBATCH --account=lab\n#SBATCH --qos=normal\n"))
        #expect(script.contains("/bin/segbench run --split id_btcv --method unet --seed 2 --shard \"$i/3\" --db \"$store\" --index /w/slurm/t/index.sqlite"))
        // A path with a space is quoted for the shell.
        #expect(script.contains("--catalog '/w/data sets.json'"))
        #expect(script.contains("echo \"$status\" > \"/w/slurm/t/shards/id_btcv-unet-seed2-shard${i}of3.exit\""))
        #expect(run.shardStore(2, in: s.folder) == "/w/slurm/t/shards/id_btcv-unet-seed2-shard2of3.sqlite")
    }

    @Test("A shard's state comes from its exit file first, then the queue; without either it did not run")
    func shardState() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cluster-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/shards", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let s = Submission(id: "t", folder: folder, store: "/w/results.sqlite", work: "/w", executable: "/bin/segbench",
                           methodsFile: "m", catalogFile: "c", directory: "/w", resources: SlurmResources(), maxParallel: nil)
        var run = Submission.RunArray(selection: .init(split: "a", method: "b", seed: nil), shards: [1, 2, 3, 4], shardCount: 4,
                                      trainingFolder: nil, script: "x")
        run.jobId = "50"
        try "0\n".write(toFile: run.exitFile(1, in: folder), atomically: true, encoding: .utf8)
        try "3\n".write(toFile: run.exitFile(2, in: folder), atomically: true, encoding: .utf8)
        let queue = Queue.parse("50_3|RUNNING|None\n")
        #expect(s.state(of: run, shard: 1, queue: queue) == .done)
        #expect(s.state(of: run, shard: 2, queue: queue) == .failed(3))
        #expect(s.state(of: run, shard: 3, queue: queue) == .running)
        #expect(s.state(of: run, shard: 4, queue: queue) == .notRun)
    }
}
