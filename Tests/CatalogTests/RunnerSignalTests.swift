import Catalog
import Foundation
import Runner
import Store
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The processes (not this one) whose environment holds `SEGBENCH_TEST_MARKER=token`: a method's
/// processes, whatever their group, session or parent, inherit it.
func markedProcesses(_ token: String) -> [Int32] {
    let needle = "SEGBENCH_TEST_MARKER=\(token)"
    var found: [Int32] = []
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry), pid != getpid(), let handle = FileHandle(forReadingAtPath: "/proc/\(entry)/environ") else { continue }
        let data = (try? handle.readToEnd()) ?? Data()
        try? handle.close()
        if data.split(separator: 0).contains(where: { String(decoding: $0, as: UTF8.self) == needle }) { found.append(pid) }
    }
    return found
}

/// Waits up to `seconds` for every marked process to be gone; returns those left, each with
/// its command line (and kills them, so a failing test leaks nothing).
func marksLeft(_ token: String, within seconds: Double) -> [String] {
    let deadline = Date().addingTimeInterval(seconds)
    var left = markedProcesses(token)
    while !left.isEmpty, Date() < deadline {
        usleep(20_000)
        left = markedProcesses(token)
    }
    let described = left.map { pid in
        let line = (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return "\(pid) \(line.replacingOccurrences(of: "\0", with: " "))"
    }
    for pid in left { kill(pid, SIGKILL) }
    return described
}

/// `segbench` started as a user starts it, its output in a file.
struct Launched {
    let process: Process
    let log: String
    var text: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        log = temporaryPath("segbench-run-log")
        FileManager.default.createFile(atPath: log, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: try segbenchBinary())
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // One handle for both: two would each write from offset 0 over the other.
        let handle = FileHandle(forWritingAtPath: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension RunnerTests {
    func runArguments(_ methods: String, store: ResultStore, method: String = "fake") -> [String] {
        ["run", "--split", Self.split, "--method", method, "--methods", methods, "--catalog", repositoryCatalog, "--db", store.path,
         "--work", (store.path as NSString).deletingLastPathComponent + "/work", "--jobs", "2"]
    }

    /// A method whose one predict call starts a background child, a child that leaves the group
    /// (setsid) and a shell with a child of its own, then waits for them: five processes, none
    /// of which ends by itself within the test.
    func orphaner(token: String) throws -> String {
        let folder = temporaryPath("segbench-orphaner")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            sleep 300 &
            setsid sleep 301 &
            sh -c 'sleep 302; true' &
            wait
            """.write(toFile: folder + "/orphaner.sh", atomically: true, encoding: .utf8)
        let methods: [String: Any] = ["format_version": 1, "methods": ["orphaner": [
            "kind": "command", "version": "1",
            "predict": ["argv": ["sh", "orphaner.sh", "{manifest}"], "time_limit_s": 600, "batch_size": 0],
            "environment": ["SEGBENCH_TEST_MARKER": token],
        ] as [String: Any]]]
        try JSONSerialization.data(withJSONObject: methods).write(to: URL(fileURLWithPath: folder + "/methods.json"))
        return folder + "/methods.json"
    }

    @Test("Ended by SIGKILL, SIGHUP, SIGTERM or SIGINT, `segbench run` leaves no process of its method behind (its group, a background child, one that left with setsid) and stores nothing for the killed call",
          arguments: [SIGKILL, SIGHUP, SIGTERM, SIGINT])
    func noOrphans(signal: Int32) throws {
        let store = try indexedStore("orphans-\(signal)")
        let token = "orphans-\(signal)-\(UUID().uuidString)"
        let run = try Launched(runArguments(try orphaner(token: token), store: store, method: "orphaner"))
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline, run.process.isRunning, markedProcesses(token).count < 5 { usleep(20_000) }
        let started = markedProcesses(token).count
        #expect(started == 5, "the method's five processes did not all start: \(run.text)")
        kill(run.process.processIdentifier, signal)
        run.wait()
        let left = marksLeft(token, within: 10)
        #expect(left.isEmpty, "\(left.count) process(es) of the method outlived segbench (\(signal)): \(left)")
        if signal == SIGKILL {
            #expect(run.process.terminationReason == .uncaughtSignal)
        } else {
            #expect(run.process.terminationReason == .exit && run.process.terminationStatus == 128 + signal, "\(run.text)")
            #expect(run.text.contains("interrupted"), "\(run.text)")
        }
        // The call killed by the interruption is no failure of the method: nothing is stored,
        // and the next run does every case.
        #expect((try store.runs().first?.cases ?? 0) == 0, "a case was stored from the killed call")
    }

    @Test("A second `segbench run` of a run that is running waits, then refuses, naming the lock and the first's pid; it stores nothing, and the first, stopped and resumed, stores the rows of an uninterrupted run")
    func secondInstanceRefused() throws {
        let reference = Self.reference
        let store = try indexedStore("overlap")
        let token = "overlap-\(UUID().uuidString)"
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(), delay: 0.5,
                                             marker: token)
        let arguments = runArguments(methods, store: store)
        let first = try Launched(arguments)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, first.process.isRunning, (try store.runs().first?.cases ?? 0) < 1 { usleep(50_000) }
        let second = try Launched(arguments, environment: ["SEGBENCH_RUN_LOCK_WAIT": "1"])
        let status = second.wait()
        let storedWhileBoth = try store.runs().first?.cases ?? 0
        #expect(first.process.isRunning, "the first instance ended before the second was refused: \(first.text)")
        #expect(status == 1, "\(second.text)")
        #expect(second.text.contains("is locked") && second.text.contains("pid \(first.process.processIdentifier)"), "\(second.text)")
        #expect(!second.text.contains("predict call"), "the second instance ran the method: \(second.text)")

        kill(first.process.processIdentifier, SIGTERM)
        #expect(first.wait() == 128 + SIGTERM, "\(first.text)")
        #expect(marksLeft(token, within: 10).isEmpty)
        let resumed = try Launched(arguments)
        #expect(resumed.wait() == 0, "\(resumed.text)")
        let run = try #require(try store.runs().first)
        #expect(storedWhileBoth < 26 && run.cases == 26 && run.failures == 0)
        #expect(try storedRows(store, run: run.id) == reference.rows)
    }

    @Test("A process still writing the old shared output paths (an orphan of an older SegBench) cannot reach what a run checks: outputs are the invocation's own, checked once the call's processes are gone")
    func staleWriterCannotReachOutputs() throws {
        let reference = Self.reference
        let store = try indexedStore("stale-writer")
        let plan = try plan(reference.methods, store: store)
        let predictions = plan.folder + "/predictions"
        try FileManager.default.createDirectory(atPath: predictions, withIntermediateDirectories: true)
        final class Flag: @unchecked Sendable {
            private let lock = NSLock()
            private var value = false
            var isSet: Bool { lock.withLock { value } }
            func set() { lock.withLock { value = true } }
        }
        let stop = Flag(), done = Flag()
        let names = plan.test.map(\.name)
        let garbage = Data("not NIfTI, from a writer that outlived its run ".utf8)
        let sidecar = Data(repeating: UInt8(ascii: "x"), count: 70_000)
        let writer = Thread {
            while !stop.isSet {
                for name in names {
                    FileManager.default.createFile(atPath: "\(predictions)/\(name).nii.gz", contents: garbage)
                    FileManager.default.createFile(atPath: "\(predictions)/\(name).json", contents: sidecar)
                }
            }
            done.set()
        }
        writer.start()
        defer {
            stop.set()
            while !done.isSet { usleep(1000) }
        }
        let outcome = try Runner(plan: plan, store: store, jobs: 2).run()
        let results = try store.results(run: outcome.run)
        #expect(results.allSatisfy { $0.failure == nil }, "\(results.compactMap { $0.failure.map { "\($0.kind): \($0.message)" } }.prefix(3))")
        #expect(try storedRows(store, run: outcome.run) == reference.rows)
        // The stored path is the place for good; the stored checksum is that of what was checked.
        #expect(results.allSatisfy { $0.predictionPath?.hasPrefix(predictions + "/") == true })
    }

    @Test("Failed cases: exit status 3 and a one-line summary by kind, resumed too; --allow-failures exits 0. A sidecar over 64 KiB is the named failure sidecar_too_large, never cut; a FIFO or non-UTF-8 sidecar is unreadable_sidecar (no hang); a 2.3 MB log keeps its first 64 KiB and last 256 KiB, the bytes dropped counted between them",
          .timeLimit(.minutes(5)))
    func exitStatusSidecarsAndLogs() throws {
        let store = try indexedStore("exit-status")
        let amos = try store.indexedCases(dataset: "AMOS").filter { $0.acquisition["modality"]?.value == "CT" }.map(\.name).sorted()
        let faults = [amos[0]: "crash", amos[1]: "big_sidecar", amos[2]: "chatty", amos[3]: "fifo_sidecar", amos[4]: "binary_sidecar"]
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(), faults: faults)
        let arguments = runArguments(methods, store: store)
        let first = try Launched(arguments)
        #expect(first.wait() == 3, "\(first.text)")
        let summary = "26 cases, 22 scored, 4 failed: 2 unreadable_sidecar, 1 method_failed, 1 sidecar_too_large"
        #expect(first.text.contains(summary) && first.text.contains("exit status 3"), "\(first.text)")

        let run = try #require(try store.runs().first)
        let results = Dictionary(uniqueKeysWithValues: try store.results(run: run.id).map { ($0.caseDescription.name, $0) })
        let big = try #require(results[amos[1]]?.failure)
        #expect(big.kind == "sidecar_too_large" && big.message.contains("predictions/\(amos[1]).json"), "\(big.message)")
        let bytes = try #require(Int(big.message.split(separator: " ").first { Int($0) != nil } ?? ""))
        #expect(bytes > 100_000 && big.message.contains("over the 65536"), "\(big.message)")
        #expect(results[amos[1]]?.sidecar == nil)
        #expect(results[amos[3]]?.failure?.kind == "unreadable_sidecar" && results[amos[3]]?.failure?.message.contains("not a regular file") == true)
        #expect(results[amos[4]]?.failure?.kind == "unreadable_sidecar" && results[amos[4]]?.failure?.message.contains("not UTF-8") == true)
        // Every sidecar stored is whole JSON.
        for r in results.values { if let s = r.sidecar { #expect((try? JSONSerialization.jsonObject(with: Data(s.utf8))) != nil, "\(s.prefix(80))") } }
        #expect(results[amos[2]]?.failure == nil, "the chatty case is scored")

        // The chatty call's log: head, one line counting what was dropped, tail.
        let output = (0..<200_000).map { "chatty \($0)\n" }.joined()
        let work = (store.path as NSString).deletingLastPathComponent + "/work"
        let logs = (FileManager.default.enumerator(atPath: work)?.allObjects as? [String] ?? []).filter { $0.contains("/invocations/") && $0.hasSuffix(".log") }
        let chatty = logs.compactMap { FileManager.default.contents(atPath: work + "/" + $0) }.filter { $0.starts(with: Data("chatty 0\n".utf8)) }
        let log = try #require(chatty.first, "no log of the chatty call among \(logs)")
        let (head, tail) = (Subprocess.logHead, Subprocess.logTail)
        let marker = log.dropFirst(head).prefix(log.count - head - tail)
        #expect(log.count < head + tail + 200, "the log holds \(log.count) bytes")
        #expect(log.prefix(head) == Data(output.utf8.prefix(head)))
        #expect(log.suffix(tail) == Data(output.utf8.suffix(tail)))
        let dropped = output.utf8.count - head - tail
        #expect(String(decoding: marker, as: UTF8.self).contains(" \(dropped) bytes of the method's output dropped here"),
                "\(String(decoding: marker, as: UTF8.self))")

        // Resumed: nothing to run, the stored failures still fail it.
        let again = try Launched(arguments)
        #expect(again.wait() == 3 && again.text.contains(summary), "\(again.text)")
        let accepted = try Launched(arguments + ["--allow-failures"])
        #expect(accepted.wait() == 0 && accepted.text.contains(summary), "\(accepted.text)")
    }

    @Test("Kill soak: 12 kill -9s of `segbench run` at seeded random moments, each followed by a resume; then no process of the method alive, the rows of an uninterrupted run, no duplicate row, integrity_check ok")
    func killSoak() throws {
        let reference = Self.reference
        let seed = ProcessInfo.processInfo.environment["SEGBENCH_SOAK_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970)
        var random = SeededGenerator(seed: seed)
        let store = try indexedStore("soak")
        let token = "soak-\(UUID().uuidString)"
        // About 1.2 s a case: twelve kills of 1.4 s on average fall before the last case.
        let methods = try FakeMethod.install(in: temporaryPath("segbench-fake"), catalog: catalog, cases: try store.indexedCases(), delay: 1,
                                             marker: token)
        let arguments = runArguments(methods, store: store)
        var orphans: [String] = [], moments: [String] = [], finishedEarly = 0
        for _ in 1...12 {
            let after = random.uniform(0.3...2.5)
            let run = try Launched(arguments)
            let deadline = Date().addingTimeInterval(after)
            while Date() < deadline, run.process.isRunning { usleep(10_000) }
            if run.process.isRunning { kill(run.process.processIdentifier, SIGKILL) } else { finishedEarly += 1 }
            run.wait()
            orphans += marksLeft(token, within: 5)
            moments.append(String(format: "%.2f s: %d stored", after, try store.runs().first?.cases ?? 0))
        }
        let last = try Launched(arguments)
        #expect(last.wait() == 0, "\(last.text)")
        orphans += marksLeft(token, within: 5)

        let run = try #require(try store.runs().first)
        let rows = try storedRows(store, run: run.id)
        let wrong = Set(reference.rows.keys).union(rows.keys).filter { rows[$0] != reference.rows[$0] }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(db.execute('pragma integrity_check').fetchone()[0])
            print(db.execute('select count(*) - count(distinct runId || "/" || caseId) from result').fetchone()[0])
            print(db.execute('select count(*) from result').fetchone()[0])
            """, store.path]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        let answer = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
        check.waitUntilExit()
        print("kill soak, seed \(seed) (SEGBENCH_SOAK_SEED): \(12 - finishedEarly) kills [\(moments.joined(separator: "; "))]; "
              + "orphans \(orphans.count), wrong rows \(wrong.count), duplicates \(answer.count > 1 ? answer[1] : "?"), integrity \(answer.first ?? "?")")
        #expect(orphans.isEmpty, "processes of the method outlived a killed segbench: \(orphans)")
        #expect(12 - finishedEarly >= 10, "runs finished before their kill: the soak killed only \(12 - finishedEarly) times")
        #expect(wrong.isEmpty, "rows unlike an uninterrupted run's: \(wrong.sorted())")
        #expect(run.cases == 26 && run.failures == 0)
        #expect(answer == ["ok", "0", "26"], "integrity_check, duplicates, rows: \(answer)")
    }
}
