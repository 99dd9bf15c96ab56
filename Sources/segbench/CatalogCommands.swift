import ArgumentParser
import Catalog
import Foundation
import Metrics
import Phantoms
import Runner
import Store

/// Where datasets.json is, for every command that reads it: --catalog, else $SEGBENCH_CATALOG,
/// else ./datasets.json, else the one installed with the program (`CatalogLocation`).
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("catalog"),
            help: ArgumentHelp("The catalog of datasets and splits (default: $SEGBENCH_CATALOG, ./datasets.json, or the one installed with segbench).",
                               valueName: "path"))
    var given: String?

    var location: CatalogLocation { CatalogLocation.resolve(.datasets, given: given) }
    /// The path read.
    var catalog: String { location.path }

    func load() throws -> Catalog {
        let location = location
        if location.origin == .notFound { throw CommandFailure(CatalogLocation.notFoundMessage(.datasets, searched: location.searched)) }
        do { return try Catalog.load(location.path) } catch let error as CatalogError { throw CommandFailure(error.description) }
    }
}

struct Datasets: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "datasets",
        abstract: "List and validate the datasets of datasets.json.",
        subcommands: [List.self, Validate.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The datasets, their label spaces and layouts; with --root, the cases found.")
        @OptionGroup var options: CatalogOptions
        @Option(help: ArgumentHelp("A data root to count the cases under.", valueName: "dir"))
        var root: String?

        func run() throws {
            let catalog = try options.load()
            var rows: [[String]] = []
            for name in catalog.datasets.keys.sorted() {
                let d = catalog.datasets[name]!
                var row = [name, d.anatomy, d.sourceFormat, d.labelSpace, d.collections.map(\.name).joined(separator: ", ")]
                if let root {
                    let cases = try discover(d, catalog, root)
                    row.append("\(cases.count) cases, \(Set(cases.map(\.subject)).count) subjects")
                }
                rows.append(row)
            }
            var header = ["dataset", "anatomy", "format", "label space", "collections"]
            if root != nil { header.append("under \(root!)") }
            print(TextTable.render(header: header, rows: rows, leftColumns: header.count))
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate",
            abstract: "Check datasets.json; with --root, also that every dataset's layout is found and its case ids are unique.")
        @OptionGroup var options: CatalogOptions
        @Option(help: ArgumentHelp("A data root to check the layouts against.", valueName: "dir"))
        var root: String?

        func run() throws {
            let catalog = try options.load()
            print("\(options.catalog): valid (\(catalog.labelSpaces.count) label spaces, \(catalog.datasets.count) datasets, \(catalog.splits.count) splits)")
            guard let root else { return }
            for name in catalog.datasets.keys.sorted() {
                let cases = try discover(catalog.datasets[name]!, catalog, root)
                print("  \(name): \(cases.count) cases under \(root)")
            }
        }
    }
}

func discover(_ dataset: Dataset, _ catalog: Catalog, _ root: String) throws -> [CatalogCase] {
    do { return try CaseDiscovery.cases(of: dataset, in: catalog, root: root) } catch let error as DiscoveryError {
        throw CommandFailure(error.description)
    }
}

struct Splits: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "splits", abstract: "List the splits, show one split's cases, or group them by training set.",
                                                    subcommands: [List.self, Show.self, TrainingSets.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every split: type, protocol, label group, sides and precedent.")
        @OptionGroup var options: CatalogOptions

        func run() throws {
            let catalog = try options.load()
            let rows = catalog.splits.keys.sorted().map { name -> [String] in
                let s = catalog.splits[name]!
                func side(_ selections: [Selection]) -> String { selections.map(describe).joined(separator: " + ") }
                return [name, s.type, s.trainingProtocol.name, "\(s.labelSpace)/\(s.labelGroup)", side(s.train), side(s.test), s.control ?? ""]
            }
            print(TextTable.render(header: ["split", "type", "protocol", "labels", "train", "test", "control"], rows: rows, leftColumns: 7))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One split resolved under a data root: cases per side, per domain, per subject.")
        @OptionGroup var options: CatalogOptions
        @Argument(help: "The split's name.") var name: String
        @Option(help: ArgumentHelp("The data root.", valueName: "dir")) var root: String

        func run() throws {
            let catalog = try options.load()
            let resolved: ResolvedSplit
            do { resolved = try catalog.resolve(name, root: root) } catch let error as DiscoveryError { throw CommandFailure(error.description) }
            let s = resolved.split
            print("\(s.name): \(s.type), \(s.trainingProtocol.name); scores \(s.labelSpace)/\(s.labelGroup): "
                  + resolved.structures.map(\.name).joined(separator: ", "))
            if !s.precedent.isEmpty { print("precedent: \(s.precedent)") }
            if let control = s.control { print("in-distribution control: \(control)") }
            if !resolved.shotSubjects.isEmpty { print("few-shot subjects moved to training: \(resolved.shotSubjects.joined(separator: ", "))") }
            for (side, cases) in [("train", resolved.train), ("test", resolved.test)] {
                var domains: [String: (cases: Int, subjects: Set<String>)] = [:]
                for c in cases {
                    let a = c.acquisition
                    let domain = [c.dataset, a["modality"]?.value, a["sequence"]?.value, a["model"]?.value].compactMap { $0 }.joined(separator: " / ")
                    domains[domain, default: (0, [])].cases += 1
                    domains[domain]!.subjects.insert(c.subject)
                }
                print("\n\(side): \(cases.count) cases, \(Set(cases.map(\.subject)).count) subjects")
                let rows = domains.keys.sorted().map { [$0, String(domains[$0]!.cases), String(domains[$0]!.subjects.count)] }
                print(TextTable.render(header: ["domain", "cases", "subjects"], rows: rows, leftColumns: 1))
            }
        }
    }
}

extension Splits {
    /// The key a run gives each split's training set: splits with one key train one model per
    /// method (the run keeps it under `WORK/METHOD/VERSION/training-KEY`), so scripts that run
    /// splits side by side keep such splits together (scripts/main.sh's lanes).
    struct TrainingSets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "training-sets",
            abstract: "Each split's training-set key, over a store's case index: equal keys train one model per method.",
            discussion: """
                One line per split: the split, the key, the number of training cases, the image \
                channels of its cases, and the labels they are trained with. The key is what `segbench run` keys trained models by: the \
                protocol, the label space and labels, every training case with the checksum of its files.
                """)
        @OptionGroup var options: CatalogOptions
        @Option(help: ArgumentHelp("The store whose case index resolves the splits.", valueName: "path"))
        var db: String = "Reports/results.sqlite"

        func run() throws {
            let catalog = try options.load()
            let index = try openExistingStore(db).indexedCases()
            for name in catalog.splits.keys.sorted() {
                let cases = try planning { try SplitCases(catalog: catalog, split: name, index: index, storePath: db) }
                let channels = Set((cases.train + cases.test).map(\.images.count)).sorted().map(String.init).joined(separator: " or ")
                print("\(name) \(cases.trainingKey) \(cases.train.count) training cases, \(channels) channel\(channels == "1" ? "" : "s"): "
                      + cases.trainingLabels.map(\.name).joined(separator: ", "))
            }
        }
    }
}

func describe(_ s: Selection) -> String {
    var text = s.dataset
    let conditions = s.filters.map { "\($0.field)\($0.negated ? " ∉ " : " ∈ ")\($0.values.joined(separator: "|"))" }
    if !conditions.isEmpty { text += " [" + conditions.joined(separator: ", ") + "]" }
    if let h = s.holdout { text += s.part == .heldOut ? " held out by \(h)" : " minus \(h)" }
    return text
}

struct Phantoms: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phantoms",
        abstract: "Write phantom versions of the datasets in their real published layouts.",
        discussion: """
            BTCV (RawData/Training/img|label), CHAOS (Train_Sets/CT|MR with DICOM series written by dcmtk and \
            PNG label stacks), AMOS (imagesTr|labelsTr|imagesVa|labelsVa and its metadata CSV), BraTS 2021 and \
            BraTS 2023 GLI (case folders with four channels), with organ-shaped anatomy varied per subject and \
            each scanner's own intensity model. Deterministic for a seed. Writes phantom-manifest.json; \
            `segbench ingest all --root DIR` then resolves the root into the case index.
            """)
    @OptionGroup var options: CatalogOptions
    @Option(help: ArgumentHelp("Where to write the data root.", valueName: "dir")) var out: String
    @Option(help: "small (tests, the main job) or medium (benchmarks).") var size: String = "small"
    @Option(help: "The seed every case derives from.") var seed: UInt64 = 2026

    func validate() throws {
        guard PhantomSize(rawValue: size) != nil else { throw ValidationError("--size is small or medium (got '\(size)')") }
    }

    func run() throws {
        let catalog = try options.load()
        let start = ContinuousClock.now
        let manifest: PhantomManifest
        do {
            manifest = try PhantomGenerator.write(to: out, catalog: catalog, size: PhantomSize(rawValue: size)!, seed: seed) { printError("wrote \($0)") }
        } catch let error as DiscoveryError { throw CommandFailure(error.description) }
        let counts = manifest.datasets.keys.sorted().map { "\($0) \(manifest.datasets[$0]!.count)" }.joined(separator: ", ")
        print(String(format: "%@: %@ cases (seed %llu, %@) in %.1f s", out, counts, seed, size, (ContinuousClock.now - start).seconds))
    }
}
