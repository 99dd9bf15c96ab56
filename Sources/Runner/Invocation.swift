import Foundation
import Harness
import Store
#if canImport(Glibc)
import Glibc
#endif

/// One invocation of a run (one `segbench run`, or one `Runner.run()`): the lock that keeps a
/// second instance of the same run out, and a folder of its own for the manifests, logs and raw
/// outputs of its method calls.
///
/// Two invocations never share a file they write: a resumed run, a concurrent shard or a
/// concurrent run of other options never reads another's half-written output. A method writes
/// into `outputs/`; only after its call's processes are all gone is each output checked, and
/// then moved (a rename, atomic) to `predictions/` or `interact-N/` of the run's folder, where
/// the stored result points.
struct Invocation: Sendable {
    /// `RUN/invocations/STAMP-PID-KEY`.
    let folder: String
    /// The run's lock, held (flock) for the invocation's life and by the watchdog of each method
    /// call until the call's processes are gone.
    let lock: Int32
    let lockPath: String

    /// How long a second instance waits for the lock before it refuses: a killed instance's
    /// watchdog lets go within milliseconds, a live instance takes minutes. 10 s;
    /// `SEGBENCH_RUN_LOCK_WAIT` (seconds) sets it, for tests.
    static var lockWait: Double { ProcessInfo.processInfo.environment["SEGBENCH_RUN_LOCK_WAIT"].flatMap(Double.init) ?? 10 }

    /// Takes the lock of (run folder, store, options, shard) and makes the invocation's folder.
    /// Outputs left by earlier invocations of the same key, which were killed, are removed; the
    /// logs and manifests of the last five are kept.
    static func begin(plan: RunPlan, storePath: String, shard: (index: Int, count: Int)?) throws -> Invocation {
        try FileManager.default.createDirectory(atPath: plan.folder, withIntermediateDirectories: true)
        let store = URL(fileURLWithPath: storePath).standardizedFileURL.resolvingSymlinksInPath().path
        let shardText = shard.map { " shard \($0.index)/\($0.count)" } ?? ""
        let key = String(Checksum.text([store, plan.description.optionsChecksum, shardText].joined(separator: "\n")).prefix(10))
        let lockPath = (plan.folder as NSString).appendingPathComponent(".run-\(key).lock")
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError("\(lockPath): cannot be created (\(String(cString: strerror(errno))))") }
        let giveUp = Date().addingTimeInterval(lockWait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < giveUp else {
                let holder = (FileManager.default.contents(atPath: lockPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                close(fd)
                throw RunError("another `segbench run` of this run (\(plan.method.name) on \(plan.description.split)\(shardText), store \(storePath)) "
                               + "is running\(holder.isEmpty ? "" : " (\(holder.trimmingCharacters(in: .whitespacesAndNewlines)))"): "
                               + "\(lockPath) is locked. Wait for it to finish (this command then finds its cases stored), or stop it and run again")
            }
            usleep(100_000)
        }
        let stamp = ISO8601DateFormatter().string(from: Date())
        let me = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName), since \(stamp)\n"
        ftruncate(fd, 0)
        _ = me.withCString { pwrite(fd, $0, strlen($0), 0) }

        let invocations = (plan.folder as NSString).appendingPathComponent("invocations")
        let compact = stamp.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        let name = "\(compact)-\(getpid())-\(key)"
        let folder = (invocations as NSString).appendingPathComponent(name)
        // Earlier invocations of this key are over (the lock says so): their raw outputs were
        // never checked and go; their logs and manifests stay, for the last five.
        let earlier = ((try? FileManager.default.contentsOfDirectory(atPath: invocations)) ?? []).filter { $0.hasSuffix("-\(key)") }.sorted()
        for old in earlier {
            try? FileManager.default.removeItem(atPath: (invocations as NSString).appendingPathComponent(old + "/outputs"))
        }
        for old in earlier.dropLast(4) { try? FileManager.default.removeItem(atPath: (invocations as NSString).appendingPathComponent(old)) }
        for sub in ["manifests", "logs", "outputs"] {
            try FileManager.default.createDirectory(atPath: (folder as NSString).appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        return Invocation(folder: folder, lock: fd, lockPath: lockPath)
    }

    func path(_ parts: String...) -> String { parts.reduce(folder) { ($0 as NSString).appendingPathComponent($1) } }

    /// Lets go of the lock and removes the raw outputs (all moved by now, or unusable).
    func end() {
        try? FileManager.default.removeItem(atPath: path("outputs"))
        close(lock)
    }
}

extension Runner {
    /// Moves each checked output from the invocation's folder to its place for good (replacing
    /// the file of an earlier invocation; a place whose output was not written is emptied, so no
    /// stale file lies beside a failure) and points the result at it.
    func settle(_ result: CaseResult, moves: [(from: String, to: String)]) -> CaseResult {
        var result = result
        for (from, to) in moves {
            try? FileManager.default.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: from), rename(from, to) == 0 {
                if result.predictionPath == from { result.predictionPath = to }
                if case .failure(var f) = result.outcome {
                    f.message = f.message.replacingOccurrences(of: from, with: to)
                    result.outcome = .failure(f)
                }
            } else {
                unlink(to)
            }
        }
        return result
    }
}
