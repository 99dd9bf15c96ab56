import ArgumentParser
import Catalog
import Foundation
import Reports
import Store

/// `METHOD@VERSION` or `METHOD@VERSION#CHECKPOINT` (a prefix of the checkpoint checksum, to tell
/// apart two versions that share a version string), or `METHOD@latest` and `METHOD@previous`:
/// the method's newest stored version and the one stored before it (what a re-run after a code
/// change compares).
struct VersionSpec: ExpressibleByArgument, CustomStringConvertible {
    var method: String
    var version: String
    var checkpoint: String?

    init?(argument: String) {
        let parts = argument.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        method = parts[0]
        let rest = parts[1].split(separator: "#", maxSplits: 1).map(String.init)
        version = rest[0]
        checkpoint = rest.count > 1 ? rest[1] : nil
    }

    var description: String { "\(method)@\(version)" + (checkpoint.map { "#\($0)" } ?? "") }

    /// The one stored version this names; a usage error listing the candidates otherwise.
    /// `versions` are in the order they were first stored.
    func resolve(in versions: [MethodVersion]) throws -> MethodVersion {
        let named = versions.filter { $0.name == method }
        if checkpoint == nil, version == "latest" || version == "previous" {
            let back = version == "latest" ? 1 : 2
            guard named.count >= back else {
                throw ValidationError(named.isEmpty ? "No stored runs of \(method)." : "\(method) has one stored version; there is no previous one.")
            }
            return named[named.count - back]
        }
        let matching = named.filter { $0.version == version && (checkpoint.map($0.checkpointChecksum.hasPrefix) ?? true) }
        func list(_ v: [MethodVersion]) -> String { v.map { "\($0.name)@\($0.version)#\($0.checkpointChecksum.prefix(8))" }.joined(separator: ", ") }
        guard !matching.isEmpty else {
            throw ValidationError(named.isEmpty ? "No stored runs of \(method)." : "No stored version \(description); stored: \(list(named)).")
        }
        guard matching.count == 1 else {
            throw ValidationError("\(description) names \(matching.count) versions with different checkpoints or configurations: \(list(matching)). Add #CHECKPOINT to choose.")
        }
        return matching[0]
    }
}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two versions of a method case by case: what got worse, and where.",
        discussion: """
            Pairs the cases both versions scored from the same inputs and lists the others with \
            their reason (not run, failed, different input). Per split and structure and for the \
            per-case mean: before, after, Δ, ratio and the paired Wilcoxon p, Holm-adjusted across \
            everything compared. Then the cases whose Dice fell or HD95 rose beyond the thresholds, \
            worst first (with --out, overlays of both predictions).

            Exit status, for CI gates: 0 when nothing counted by --fail-on happened, 3 when it did, \
            64 for usage errors, 1 for other errors.
              --fail-on significant     a structure (or the mean) worse beyond the threshold, Holm p < α
              --fail-on cases           any case beyond the threshold
              --fail-on new-failures    a case scored before and failed after
              --fail-on never

              segbench compare atlas@atlas-1 atlas@atlas-2 --db results.sqlite
              segbench compare unet@2.1 unet@2.2 --split id_btcv --threshold 0.01 \\
                  --format json --fail-on significant cases
              segbench compare unet@2.1#3fa2c1 unet@2.1#9b0e77 --out compare-unet
              segbench compare unet@previous unet@latest --fail-on never
            (the last after a code change)
            """)

    @Argument(help: ArgumentHelp("The version before: METHOD@VERSION[#CHECKPOINT].", valueName: "before"))
    var before: VersionSpec

    @Argument(help: ArgumentHelp("The version after.", valueName: "after"))
    var after: VersionSpec

    @Option(name: .customLong("split"), parsing: .upToNextOption, help: ArgumentHelp("Splits to compare (default: every split both versions ran).", valueName: "name"),
            completion: NameCompletion.splits)
    var splitArguments: [String] = []
    var splits: [String] { ListOption.values(splitArguments) }

    @Flag(help: "Every split both versions ran (the default when no --split is given).")
    var allSplits = false

    @Option(help: ArgumentHelp("The store.", valueName: "path"))
    var db: String = "results.sqlite"

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Metrics to compare (stored names, space- or comma-separated; e.g. dice hd95 lesion_dice lesion_hd95 on BraTS). Overlap-like ones use --threshold, distances --hd95-threshold.", valueName: "list"))
    var metrics: [String] = ["dice,hd95"]
    @Option(name: .customLong("metric"), parsing: .upToNextOption, help: .hidden)
    var metricAlias: [String] = []

    @Option(help: ArgumentHelp("Dice fall (0–1) that counts as a regression.", valueName: "x"))
    var threshold: Double = 0.02

    @Option(help: ArgumentHelp("HD95 rise in mm that counts as a regression.", valueName: "mm"))
    var hd95Threshold: Double = 1

    @Option(help: ArgumentHelp("Significance level.", valueName: "α"))
    var alpha: Double = 0.05

    @Option(help: ArgumentHelp("md or json.", valueName: "format"))
    var format: String = "md"

    @Option(parsing: .upToNextOption, help: ArgumentHelp("What fails the command: significant, cases, new-failures, never (space- or comma-separated).", valueName: "list"))
    var failOn: [String] = ["significant,new-failures"]

    @Option(help: ArgumentHelp("Policy for empty structures: \(Policy.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "preset"))
    var policy: String = Policy.segbench.rawValue

    @Option(help: ArgumentHelp("A folder for the report with overlays of the regressed cases.", valueName: "dir"))
    var out: String?

    @OptionGroup var catalogOptions: CatalogOptions

    static let failures = ["significant", "cases", "new-failures", "never"]

    func validate() throws {
        guard ["md", "json"].contains(format) else { throw ValidationError("Unknown format '\(format)'; md or json.") }
        guard Policy(rawValue: policy) != nil else { throw ValidationError("Unknown policy '\(policy)'.") }
        for f in ListOption.values(failOn) where !Self.failures.contains(f) {
            throw ValidationError("Unknown --fail-on '\(f)'; one of \(Self.failures.joined(separator: ", ")).")
        }
        guard before.method == after.method else { throw ValidationError("Compare two versions of one method (\(before.method) vs \(after.method)).") }
        guard splits.isEmpty || !allSplits else { throw ValidationError("--split and --all-splits exclude each other.") }
    }

    func run() throws {
        let store = try openExistingStore(db)
        let runs = try store.runs()
        var versions: [MethodVersion] = []
        for run in runs where !versions.contains(run.method) { versions.append(run.method) }
        let (a, b) = (try before.resolve(in: versions), try after.resolve(in: versions))
        guard a != b else { throw ValidationError("\(before) and \(after) are the same version.") }
        let shared = Set(runs.filter { $0.method == a }.map(\.split)).intersection(runs.filter { $0.method == b }.map(\.split)).sorted()
        let chosen = splits.isEmpty ? shared : splits
        for s in chosen where !shared.contains(s) {
            throw CommandFailure("\(db): split \(s) was not run by both \(before) and \(after); both ran: \(shared.isEmpty ? "none" : shared.joined(separator: ", "))")
        }
        guard !chosen.isEmpty else { throw CommandFailure("\(db): \(before) and \(after) ran no split in common") }
        let catalog = FileManager.default.fileExists(atPath: catalogOptions.catalog) ? try? catalogOptions.load() : nil
        let data: ReportData
        do {
            data = try ReportData(store: store, path: db, splits: chosen, methods: [a.name], styles: structureStyles(catalog, split: chosen.first))
        } catch let e as ReportError { throw CommandFailure(e.description) }
        let aggregator = Aggregator(data: data, policy: Policy(rawValue: policy)!, resamples: 0)
        let comparison = Comparison(aggregator: aggregator, before: data.methods.firstIndex { $0.version == a }!,
                                    after: data.methods.firstIndex { $0.version == b }!, splits: chosen,
                                    metrics: ListOption.merged(metricAlias.isEmpty ? metrics : [], alias: metricAlias, old: "--metric", new: "--metrics"),
                                    diceThreshold: threshold, hd95Threshold: hd95Threshold, alpha: alpha)
        let markdown = comparison.markdown(policy: aggregator.policy)
        print(format == "json" ? comparison.json(policy: aggregator.policy) : markdown, terminator: "")
        if let out {
            var text = markdown
            let source = try overlaySource(store: store, catalog: catalog, labelSpaceOf: chosen.first)
            for figure in comparison.overlay(aggregator: aggregator, source: source) {
                do { try Gnuplot().render(figure, into: out + "/figures", formats: [.png, .pdf]) } catch let e as GnuplotError { throw CommandFailure(e.description) }
                text += "\n![\(figure.name)](figures/\(figure.name).png)\n\n*\(figure.caption)*\n"
            }
            try text.write(toFile: out + "/README.md", atomically: true, encoding: .utf8)
        }
        let reasons = Set(ListOption.values(failOn))
        var failed: [String] = []
        if reasons.contains("significant"), !comparison.significantRegressions.isEmpty { failed.append("\(comparison.significantRegressions.count) significant regression(s)") }
        if reasons.contains("cases"), !comparison.regressedCases.isEmpty { failed.append("\(comparison.regressedCases.count) case(s) beyond the threshold") }
        if reasons.contains("new-failures"), !comparison.newFailures.isEmpty { failed.append("\(comparison.newFailures.count) new failure(s)") }
        if !failed.isEmpty {
            FileHandle.standardError.write(Data("segbench compare: \(after) regressed against \(before): \(failed.joined(separator: ", "))\n".utf8))
            throw ExitCode(3)
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A metric over every stored version of a method: a table and a line plot with CI bands.",
        discussion: """
            Versions in the order they were first run; a version is its string with its \
            configuration and checkpoint checksums, so a retrained checkpoint under the same \
            string is its own point. ▲/▼ mark a significant change from the previous version \
            (paired Wilcoxon on the cases both scored, Holm over the consecutive changes).

              segbench history atlas --split id_btcv --db results.sqlite \\
                  --out history-atlas
            """)

    @Argument(help: ArgumentHelp("The method.", valueName: "method"), completion: NameCompletion.methods)
    var method: String

    @Option(name: .customLong("split"), parsing: .upToNextOption, help: ArgumentHelp("Splits (default: every split the method ran).", valueName: "name"),
            completion: NameCompletion.splits)
    var splitArguments: [String] = []
    var splits: [String] { ListOption.values(splitArguments) }

    @Option(help: ArgumentHelp("The store.", valueName: "path"))
    var db: String = "results.sqlite"

    @Option(help: ArgumentHelp("The metric (stored name).", valueName: "name"))
    var metric: String = "dice"

    @Option(help: ArgumentHelp("Policy for empty structures.", valueName: "preset"))
    var policy: String = Policy.segbench.rawValue

    @Option(help: ArgumentHelp("Bootstrap resamples of the bands.", valueName: "n"))
    var bootstrap: Int = 1000

    @Option(help: ArgumentHelp("The folder for the plots (default: history-METHOD).", valueName: "dir"))
    var out: String?

    func validate() throws {
        guard Policy(rawValue: policy) != nil else { throw ValidationError("Unknown policy '\(policy)'.") }
    }

    func run() throws {
        let store = try openExistingStore(db)
        let ran = Set(try store.runs().filter { $0.method.name == method }.map(\.split)).sorted()
        guard !ran.isEmpty else { throw CommandFailure("\(db): no runs of \(method)") }
        let chosen = splits.isEmpty ? ran : splits
        let data: ReportData
        do { data = try ReportData(store: store, path: db, splits: chosen, methods: [method]) } catch let e as ReportError { throw CommandFailure(e.description) }
        let aggregator = Aggregator(data: data, policy: Policy(rawValue: policy)!, resamples: bootstrap)
        let folder = out ?? "history-\(method)"
        var text = "# \(method): \(MetricDisplay(metric).header) over versions\n\n"
        for split in chosen {
            let history = History(aggregator: aggregator, split: split, metric: metric)
            let figure = history.figure(name: "history_\(metric)_\(split)")
            do { try Gnuplot().render(figure, into: folder, formats: [.png, .svg, .pdf]) } catch let e as GnuplotError { throw CommandFailure(e.description) }
            let section = "## \(split)\n\n" + history.markdown + "\n![\(figure.name)](\(figure.name).png)\n\n*\(figure.caption)*\n\n"
            print(section, terminator: "")
            text += section
        }
        try text.write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
    }
}
