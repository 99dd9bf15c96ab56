import Foundation
import Store

/// Stored runs as MLflow's file store (`mlflow ui --backend-store-uri DIR` shows them):
///
/// ```
/// DIR/0/meta.yaml                      the Default experiment, as MLflow makes it
/// DIR/<experiment>/meta.yaml           one experiment per split, named "segbench <split>"
/// DIR/<experiment>/<run>/meta.yaml     one MLflow run per SegBench run
///                       /metrics/dice/mean, /metrics/dice/<structure>, …   "<ms> <value> 0"
///                       /params/<name>
///                       /tags/<name>
///                       /artifacts/
/// ```
///
/// Metrics: per metric the label-first mean under the `segbench` policy (`dice/mean`, the
/// report's headline number for a run of one seed) and the mean over cases of each structure
/// (`dice/liver`; the file store keeps a key's `/` as a folder, so `dice` itself cannot be a
/// file beside them), read from the store's `case_metric` view, and `cases_scored`, `cases_failed`.
/// MLflow allows letters, digits, `_ - . : /` and spaces in a key; any other character becomes
/// `_` (`nsd@1` → `nsd_1`). Experiment and run ids are derived from the split and the run's
/// identity (method version, split, options), so exporting again rewrites the same folders.
public enum MLflowExport {
    public struct Written: Sendable, Hashable {
        public var experiments: Int
        public var runs: Int
    }

    public static func write(_ runs: [RunExport.StoredRun], rows: [CaseMetricRow], to root: String, now: Date = Date()) throws -> Written {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let byRun = Dictionary(grouping: rows, by: \.run)
        var experiments = Set<String>()
        try ensureDefaultExperiment(rootURL, now: now)
        for run in runs {
            let summary = run.summary
            let experiment = numericId("segbench experiment \(summary.split)")
            let experimentURL = rootURL.appendingPathComponent(experiment)
            if experiments.insert(experiment).inserted {
                try writeFile(experimentURL.appendingPathComponent("meta.yaml"), yaml([
                    ("artifact_location", quotedYAML(experimentURL.absoluteString)),
                    ("creation_time", String(milliseconds(now))),
                    ("experiment_id", quotedYAML(experiment)),
                    ("last_update_time", String(milliseconds(now))),
                    ("lifecycle_stage", "active"),
                    ("name", quotedYAML("segbench \(summary.split)")),
                ]))
            }
            let m = summary.method
            let runId = String(Checksum.text([m.name, m.version, m.configurationChecksum, m.checkpointChecksum, summary.split, summary.optionsChecksum]
                .joined(separator: "\n")).prefix(32))
            let runURL = experimentURL.appendingPathComponent(runId)
            try? FileManager.default.removeItem(at: runURL)
            let name = run.algorithm + (summary.trainingSeed.map { " seed \($0)" } ?? "")
                + (summary.interactionRounds > 0 ? " +\(summary.interactionRounds) rounds" : "")
            let start = milliseconds(summary.startedAt)
            try writeFile(runURL.appendingPathComponent("meta.yaml"), yaml([
                ("artifact_uri", quotedYAML(runURL.appendingPathComponent("artifacts").absoluteString)),
                ("end_time", summary.finishedAt.map { String(milliseconds($0)) } ?? "null"),
                ("entry_point_name", "''"),
                ("experiment_id", quotedYAML(experiment)),
                ("lifecycle_stage", "active"),
                ("run_id", runId),
                ("run_name", quotedYAML(name)),
                ("run_uuid", runId),
                ("source_name", "''"),
                ("source_type", "4"),
                ("source_version", quotedYAML(summary.git?.commit ?? "")),
                ("start_time", String(start)),
                // MLflow's RunStatus: 1 running, 3 finished.
                ("status", summary.finishedAt == nil ? "1" : "3"),
                ("tags", "[]"),
                ("user_id", "segbench"),
            ]))
            try FileManager.default.createDirectory(at: runURL.appendingPathComponent("artifacts"), withIntermediateDirectories: true)
            let stamp = summary.finishedAt.map(milliseconds) ?? start
            for (key, value) in metrics(byRun[summary.id] ?? []) + [("cases_scored", Double(summary.cases - summary.failures)),
                                                                     ("cases_failed", Double(summary.failures))] {
                try writeFile(runURL.appendingPathComponent("metrics").appendingPathComponent(key), "\(stamp) \(value) 0\n")
            }
            let options = run.options
            var params: [(String, String)] = [
                ("method", m.name), ("version", m.version), ("method_kind", m.kind), ("split", summary.split), ("dataset", summary.dataset),
                ("tolerances_mm", options.tolerances.map { "\($0)" }.joined(separator: ",")),
                ("policy", "segbench"), ("aggregation", "label-first"),
                ("configuration_checksum", m.configurationChecksum), ("checkpoint_checksum", m.checkpointChecksum),
                ("options_checksum", summary.optionsChecksum), ("segbench_version", summary.segbenchVersion),
            ]
            if let seed = summary.trainingSeed { params.append(("seed", String(seed))) }
            if let planned = summary.plannedCases { params.append(("planned_cases", String(planned))) }
            for (key, value) in params { try writeFile(runURL.appendingPathComponent("params").appendingPathComponent(key), value) }
            var tags: [(String, String)] = [("mlflow.runName", name), ("mlflow.user", "segbench"), ("segbench.run", String(summary.id))]
            if let git = summary.git {
                tags += [("mlflow.source.git.commit", git.commit), ("segbench.git_dirty", git.dirty ? "true" : "false")]
            }
            tags += summary.tags.sorted { $0.key < $1.key }.map { (key(name: $0.key), $0.value) }
            for (key, value) in tags { try writeFile(runURL.appendingPathComponent("tags").appendingPathComponent(key), value) }
        }
        return Written(experiments: experiments.count, runs: runs.count)
    }

    /// Per metric, the label-first mean (`dice/mean`), and per structure the mean over cases
    /// (`dice/liver`), of the policy's values; a mean without values is left out.
    static func metrics(_ rows: [CaseMetricRow]) -> [(String, Double)] {
        var perStructure: [String: [String: (sum: Double, n: Int)]] = [:]
        for row in rows {
            let old = perStructure[row.metric]?[row.structure] ?? (0, 0)
            guard let v = row.policyValue, v.isFinite else {
                perStructure[row.metric, default: [:]][row.structure] = old
                continue
            }
            perStructure[row.metric, default: [:]][row.structure] = (old.sum + v, old.n + 1)
        }
        var out: [(String, Double)] = []
        for (metric, structures) in perStructure.sorted(by: { $0.key < $1.key }) {
            let means = structures.sorted { $0.key < $1.key }.compactMap { s, t in t.n > 0 ? (s, t.sum / Double(t.n)) : nil }
            guard !means.isEmpty else { continue }
            out.append((key(name: metric) + "/mean", means.map(\.1).reduce(0, +) / Double(means.count)))
            // A structure named "mean" would take the mean's file.
            out += means.map { (key(name: metric) + "/" + (key(name: $0.0) == "mean" ? "structure_mean" : key(name: $0.0)), $0.1) }
        }
        return out
    }

    /// A name as an MLflow key: letters, digits, `_ - . :` and spaces kept, anything else `_`
    /// (a `/` inside a structure's or tag's name too, so it cannot make a folder of its own).
    static func key(name: String) -> String {
        let kept = Set("_-.: ")
        let mapped = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || kept.contains($0)) ? $0 : "_" })
        return mapped == "." || mapped == ".." || mapped.isEmpty ? "_" + mapped : mapped
    }

    static func ensureDefaultExperiment(_ root: URL, now: Date) throws {
        let meta = root.appendingPathComponent("0").appendingPathComponent("meta.yaml")
        guard !FileManager.default.fileExists(atPath: meta.path) else { return }
        try writeFile(meta, yaml([
            ("artifact_location", quotedYAML(root.appendingPathComponent("0").absoluteString)),
            ("creation_time", String(milliseconds(now))), ("experiment_id", "'0'"), ("last_update_time", String(milliseconds(now))),
            ("lifecycle_stage", "active"), ("name", "Default"),
        ]))
    }

    /// 18 decimal digits from SHA-256, as long as the ids MLflow's file store draws.
    static func numericId(_ text: String) -> String {
        let hex = Checksum.text(text)
        let value = UInt64(hex.prefix(15), radix: 16)! % 900_000_000_000_000_000 + 100_000_000_000_000_000
        return String(value)
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    static func yaml(_ fields: [(String, String)]) -> String { fields.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n" }

    /// A YAML single-quoted scalar (a quote inside is doubled).
    static func quotedYAML(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    static func writeFile(_ url: URL, _ text: String) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ExportError("\(url.path): cannot be written (\(error.localizedDescription))")
        }
    }
}

public struct ExportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
