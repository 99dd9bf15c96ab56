import ArgumentParser
import Catalog
import Foundation
import Ingest
import Metrics
import Store

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Resolve a data root's cases into the case index that runs read.",
        discussion: """
            For every case of each dataset found under --root: converts DICOM series with dcm2niix \
            and PNG label stacks onto their series' grid (CHAOS), checksums every file, and checks \
            the label map: values outside the dataset's label_map, image and label on different \
            grids, right and left kidney on the wrong sides. It also counts the annotated labels \
            that are empty.

            The index goes into the store (--db), replacing that dataset's previous index in one \
            transaction. Conversions go under --work; the data root is only read. Exits 1 when \
            any case has a problem (those cases are indexed but never scored).

              segbench ingest CHAOS BTCV --root Reports/phantoms \\
                  --db results.sqlite
            """)

    @Argument(help: ArgumentHelp("Datasets of the catalog (or \"all\").", valueName: "dataset"))
    var datasets: [String]
    @OptionGroup var options: CatalogOptions
    @Option(help: ArgumentHelp("The data root (the datasets in their published layouts).", valueName: "dir"))
    var root: String
    @Option(help: ArgumentHelp("The store the index is written to.", valueName: "path"))
    var db: String = "results.sqlite"
    @Option(help: ArgumentHelp("Where conversions go (default: segbench-work beside the store).", valueName: "dir"))
    var work: String?

    func run() throws {
        let catalog = try options.load()
        let names = datasets == ["all"] ? catalog.datasets.keys.sorted() : datasets
        for name in names where catalog.datasets[name] == nil {
            throw ValidationError("no dataset \"\(name)\" in \(options.catalog)" + Suggestion.didYouMean(name, Array(catalog.datasets.keys)))
        }
        guard FileManager.default.fileExists(atPath: root) else { throw CommandFailure("\(root): no such data root") }
        let store: ResultStore
        do { store = try ResultStore(path: db) } catch let error as StoreError { throw CommandFailure(error.description) }
        let work = work ?? Self.defaultWork(beside: db)

        var problems: [String] = []
        for name in names {
            let dataset = catalog.datasets[name]!
            let total = try discover(dataset, catalog, root).count
            let progress = Progress("ingest \(name)", total: total)
            let cases = try Self.index(dataset, catalog: catalog, root: root, work: work, into: store) {
                progress.advance(failed: !$0.problems.isEmpty)
            }
            progress.finish()
            print(Self.summary(cases, dataset: dataset))
            problems += cases.flatMap(\.problems)
        }
        print("index: \(db)")
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(("\(problems.count) problem\(problems.count == 1 ? "" : "s"); those cases will not be scored:\n"
                                                 + problems.map { "  \($0)\n" }.joined()).utf8))
            throw ExitCode(1)
        }
    }

    /// Ingests one dataset and replaces its index in `store` (what `ingest` and `run --root` do).
    static func index(_ dataset: Dataset, catalog: Catalog, root: String, work: String, into store: ResultStore,
                      onCase: @Sendable (IndexedCase) -> Void) throws -> [IndexedCase] {
        let cases: [IndexedCase]
        do { cases = try DatasetIngest.run(dataset: dataset, catalog: catalog, root: root, work: work, progress: onCase) } catch let error as DiscoveryError {
            throw CommandFailure(error.description)
        }
        try store.replaceIndex(dataset: dataset.name, with: cases)
        return cases
    }

    /// Conversions, trained models and predictions go here unless told otherwise: `segbench-work`
    /// beside the store.
    static func defaultWork(beside db: String) -> String {
        ((db as NSString).deletingLastPathComponent as NSString).appendingPathComponent("segbench-work")
    }

    /// Cases per collection, the label census (cases in which each annotated label is present)
    /// and the empty labels by case.
    static func summary(_ cases: [IndexedCase], dataset: Dataset) -> String {
        let collections = Dictionary(grouping: cases, by: \.collection).sorted { $0.key < $1.key }
            .map { "\($0.value.count) \($0.key)" }.joined(separator: ", ")
        var lines = ["\(dataset.name): \(cases.count) cases (\(collections)), \(Set(cases.map(\.subject)).count) subjects, "
                     + "\(cases.filter { !$0.problems.isEmpty }.count) with problems"]
        var rows: [[String]] = []
        for (value, name) in dataset.labelMap.sorted(by: { $0.key < $1.key }) {
            let annotating = cases.filter { $0.annotated.contains(name) }
            guard !annotating.isEmpty else { continue }
            let present = annotating.filter { ($0.labelVoxels[String(value)] ?? 0) > 0 }
            let empty = annotating.filter { $0.emptyLabels.contains(name) }.map(\.name)
            rows.append([String(value), name, "\(present.count)/\(annotating.count)", empty.isEmpty ? "" : empty.joined(separator: ", ")])
        }
        lines.append(TextTable.render(header: ["value", "label", "present in", "empty in"], rows: rows, leftColumns: 2))
        return lines.joined(separator: "\n")
    }
}
