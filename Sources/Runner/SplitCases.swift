import Catalog
import Foundation
import Harness
import Metrics
import Store

/// A split resolved over ingest's case index: what it scores, the cases on each side, and the
/// key of its training set. Everything of a run that does not depend on the method, so that
/// `RunPlan.make` and `segbench splits training-sets` (which groups splits by the model they
/// train) read one definition.
public struct SplitCases: Sendable {
    public var split: Split
    public var space: LabelSpace
    /// What a method writes (the split's labels, regions expanded), in space values.
    public var labels: [LabelToPredict]
    /// What training cases are labelled with: the split's labels, except under the prompted
    /// protocol, where the training cases come from another anatomy and bring every label of
    /// their own space (its values are the space's too; `space` is then the test side's).
    public var trainingLabels: [LabelToPredict]
    /// The training cases' own label space where it is not `space` (the prompted protocol's
    /// other anatomy), as the catalog defines it.
    public var trainingSpace: LabelSpace?
    /// What is scored: the split's label group.
    public var structures: [Structure]
    public var train: [PlannedCase]
    public var test: [PlannedCase]
    /// Few-shot: the target subjects moved into training.
    public var shotSubjects: [String]
    /// Cases ingest found problems in, by name with the first problem: never run.
    public var excluded: [(name: String, problem: String)]
    /// `trainingSetKey` of the training side: splits with equal keys train one model per method.
    public var trainingKey: String

    /// Resolves `splitName` over `index` (ingest's acquisition fields are what the filters see,
    /// the paths are ingest's conversions). `storePath` names the store in messages.
    public init(catalog: Catalog, split splitName: String, index: [IndexedCase], storePath: String) throws {
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

        var labelNames: [String] = []
        for entry in resolved.structures { for l in entry.labels where !labelNames.contains(l) { labelNames.append(l) } }
        let labels = labelNames.compactMap { name in
            space.labels[name].map { LabelToPredict(name: name, value: UInt8($0), displayName: space.displayName(name)) }
        }
        let structures = resolved.structures.map { entry in
            Structure(name: entry.name, labels: entry.labels.compactMap { space.labels[$0].map(UInt8.init) }.sorted(),
                      isRegion: space.regions[entry.name] != nil)
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
        let trainingLabels = Self.trainingLabels(train, labels: labels, catalog: catalog)

        self.split = split
        self.space = space
        self.labels = labels
        self.trainingLabels = trainingLabels
        self.trainingSpace = train.first.flatMap { catalog.datasets[$0.entry.dataset] }.flatMap { dataset in
            dataset.labelSpace == space.name ? nil : catalog.labelSpaces[dataset.labelSpace]
        }
        self.structures = structures
        self.train = train
        self.test = test
        self.shotSubjects = resolved.shotSubjects
        self.excluded = excluded
        self.trainingKey = Self.trainingSetKey(protocol: split.trainingProtocol.name, space: space.name,
                                               labels: trainingLabels, train: train)
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
}
