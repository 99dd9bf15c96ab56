import ArgumentParser
import Foundation
import Harness
import Metrics
import Store

struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "runs",
        abstract: "The runs a store holds.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list",
            abstract: "One line per run: method and version, split, cases stored and failed, commit, tags, when.",
            discussion: """
                  segbench runs list --db results.sqlite
                  segbench runs list --method atlas --split id_btcv --tag ablation=no_aug
                """)
        @Option(help: ArgumentHelp("The store.", valueName: "path"))
        var db: String = "results.sqlite"
        @Option(help: ArgumentHelp("Only runs of this method.", valueName: "name"))
        var method: String?
        @Option(help: ArgumentHelp("Only runs of this split.", valueName: "name"))
        var split: String?
        @Option(name: .customLong("tag"), help: ArgumentHelp("Only runs with this tag (repeatable: all must match).", valueName: "key=value"))
        var tags: [String] = []

        func validate() throws { _ = try RunTags.parse(tags) }

        func run() throws {
            let all = try openExistingStore(db).runs()
            guard !all.isEmpty else { print("\(db): no runs"); return }
            let wanted = try RunTags.parse(tags)
            let runs = all.filter { r in
                (method == nil || r.method.name == method) && (split == nil || r.split == split) && wanted.allSatisfy { r.tags[$0.key] == $0.value }
            }
            guard !runs.isEmpty else { print("\(db): no run matches (\(all.count) run(s) in all)"); return }
            let formatter = ISO8601DateFormatter()
            let rows = runs.map { r in
                [String(r.id), r.method.name, r.method.version, r.method.kind, r.split, r.dataset, String(r.cases), String(r.failures),
                 RunTags.commitText(r.git), RunTags.text(r.tags),
                 formatter.string(from: r.startedAt), r.finishedAt.map { formatter.string(from: $0) } ?? "unfinished", r.segbenchVersion]
            }
            print(TextTable.render(header: ["run", "method", "version", "kind", "split", "dataset", "cases", "failed", "commit", "tags",
                                            "started", "finished", "segbench"],
                                   rows: rows, leftColumns: 6), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show",
            abstract: "Everything stored about one run: method version, options, provenance, tags, coverage.",
            discussion: """
                  segbench runs show 3 --db results.sqlite
                """)
        @Argument(help: ArgumentHelp("The run's id (see `segbench runs list`).", valueName: "id"))
        var id: Int64
        @Option(help: ArgumentHelp("The store.", valueName: "path"))
        var db: String = "results.sqlite"

        func run() throws {
            guard let r = try openExistingStore(db).runs().first(where: { $0.id == id }) else {
                throw CommandFailure("\(db): no run \(id) (see `segbench runs list --db \(db)`)")
            }
            let formatter = ISO8601DateFormatter()
            let fields: [(String, String)] = [
                ("run", String(r.id)), ("method", r.method.name), ("kind", r.method.kind), ("version", r.method.version),
                ("configuration", r.method.configurationChecksum), ("checkpoints", r.method.checkpointChecksum),
                ("split", r.split), ("dataset", r.dataset), ("seed", r.trainingSeed.map(String.init) ?? "none"),
                ("commit", r.git.map { $0.commit + ($0.dirty ? " (with changes not committed)" : "") } ?? "none (not a git checkout, or a builtin method)"),
                ("tags", r.tags.isEmpty ? "none" : RunTags.text(r.tags)),
                ("cases", "\(r.cases) stored, \(r.failures) failed" + (r.plannedCases.map { ", \($0) planned" } ?? "")),
                ("trained", r.trainedChecksum ?? "–"), ("options", r.options),
                ("started", formatter.string(from: r.startedAt)), ("finished", r.finishedAt.map { formatter.string(from: $0) } ?? "unfinished"),
                ("segbench", r.segbenchVersion), ("host", r.host),
            ]
            let width = fields.map(\.0.count).max() ?? 0
            for (name, value) in fields { print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value) }
        }
    }
}

/// `--tag key=value` pairs: parsed, checked, and printed back.
enum RunTags {
    static func parse(_ pairs: [String]) throws -> [String: String] {
        var tags: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("--tag takes key=value with a key before the '=' (got '\(pair)')")
            }
            let key = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            if let earlier = tags[key], earlier != value { throw ValidationError("--tag \(key) is given twice (\(key)=\(earlier) and \(pair))") }
            tags[key] = value
        }
        return tags
    }

    /// `a=1,b=2`, keys sorted.
    static func text(_ tags: [String: String]) -> String {
        tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// The commit's first 12 characters, `+` when the checkout had changes; `–` without one.
    static func commitText(_ git: GitState?) -> String {
        git.map { String($0.commit.prefix(12)) + ($0.dirty ? "+" : "") } ?? "–"
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge",
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
    static let configuration = CommandConfiguration(commandName: "export",
        abstract: "Write stored runs in the shape another tool reads.",
        discussion: """
            csv         one row per run, case and structure (all selected runs)
            nnunet      nnU-Net v2's summary.json (one run)
            monai       MONAI MetricsSaver's {metric}_raw.csv, one file per metric of --metrics into --out (one run)
            challenger  challengeR's long table task,case,algorithm,value (all selected runs; one metric in --metrics)
            mlflow      MLflow's file store in --out: an experiment per split, a run per run (all selected runs)

            csv has a row for every case and structure, failed cases and structures absent from a \
            case included, with its state. In csv, nnunet and monai a case without a usable \
            prediction counts as an empty prediction: Dice 0 where its reference holds the \
            structure, distances undefined (nan / NA). challenger leaves out structures absent \
            from both reference and prediction, and gives a missed one (missed, spurious, or a \
            failed case) --missed-value: worst (default; the SegBench policy's Dice 0, NSD 0, \
            distances the image diagonal in mm), na, or a number. mlflow's metrics are means \
            under the SegBench policy (per structure, and label-first over structures).

              segbench export --format nnunet --run 3 --out summary.json
              segbench export --format challenger --split xmod_btcvct_to_chaost2 \\
                  --metrics hd95 --missed-value worst --out ranking.csv
              segbench export --format mlflow --out mlruns
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
    @Option(help: ArgumentHelp("Output file (a folder for monai and mlflow); default: standard output.", valueName: "path"))
    var out: String?
    @Option(help: ArgumentHelp("challenger: what a missed structure scores: worst (Dice 0, distances the image diagonal), na, or a number.", valueName: "worst|na|VALUE"))
    var missedValue: String = "worst"

    enum FormatName: String, ExpressibleByArgument, CaseIterable {
        case csv, nnunet, monai, challenger, mlflow
    }

    func validate() throws {
        if !metricAlias.isEmpty { printError("note: --metric is now --metrics (--metric still works for this release)") }
        for m in metric where RunExport.nnunetKey(m) == nil {
            throw ValidationError("--metrics \(m): not a metric (dice, iou, hd, hd95, assd, nsd@TOLERANCE)")
        }
        if format == .monai && out == nil { throw ValidationError("--format monai writes one file per metric: give a folder with --out") }
        if format == .challenger && metric.count > 1 { throw ValidationError("--format challenger takes one metric in --metrics (a value column per table)") }
        if format == .mlflow && out == nil { throw ValidationError("--format mlflow writes MLflow's file store: give its folder with --out (e.g. --out mlruns)") }
        if RunExport.MissedValue(argument: missedValue) == nil {
            throw ValidationError("--missed-value takes worst, na or a finite number (got '\(missedValue)')")
        }
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
        case .challenger:
            let rows = try store.caseMetricRows(runs: runs.map(\.summary.id), metric: (metric.first ?? "dice").lowercased())
            try emit(RunExport.challenger(runs, rows: rows, missed: RunExport.MissedValue(argument: missedValue)!))
        case .mlflow:
            let rows = try store.caseMetricRows(runs: runs.map(\.summary.id))
            do {
                let written = try MLflowExport.write(runs, rows: rows, to: out!)
                printError("wrote \(written.runs) run(s) in \(written.experiments) experiment(s) to \(out!) (MLFLOW_ALLOW_FILE_STORE=true mlflow ui --backend-store-uri \(out!))")
            } catch let error as ExportError { throw CommandFailure(error.description) }
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
