import CSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One call of an external method: an argument vector in its own process group, with a time
/// limit, its output in a log file.
///
/// Written on `posix_spawn` rather than Foundation's `Process` because a method must be killed
/// with its children (a Python program's data loader workers, a shell script's pipeline), and
/// only a process group of its own makes that one `kill(-pgid, SIGKILL)`; `Process` cannot put
/// the child in a new group.
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

    /// Runs `arguments` in `directory` with SegBench's environment plus `environment`; standard
    /// output and error go to `log` (appended). Waits at most `timeLimit` seconds, then kills
    /// the whole process group.
    public static func run(_ arguments: [String], environment: [String: String], directory: String, log: String,
                           timeLimit: Double) throws -> Outcome {
        guard let program = arguments.first else { throw LaunchError(program: "(empty argv)", reason: "no program named") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw LaunchError(program: program, reason: "its working folder \(directory) does not exist")
        }
        FileManager.default.createFile(atPath: log, contents: nil)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        cspawn_addchdir(&actions, directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new process group whose id is the child's pid; default signal handling in the child.
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

        var merged = ProcessInfo.processInfo.environment
        for (k, v) in environment { merged[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw LaunchError(program: program, reason: String(cString: strerror(spawned)))
        }
        Children.shared.insert(pid)
        defer { Children.shared.remove(pid) }

        var status: Int32 = 0
        var timedOut = false
        let deadline = start + .milliseconds(Int(timeLimit * 1000))
        // Poll rather than block: the deadline must be kept without a second thread. The delay
        // grows to 50 ms, so a short call costs little and a long one no CPU to speak of.
        var delay = 1_000
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR { break }
            if ContinuousClock.now >= deadline {
                timedOut = true
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(useconds_t(delay))
            delay = min(delay * 2, 50_000)
        }
        // Whatever the leader left behind in its group goes too.
        kill(-pid, SIGKILL)
        let seconds = (ContinuousClock.now - start).seconds
        let termination = status & 0x7f
        let signal: Int32? = termination != 0 ? termination : nil
        let exitStatus = signal.map { 128 + Int($0) } ?? Int((status >> 8) & 0xff)
        return Outcome(exitStatus: exitStatus, signal: timedOut ? SIGKILL : signal, timedOut: timedOut, seconds: seconds,
                       stderrTail: tail(of: log))
    }

    /// The last `lines` lines (at most 4 KiB) of a file.
    public static func tail(of path: String, lines: Int = 20) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        let text = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines + 1).joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The process groups of the methods running now, so that SegBench, interrupted, takes them
/// down with it instead of leaving a GPU job running.
final class Children: @unchecked Sendable {
    static let shared = Children()
    private let lock = NSLock()
    private var groups = Set<pid_t>()

    func insert(_ pid: pid_t) { lock.withLock { _ = groups.insert(pid) } }
    func remove(_ pid: pid_t) { lock.withLock { _ = groups.remove(pid) } }
    func killAll() { lock.withLock { for g in groups { kill(-g, SIGKILL) } } }
}

extension Subprocess {
    /// On SIGINT or SIGTERM: kill every method's process group, then exit 130 / 143.
    public static func killChildrenOnInterrupt() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                Children.shared.killAll()
                FileHandle.standardError.write(Data("\ninterrupted: the methods it started were stopped; run the same command again to resume\n".utf8))
                exit(128 + sig)
            }
            source.resume()
            InterruptSources.keep.append(source)
        }
    }
}

private enum InterruptSources {
    nonisolated(unsafe) static var keep: [any DispatchSourceSignal] = []
}
