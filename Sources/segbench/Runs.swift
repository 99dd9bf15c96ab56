import ArgumentParser
import Foundation
import Harness
import Metrics
import Store

struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The runs a store holds.",
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One line per run: method and version, split, cases stored and failed, when.",
            discussion: """
                  segbench runs list --db results.sqlite
                """)
        @Option(help: ArgumentHelp("The store.", valueName: "path"))
        var db: String = "results.sqlite"

        func run() throws {
            let runs = try openExistingStore(db).runs()
            guard !runs.isEmpty else { print("\(db): no runs"); return }
            let formatter = ISO8601DateFormatter()
            let rows = runs.map { r in
                [String(r.id), r.method.name, r.method.version, r.method.kind, r.split, r.dataset, String(r.cases), String(r.failures),
                 formatter.string(from: r.startedAt), r.finishedAt.map { formatter.string(from: $0) } ?? "unfinished", r.segbenchVersion]
            }
            print(TextTable.render(header: ["run", "method", "version", "kind", "split", "dataset", "cases", "failed", "started", "finished", "segbench"],
                                   rows: rows, leftColumns: 6), terminator: "")
        }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge stores (the shards of a run) into one, without duplicates.",
        discussion: """
            Runs are matched by method version, split and options; cases by dataset, name and \
            reference checksum; a result the target already holds from the same inputs is kept. \
            Merging is idempotent: the same shards merged twice, or in another order, give the \
            same rows. The case index and label definitions come along.

              segbench merge shard1.sqlite shard2.sqlite --into results.sqlite
            """)
    @Argument(help: ArgumentHelp("The stores to merge.", valueName: "store"))
    var sources: [String]
    @Option(help: ArgumentHelp("The store they go into (created if needed).", valueName: "path"))
    var into: String

    func run() throws {
        let target = try openStore(into)
        for source in sources {
            if URL(fileURLWithPath: source).standardizedFileURL == URL(fileURLWithPath: into).standardizedFileURL {
                throw CommandFailure("\(source): is the target itself")
            }
            let merged = try target.merge(from: openExistingStore(source))
            print("\(source): \(merged.runs) run(s), \(merged.added) result(s) added, \(merged.alreadyPresent) already present")
        }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored runs in the shape another tool reads.",
        discussion: """
            csv         one row per run, case and structure (all selected runs)
            nnunet      nnU-Net v2's summary.json (one run)
            monai       MONAI MetricsSaver's {metric}_raw.csv, one file per metric of --metrics into --out (one run)
            challenger  challengeR's long table task,case,algorithm,value (all selected runs; one metric in --metrics)

            A case without a usable prediction counts as an empty prediction: Dice 0 where its \
            reference holds the structure, distances undefined (nan / NA).

              segbench export --format nnunet --run 3 --out summary.json
              segbench export --format challenger --split xmod_btcvct_to_chaost2 \\
                  --metrics dice --out ranking.csv
            """)
    @Option(help: ArgumentHelp("The store.", valueName: "path"))
    var db: String = "results.sqlite"
    @Option(help: "csv, nnunet, monai or challenger.")
    var format: FormatName
    @Option(name: .customLong("run"), help: ArgumentHelp("Runs by id (see `segbench runs list`); repeat for more.", valueName: "id"))
    var runIds: [Int64] = []
    @Option(help: ArgumentHelp("Only runs of this split.", valueName: "name"), completion: NameCompletion.splits)
    var split: String?
    @Option(help: ArgumentHelp("Only runs of this method.", valueName: "name"), completion: NameCompletion.methods)
    var method: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Metrics for monai and challenger (dice, iou, hd, hd95, assd, nsd@1, …; space- or comma-separated).", valueName: "list"))
    var metrics: [String] = []
    /// The old spelling, repeated once per metric; hidden, kept for a release.
    @Option(name: .customLong("metric"), parsing: .upToNextOption, help: .hidden)
    var metricAlias: [String] = []
    var metric: [String] { ListOption.values(metrics + metricAlias) }
    @Option(help: ArgumentHelp("Output file (a folder for monai); default: standard output.", valueName: "path"))
    var out: String?

    enum FormatName: String, ExpressibleByArgument, CaseIterable {
        case csv, nnunet, monai, challenger
    }

    func validate() throws {
        for m in metric where RunExport.nnunetKey(m) == nil {
            throw ValidationError("--metrics \(m): not a metric (dice, iou, hd, hd95, assd, nsd@TOLERANCE)")
        }
        if format == .monai && out == nil { throw ValidationError("--format monai writes one file per metric: give a folder with --out") }
        if format == .challenger && metric.count > 1 { throw ValidationError("--format challenger takes one metric in --metrics (a value column per table)") }
    }

    func run() throws {
        let store = try openExistingStore(db)
        let selected = try store.runs().filter {
            (runIds.isEmpty || runIds.contains($0.id)) && (split == nil || $0.split == split) && (method == nil || $0.method.name == method)
        }
        guard !selected.isEmpty else { throw CommandFailure("\(db): no run matches (see `segbench runs list --db \(db)`)") }
        for id in runIds where !selected.contains(where: { $0.id == id }) { throw CommandFailure("\(db): no run \(id)") }
        let runs = try selected.map { RunExport.StoredRun(summary: $0, results: try store.results(run: $0.id)) }
        func one() throws -> RunExport.StoredRun {
            guard runs.count == 1 else {
                throw CommandFailure("--format \(format.rawValue) writes one run; \(runs.count) match: choose one with --run "
                                     + runs.map { "\($0.summary.id) (\($0.algorithm) on \($0.summary.split))" }.joined(separator: ", "))
            }
            return runs[0]
        }
        switch format {
        case .csv: try emit(RunExport.csv(runs))
        case .nnunet: try emit(RunExport.nnunet(one()))
        case .challenger: try emit(RunExport.challenger(runs, metric: metric.first ?? "dice"))
        case .monai:
            let run = try one()
            try FileManager.default.createDirectory(atPath: out!, withIntermediateDirectories: true)
            for m in metric.isEmpty ? ["dice", "hd95"] : metric {
                let path = (out! as NSString).appendingPathComponent("\(m.lowercased())_raw.csv")
                try write(RunExport.monaiRaw(run, metric: m), to: path)
                printError("wrote \(path)")
            }
        }
    }

    func emit(_ text: String) throws {
        if let out { try write(text, to: out) } else { print(text, terminator: "") }
    }

    func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw CommandFailure("\(path): cannot be written (\(error.localizedDescription))")
        }
    }
}
