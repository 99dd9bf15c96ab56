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
public struct RunPlan: Sendable {
    public var split: Split
    public var method: MethodSpec
    public var version: MethodVersion
    public var description: RunDescription
    public var space: LabelSpace
    public var datasets: [String: Dataset]
    /// What the method writes (the split's labels, regions expanded), in space values.
    public var labels: [LabelToPredict]
    /// What training cases are labelled with: the split's labels, except under the prompted
    /// protocol, where the training cases come from another anatomy and bring every label of
    /// their own space (its values are the space's too; `space` is then the test side's).
    public var trainingLabels: [LabelToPredict]
    /// What is scored: the split's label group.
    public var structures: [Structure]
    public var train: [PlannedCase]
    public var test: [PlannedCase]
    /// Few-shot: the target subjects moved into training.
    public var shotSubjects: [String]
    /// Cases ingest found problems in, by name with the first problem: never run.
    public var excluded: [(name: String, problem: String)]
    public var tolerances: [Double]
    public var interactionRounds: Int
    /// `WORK/METHOD/VERSION-KEY/SPLIT`: manifests, predictions, logs of the test side.
    public var folder: String
    /// `WORK/METHOD/VERSION-KEY/training-TRAININGKEY`: the trained model, its manifest, labels and
    /// log. Keyed by what training sees (protocol, labels, the training cases and their files), not
    /// by the split's name, so splits with one training set share one model: `id_btcv` and
    /// `xsite_btcv_to_amosct` train once, as do a cross-modality split and its control.
    public var trainingFolder: String

    /// The cases of shard `i` of `n` (1-based): each case goes to the shard its name hashes to,
    /// so a shard's cases do not move when others are added to the dataset.
    public func shard(_ i: Int, of n: Int) -> [PlannedCase] {
        guard n > 1 else { return test }
        return test.filter { Int(SeededOrder.hash("\($0.entry.dataset)/\($0.name)", seed: 0) % UInt64(n)) == i - 1 }
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
                            storePath: String) throws -> RunPlan {
        let method = try methods.method(methodName)
        let byDataset = Dictionary(grouping: index, by: \.dataset)
        let byName = Dictionary(index.map { ("\($0.dataset)/\($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        let resolved = try catalog.resolve(splitName) { dataset in
            guard let entries = byDataset[dataset.name], !entries.isEmpty else {
                throw RunError("\(storePath): \(dataset.name) is not ingested; run `segbench ingest \(dataset.name) --root DIR --db \(storePath)` first")
            }
            return entries.map(\.catalogCase)
        }
        let split = resolved.split
        guard let space = catalog.labelSpaces[split.labelSpace] else { throw RunError("\(catalog.source): no label space \(split.labelSpace)") }
        if interactionRounds > 0, case .command(let steps) = method.kind, steps.interact == nil {
            throw RunError("\(methods.source): \(method.name) has no interact step, so it cannot run \(interactionRounds) interaction round(s)")
        } else if interactionRounds > 0, !method.isCommand {
            throw RunError("\(methods.source): \(method.name) is a \(method.kind.name) method; only command methods interact")
        }

        var labelNames: [String] = []
        for entry in resolved.structures { for l in entry.labels where !labelNames.contains(l) { labelNames.append(l) } }
        let labels = labelNames.compactMap { name in
            space.labels[name].map { LabelToPredict(name: name, value: UInt8($0), displayName: space.displayName(name)) }
        }
        let structures = resolved.structures.map { entry in
            Structure(name: entry.name, labels: entry.labels.compactMap { space.labels[$0].map(UInt8.init) }.sorted(),
                      isRegion: space.regions[entry.name] != nil)
        }
        if let outputs = method.outputLabels {
            let missing = labelNames.filter { outputs[$0] == nil }
            if !missing.isEmpty {
                throw RunError("\(methods.source): \(method.name)'s output_labels lack \(missing.joined(separator: ", ")), which \(splitName) scores")
            }
        }

        var excluded: [(String, String)] = []
        func planned(_ c: CatalogCase) -> PlannedCase? {
            guard let entry = byName["\(c.dataset)/\(c.id)"] else { return nil }
            if let problem = entry.problems.first { excluded.append((entry.name, problem)); return nil }
            let channelNames = catalog.datasets[entry.dataset]?.channelNames ?? [:]
            let images = Dictionary(uniqueKeysWithValues: entry.images.map { (channelNames[$0.key] ?? "channel\($0.key)", $0.value) })
            let annotated = Set(entry.annotated)
            let scored = zip(resolved.structures, structures).filter { entry, _ in entry.labels.allSatisfy(annotated.contains) }.map(\.1)
            let inputs = entry.files.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n")
            return PlannedCase(entry: entry, structures: scored, inputChecksum: Checksum.text(inputs), images: images)
        }
        let order: (PlannedCase, PlannedCase) -> Bool = { ($0.entry.dataset, $0.name) < ($1.entry.dataset, $1.name) }
        let train = resolved.train.compactMap(planned).sorted(by: order)
        let test = resolved.test.compactMap(planned).sorted(by: order)
        guard !test.isEmpty else { throw RunError("\(splitName): no test case to run (\(excluded.count) excluded by ingest's problems)") }

        let version = try MethodVersioning.version(of: method, testCases: test)
        let options = runOptions(split: split, structures: structures, tolerances: tolerances, interactionRounds: interactionRounds,
                                 catalog: catalog)
        let description = RunDescription(method: version, split: splitName, dataset: Set(test.map(\.entry.dataset)).sorted().joined(separator: "+"),
                                         options: options, optionsChecksum: Checksum.text(options),
                                         segbenchVersion: HarnessInfo.segbenchVersion, host: ProcessInfo.processInfo.hostName)
        let key = String(Checksum.text([version.version, version.configurationChecksum, version.checkpointChecksum].joined(separator: "\n")).prefix(12))
        let versionFolder = URL(fileURLWithPath: work).appendingPathComponent(method.name).appendingPathComponent("\(version.version)-\(key)")
        let trainingLabels = trainingLabels(train, labels: labels, catalog: catalog)
        let trainingKey = trainingSetKey(protocol: split.trainingProtocol.name, space: space.name, labels: trainingLabels, train: train)
        return RunPlan(split: split, method: method, version: version, description: description, space: space,
                       datasets: catalog.datasets, labels: labels, trainingLabels: trainingLabels,
                       structures: structures, train: train, test: test, shotSubjects: resolved.shotSubjects, excluded: excluded, tolerances: tolerances,
                       interactionRounds: interactionRounds, folder: versionFolder.appendingPathComponent(splitName).standardizedFileURL.path,
                       trainingFolder: versionFolder.appendingPathComponent("training-\(trainingKey)").standardizedFileURL.path)
    }

    /// Twelve hex digits of the SHA-256 of everything the train manifest says apart from the
    /// split's name and the folders: two splits with equal keys would train the same model.
    static func trainingSetKey(protocol: String, space: String, labels: [LabelToPredict], train: [PlannedCase]) -> String {
        let lines = ["protocol \(`protocol`)", "space \(space)"]
            + labels.map { "label \($0.name)=\($0.value) \($0.displayName)" }
            + train.map { "case \($0.entry.dataset)/\($0.name) \($0.inputChecksum) annotated \($0.entry.annotated.sorted().joined(separator: ","))" }
        return String(Checksum.text(lines.joined(separator: "\n")).prefix(12))
    }

    /// The labels training cases carry: the split's, or under the prompted protocol every label
    /// the training datasets map, in their own space.
    static func trainingLabels(_ train: [PlannedCase], labels: [LabelToPredict], catalog: Catalog) -> [LabelToPredict] {
        guard let first = train.first, let dataset = catalog.datasets[first.entry.dataset],
              let space = catalog.labelSpaces[dataset.labelSpace], !labels.contains(where: { space.labels[$0.name] != nil })
        else { return labels }
        let names = Set(train.compactMap { catalog.datasets[$0.entry.dataset] }.flatMap { $0.labelMap.values })
        return names.compactMap { name in
            space.labels[name].flatMap { $0 > 0 ? LabelToPredict(name: name, value: UInt8($0), displayName: space.displayName(name)) : nil }
        }.sorted { $0.value < $1.value }
    }

    /// The options that change the numbers, as canonical JSON: scored structures, tolerances,
    /// the protocol with its seeds (hold-outs, shots, prompt jitter), interaction rounds.
    static func runOptions(split: Split, structures: [Structure], tolerances: [Double], interactionRounds: Int, catalog: Catalog) -> String {
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
        return JSONValue.object([
            ("structures", ScoringOptions.json(structures)),
            ("tolerances", .array(tolerances.map(JSONValue.number))),
            ("protocol", .string(split.trainingProtocol.name)),
            ("seeds", .object(unique.sorted { $0.0 < $1.0 })),
            ("interaction_rounds", .integer(interactionRounds)),
        ]).render()
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
