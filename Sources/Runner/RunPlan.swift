import Catalog
import Foundation
import Harness
import Metrics
import NIfTI
import Store

/// A case as a run sees it: ingest's entry, the structures of the split it annotates, and the
/// checksum of its inputs.
public struct PlannedCase: Sendable, Hashable {
    public var entry: IndexedCase
    /// The split's structures whose labels this case's ground truth annotates (CHAOS CT: liver).
    public var structures: [Structure]
    /// SHA-256 over every source file of the case (as ingest recorded them): a stored result is
    /// reused only while this is unchanged.
    public var inputChecksum: String
    /// Channel name (`CT`, `T1Gd`) → image path.
    public var images: [String: String]

    public var name: String { entry.name }
}

/// A label a method is asked to write: its name in the space, the value to write, and the
/// words a person (or a language model) reads.
public struct LabelToPredict: Sendable, Hashable {
    public var name: String
    public var value: UInt8
    public var displayName: String
}

extension [LabelToPredict] {
    var valuesByName: [String: UInt8] { Dictionary(uniqueKeysWithValues: map { ($0.name, $0.value) }) }
}

/// Everything a run does, decided before anything runs: a pure function of the catalog, the
/// method, the index and the options, so every shard of a run computes the same plan.
@dynamicMemberLookup
public struct RunPlan: Sendable {
    /// The split resolved over the index, whatever the method: what it scores and the cases of
    /// each side, read through the plan (`plan.train`, `plan.labels`, `plan.space`).
    public var cases: SplitCases
    public var method: MethodSpec
    public var version: MethodVersion
    public var description: RunDescription
    public var datasets: [String: Dataset]
    public var tolerances: [Double]
    /// The lesion-wise, instance, clDice and boundary metrics the test datasets ask for
    /// (datasets.json `extended_metrics`).
    public var extended: ExtendedMetrics
    public var interactionRounds: Int
    /// The training seed (`--seed`, or methods.json's `seeds`): one model per (version, training
    /// set, seed). Nil: the method's own default seed, one model.
    public var seed: Int?
    /// `WORK/METHOD/VERSION-KEY/SPLIT[-seedS]`: manifests, predictions, logs of the test side.
    public var folder: String
    /// `WORK/METHOD/VERSION-KEY/training-TRAININGKEY[-seedS]`: the trained model, its manifest,
    /// labels and log. Keyed by what training sees (protocol, labels, the training cases and
    /// their files, the seed), not by the split's name, so splits with one training set share
    /// one model: `id_btcv` and `xsite_btcv_to_amosct` train once, as do a cross-modality split
    /// and its control.
    public var trainingFolder: String

    public subscript<Value>(dynamicMember keyPath: KeyPath<SplitCases, Value>) -> Value { cases[keyPath: keyPath] }

    /// The cases of shard `i` of `n` (1-based): each case goes to the shard its name hashes to,
    /// so a shard's cases do not move when others are added to the dataset.
    public func shard(_ i: Int, of n: Int) -> [PlannedCase] {
        guard n > 1 else { return cases.test }
        return cases.test.filter { Int(SeededOrder.hash("\($0.entry.dataset)/\($0.name)", seed: 0) % UInt64(n)) == i - 1 }
    }

    public var trainsModel: Bool {
        switch method.kind {
        case .builtin: true
        case .command(let steps): steps.train != nil
        case .predictions: false
        }
    }
}

/// A run that cannot start, named by what is wrong.
public struct RunError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension RunPlan {
    /// Plans `method` on `split` over ingest's case index.
    ///
    /// The split is resolved over the index, not by walking the data again: ingest's acquisition
    /// fields (CHAOS's scanner read from DICOM tags) are what the filters see, and the paths are
    /// ingest's conversions (CHAOS's NIfTI series and label stacks).
    public static func make(catalog: Catalog, methods: MethodCatalog, method methodName: String, split splitName: String,
                            index: [IndexedCase], work: String, tolerances: [Double], interactionRounds: Int,
                            seed: Int? = nil, storePath: String) throws -> RunPlan {
        let method = try methods.method(methodName)
        try checkSeed(seed, method: method, source: methods.source)
        let cases = try SplitCases(catalog: catalog, split: splitName, index: index, storePath: storePath)
        let split = cases.split
        if interactionRounds > 0, case .command(let steps) = method.kind, steps.interact == nil {
            throw RunError("\(methods.source): \(method.name) has no interact step, so it cannot run \(interactionRounds) interaction round(s)")
        } else if interactionRounds > 0, !method.isCommand {
            throw RunError("\(methods.source): \(method.name) is a \(method.kind.name) method; only command methods interact")
        }
        if let outputs = method.outputLabels {
            let missing = cases.labels.map(\.name).filter { outputs[$0] == nil }
            if !missing.isEmpty {
                throw RunError("\(methods.source): \(method.name)'s output_labels lack \(missing.joined(separator: ", ")), which \(splitName) scores")
            }
        }
        guard !cases.test.isEmpty else { throw RunError("\(splitName): no test case to run (\(cases.excluded.count) excluded by ingest's problems)") }

        let version = try MethodVersioning.version(of: method, testCases: cases.test)
        let extended = try extendedMetrics(testing: Set(cases.test.map(\.entry.dataset)), split: splitName, catalog: catalog)
        let options = runOptions(split: split, structures: cases.structures, tolerances: tolerances, interactionRounds: interactionRounds,
                                 seed: seed, extended: extended, trainingSet: cases.trainingKey, catalog: catalog)
        let description = RunDescription(method: version, split: splitName, dataset: Set(cases.test.map(\.entry.dataset)).sorted().joined(separator: "+"),
                                         options: options, optionsChecksum: Checksum.text(options),
                                         segbenchVersion: HarnessInfo.segbenchVersion, host: ProcessInfo.processInfo.hostName)
        let key = String(Checksum.text([version.version, version.configurationChecksum, version.checkpointChecksum].joined(separator: "\n")).prefix(12))
        let versionFolder = URL(fileURLWithPath: work).appendingPathComponent(method.name).appendingPathComponent("\(version.version)-\(key)")
        let seedSuffix = seed.map { "-seed\($0)" } ?? ""
        return RunPlan(cases: cases, method: method, version: version, description: description, datasets: catalog.datasets,
                       tolerances: tolerances, extended: extended, interactionRounds: interactionRounds, seed: seed,
                       folder: versionFolder.appendingPathComponent(splitName + seedSuffix).standardizedFileURL.path,
                       trainingFolder: versionFolder.appendingPathComponent("training-\(cases.trainingKey)\(seedSuffix)").standardizedFileURL.path)
    }

    /// A seed is for a method that trains; a method whose argument vectors name `{seed}` needs one.
    static func checkSeed(_ seed: Int?, method: MethodSpec, source: String) throws {
        guard case .command(let steps) = method.kind else {
            if let seed { throw RunError("seed \(seed): \(method.name) is a \(method.kind.name) method, which trains no model a seed could change") }
            return
        }
        if let seed, steps.train == nil {
            throw RunError("seed \(seed): \(method.name) has no train step (\(source)), so a seed changes nothing")
        }
        let named = [steps.train, steps.predict, steps.interact].compactMap { $0 }.contains { $0.arguments.contains { $0.contains("{seed}") } }
        // A seed the method never sees trains the same model under every seed, and the report
        // would take N copies of one training for N independent ones.
        if let seed, !steps.trainTakesSeed {
            throw RunError("seed \(seed): \(method.name)'s train argv (\(source)) does not name {seed}, so every seed would train the same model; "
                           + "add the method's seed option with {seed} (\"--seed\", \"{seed}\") to it")
        }
        if seed == nil, named {
            throw RunError("\(source): \(method.name)'s argv names {seed}; give its entry \"seeds\" (a count or a list) or run with --seed")
        }
    }

    /// The test datasets' `extended_metrics`, which must agree: one run scores one way.
    static func extendedMetrics(testing datasets: Set<String>, split: String, catalog: Catalog) throws -> ExtendedMetrics {
        let specs = Set(datasets.map { catalog.datasets[$0]?.extendedMetrics })
        guard specs.count <= 1 else {
            throw RunError("\(split) tests on \(datasets.sorted().joined(separator: ", ")), whose extended_metrics differ in datasets.json; one run scores its cases one way")
        }
        guard let spec = specs.first ?? nil else { return .none }
        return ExtendedMetrics(
            lesionWise: spec.lesionWise.map {
                LesionWiseDefinition(volumeThreshold: $0.volumeThreshold, dilation: $0.dilation,
                                     connectivity: Connectivity(rawValue: $0.connectivity) ?? .vertices, hd95Penalty: $0.hd95Penalty)
            },
            panoptic: spec.panoptic.flatMap(InstanceMatching.init(rawValue:)),
            centreline: spec.centreline.map(Set.init), boundaryWidth: spec.boundaryWidth)
    }

    /// The options that change the numbers, as canonical JSON: scored structures, tolerances,
    /// the protocol with its seeds (hold-outs, shots, prompt jitter), interaction rounds, the
    /// training set's key (`SplitCases.trainingSetKey`: its cases with their files' checksums,
    /// its labels), and the training seed when one is given (absent otherwise, so a run without
    /// seeds keeps the options it always had).
    ///
    /// Why the training set: a run resumes by reusing every stored case whose inputs are
    /// unchanged, and a case's inputs are its own files. Without the key, a hold-out whose
    /// fraction changed (BTCV 0.25 → 0.4) gave the atlas twelve training cases instead of nine
    /// under the same run, and the six CHAOS cases that had not changed kept the nine-case
    /// atlas's scores: a silent wrong number.
    static func runOptions(split: Split, structures: [Structure], tolerances: [Double], interactionRounds: Int, seed: Int? = nil,
                           extended: ExtendedMetrics = .none, trainingSet: String, catalog: Catalog) -> String {
        var seeds: [(String, JSONValue)] = []
        for selection in split.train + split.test {
            if let h = selection.holdout, let holdout = catalog.holdouts[h] { seeds.append(("holdout \(h)", .integer(Int(holdout.seed)))) }
        }
        switch split.trainingProtocol {
        case .supervised: break
        case .prompted(let jitter, let seed):
            seeds.append(("prompt", .integer(Int(seed))))
            seeds.append(("box_jitter_mm", .number(jitter)))
        case .fewShot(let shots, let seed):
            seeds.append(("shots", .integer(shots)))
            seeds.append(("shot", .integer(Int(seed))))
        }
        var unique: [(String, JSONValue)] = []
        for s in seeds where !unique.contains(where: { $0.0 == s.0 }) { unique.append(s) }
        var members: [(String, JSONValue)] = [
            ("structures", ScoringOptions.json(structures)),
            ("tolerances", .array(tolerances.map(JSONValue.number))),
            ("protocol", .string(split.trainingProtocol.name)),
            ("seeds", .object(unique.sorted { $0.0 < $1.0 })),
            ("interaction_rounds", .integer(interactionRounds)),
            ("training_set", .string(trainingSet)),
        ]
        if let seed { members.append((RunDescription.trainingSeedKey, .integer(seed))) }
        // Only when asked for: the runs of datasets without extended metrics keep their identity.
        if !extended.isEmpty { members.append(("extended", extended.json)) }
        return JSONValue.object(members).render()
    }
}

extension MethodSpec {
    var isCommand: Bool { if case .command = kind { true } else { false } }
}

extension IndexedCase {
    /// The case as the catalog's split resolution filters it, with ingest's acquisition fields.
    var catalogCase: CatalogCase {
        CatalogCase(dataset: dataset, collection: collection, id: name, subject: subject, officialSplit: officialSplit,
                    images: images, label: label, annotated: annotated,
                    acquisition: acquisition.mapValues { AcquisitionValue(value: $0.value, provenance: $0.provenance) })
    }
}
