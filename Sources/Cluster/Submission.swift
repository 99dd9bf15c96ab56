import Foundation

/// One submission of a benchmark to SLURM, as written into `WORK/slurm/ID/submission.json`:
/// what each job runs, its script and log, and the job ids SLURM gave it. `segbench slurm
/// status` reads it back; the merge job reads it to know which shard stores to merge.
///
/// The jobs and their dependencies:
///
/// ```
/// train (one per method version × training set × seed without a model)
///    └─ afterok ─> run array (one per split × method × seed: a task per shard, each its own SQLite file)
///                     └─ afterany ─> merge (every shard that exited 0 into the store; the rest listed)
/// ```
public struct Submission: Codable, Sendable {
    /// A (split, method, seed) selection: what `segbench run` takes.
    public struct Selection: Codable, Sendable, Hashable {
        public var split: String
        public var method: String
        public var seed: Int?
        public init(split: String, method: String, seed: Int?) {
            self.split = split
            self.method = method
            self.seed = seed
        }
        /// `xsite_btcv_to_amosct:unet:seed1`: SLURM job names and file names.
        public var name: String { "\(split):\(method)" + (seed.map { ":seed\($0)" } ?? "") }
        var fileName: String { name.replacingOccurrences(of: ":", with: "-") }
        public var arguments: [String] { ["--split", split, "--method", method] + (seed.map { ["--seed", String($0)] } ?? []) }
    }

    /// A train job: trains the model one or more runs share (`segbench run --train-only`).
    public struct Training: Codable, Sendable {
        /// The model folder it fills: what runs wait on.
        public var folder: String
        /// One run of the training set, through which it is trained.
        public var selection: Selection
        public var script: String
        public var log: String
        public var jobId: String?
        public init(folder: String, selection: Selection, script: String, log: String) {
            self.folder = folder
            self.selection = selection
            self.script = script
            self.log = log
        }
    }

    /// A job array: shard `i` of `shardCount` for each `i` in `shards` (a resubmission runs only
    /// the shards the store lacks).
    public struct RunArray: Codable, Sendable {
        public var selection: Selection
        public var shards: [Int]
        public var shardCount: Int
        /// The model folder of its train job in this submission; nil: trained already, or nothing to train.
        public var trainingFolder: String?
        public var script: String
        public var jobId: String?

        public init(selection: Selection, shards: [Int], shardCount: Int, trainingFolder: String?, script: String) {
            self.selection = selection
            self.shards = shards
            self.shardCount = shardCount
            self.trainingFolder = trainingFolder
            self.script = script
        }

        public func shardStore(_ i: Int, in folder: String) -> String {
            "\(folder)/shards/\(selection.fileName)-shard\(i)of\(shardCount).sqlite"
        }
        /// Where a shard task writes its exit status when it ends.
        public func exitFile(_ i: Int, in folder: String) -> String {
            "\(folder)/shards/\(selection.fileName)-shard\(i)of\(shardCount).exit"
        }
        public func log(_ i: Int, in folder: String) -> String { "\(folder)/logs/run-\(selection.fileName)-shard\(i).log" }
    }

    public struct MergeJob: Codable, Sendable {
        public var script: String
        public var log: String
        public var jobId: String?
        public init(script: String, log: String) {
            self.script = script
            self.log = log
        }
    }

    public var id: String
    public var folder: String
    /// The store every finished shard is merged into (the case index is read from it).
    public var store: String
    public var work: String
    /// The `segbench` executable the jobs run, and the files it reads.
    public var executable: String
    public var methodsFile: String
    public var catalogFile: String
    public var directory: String
    public var resources: SlurmResources
    /// At most this many tasks of an array at once (`--array=…%N`); nil: no limit.
    public var maxParallel: Int?
    public var trainings: [Training]
    public var runs: [RunArray]
    public var merge: MergeJob?
    /// The report job after the merge (`--report DIR`): `segbench report` of the selection's
    /// out-of-distribution splits into DIR.
    public var report: ReportJob?

    public struct ReportJob: Codable, Sendable {
        public var splits: [String]
        public var out: String
        public var script: String
        public var log: String
        public var jobId: String?
        public init(splits: [String], out: String, script: String, log: String) {
            self.splits = splits
            self.out = out
            self.script = script
            self.log = log
        }
    }

    /// Where the record is kept: `submission.json`, or `dry-run.json` for a dry run, which
    /// submitted nothing and so is no submission `status` should look at.
    public var recordPath: String { "\(folder)/\(dryRun ? "dry-run" : "submission").json" }
    /// Every script of the submission, in the order they are submitted.
    public var scripts: [String] {
        trainings.map(\.script) + runs.map(\.script) + [merge?.script, report?.script].compactMap { $0 }
    }

    /// The copy of the store's case index the jobs read (written at submission, never after).
    public var indexPath: String { "\(folder)/index.sqlite" }
    /// Written by `--dry-run`: the scripts and the graph, nothing submitted.
    public var dryRun = false

    public init(id: String, folder: String, store: String, work: String, executable: String, methodsFile: String, catalogFile: String,
                directory: String, resources: SlurmResources, maxParallel: Int?) {
        self.id = id
        self.folder = folder
        self.store = store
        self.work = work
        self.executable = executable
        self.methodsFile = methodsFile
        self.catalogFile = catalogFile
        self.directory = directory
        self.resources = resources
        self.maxParallel = maxParallel
        trainings = []
        runs = []
    }

    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: recordPath), options: .atomic)
    }

    public static func load(_ path: String) throws -> Submission {
        do {
            return try JSONDecoder().decode(Submission.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ClusterError("\(path): not a SegBench submission record (\(error))")
        }
    }

    /// Every submission under a work folder, oldest first (ids are times, so they sort).
    public static func all(work: String) -> [Submission] {
        let root = "\(work)/slurm"
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        return ids.compactMap { try? load("\(root)/\($0)/submission.json") }
    }
}

public struct ClusterError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
