import ArgumentParser
import Catalog
import Cluster
import Foundation
import Harness
import Runner
import Store

struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "slurm",
        abstract: "Run a benchmark on a SLURM cluster: train jobs, arrays of shards, a merge.",
        discussion: """
            `submit` turns splits × methods × seeds into jobs: one train job per model that is \
            missing, one job array per run (a task per shard, each writing its own SQLite file, \
            after its train job succeeds), and one merge job after every array has ended, which \
            merges the shards that exited 0 into the store and lists the others. `status` says \
            where each job stands. Submitting the same selection again submits only the shards \
            the store lacks and the models that are missing. docs/scale-out.md has the details.
            """,
        subcommands: [Submit.self, Status.self, MergeShards.self])

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "submit",
            abstract: "Submit splits × methods × seeds as train jobs, shard arrays and a merge.",
            discussion: """
                The store (--db) must hold the case index (`segbench ingest`); the jobs read it, and \
                the merge job writes into it. Scripts go to WORK/slurm/ID/ (readable bash, edit and \
                resubmit by hand if you like) with the record of what was submitted.

                Examples:
                  segbench slurm submit --split id_btcv xsite_btcv_to_amosct \\
                      --method atlas unet --seeds 3 --shards 8 --max-parallel 4 \\
                      --partition gpu --gres gpu:1 --time 2:00:00 --db results.sqlite
                  segbench slurm submit --all --method atlas unet \\
                      --prompted-method sam_box --seeds 3 --shards 8 \\
                      --report Reports --db results.sqlite
                (the last: the whole benchmark, as the main job pairs it)
                """)

        @Option(name: .customLong("split"), parsing: .upToNextOption, help: ArgumentHelp("Splits (repeatable, or several at once).", valueName: "name"),
                completion: NameCompletion.splits)
        var splitArguments: [String] = []
        var splits: [String] { ListOption.values(splitArguments) }
        @Option(name: .customLong("method"), parsing: .upToNextOption, help: ArgumentHelp("Methods from methods.json (repeatable, or several at once).", valueName: "name"),
                completion: NameCompletion.methods)
        var methodArguments: [String] = []
        var methodNames: [String] { ListOption.values(methodArguments) }
        @Flag(help: "Every split of the catalog, instead of --split.")
        var all = false
        @Option(name: .customLong("prompted-method"), parsing: .upToNextOption, help: ArgumentHelp("Methods for the prompted splits (repeatable); given, the prompted splits run these and the others --method (the main job's pairing).", valueName: "name"),
                completion: NameCompletion.methods)
        var promptedArguments: [String] = []
        var promptedMethods: [String] { ListOption.values(promptedArguments) }
        @Option(help: ArgumentHelp("Add a report job after the merge: `segbench report` of the selection's out-of-distribution splits into this folder.", valueName: "dir"))
        var report: String?
        @OptionGroup var seedOptions: SeedOptions
        @Option(help: ArgumentHelp("Shards per run (array tasks).", valueName: "n"))
        var shards: Int = 4
        @Option(help: ArgumentHelp("At most this many tasks of an array at once (the array's %).", valueName: "n"))
        var maxParallel: Int?
        @Option(help: ArgumentHelp("SLURM partition.", valueName: "name")) var partition: String?
        @Option(help: ArgumentHelp("Wall time per job, SLURM's format.", valueName: "time")) var time: String?
        @Option(help: ArgumentHelp("CPUs per task (the shard's --jobs).", valueName: "n")) var cpusPerTask: Int?
        @Option(help: ArgumentHelp("Memory per job, SLURM's format.", valueName: "size")) var mem: String?
        @Option(help: ArgumentHelp("Generic resources, e.g. gpu:1.", valueName: "gres")) var gres: String?
        @Option(help: ArgumentHelp("SLURM account.", valueName: "name")) var account: String?
        @Option(help: ArgumentHelp("Quality of service.", valueName: "name")) var qos: String?
        @OptionGroup var methodsCatalog: MethodsCatalogOptions
        /// The old spelling of --methods-catalog, kept hidden for a release.
        @Option(name: .customLong("methods"), help: .hidden)
        var legacyMethodsPath: String?
        @OptionGroup var catalogOptions: CatalogOptions
        @Option(help: ArgumentHelp("The store: the case index is read from it; the merge job writes into it.", valueName: "path"))
        var db: String = "results.sqlite"
        @Option(help: ArgumentHelp("Models, predictions, scripts and logs, on a file system every node sees (default: segbench-work beside the store).", valueName: "dir"))
        var work: String?
        @Flag(help: "Write the scripts and print them with the dependency graph; submit nothing.")
        var dryRun = false

        func validate() throws {
            if shards < 1 { throw ValidationError("--shards takes a positive count (got \(shards))") }
            if let maxParallel, maxParallel < 1 { throw ValidationError("--max-parallel takes a positive count (got \(maxParallel))") }
            if methodNames.isEmpty { throw ValidationError("name the methods with --method (repeatable)") }
            if !all, splits.isEmpty { throw ValidationError("name the splits with --split (repeatable), or give --all") }
        }

        func run() throws {
            let catalog = try catalogOptions.load()
            let methodsLocation = methodsCatalog.location(legacy: legacyMethodsPath)
            let methodCatalog = try loadMethods(methodsLocation)
            let storePath = URL(fileURLWithPath: db).standardizedFileURL.path
            let store = try openExistingStore(storePath)
            let index = try store.indexedCases()
            guard !index.isEmpty else { throw CommandFailure("\(storePath): its case index is empty; `segbench ingest` the data first") }
            let work = URL(fileURLWithPath: self.work ?? IngestCommand.defaultWork(beside: storePath)).standardizedFileURL.path
            let id = Self.submissionId()
            let folder = "\(work)/slurm/\(id)"
            var submission = Submission(
                id: id, folder: folder, store: storePath, work: work, executable: try Self.executable(),
                methodsFile: URL(fileURLWithPath: methodsLocation.path).standardizedFileURL.path,
                catalogFile: URL(fileURLWithPath: catalogOptions.catalog).standardizedFileURL.path,
                directory: FileManager.default.currentDirectoryPath,
                resources: SlurmResources(partition: partition, time: time, cpusPerTask: cpusPerTask, memory: mem, gres: gres, account: account, qos: qos),
                maxParallel: maxParallel)

            var stored: [String] = []
            for (split, method) in try selection(catalog: catalog, methods: methodCatalog) {
                let spec = try planning { try methodCatalog.method(method) }
                for seed in seedOptions.seeds(for: spec, onlySeeded: true) {
                    let plan = try planning {
                        try RunPlan.make(catalog: catalog, methods: methodCatalog, method: method, split: split, index: index, work: work,
                                         tolerances: [1, 2], interactionRounds: 0, seed: seed, storePath: storePath)
                    }
                    let selection = Submission.Selection(split: split, method: method, seed: seed)
                    let missing = try missingShards(plan, store: store)
                    guard !missing.isEmpty else { stored.append(selection.name); continue }
                    var trainingFolder: String?
                    if plan.trainsModel, !FileManager.default.fileExists(atPath: plan.trainingFolder + "/trained.json") {
                        trainingFolder = plan.trainingFolder + "/model"
                        if !submission.trainings.contains(where: { $0.folder == trainingFolder }) {
                            let n = submission.trainings.count + 1
                            submission.trainings.append(Submission.Training(folder: trainingFolder!, selection: selection,
                                                                            script: "\(folder)/train-\(n).sh", log: "\(folder)/logs/train-\(n)-\(selection.name.replacingOccurrences(of: ":", with: "-")).log"))
                        }
                    }
                    submission.runs.append(Submission.RunArray(selection: selection, shards: missing, shardCount: shards, trainingFolder: trainingFolder,
                                                               script: "\(folder)/run-\(submission.runs.count + 1).sh"))
                }
            }
            if !stored.isEmpty { printError("already in \(storePath): \(stored.joined(separator: ", "))") }
            guard !submission.runs.isEmpty else { print("nothing to submit: every selected run is in \(storePath)"); return }
            submission.merge = Submission.MergeJob(script: "\(folder)/merge.sh", log: "\(folder)/logs/merge.log")
            if let report {
                let ood = Set(submission.runs.map(\.selection.split)).union(stored.map { String($0.split(separator: ":")[0]) })
                    .filter { catalog.splits[$0]?.type != "in_distribution" }.sorted()
                submission.report = Submission.ReportJob(splits: ood.isEmpty ? Set(submission.runs.map(\.selection.split)).sorted() : ood,
                                                         out: URL(fileURLWithPath: report).standardizedFileURL.path,
                                                         script: "\(folder)/report.sh", log: "\(folder)/logs/report.log")
            }
            submission.dryRun = dryRun
            try write(submission)
            // The jobs read the case index from a copy in the submission's folder, written once
            // here and never again: the store itself is read by no job and written by the merge only.
            // Closed at the end of this scope, which checkpoints its WAL into the file: a reader
            // that opens it immutable sees the file alone.
            do {
                let copy = try openStore(submission.indexPath)
                for (dataset, cases) in Dictionary(grouping: index, by: \.dataset) { try copy.replaceIndex(dataset: dataset, with: cases) }
            }
            guard !FileManager.default.fileExists(atPath: submission.indexPath + "-wal") else {
                throw CommandFailure("\(submission.indexPath): its write-ahead log was not folded into it; the jobs could not read it")
            }
            if dryRun {
                for script in submission.scripts {
                    print("==> \(script)")
                    print(try String(contentsOfFile: script, encoding: .utf8))
                }
                print(submission.graph, terminator: "")
                print("dry run: nothing submitted; the scripts are in \(folder)")
                return
            }
            try submitJobs(&submission)
            print(submission.graph, terminator: "")
            print("record: \(submission.recordPath); `segbench slurm status --work \(work)` says where each job stands")
        }

        /// The splits × methods asked for (--all: every split of the catalog); with
        /// --prompted-method, prompted splits take those methods and the others --method.
        func selection(catalog: Catalog, methods: MethodCatalog) throws -> [(String, String)] {
            for s in splits where catalog.splits[s] == nil { throw CommandFailure("\(catalogOptions.catalog): no split named \(s)") }
            return (all ? catalog.splits.keys.sorted() : splits).flatMap { s -> [(String, String)] in
                var prompted = false
                if case .prompted = catalog.splits[s]!.trainingProtocol { prompted = true }
                return (prompted && !promptedMethods.isEmpty ? promptedMethods : methodNames).map { (s, $0) }
            }
        }

        /// Shards whose cases are not all in the store from the same inputs.
        func missingShards(_ plan: RunPlan, store: ResultStore) throws -> [Int] {
            let finished = try store.storedRun(plan.description).map { try store.finishedCases(run: $0) } ?? [:]
            return (1...shards).filter { i in plan.shard(i, of: shards).contains { finished[$0.name] != .some(.some($0.inputChecksum)) } }
        }

        func write(_ submission: Submission) throws {
            let manager = FileManager.default
            for sub in ["logs", "shards"] { try manager.createDirectory(atPath: "\(submission.folder)/\(sub)", withIntermediateDirectories: true) }
            for t in submission.trainings { try submission.trainScript(t).write(toFile: t.script, atomically: true, encoding: .utf8) }
            for r in submission.runs { try submission.arrayScript(r).write(toFile: r.script, atomically: true, encoding: .utf8) }
            try submission.mergeScript(log: submission.merge!.log).write(toFile: submission.merge!.script, atomically: true, encoding: .utf8)
            if let r = submission.report { try submission.reportScript(r).write(toFile: r.script, atomically: true, encoding: .utf8) }
            for path in submission.scripts {
                try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
            try submission.save()
        }

        /// sbatch, in dependency order; the record is saved after each job so that a failure half
        /// way leaves what was submitted on record.
        func submitJobs(_ submission: inout Submission) throws {
            for n in submission.trainings.indices {
                submission.trainings[n].jobId = try Self.sbatch(submission.trainings[n].script, dependency: nil)
                try submission.save()
            }
            for n in submission.runs.indices {
                let training = submission.runs[n].trainingFolder.flatMap { f in submission.trainings.first { $0.folder == f }?.jobId }
                submission.runs[n].jobId = try Self.sbatch(submission.runs[n].script, dependency: training.map { "afterok:\($0)" })
                try submission.save()
            }
            let arrays = submission.runs.compactMap(\.jobId)
            submission.merge!.jobId = try Self.sbatch(submission.merge!.script, dependency: "afterany:" + arrays.joined(separator: ":"))
            try submission.save()
            if let r = submission.report {
                submission.report!.jobId = try Self.sbatch(r.script, dependency: "afterany:\(submission.merge!.jobId!)")
                try submission.save()
            }
        }

        static func sbatch(_ script: String, dependency: String?) throws -> String {
            let output = try Cluster.command("sbatch", ["--parsable"] + (dependency.map { ["--dependency=\($0)"] } ?? []) + [script])
            guard let id = output.split(separator: ";").first.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }), !id.isEmpty else {
                throw CommandFailure("sbatch \(script): no job id in its answer '\(output)'")
            }
            return id
        }

        static func submissionId() -> String {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyyMMdd-HHmmss.SSS"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date()) + "-\(ProcessInfo.processInfo.processIdentifier)"
        }

        /// This executable, by its absolute path (the jobs run it on the nodes).
        static func executable() throws -> String {
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
            return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status",
            abstract: "Where each job of the submissions stands: shards done, running, pending, failed (with logs).",
            discussion: """
                Reads WORK/slurm/*/submission.json, the files the jobs leave (a shard's exit status, a \
                model's trained.json, the merge's summary) and squeue. Exit status 0 when everything \
                is done, 4 while jobs are still queued or running, else 3 when something failed or was not run.
                """)
        @Option(help: ArgumentHelp("The work folder given to submit.", valueName: "dir"))
        var work: String = "segbench-work"
        @Flag(help: "Every submission, not only the latest.")
        var all = false

        func run() throws {
            let submissions = Submission.all(work: URL(fileURLWithPath: work).standardizedFileURL.path)
            guard let latest = submissions.last else { throw CommandFailure("\(work)/slurm: no submission recorded") }
            let ids = (all ? submissions : [latest]).flatMap { s in s.trainings.compactMap(\.jobId) + s.runs.compactMap(\.jobId) + [s.merge?.jobId].compactMap { $0 } }
            let queue = ids.isEmpty ? [:] : Queue.parse((try? Cluster.command("squeue", ["-h", "-j", ids.joined(separator: ","), "-o", "%i|%T|%r"])) ?? "")
            var failed = 0, unfinished = 0
            for s in all ? submissions : [latest] {
                let report = s.statusReport(queue: queue)
                print(report.text, terminator: "")
                failed += report.failed
                unfinished += report.unfinished
            }
            // Still moving first: a failed shard is final only once the merge after it has run.
            if unfinished > 0 { throw ExitCode(4) }
            if failed > 0 { throw ExitCode(3) }
        }
    }

    struct MergeShards: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a submission's finished shards into its store (what the merge job runs).",
            discussion: """
                Every shard that exited 0 is merged (idempotent: merging again adds nothing); the store \
                is then checked (PRAGMA integrity_check). Shards that failed, or never ran, are listed \
                with their logs in the submission's merge.txt and left out: a later submit reruns them. \
                Exit status 3 when a shard was left out.
                """)
        @Option(help: ArgumentHelp("The submission record (WORK/slurm/ID/submission.json).", valueName: "path"))
        var submission: String

        func run() throws {
            let s: Submission
            do { s = try Submission.load(submission) } catch let error as ClusterError { throw CommandFailure(error.description) }
            let target = try openStore(s.store)
            var lines: [String] = [], leftOut = 0, merged = 0
            for r in s.runs {
                for i in r.shards {
                    switch s.state(of: r, shard: i, queue: [:]) {
                    case .done:
                        let result = try target.merge(from: openExistingStore(r.shardStore(i, in: s.folder)))
                        merged += 1
                        lines.append("merged \(r.selection.name) shard \(i)/\(r.shardCount): \(result.added) result(s) added, \(result.alreadyPresent) already there")
                    case let state:
                        leftOut += 1
                        lines.append("LEFT OUT \(r.selection.name) shard \(i)/\(r.shardCount): \(state); log \(r.log(i, in: s.folder))")
                    }
                }
            }
            try target.checkIntegrity()
            lines.append("\(merged) shard(s) merged, \(leftOut) left out; \(s.store): integrity ok")
            let text = lines.joined(separator: "\n") + "\n"
            try text.write(toFile: "\(s.folder)/merge.txt", atomically: true, encoding: .utf8)
            print(text, terminator: "")
            if leftOut > 0 { throw ExitCode(3) }
        }
    }
}
