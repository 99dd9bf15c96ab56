import ArgumentParser
import Catalog
import Foundation
import Reports
import Store

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Leaderboards, statistics and paper figures of splits, from the store.",
        discussion: """
            Writes a folder: README.md with the leaderboards and the figures embedded, the figures \
            (PNG, SVG, PDF and the gnuplot script of each) under figures/, and the tables in the \
            formats asked for: leaderboards.tex (booktabs), scores.csv (every cell as numbers), \
            report.html (the README rendered as one page, with the figures from figures/). A split's in-distribution control and the \
            in-distribution split of its target domain are read too when the store holds runs of \
            them: the drop from ID to OOD and the gap closed need them. When the folder already \
            holds regressions.md (scripts/main.sh writes it there with `segbench compare` first), \
            README.md and report.html link it under the title.

            Policies decide, at report time, what a structure with an empty side and a failed case \
            count as (nothing is recomputed): segbench (default), nnunet, brats, metricsreloaded, \
            monai. The report names the policy, the aggregation order and every metric definition.

              segbench report --split xmod_btcvct_to_chaost2 --db results.sqlite \\
                  --out report
              segbench report --split xmod_btcvct_to_chaost2 xmod_chaost2_to_btcvct \\
                  --format md tex csv html
              segbench report --split id_btcv --policy brats --order case-first \\
                  --cell median-iqr
            """)

    @Option(name: .customLong("split"), parsing: .upToNextOption, help: ArgumentHelp("Splits to report (repeat, or several at once; the first leads).", valueName: "name"),
            completion: NameCompletion.splits)
    var splitArguments: [String] = []
    var splits: [String] { ListOption.values(splitArguments) }

    @Option(help: ArgumentHelp("The store.", valueName: "path"))
    var db: String = "results.sqlite"

    @Option(help: ArgumentHelp("The folder to write (default: report-SPLIT).", valueName: "dir"))
    var out: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Table formats besides the README's Markdown: md, tex, csv, html (space- or comma-separated).", valueName: "list"))
    var format: [String] = ["md,tex,csv,html"]

    @Option(help: ArgumentHelp("How empty structures and failed cases count: \(Policy.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "preset"))
    var policy: String = Policy.segbench.rawValue

    @Option(help: ArgumentHelp("Aggregation order: label-first (per structure over cases, then over structures) or case-first.", valueName: "order"))
    var order: String = AggregationOrder.labelFirst.rawValue

    @Option(help: ArgumentHelp("What a cell shows: mean-std, median-iqr, mean-ci.", valueName: "content"))
    var cell: String = CellContent.meanStd.rawValue

    @Option(help: ArgumentHelp("Re-aggregate lesion-wise scores from the stored lesions with this volume threshold instead of the runs' own (e.g. 2 for BraTS-MET's rule).", valueName: "mm³"))
    var lesionThreshold: Double?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Metrics of the leaderboards (stored names, space- or comma-separated).", valueName: "list"))
    var metrics: [String] = ["dice,hd95"]
    @Option(name: .customLong("metric"), parsing: .upToNextOption, help: .hidden)
    var metricAlias: [String] = []

    @Option(help: ArgumentHelp("Bootstrap resamples for intervals and rank stability.", valueName: "n"))
    var bootstrap: Int = 1000

    @Option(help: ArgumentHelp("Seed of the bootstrap.", valueName: "n"))
    var seed: UInt64 = 0

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these methods (names, space- or comma-separated).", valueName: "list"),
            completion: NameCompletion.methods)
    var methods: [String] = []

    @Option(help: ArgumentHelp("Which versions of each method: latest (the one run most recently on these splits) or all (each its own row).",
                               valueName: "versions"))
    var versions: ReportData.Versions = .latest

    @Option(help: ArgumentHelp("The baseline the gap closed is measured from (default: the weakest method on each split).", valueName: "method"))
    var baseline: String?
    @Option(help: ArgumentHelp("The claimed mechanism's ablation, METHOD:ARM:NAME: the method against the arm that lacks only the mechanism, per out-of-distribution split (e.g. causal_sam_llm:sam_decoder_style:LAD).", valueName: "method:arm:name"))
    var mechanism: String?
    @Option(help: ArgumentHelp("A contrast between two variants of a method, METHOD:OTHER:WHAT, shown on every split where both ran; repeat for several (e.g. zeus_early:zeus:early against late fusion).", valueName: "method:other:what"))
    var contrast: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Figure formats: png, svg, pdf (space- or comma-separated), or none.", valueName: "list"))
    var figures: [String] = ["png,svg,pdf"]

    /// methods.json, for the label values of each method's predictions in overlays.
    @OptionGroup var methodsCatalog: MethodsCatalogOptions

    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        guard !splits.isEmpty else { throw ValidationError("Name a split with --split.") }
        guard Policy(rawValue: policy) != nil else { throw ValidationError("Unknown policy '\(policy)'; one of \(Policy.allCases.map(\.rawValue).joined(separator: ", ")).") }
        guard AggregationOrder(rawValue: order) != nil else { throw ValidationError("Unknown order '\(order)'; label-first or case-first.") }
        guard CellContent(rawValue: cell) != nil else { throw ValidationError("Unknown cell content '\(cell)'; one of \(CellContent.allCases.map(\.rawValue).joined(separator: ", ")).") }
        for f in list(format) where TableFormat(rawValue: f) == nil { throw ValidationError("Unknown table format '\(f)'; md, tex, csv or html.") }
        for f in list(figures) where f != "none" && Gnuplot.Format(rawValue: f) == nil { throw ValidationError("Unknown figure format '\(f)'; png, svg, pdf or none.") }
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more.") }
    }

    func list(_ given: [String]) -> [String] { ListOption.values(given) }

    /// An option of the form A:B:C (`--mechanism`, `--contrast`), every part non-empty.
    /// `lastMayHoldColons`: the last part is free text (a contrast's description), so only the
    /// first two colons separate; otherwise a fourth part is an error.
    static func colonTriple(_ text: String, option: String, form: String, example: String,
                            lastMayHoldColons: Bool) throws -> (String, String, String) {
        let parts = text.split(separator: ":", maxSplits: lastMayHoldColons ? 2 : Int.max).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw CommandFailure("\(option) takes \(form), e.g. \(example) (got '\(text)')")
        }
        return (parts[0], parts[1], parts[2])
    }

    func run() throws {
        let store = try openExistingStore(db)
        // Without a catalog (scoring folders outside the repository) splits have no titles,
        // controls or organ colours, and the report says less, not nothing.
        let catalog = FileManager.default.fileExists(atPath: catalogOptions.catalog) ? try catalogOptions.load()
            : Catalog(labelSpaces: [:], datasets: [:], holdouts: [:], splits: [:], source: catalogOptions.catalog)
        // A split the catalog lacks (a folder scored with `segbench score --split NAME`) is
        // reported on its own, with no control to compare against.
        let infos = splits.map { name in
            catalog.splits[name] == nil ? SplitInfo(name: name, type: "unknown", title: name) : splitInfo(name, catalog: catalog)
        }
        let stored = Set(try store.runs().map(\.split))
        var names = splits
        for info in infos {
            for related in [info.control, info.upperBound].compactMap({ $0 }) where stored.contains(related) && !names.contains(related) { names.append(related) }
        }
        let styles = structureStyles(catalog, split: splits[0])
        let data: ReportData
        do {
            data = try ReportData(store: store, path: db, splits: names, methods: methods.isEmpty ? nil : list(methods), versions: versions, styles: styles,
                                  lesionThreshold: lesionThreshold, colours: try methodColours(methodsCatalog.location().path))
        } catch let error as ReportError { throw CommandFailure(error.description) }
        let aggregator = Aggregator(data: data, policy: Policy(rawValue: policy)!, order: AggregationOrder(rawValue: order)!,
                                    resamples: bootstrap, seed: seed)
        var request = ReportRequest(splits: infos)
        request.formats = Set(list(format).compactMap(TableFormat.init))
        request.figureFormats = list(figures).compactMap(Gnuplot.Format.init)
        request.metrics = ListOption.merged(metricAlias.isEmpty ? metrics : [], alias: metricAlias, old: "--metric", new: "--metrics")
        request.content = CellContent(rawValue: cell)!
        request.baseline = baseline
        if let mechanism {
            request.mechanism = try Self.colonTriple(mechanism, option: "--mechanism", form: "METHOD:ARM:NAME",
                                                     example: "causal_sam_llm:sam_decoder_style:LAD", lastMayHoldColons: false)
        }
        request.contrasts = try contrast.map {
            try Self.colonTriple($0, option: "--contrast", form: "METHOD:OTHER:WHAT",
                                 example: "zeus_early:zeus:early against late fusion", lastMayHoldColons: true)
        }
        let folder = out ?? "report-\(splits[0])"
        if !request.figureFormats.isEmpty {
            request.overlays = try overlaySource(store: store, catalog: catalog, methods: methodsCatalog.location().path, labelSpaceOf: splits[0])
            // The drawn predictions go with the report: it re-renders where the work folder is gone.
            request.overlays?.kept = KeptPredictions(folder: (folder as NSString).appendingPathComponent("predictions"))
        }
        let written: [String]
        do {
            written = try ReportWriter(aggregator: aggregator, request: request).write(to: folder)
        } catch let error as GnuplotError { throw CommandFailure(error.description) }
        let figureCount = written.filter { $0.hasSuffix(".png") || $0.hasSuffix(".svg") || $0.hasSuffix(".pdf") }.count
        print("\(folder)/README.md: \(data.splits.count) split(s), \(data.methods.count) method(s), \(aggregator.policy.rawValue) policy; \(figureCount) figure files, tables: \(request.formats.map(\.rawValue).sorted().joined(separator: ", "))")
    }

    /// Title, control and target upper bound of a catalog split.
    func splitInfo(_ name: String, catalog: Catalog) -> SplitInfo {
        let split = catalog.splits[name]!
        func describe(_ selections: [Selection]) -> String {
            selections.map { s in ([s.dataset] + s.filters.map { f in (f.negated ? "not " : "") + f.values.joined(separator: " or ") })
                .joined(separator: " ") }.joined(separator: " + ")
        }
        let title = split.type == "in_distribution" ? "\(describe(split.test)) (held-out cases)" : "\(describe(split.train)) → \(describe(split.test))"
        // The in-distribution split of the same target: same datasets and filters on the test side.
        func target(_ s: Split) -> [String] { s.test.map { "\($0.dataset) \($0.filters.map { "\($0.field)\($0.negated ? "≠" : "=")\($0.values)" }.sorted())" } }
        let upper = split.type == "in_distribution" ? nil
            : catalog.splits.values.filter { $0.type == "in_distribution" && target($0) == target(split) }.map(\.name).sorted().first
        return SplitInfo(name: name, type: split.type, title: title, control: split.control, upperBound: upper)
    }

}

/// Each method's colour in figures, from methods.json (its `colour` keys and the default
/// palette's stable order), so that a method is drawn alike in every report; no methods.json
/// (scoring folders outside the repository): the default palette over the report's methods.
/// A methods.json that does not validate (a malformed or repeated colour) stops the report
/// with its message, rather than drawing two methods alike.
func methodColours(_ path: String) throws -> [String: String] {
    guard FileManager.default.fileExists(atPath: path) else { return [:] }
    do { return try MethodCatalog.load(path).colours } catch let error as CatalogError { throw CommandFailure(error.description) }
}

/// Images from the store's case index, label maps from the catalog and methods.json: what
/// overlays need to draw a case. Without a catalog, references and predictions are read in
/// their own values.
func overlaySource(store: ResultStore, catalog: Catalog?, methods methodsCatalog: String = CatalogLocation.resolve(.methods, given: nil).path, labelSpaceOf split: String? = nil) throws -> OverlaySource {
    var images: [String: String] = [:], references: [String: String] = [:]
    for c in try store.indexedCases() {
        if let first = c.images.keys.sorted().first { images["\(c.dataset)/\(c.name)"] = c.images[first] }
        references["\(c.dataset)/\(c.name)"] = c.label
    }
    let referenceLabels = catalog?.datasets.mapValues { $0.labelMap } ?? [:]
    var predictionLabels: [String: [Int: String]] = [:]
    if let methods = try? MethodCatalog.load(methodsCatalog) {
        for (name, spec) in methods.methods {
            if let outputs = spec.outputLabels { predictionLabels[name] = Dictionary(outputs.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a }) }
        }
    }
    // The label space: the split's, or else the one of the first dataset the store's runs scored.
    let spaceName = split.flatMap { catalog?.splits[$0]?.labelSpace } ?? (try? store.labelSpaces().first?.name) ?? nil
    let space = spaceName.flatMap { catalog?.labelSpaces[$0] }
    func values(_ space: LabelSpace?) -> [Int: String] { Dictionary((space?.labels ?? [:]).map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a }) }
    let splitSpaceLabels = (catalog?.splits ?? [:]).compactMapValues { s in catalog?.labelSpaces[s.labelSpace].map(values) }
    var regions: [String: Set<String>] = [:]
    for (_, space) in catalog?.labelSpaces ?? [:] { for (name, labels) in space.regions { regions[name] = Set(labels) } }
    var source = OverlaySource(images: images, referenceLabels: referenceLabels, predictionLabels: predictionLabels, spaceLabels: values(space),
                               splitSpaceLabels: splitSpaceLabels, regions: regions)
    source.references = references
    return source
}

/// Display names and colours of every structure the catalog's label spaces name; the split's
/// own space wins where two spaces use one name.
func structureStyles(_ catalog: Catalog?, split: String?) -> [String: StructureStyle] {
    guard let catalog else { return [:] }
    let space = split.flatMap { catalog.splits[$0] }.flatMap { catalog.labelSpaces[$0.labelSpace] }
    var styles: [String: StructureStyle] = [:]
    for s in catalog.labelSpaces.values {
        for name in Set(s.labels.keys).union(s.regions.keys) where s.name == space?.name || styles[name] == nil {
            styles[name] = StructureStyle(displayName: s.displayName(name), color: s.colors[name])
        }
    }
    return styles
}

/// `--versions latest|all`.
extension ReportData.Versions: ExpressibleByArgument {}
