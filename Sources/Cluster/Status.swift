import Foundation

/// Where each job of a submission stands, from the files the jobs leave (a shard's exit status,
/// a model's `trained.json`, the merge's summary) and from `squeue` for what is still queued or
/// running. Accounting (`sacct`) is not needed: many clusters keep it off, and the files say
/// how a job ended.
public enum JobState: Sendable, Hashable, CustomStringConvertible {
    case done
    /// Ended with this exit status (3: some of its cases failed).
    case failed(Int32)
    case running
    case pending(reason: String)
    /// Neither queued nor ended: cancelled, or its dependency failed.
    case notRun

    /// A job or task still in the queue: running (or completing), else pending with its reason.
    init(queued: (state: String, reason: String)) {
        self = queued.state == "RUNNING" || queued.state == "COMPLETING" ? .running : .pending(reason: queued.reason)
    }

    public var description: String {
        switch self {
        case .done: "done"
        case .failed(let status): "failed (exit \(status))"
        case .running: "running"
        case .pending(let reason): reason.isEmpty || reason == "None" ? "pending" : "pending (\(reason))"
        case .notRun: "not run"
        }
    }
}

/// `squeue -h -o "%i|%T|%r"` lines: job or array-task id → state and reason. A pending array
/// is one line for its tasks, `123_[2-4,7%2]`; it is expanded to each task.
public enum Queue {
    public static func parse(_ output: String) -> [String: (state: String, reason: String)] {
        var out: [String: (String, String)] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else { continue }
            for id in expand(fields[0]) { out[id] = (fields[1], fields[2]) }
        }
        return out
    }

    /// `123_[1-3,5%2]` → 123_1, 123_2, 123_3, 123_5; other ids as they are.
    static func expand(_ id: String) -> [String] {
        guard let open = id.firstIndex(of: "["), let close = id.firstIndex(of: "]") else { return [id] }
        let job = id[..<open].dropLast()  // "123_" without the underscore
        let inside = id[id.index(after: open)..<close].split(separator: "%")[0]
        var tasks: [Int] = []
        for part in inside.split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 2, bounds[0] <= bounds[1] { tasks += Array(bounds[0]...bounds[1]) } else if bounds.count == 1 { tasks.append(bounds[0]) }
        }
        return tasks.map { "\(job)_\($0)" }
    }
}

extension Submission {
    /// The state of shard `i` of a run: its exit file, else the queue.
    public func state(of run: RunArray, shard i: Int, queue: [String: (state: String, reason: String)]) -> JobState {
        if let text = try? String(contentsOfFile: run.exitFile(i, in: folder), encoding: .utf8),
           let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return status == 0 ? .done : .failed(status)
        }
        guard let job = run.jobId, let queued = queue["\(job)_\(i)"] ?? queue[job] else { return .notRun }
        return JobState(queued: queued)
    }

    /// The state of a train job: its model's `trained.json`, else the queue, else its log's end.
    public func state(of training: Training, queue: [String: (state: String, reason: String)]) -> JobState {
        if FileManager.default.fileExists(atPath: (training.folder as NSString).deletingLastPathComponent + "/trained.json") { return .done }
        if let job = training.jobId, let queued = queue[job] { return JobState(queued: queued) }
        return FileManager.default.fileExists(atPath: training.log) ? .failed(1) : .notRun
    }

    /// A human summary: per run, its shards by state, each failed one with its log.
    public func statusReport(queue: [String: (state: String, reason: String)]) -> (text: String, failed: Int, unfinished: Int) {
        var lines = ["submission \(id) (\(folder)): into \(store)"]
        var failed = 0, unfinished = 0
        for t in trainings {
            let state = state(of: t, queue: queue)
            lines.append("  train \(t.selection.name): \(state)" + (state == .done ? "" : "; log \(t.log)"))
            if case .failed = state { failed += 1 } else if state != .done { unfinished += 1 }
        }
        for r in runs {
            let states = r.shards.map { ($0, state(of: r, shard: $0, queue: queue)) }
            let counts = Dictionary(grouping: states.map { $0.1.description.components(separatedBy: " (")[0] }, by: { $0 }).mapValues(\.count)
            lines.append("  run \(r.selection.name), \(r.shards.count) of \(r.shardCount) shard(s): "
                         + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            for (i, state) in states where state != .done {
                switch state {
                case .failed: failed += 1; lines.append("    shard \(i)/\(r.shardCount): \(state); log \(r.log(i, in: folder))")
                case .notRun: failed += 1; lines.append("    shard \(i)/\(r.shardCount): not run (cancelled, or its train job failed); log \(r.log(i, in: folder))")
                default: unfinished += 1
                }
            }
        }
        let summary = "\(folder)/merge.txt"
        if let text = try? String(contentsOfFile: summary, encoding: .utf8) {
            lines.append("  merge: done, \(summary):")
            lines += text.split(separator: "\n").map { "    " + $0 }
        } else if let job = merge?.jobId, let queued = queue[job] {
            lines.append("  merge: \(JobState(queued: queued))")
            unfinished += 1
        } else if merge != nil {
            lines.append("  merge: not run; log \(merge!.log)")
        }
        if let report {
            if let job = report.jobId, let queued = queue[job] {
                lines.append("  report: \(JobState(queued: queued))")
                unfinished += 1
            } else {
                let written = FileManager.default.fileExists(atPath: report.out + "/README.md")
                lines.append("  report: " + (written ? "\(report.out)/README.md" : "not written; log \(report.log)"))
            }
        }
        return (lines.joined(separator: "\n") + "\n", failed, unfinished)
    }
}
