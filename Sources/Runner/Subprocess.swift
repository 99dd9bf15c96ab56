import CSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One call of an external method: an argument vector in its own process group, with a time
/// limit, its output in a log file.
///
/// Written on fork and exec by hand (`CSpawn`) rather than Foundation's `Process` because a
/// method must be killed with its children (a Python program's data loader workers, a shell
/// script's pipeline), and only a process group of its own makes that one `kill(-pgid,
/// SIGKILL)`; `Process` cannot put the child in a new group. And because no method may outlive
/// SegBench, even one killed with SIGKILL: a watchdog process between them kills the method's
/// processes when SegBench's end of a pipe closes.
public enum Subprocess {
    public struct Outcome: Sendable, Hashable {
        /// The exit status; for a process ended by a signal, 128 + the signal, as a shell reports it.
        public var exitStatus: Int
        /// The signal that ended it, if one did.
        public var signal: Int32?
        /// Killed (with its process group) because it ran past its limit.
        public var timedOut: Bool
        public var seconds: Double
        /// The last lines of its standard error (and output), for the failure record.
        public var stderrTail: String

        public var succeeded: Bool { exitStatus == 0 && !timedOut }

        /// "exited with status 3", "killed by signal 11", "killed after 2.0 s (its time limit)".
        public var explanation: String {
            if timedOut { return String(format: "killed after %.1f s (its time limit)", seconds) }
            if let signal { return "killed by signal \(signal)" + (signal == SIGKILL ? " (SIGKILL; out of memory?)" : "") }
            return "exited with status \(exitStatus)"
        }
    }

    public struct LaunchError: Error, CustomStringConvertible {
        public var program: String
        public var reason: String
        public var description: String { "\(program): cannot be started (\(reason))" }
    }

    /// What a method's log keeps: its first `logHead` and last `logTail` bytes, with one line
    /// between them saying how many were dropped (a chatty method wrote 50 MB per call).
    public static let logHead = 64 * 1024
    public static let logTail = 256 * 1024

    /// Runs `arguments` in `directory` with SegBench's environment plus `environment`; standard
    /// output and error go to `log` (rewritten; its head and tail kept). Waits at most
    /// `timeLimit` seconds, then kills the method and everything it started.
    ///
    /// Returns only once every process of the call is gone, so its outputs are complete. The
    /// method is a grandchild: segbench's child is a watchdog (`cspawn.c`) that kills the
    /// method's processes when segbench dies, whatever the signal (SIGKILL included).
    /// `keep`: descriptors the watchdog holds open until then (the run's lock).
    /// `progress`: called, about once a second at most, with the newest `word done/total` line
    /// of the log whenever it changes, and once more at the end (`MethodProgress`).
    public static func run(_ arguments: [String], environment: [String: String], directory: String, log: String,
                           timeLimit: Double, keep: [Int32] = [],
                           progress: (@Sendable (MethodProgress) -> Void)? = nil) throws -> Outcome {
        guard let program = arguments.first else { throw LaunchError(program: "(empty argv)", reason: "no program named") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw LaunchError(program: program, reason: "its working folder \(directory) does not exist")
        }
        var merged = ProcessInfo.processInfo.environment
        for (k, v) in environment { merged[k] = v }
        guard let path = resolve(program, directory: directory, path: merged["PATH"]) else {
            throw LaunchError(program: program, reason: String(cString: strerror(ENOENT)))
        }
        let logFile = open(log, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard logFile >= 0 else { throw LaunchError(program: program, reason: "its log \(log) cannot be written (\(String(cString: strerror(errno))))") }
        defer { close(logFile) }

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let start = ContinuousClock.now
        var call = cspawn_call()
        // Registered before the fork, so an interruption that comes during it still finds it.
        let started = Children.shared.starting()
        let error = keep.withUnsafeBufferPointer { kept in
            cspawn_start(path, argv, envp, directory, logFile, Int64(logHead), Int64(logTail), kept.baseAddress, Int32(kept.count), &call)
        }
        guard error == 0 else {
            Children.shared.remove(started)
            throw LaunchError(program: program, reason: String(cString: strerror(error)))
        }
        Children.shared.started(started, group: call.group)
        defer { Children.shared.remove(started) }

        var status: Int32 = 0
        var timedOut = false
        let deadline = start + .milliseconds(Int(min(timeLimit, 1e9) * 1000))
        // The method's own count, read from the end of its log once a second while it runs.
        var shown: MethodProgress?
        func look() {
            guard let progress, let now = MethodProgress.latest(in: lastBytes(of: log)), now != shown else { return }
            shown = now
            progress(now)
        }
        while true {
            let left = deadline - ContinuousClock.now
            var wait: Int32 = timedOut ? -1 : Int32(clamping: Int(max(0, left.seconds * 1000).rounded(.up)))
            if progress != nil { wait = wait < 0 ? 1000 : min(wait, 1000) }
            let r = cspawn_wait(&call, wait, &status)
            look()
            if r == 1 { break }
            if r == -1 {
                // The watchdog itself was killed: the group goes without it.
                kill(-call.group, SIGKILL)
                break
            }
            if !timedOut && ContinuousClock.now >= deadline {
                timedOut = true
                kill(-call.group, SIGKILL)
                cspawn_stop(&call)
            }
        }
        let seconds = (ContinuousClock.now - start).seconds
        let termination = status & 0x7f
        let signal: Int32? = termination != 0 ? termination : nil
        let exitStatus = signal.map { 128 + Int($0) } ?? Int((status >> 8) & 0xff)
        return Outcome(exitStatus: exitStatus, signal: timedOut ? SIGKILL : signal, timedOut: timedOut, seconds: seconds,
                       stderrTail: tail(of: log))
    }

    /// The program's path: as given when it names a folder (relative to `directory`, where it
    /// starts), else the first executable of that name in `path`.
    static func resolve(_ program: String, directory: String, path: String?) -> String? {
        if program.contains("/") {
            let full = program.hasPrefix("/") ? program : (directory as NSString).appendingPathComponent(program)
            return FileManager.default.fileExists(atPath: full) ? program : nil
        }
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false) {
            let base = folder.isEmpty ? directory : (folder.hasPrefix("/") ? String(folder) : (directory as NSString).appendingPathComponent(String(folder)))
            let candidate = (base as NSString).appendingPathComponent(program)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The last `lines` lines (at most 4 KiB) of a file.
    public static func tail(of path: String, lines: Int = 20) -> String {
        lastBytes(of: path).split(separator: "\n", omittingEmptySubsequences: false).suffix(lines + 1).joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last `count` bytes of a file as text ("" when it cannot be read).
    static func lastBytes(of path: String, count: UInt64 = 4096) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > count ? size - count : 0)
        return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
    }
}

/// The process groups of the methods running now, so that SegBench, interrupted, takes them
/// down with it instead of leaving a GPU job running; and whether it was interrupted, so that
/// nothing a killed call left is stored.
final class Children: @unchecked Sendable {
    static let shared = Children()
    private let lock = NSLock()
    private var groups: [Int: pid_t] = [:]
    private var next = 0
    private var interrupted = false

    /// A call about to start; its group follows in `started`.
    func starting() -> Int { lock.withLock { next += 1; groups[next] = 0; return next } }
    func started(_ id: Int, group: pid_t) {
        let killNow = lock.withLock { groups[id] = group; return interrupted }
        if killNow { kill(-group, SIGKILL) }
    }
    func remove(_ id: Int) { lock.withLock { _ = groups.removeValue(forKey: id) } }
    var isInterrupted: Bool { lock.withLock { interrupted } }

    /// Marks the process interrupted (nothing is stored from now on) and kills every group;
    /// returns them.
    func interruptAll() -> [pid_t] {
        let all = lock.withLock { interrupted = true; return Array(groups.values.filter { $0 > 0 }) }
        for g in all { kill(-g, SIGKILL) }
        return all
    }
}

extension Subprocess {
    /// True once SegBench was told to stop: results that come after it are not stored (a call
    /// killed by the interruption is no failure of the method).
    public static var interrupted: Bool { Children.shared.isInterrupted }

    /// On SIGINT, SIGTERM or SIGHUP: kill every method's process group, wait (at most 5 s) until
    /// they are gone, then exit 128 + the signal. (SIGKILL cannot be caught: then the
    /// watchdog of each call kills its method.)
    public static func killChildrenOnInterrupt() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                let groups = Children.shared.interruptAll()
                let deadline = ContinuousClock.now + .seconds(5)
                while ContinuousClock.now < deadline, groups.contains(where: { kill(-$0, 0) == 0 }) { usleep(10_000) }
                FileHandle.standardError.write(Data("\ninterrupted (\(signalName(sig))): the methods it started were stopped; run the same command again to resume\n".utf8))
                exit(128 + sig)
            }
            source.resume()
            InterruptSources.keep.append(source)
        }
    }

    /// Blocks the calling thread for good: the interrupt handler is taking the process down.
    static func waitForExit() -> Never {
        while true { sleep(60) }
    }

    static func signalName(_ sig: Int32) -> String {
        switch sig {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(sig)"
        }
    }
}

private enum InterruptSources {
    nonisolated(unsafe) static var keep: [any DispatchSourceSignal] = []
}
