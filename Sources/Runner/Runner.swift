import Baselines
import Catalog
import Dispatch
import Foundation
import Harness
import Metrics
import NIfTI
import Store
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a runner tells its caller as it goes (a progress bar, plain lines).
public struct RunEvents: Sendable {
    /// A step begins: "training atlas on 9 cases", "predict call 1/3 (4 cases)".
    public var stage: @Sendable (String) -> Void
    /// The number of cases this invocation will run, once known.
    public var planned: @Sendable (_ todo: Int, _ alreadyStored: Int) -> Void
    /// One case stored.
    public var finished: @Sendable (CaseResult) -> Void
    /// A command method's step ("train", "predict", "interact") says how far it has come, in its
    /// own words (`MethodProgress`).
    public var methodProgress: @Sendable (_ step: String, MethodProgress) -> Void

    public init(stage: @escaping @Sendable (String) -> Void = { _ in }, planned: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                finished: @escaping @Sendable (CaseResult) -> Void = { _ in },
                methodProgress: @escaping @Sendable (String, MethodProgress) -> Void = { _, _ in }) {
        self.stage = stage
        self.planned = planned
        self.finished = finished
        self.methodProgress = methodProgress
    }
}

/// What one invocation did.
public struct RunOutcome: Sendable {
    public var run: Int64
    /// Cases of this shard.
    public var cases: Int
    /// Skipped: stored earlier from the same inputs.
    public var alreadyStored: Int
    /// Stored now, in plan order.
    public var results: [CaseResult]
    public var timing: CaseTiming
    /// Seconds in the method: training, predicting (builtin or external), interacting.
    public var methodSeconds: Double
    public var storingSeconds: Double
}

/// Runs a plan: trains once per (method version, training set), predicts, checks and scores each case,
/// and stores each case as soon as it is done, in its own transaction.
///
/// ```swift
/// let plan = try RunPlan.make(catalog: catalog, methods: methods, method: "atlas", split: "id_btcv",
///                             index: try store.indexedCases(), work: "segbench-work", tolerances: [1, 2],
///                             interactionRounds: 0, storePath: store.path)
/// let outcome = try Runner(plan: plan, store: store, jobs: 2).run()
/// ```
public struct Runner: Sendable {
    public let plan: RunPlan
    public let store: ResultStore
    public let jobs: Int
    /// `(i, n)`: run shard i of n (1-based).
    public let shard: (index: Int, count: Int)?
    public let events: RunEvents

    /// Free `key=value` pairs stored with the run (`segbench run --tag`).
    public let tags: [String: String]

    public init(plan: RunPlan, store: ResultStore, jobs: Int, shard: (index: Int, count: Int)? = nil, events: RunEvents = RunEvents(),
                tags: [String: String] = [:]) {
        self.tags = tags
        self.plan = plan
        self.store = store
        self.jobs = max(1, jobs)
        self.shard = shard
        self.events = events
    }

    var evaluation: CaseEvaluation { CaseEvaluation(plan: plan) }
    func path(_ parts: String...) -> String { parts.reduce(plan.folder) { ($0 as NSString).appendingPathComponent($1) } }
    /// Under the training folder, which splits with one training set share.
    func trainingPath(_ parts: String...) -> String { parts.reduce(plan.trainingFolder) { ($0 as NSString).appendingPathComponent($1) } }

    public func run() throws -> RunOutcome {
        // First the lock: a second instance of this run waits here, then finds what the first
        // stored (or refuses after `Invocation.lockWait`).
        let invocation = try Invocation.begin(plan: plan, storePath: store.path, shard: shard)
        var ended = false
        defer { if !ended { invocation.end() } }
        // Not reopened yet: a run found complete keeps its finishedAt (a re-run of the main job
        // rewrote every run's, and so the committed store, while adding nothing).
        let runId = try store.beginRun(plan.description, reopen: false)
        try store.setPlannedCases(plan.test.count, run: runId)
        try store.saveLabelDefinitions(spaces: [plan.space.record] + trainingSpaces, datasets: datasetRecords)
        let cases = shard.map { plan.shard($0.index, of: $0.count) } ?? plan.test
        let finished = try store.finishedCases(run: runId)
        let todo = cases.filter { finished[$0.name] != .some(.some($0.inputChecksum)) }
        // The commit is read only when cases are added (it describes the code that made them),
        // so a re-run that finds everything stored writes nothing; tags are stored either way.
        let git = todo.isEmpty ? nil : GitCheckout.folder(of: plan.method).flatMap(GitCheckout.state(of:))
        let earlier = try store.setProvenance(git: git, tags: tags, run: runId)
        if let git, let earlier, earlier.commit != git.commit {
            events.stage("note: run \(runId) was stored from commit \(earlier.commit.prefix(12)); its new cases come from \(git.commit.prefix(12))")
        }
        events.planned(todo.count, cases.count - todo.count)
        var outcome = RunOutcome(run: runId, cases: cases.count, alreadyStored: cases.count - todo.count, results: [],
                                 timing: CaseTiming(), methodSeconds: 0, storingSeconds: 0)
        guard !todo.isEmpty else {
            try store.finishRun(runId, ifOpen: true)
            try? FileManager.default.removeItem(atPath: invocation.folder)
            return outcome
        }
        try store.reopenRun(runId)
        let clock = ContinuousClock()
        if plan.trainsModel {
            let t = clock.now
            let checksum = try ensureTrained(invocation)
            try store.setTrainedChecksum(checksum, run: runId)
            if let report = trainingReport() { try store.setTrainingReport(report, run: runId) }
            outcome.methodSeconds += (clock.now - t).seconds
        }
        let collector = Collector(store: store, run: runId, events: events)
        switch plan.method.kind {
        case .builtin(let baseline):
            let model = try BuiltinModels.load(baseline, from: trainingPath("model", "model.json"))
            try FileManager.default.createDirectory(atPath: invocation.path("outputs", "predictions"), withIntermediateDirectories: true)
            parallel(todo) { c, timing in
                let output = invocation.path("outputs", "predictions", "\(c.name).nii.gz")
                let t = ContinuousClock.now
                do {
                    let image = try NIfTI.read(c.entry.images.sorted { $0.key < $1.key }[0].value, as: Float.self)
                    try NIfTI.write(model.predict(image.channels > 1 ? image.channel(0) : image), to: output)
                } catch {
                    try? FileManager.default.removeItem(atPath: output)
                }
                collector.addMethodTime((ContinuousClock.now - t).seconds)
                return settle(evaluation.evaluate(c, prediction: output, call: nil, sidecar: .none, timing: &timing),
                              moves: [(output, path("predictions", "\(c.name).nii.gz"))])
            } store: { collector.store($0, $1) }
        case .predictions(let folder, let pattern):
            parallel(todo) { c, timing in
                let output = MethodVersioning.predictionPath(folder: folder, pattern: pattern, case: c.name)
                return evaluation.evaluate(c, prediction: output, call: nil, sidecar: CaseEvaluation.sidecar(at: Self.sidecarPath(output)),
                                           timing: &timing)
            } store: { collector.store($0, $1) }
        case .command(let steps):
            try runCommand(steps, todo: todo, collector: collector, invocation: invocation)
        }
        // Interrupted (SIGINT, SIGTERM, SIGHUP): the handler is exiting the process; the run is
        // not finished and nothing more is stored.
        if Subprocess.interrupted { Subprocess.waitForExit() }
        let collected = collector.state.withLock { $0 }
        if let error = collected.storeError { throw RunError("\(store.path): could not store results: \(error)") }
        ended = true
        invocation.end()
        try store.finishRun(runId)
        let order = Dictionary(uniqueKeysWithValues: todo.enumerated().map { ($1.name, $0) })
        outcome.results = collected.results.sorted { order[$0.caseDescription.name] ?? 0 < order[$1.caseDescription.name] ?? 0 }
        outcome.timing = collected.timing
        outcome.methodSeconds += collected.methodSeconds
        outcome.storingSeconds = collected.storingSeconds
        return outcome
    }

    /// Trains the plan's model if it has none yet, and stores nothing: a cluster's train job,
    /// after which every shard finds the model (`ensureTrained` under its lock). Returns the
    /// checksum of what training wrote, nil for a method that trains nothing.
    public func trainOnly() throws -> String? {
        guard plan.trainsModel else { return nil }
        let invocation = try Invocation.begin(plan: plan, storePath: store.path, shard: nil)
        defer { invocation.end() }
        return try ensureTrained(invocation)
    }

    /// `case.nii.gz` → `case.json`: where a method's sidecar sits.
    static func sidecarPath(_ prediction: String) -> String {
        for ending in [".nii.gz", ".nii"] where prediction.hasSuffix(ending) { return String(prediction.dropLast(ending.count)) + ".json" }
        return prediction + ".json"
    }

    // MARK: Parallel cases

    /// Runs `work` on each case on `jobs` threads, handing each result to `store` at once.
    func parallel(_ cases: [PlannedCase], _ work: @Sendable (PlannedCase, inout CaseTiming) -> CaseResult,
                  store: @Sendable (CaseResult, CaseTiming) -> Void) {
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, cases.count)) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < cases.count else { return }
                var timing = CaseTiming()
                let result = work(cases[i], &timing)
                store(result, timing)
            }
        }
    }

    // MARK: Training

    /// Trains unless this (method version, training set) already has a model; several shards starting
    /// at once wait on one lock, and one trains. Returns the checksum of what training wrote.
    func ensureTrained(_ invocation: Invocation) throws -> String {
        let folder = trainingPath("model"), marker = trainingPath("trained.json")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lock = open(trainingPath("train.lock"), O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else { throw RunError("\(trainingPath("train.lock")): cannot be created") }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }
        if let data = FileManager.default.contents(atPath: marker),
           let saved = try? JSONDecoder().decode([String: String].self, from: data), let checksum = saved["checksum"] {
            events.stage("trained model found in \(folder)")
            return checksum
        }
        guard !plan.train.isEmpty else { throw RunError("\(plan.description.split): no training case to train \(plan.method.name) on") }
        events.stage("training \(plan.method.name) on \(plan.train.count) cases")
        switch plan.method.kind {
        case .builtin(let baseline):
            let cases = try plan.train.map { c -> TrainingCase in
                let image = try NIfTI.read(c.entry.images.sorted { $0.key < $1.key }[0].value, as: Float.self)
                return TrainingCase(image: image.channels > 1 ? image.channel(0) : image, labels: try trainingLabels(c))
            }
            try BuiltinModels.fit(baseline, cases: cases, labels: plan.trainingLabels.map(\.value), to: trainingPath("model", "model.json"))
        case .command(let steps):
            guard let step = steps.train else { break }
            let labelFolder = trainingPath("labels")
            try FileManager.default.createDirectory(atPath: labelFolder, withIntermediateDirectories: true)
            let manifest = Manifest.Document(
                step: "train", method: plan.method.name, split: plan.description.split, protocol: plan.split.trainingProtocol.name,
                labelSpace: plan.space.name, labels: manifestLabels(plan.trainingLabels), organs: plan.trainingLabels.map(\.displayName),
                modelFolder: folder,
                cases: try plan.train.map { c in
                    let label = (labelFolder as NSString).appendingPathComponent("\(c.entry.dataset)_\(c.name).nii.gz")
                    try NIfTI.write(try trainingLabels(c), to: label)
                    return Manifest.TrainCase(case: c.name, dataset: c.entry.dataset, subject: c.entry.subject, images: c.images, label: label,
                                              annotated: c.entry.annotated, acquisition: c.entry.acquisition.mapValues(\.value))
                }, seed: plan.seed)
            let manifestPath = trainingPath("train.json")
            try Manifest.write(manifest, to: manifestPath)
            let outcome = try call("train", step, steps, manifest: manifestPath, log: trainingPath("train.log"), keep: [invocation.lock, lock])
            guard outcome.succeeded else {
                throw RunError("\(plan.method.name) train step \(outcome.explanation); nothing was stored, run again to retry. "
                               + "Log \(trainingPath("train.log")), ending:\n\(outcome.stderrTail)")
            }
        case .predictions:
            break
        }
        let checksum = Checksum.text(try folderListing(folder))
        let data = try JSONEncoder().encode(["checksum": checksum, "trained_at": ISO8601DateFormatter().string(from: Date())])
        try data.write(to: URL(fileURLWithPath: marker), options: .atomic)
        return checksum
    }

    /// The model folder's `method.json`, when the method wrote one that is a JSON object of at
    /// most 64 KiB (anything else is the method's own file, not a report).
    func trainingReport() -> String? {
        guard let data = FileManager.default.contents(atPath: trainingPath("model", "method.json")), data.count <= 65_536,
              (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A training case's labels in the values training learns (others background).
    func trainingLabels(_ c: PlannedCase) throws -> LabelMap {
        LabelTranslation.dataset(plan.datasets[c.entry.dataset]!, values: plan.trainingLabels.valuesByName)
            .apply(try NIfTI.readLabels(c.entry.label)).map
    }

    func folderListing(_ folder: String) throws -> String {
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        return files.compactMap { f in Checksum.file((folder as NSString).appendingPathComponent(f)).map { "\(f) \($0)" } }.joined(separator: "\n")
    }

    func manifestLabels(_ labels: [LabelToPredict]) -> [Manifest.Label] {
        labels.map { Manifest.Label(name: $0.name, value: Int($0.value), displayName: $0.displayName) }
    }

    // MARK: Command methods

    /// Runs a step; `log` is a name under the invocation's `logs/`, or a path. `keep`: the locks
    /// held until the call's processes are all gone.
    func call(_ name: String, _ step: CommandStep, _ steps: CommandSteps, manifest: String, log: String, invocation: Invocation? = nil,
              keep: [Int32]) throws -> Subprocess.Outcome {
        let arguments = step.arguments.map {
            $0.replacingOccurrences(of: "{manifest}", with: manifest).replacingOccurrences(of: "{work}", with: trainingPath("model"))
                .replacingOccurrences(of: "{seed}", with: plan.seed.map(String.init) ?? "{seed}")
        }
        do {
            return try Subprocess.run(arguments, environment: steps.environment, directory: steps.workingDirectory,
                                      log: log.hasPrefix("/") ? log : (invocation?.path("logs", "\(log).log") ?? path("\(log).log")),
                                      timeLimit: step.timeLimitSeconds, keep: keep,
                                      progress: { [events] in events.methodProgress(name, $0) })
        } catch let error as Subprocess.LaunchError {
            throw RunError("\(plan.method.name): \(error.description)")
        }
    }

    /// Predict (and interact) in batches: one call per batch, then the batch's cases are checked,
    /// scored and stored in parallel while nothing else runs.
    func runCommand(_ steps: CommandSteps, todo: [PlannedCase], collector: Collector, invocation: Invocation) throws {
        let size = steps.predict.batchSize > 0 ? steps.predict.batchSize : todo.count
        let batches = stride(from: 0, to: todo.count, by: size).map { Array(todo[$0..<min($0 + size, todo.count)]) }
        // The method writes into this invocation's own folder, which nothing else writes to.
        let outputs = invocation.path("outputs", "predictions")
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        for (number, batch) in batches.enumerated() {
            if Subprocess.interrupted { return }
            let tag = batches.count > 1 ? "-\(number + 1)" : ""
            var prompts: [String: [String: Manifest.Prompt]] = [:]
            if case .prompted(let jitter, let seed) = plan.split.trainingProtocol {
                let labelNames = Dictionary(plan.labels.map { ($0.value, $0.name) }, uniquingKeysWith: { first, _ in first })
                for c in batch {
                    if let reference = try? evaluation.reference(c) {
                        prompts[c.name] = SimulatedClinician.prompts(reference, structures: c.structures, labelNames: labelNames,
                                                                        jitter: jitter, seed: seed, caseName: c.name)
                    }
                }
            }
            let manifest = Manifest.Document(
                step: "predict", method: plan.method.name, split: plan.description.split, protocol: plan.split.trainingProtocol.name,
                labelSpace: plan.space.name, labels: manifestLabels(plan.labels), organs: plan.labels.map(\.displayName), modelFolder: trainingPath("model"),
                cases: batch.map { c in
                    let output = (outputs as NSString).appendingPathComponent("\(c.name).nii.gz")
                    return Manifest.PredictCase(case: c.name, dataset: c.entry.dataset, subject: c.entry.subject, images: c.images,
                                                acquisition: c.entry.acquisition.mapValues(\.value), output: output,
                                                sidecar: Self.sidecarPath(output), prompts: prompts[c.name])
                }, seed: plan.seed)
            let manifestPath = invocation.path("manifests", "predict\(tag).json")
            try Manifest.write(manifest, to: manifestPath)
            events.stage("predict call\(batches.count > 1 ? " \(number + 1)/\(batches.count)" : "") (\(batch.count) cases)")
            let outcome = try call("predict", steps.predict, steps, manifest: manifestPath, log: "predict\(tag)", invocation: invocation, keep: [invocation.lock])
            collector.addMethodTime(outcome.seconds)
            var current = Dictionary(uniqueKeysWithValues: manifest.cases.map { ($0.case, (path: $0.output, call: outcome, notes: [String]())) })
            if plan.interactionRounds > 0, let interact = steps.interact {
                for round in 1...plan.interactionRounds {
                    current = try interactRound(round, interact, steps, batch: batch, current: current, tag: tag, collector: collector,
                                                invocation: invocation)
                }
            }
            let final = current
            let predicted = Dictionary(uniqueKeysWithValues: manifest.cases.map { ($0.case, $0.output) })
            // Every process of the calls is gone: the outputs are complete. Checked where the
            // method wrote them, then moved to their places for good.
            parallel(batch) { c, timing in
                let (output, call, notes) = final[c.name]!
                let first = CaseEvaluation.sidecar(at: Self.sidecarPath(predicted[c.name]!))
                let sidecar = notes.isEmpty ? first : first.combined(with: CaseEvaluation.sidecar(at: Self.sidecarPath(output))) {
                    Self.interactionSidecar(method: $0, corrections: notes, last: $1)
                }
                let result = evaluation.evaluate(c, prediction: output, call: call, sidecar: sidecar, timing: &timing)
                var moves = [(predicted[c.name]!, path("predictions", "\(c.name).nii.gz"))]
                for round in stride(from: 1, through: notes.count, by: 1) {
                    moves.append((invocation.path("outputs", "interact-\(round)", "\(c.name).nii.gz"), path("interact-\(round)", "\(c.name).nii.gz")))
                }
                moves += moves.map { (Self.sidecarPath($0.0), Self.sidecarPath($0.1)) }
                return settle(result, moves: moves)
            } store: { collector.store($0, $1) }
        }
    }

    /// One interaction round over a batch: a correction for every case with a usable
    /// prediction, one call, and the corrected predictions as the current ones. A case whose
    /// previous prediction is unusable keeps it (its evaluation will say why).
    func interactRound(_ round: Int, _ step: CommandStep, _ steps: CommandSteps, batch: [PlannedCase],
                       current: [String: (path: String, call: Subprocess.Outcome, notes: [String])], tag: String,
                       collector: Collector, invocation: Invocation) throws -> [String: (path: String, call: Subprocess.Outcome, notes: [String])] {
        if Subprocess.interrupted { return current }
        let folder = invocation.path("outputs", "interact-\(round)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let translation = evaluation.predictionTranslation
        var cases: [Manifest.InteractCase] = []
        var next = current
        for c in batch {
            guard let previous = current[c.name], let reference = try? evaluation.reference(c),
                  let raw = try? NIfTI.readLabels(previous.path), raw.geometry.isSameGrid(as: reference.geometry) else { continue }
            let (prediction, unknown) = translation.apply(raw)
            guard unknown.isEmpty else { continue }
            let correction = SimulatedClinician.correction(reference: reference, prediction: prediction, structures: c.structures) { s in
                s.isRegion ? plan.space.displayName(s.name) : plan.labels.first { $0.value == s.labels.first }?.displayName ?? s.name
            }
            let output = (folder as NSString).appendingPathComponent("\(c.name).nii.gz")
            cases.append(Manifest.InteractCase(case: c.name, dataset: c.entry.dataset, images: c.images, previousPrediction: previous.path,
                                               correction: correction, output: output, sidecar: Self.sidecarPath(output)))
            next[c.name] = (output, previous.call, previous.notes + ["round \(round): \(correction)"])
        }
        guard !cases.isEmpty else { return current }
        let manifest = Manifest.Document(step: "interact", method: plan.method.name, split: plan.description.split,
                                         protocol: plan.split.trainingProtocol.name, labelSpace: plan.space.name, round: round,
                                         labels: manifestLabels(plan.labels), organs: plan.labels.map(\.displayName),
                                         modelFolder: trainingPath("model"), cases: cases, seed: plan.seed)
        let manifestPath = invocation.path("manifests", "interact-\(round)\(tag).json")
        try Manifest.write(manifest, to: manifestPath)
        events.stage("interact round \(round) (\(cases.count) cases)")
        let outcome = try call("interact", step, steps, manifest: manifestPath, log: "interact-\(round)\(tag)", invocation: invocation, keep: [invocation.lock])
        collector.addMethodTime(outcome.seconds)
        for c in cases { next[c.case]?.call = outcome }
        return next
    }

    /// The sidecar of an interacted case: the method's own notes and the corrections it was given.
    static func interactionSidecar(method: String?, corrections: [String], last: String?) -> String {
        JSONValue.object([("predict_sidecar", method.map(JSONValue.string) ?? .null), ("corrections", .array(corrections.map(JSONValue.string))),
                          ("interact_sidecar", last.map(JSONValue.string) ?? .null)]).render()
    }

    /// The training side's own label space, whole: a record of only the labels this split trains
    /// on overwrote the catalog's (regions and groups gone), and the next run of that space put
    /// them back, so every run rewrote the store.
    var trainingSpaces: [LabelSpaceRecord] { plan.trainingSpace.map { [$0.record] } ?? [] }

    var datasetRecords: [DatasetRecord] {
        let names = Set((plan.train + plan.test).map(\.entry.dataset))
        return names.sorted().compactMap { plan.datasets[$0] }.map {
            DatasetRecord(name: $0.name, labelSpace: $0.labelSpace,
                          labelMap: Dictionary(uniqueKeysWithValues: $0.labelMap.map { (String($0.key), $0.value) }), description: $0.description)
        }
    }
}

/// Results, timings and the first storing error, gathered from the worker threads.
final class Collector: Sendable {
    struct State {
        var results: [CaseResult] = []
        var timing = CaseTiming()
        var methodSeconds = 0.0
        var storingSeconds = 0.0
        var storeError: String?
    }
    let state = Mutex(State())
    let store: ResultStore
    let run: Int64
    let events: RunEvents

    init(store: ResultStore, run: Int64, events: RunEvents) {
        self.store = store
        self.run = run
        self.events = events
    }

    func store(_ result: CaseResult, _ timing: CaseTiming) {
        // Interrupted: the call that made this result may have been killed by the interruption,
        // which is no failure of the method. The next run redoes the case.
        if Subprocess.interrupted { return }
        let t = ContinuousClock.now
        var failed: String?
        do { try store.record(result, run: run) } catch { failed = "\(error)" }
        let seconds = (ContinuousClock.now - t).seconds
        state.withLock {
            $0.results.append(result)
            $0.timing = $0.timing + timing
            $0.storingSeconds += seconds
            if $0.storeError == nil { $0.storeError = failed }
        }
        events.finished(result)
    }

    func addMethodTime(_ seconds: Double) { state.withLock { $0.methodSeconds += seconds } }
}

extension LabelSpace {
    var record: LabelSpaceRecord { LabelSpaceRecord(name: name, labels: labels, regions: regions, groups: groups) }
}
