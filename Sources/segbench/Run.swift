import ArgumentParser
import Catalog
import Foundation
import Harness
import Metrics
import Runner
import Store

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a method on a split: train once, predict, check, score and store every case.",
        discussion: """
            The split's cases come from the case index in --db (written by `segbench ingest`; with \
            --root, datasets the index lacks are ingested first). The method comes from methods.json: \
            a builtin baseline, an external command (called once per step with a JSON manifest, see \
            docs/methods.md), or a folder of ready predictions.

            A method trains once per (method version, split): its model stays in --work and is found \
            again by later runs and by other shards. Every prediction is checked (it exists, reads as \
            NIfTI, holds only the method's output labels, lies on the case's grid), translated into the \
            split's label space and scored on the split's label group. Each case is stored in its own \
            transaction as soon as it is done; a failure is stored with the method's exit status and \
            the end of its log, and costs only that case.

            A method that trains runs once per training seed: --seed S (repeatable) or --seeds N \
            (1…N), else its methods.json entry's "seeds", else once with the method's own seed. Each \
            seed is a run of its own with its own model; reports average over seeds.

            Running the same command again skips the cases stored from the same inputs: a run killed \
            at any point (kill -9 included) resumes where it stopped. --shard i/n runs a deterministic \
            part of the cases, for a cluster's array jobs; `segbench merge` joins the shards' stores. \
            A second instance of the same run (same store, options and shard) waits up to 10 s for \
            the first, then refuses. SIGINT, SIGTERM and SIGHUP stop the method's processes, store \
            nothing more and exit 128 + the signal; after SIGKILL a watchdog stops them.

            Every run records the git commit of the method's folder when it is a git checkout (and \
            whether it had changes not committed), and the --tag pairs given; `segbench runs show` \
            prints them.

            Exit status: 0 when every case of the run (or shard) is scored; 3 when a case is \
            stored as a failure (the last line counts them by kind), unless --allow-failures; \
            1 when the run could not be done (a bad catalog, a failed training).

            Examples:
              segbench run --split id_btcv --method atlas --db results.sqlite
              segbench run --split xmod_btcvct_to_chaost2 --method intensity \\
                  --root Reports/phantoms
              segbench run --split id_amosct --method my_unet \\
                  --methods-catalog my/methods.json --shard 2/8 --db shard2.sqlite
              segbench run --split xsite_btcv_to_amosct --method my_unet --seeds 3
              segbench run --split id_btcv --method my_unet --tag lr=3e-4 --tag arm=no_aug
            """)

    @Option(help: ArgumentHelp("The split, from the catalog.", valueName: "name"), completion: NameCompletion.splits)
    var split: String
    @Option(help: ArgumentHelp("The method, from methods.json.", valueName: "name"), completion: NameCompletion.methods)
    var method: String
    @OptionGroup var methodsCatalog: MethodsCatalogOptions
    /// The old spelling of --methods-catalog, kept hidden for a release.
    @Option(name: .customLong("methods"), help: .hidden)
    var legacyMethodsPath: String?
    @OptionGroup var catalogOptions: CatalogOptions
    @Option(help: ArgumentHelp("A data root: the split's datasets not yet in the index are ingested from it first.", valueName: "dir"))
    var root: String?
    @Option(help: ArgumentHelp("The store: the case index is read from it and results are written to it.", valueName: "path"))
    var db: String = "results.sqlite"
    @Option(help: ArgumentHelp("Trained models, manifests, predictions and logs (default: segbench-work beside the store).", valueName: "dir"))
    var work: String?
    @Option(help: ArgumentHelp("Cases checked and scored at once (default: one per core).", valueName: "n"))
    var jobs: Int?
    @Option(help: ArgumentHelp("Run only shard i of n (1-based), e.g. 2/8.", valueName: "i/n"))
    var shard: String?
    @OptionGroup var seedOptions: SeedOptions
    @Option(help: ArgumentHelp("Interaction rounds: after predicting, give the method a correction in words and score its answer.", valueName: "n"))
    var interactRounds: Int = 0
    @OptionGroup var tolerances: ToleranceOptions
    @Option(help: ArgumentHelp("Read the case index from this store instead of --db, as a file no one writes (a cluster submission's copy; each shard writes a store of its own).", valueName: "path"))
    var index: String?
    @Flag(help: "Train the model if it is missing, and stop: nothing is predicted or stored (a cluster's train job).")
    var trainOnly = false
    @Flag(help: "Print where the time went (method, reading, metrics, storing), on stderr.")
    var timings = false
    @Flag(help: "Exit 0 even when cases are stored as failures (by default: exit status 3).")
    var allowFailures = false
    @Option(name: .customLong("tag"), help: ArgumentHelp("A free key=value pair stored with the run (repeatable; `runs list --tag` filters on it).", valueName: "key=value"))
    var tags: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a positive number of workers (got \(jobs))") }
        _ = try parsedShard()
        if interactRounds < 0 { throw ValidationError("--interact-rounds takes 0 or more (got \(interactRounds))") }
        _ = try RunTags.parse(tags)
    }

    func parsedShard() throws -> (index: Int, count: Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, (1...n).contains(i) else {
            throw ValidationError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/8 (got '\(shard)')")
        }
        return (i, n)
    }


    func run() throws {
        Subprocess.killChildrenOnInterrupt()
        let clock = ContinuousClock(), start = clock.now
        let catalog = try catalogOptions.load()
        let methodCatalog: MethodCatalog
        methodCatalog = try loadMethods(methodsCatalog.location(legacy: legacyMethodsPath))
        // A train-only job stores nothing: it reads the case index and writes only the model.
        let store = try trainOnly ? openStore(index ?? db, access: index == nil ? .readOnly : .snapshot) : openStore(db)
        let work = work ?? IngestCommand.defaultWork(beside: db)
        if let root { try ingestMissing(catalog: catalog, store: store, root: root, work: work) }

        let seeds = seedOptions.seeds(for: try planning { try methodCatalog.method(method) })
        let indexed = try index.map { try openStore($0, access: .snapshot).indexedCases() } ?? store.indexedCases()
        var failed = 0
        for seed in seeds {
            let plan = try planning {
                try RunPlan.make(catalog: catalog, methods: methodCatalog, method: method, split: split, index: indexed,
                                 work: work, tolerances: try tolerances.values(), interactionRounds: interactRounds, seed: seed,
                                 storePath: db)
            }
            if trainOnly {
                do {
                    let progress = RunProgress(method: method)
                    let events = RunEvents(stage: progress.stage, methodProgress: progress.methodProgress)
                    let checksum: String?
                    do {
                        defer { progress.finish() }   // the bar's line ends before the summary or the error
                        checksum = try Runner(plan: plan, store: store, jobs: 1, events: events).trainOnly()
                    }
                    printError("\(method) on \(split)" + (seed.map { ", seed \($0)" } ?? "") + ": "
                               + (checksum.map { "model \($0.prefix(12)) in \(plan.trainingFolder)" } ?? "nothing to train"))
                } catch let error as RunError { throw CommandFailure(error.description) }
                continue
            }
            failed += try run(plan, store: store, clock: clock, start: start)
        }
        if failed > 0 && !allowFailures {
            printError("exit status 3: \(failed) case(s) failed (--allow-failures accepts them)")
            throw ExitCode(3)
        }
    }

    /// Runs one seed's plan and prints its table; returns the number of its cases stored as failures.
    func run(_ plan: RunPlan, store: ResultStore, clock: ContinuousClock, start: ContinuousClock.Instant) throws -> Int {
        let shard = try parsedShard()
        let version = plan.version
        let seedText = plan.seed.map { ", seed \($0)" } ?? ""
        printError("\(method) \(version.version) (config \(version.configurationChecksum.prefix(8)), checkpoints \(version.checkpointChecksum.prefix(8))) "
                   + "on \(split)\(seedText): \(plan.train.count) training, \(plan.test.count) test cases"
                   + (shard.map { ", shard \($0.index)/\($0.count)" } ?? ""))
        for (name, problem) in plan.excluded { printError("excluded \(name): \(problem)") }

        let progress = RunProgress(method: method)
        let title = "\(method) on \(split)\(seedText)"
        let events = RunEvents(
            stage: progress.stage,
            planned: { todo, stored in
                if stored > 0 { progress.stage("\(stored) case(s) already stored from the same inputs; \(todo) to run") }
                progress.planned(title, todo: todo)
            },
            finished: progress.finished,
            methodProgress: progress.methodProgress)
        let outcome: RunOutcome
        do {
            // Whatever ends the run, the bar's line ends before the next message.
            defer { progress.finish() }
            outcome = try Runner(plan: plan, store: store, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard, events: events,
                             tags: try RunTags.parse(tags)).run()
        } catch let error as RunError { throw CommandFailure(error.description) }

        let shardCases = Set((shard.map { plan.shard($0.index, of: $0.count) } ?? plan.test).map(\.name))
        let results = try store.results(run: outcome.run).filter { shardCases.contains($0.caseDescription.name) }
        let options = ScoringOptions(structures: plan.structures, tolerances: plan.tolerances, extended: plan.extended)
        print(FolderReport.table(NNUNetSummary(results, options: options), tolerances: plan.tolerances), terminator: "")
        for r in outcome.results { if let f = r.failure { printError("\(r.caseDescription.name): \(f.kind): \(f.message)") } }
        printError("store: \(db) (run \(outcome.run)); work: \(plan.folder)")
        if timings {
            let t = outcome.timing, wall = (clock.now - start).seconds
            printError(String(format: "wall %.2f s for %d cases; method %.2f s; summed over workers: checksums %.2f s, reading %.2f s, metrics %.2f s; storing %.3f s",
                              wall, outcome.results.count, outcome.methodSeconds, t.checksum, t.read, t.metrics, outcome.storingSeconds))
        }
        // The run's (or shard's) cases as stored, the earlier invocations' included: resuming a
        // run with failures still says so.
        let summary = Self.summary(results)
        printError(summary.line)
        return summary.failed
    }

    /// "15 cases, 12 scored, 3 failed: 2 method_failed, 1 timeout".
    static func summary(_ results: [CaseResult]) -> (line: String, failed: Int) {
        let kinds = Dictionary(grouping: results.compactMap { $0.failure?.kind }, by: { $0 }).mapValues(\.count)
        let failed = kinds.values.reduce(0, +)
        var line = "\(results.count) cases, \(results.count - failed) scored, \(failed) failed"
        if failed > 0 {
            line += ": " + kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        return (line, failed)
    }

    /// Ingests the split's datasets that the index does not hold yet.
    func ingestMissing(catalog: Catalog, store: ResultStore, root: String, work: String) throws {
        guard let split = catalog.splits[split] else { return }
        let needed = Set((split.train + split.test).map(\.dataset))
        let indexed = Set(try store.indexedCases().map(\.dataset))
        for name in needed.subtracting(indexed).sorted() {
            guard let dataset = catalog.datasets[name] else { continue }
            printError("ingesting \(name) from \(root)")
            _ = try IngestCommand.index(dataset, catalog: catalog, root: root, work: work, into: store) { _ in }
        }
    }
}

/// Resolves a split or plans a run, turning what the catalog, the index or the plan finds wrong
/// into one clear line.
func planning<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as RunError { throw CommandFailure(error.description) }
    catch let error as DiscoveryError { throw CommandFailure(error.description) }
    catch let error as CatalogError { throw CommandFailure(error.description) }
}

/// Opens a store, turning its errors into one clear line.
func openStore(_ path: String, access: ResultStore.Access = .readWrite) throws -> ResultStore {
    do { return try ResultStore(path: path, access: access) } catch let error as StoreError { throw CommandFailure(error.description) }
}

/// A store that must already exist, opened read-only (the commands that only read one): opening
/// a missing path would create an empty store and report "no runs" instead of the typo, and a
/// store in a read-only folder can still be read. A store an older SegBench wrote is brought up
/// to date first where it can be written (the migrations only add), so reading it after an
/// upgrade just works; where it cannot, the error says what to do.
func openExistingStore(_ path: String) throws -> ResultStore {
    guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure("\(path): no such store") }
    do { return try ResultStore(path: path, access: .readOnly) } catch let error as StoreError {
        guard error.isOlderSchema, FileManager.default.isWritableFile(atPath: path) else { throw CommandFailure(error.description) }
        _ = try openStore(path)
        return try openStore(path, access: .readOnly)
    }
}

/// `--seed` (repeatable) and `--seeds N`: the training seeds of `run` and `slurm submit`.
struct SeedOptions: ParsableArguments {
    @Option(name: .customLong("seed"), help: ArgumentHelp("A training seed; repeat for several (one model and one run each).", valueName: "n"))
    var list: [Int] = []
    @Option(help: ArgumentHelp("Train with seeds 1…n (instead of --seed or methods.json's seeds).", valueName: "n"))
    var seeds: Int?

    func validate() throws {
        if !list.isEmpty, seeds != nil { throw ValidationError("give --seed or --seeds, not both") }
        if let seeds, !(1...1000).contains(seeds) { throw ValidationError("--seeds takes a count from 1 to 1000 (got \(seeds))") }
        if let negative = list.first(where: { $0 < 0 }) { throw ValidationError("--seed takes a whole number ≥ 0 (got \(negative))") }
        if Set(list).count != list.count { throw ValidationError("--seed names a seed twice") }
    }

    /// The seeds to run a method with: the command line's, else its methods.json entry's, else
    /// one run without a seed (nil: the method's own). `onlySeeded`: a method whose train step
    /// does not take a seed (`{seed}`) gets one run without one whatever was asked (a selection
    /// of several methods; `run` names the method, and a seed it cannot take is refused there).
    func seeds(for method: MethodSpec, onlySeeded: Bool = false) -> [Int?] {
        if onlySeeded {
            guard case .command(let steps) = method.kind, steps.trainTakesSeed else { return [nil] }
        }
        if !list.isEmpty { return list }
        if let seeds { return Array(1...seeds) }
        return method.seeds ?? [nil]
    }
}

/// methods.json at `location`, or a message naming where it was looked for.
func loadMethods(_ location: CatalogLocation) throws -> MethodCatalog {
    if location.origin == .notFound { throw CommandFailure(CatalogLocation.notFoundMessage(.methods, searched: location.searched)) }
    do { return try MethodCatalog.load(location.path) } catch let error as CatalogError { throw CommandFailure(error.description) }
}
