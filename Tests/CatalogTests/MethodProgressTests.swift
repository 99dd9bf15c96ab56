import Foundation
import Runner
import Synchronization
import Testing

@Suite("A method's own progress lines")
struct MethodProgressTests {
    @Test("`word done/total` is read from the reference methods' lines and a few others; numbers that are no count are not")
    func parsing() {
        // The two lines are copied from Methods' logs (.segbench/work/unet/…/train.log, predict.log).
        #expect(MethodProgress.parse(line: "unet (standard) step 750/800 segmentation 0.096 (160 s, eta 11 s)")
                == MethodProgress(label: "step", done: 750, total: 800))
        #expect(MethodProgress.parse(line: "predict 3/18 chaos_mr_15_t2spir (1 s, eta 5 s)")
                == MethodProgress(label: "predict", done: 3, total: 18))
        #expect(MethodProgress.parse(line: "Epoch 3/50: loss 0.4") == MethodProgress(label: "Epoch", done: 3, total: 50))
        #expect(MethodProgress.parse(line: "unet step 0/800") == MethodProgress(label: "step", done: 0, total: 800))
        #expect(MethodProgress.parse(line: "segmentation 0.112 (85 s, eta 86 s)") == nil)
        #expect(MethodProgress.parse(line: "written on 2026/12/06") == nil)       // three numbers: a date
        #expect(MethodProgress.parse(line: "step 900/800") == nil)                // past its total
        #expect(MethodProgress.parse(line: "step 0/0") == nil)
        #expect(MethodProgress.parse(line: "case_7 1/2") == nil)                  // the word must be letters
        #expect(MethodProgress.parse(line: "step /800") == nil)
    }

    @Test("The newest finished line counts: a half-written last line is not read")
    func latest() {
        let log = "segbench_methods 0.5.0: unet train\nunet step 25/800 seg 0.9\nunet step 50/800 seg 0.8\nunet step 75/8"
        #expect(MethodProgress.latest(in: log) == MethodProgress(label: "step", done: 50, total: 800))
        #expect(MethodProgress.latest(in: log + "00 seg 0.7\n") == MethodProgress(label: "step", done: 75, total: 800))
        #expect(MethodProgress.latest(in: "no count here\n") == nil)
        #expect(MethodProgress.latest(in: "") == nil)
    }

    @Test("The ETA is the rate since the first observation times what is left: 18 cases that come in one burst after a 192 s training promise seconds, not an hour")
    func estimate() throws {
        var cases = RateEstimate()
        #expect(cases.observe(done: 1, total: 18, at: 192.0) == nil)
        // (192.5 − 192) / (2 − 1) · (18 − 2) = 8
        #expect(cases.observe(done: 2, total: 18, at: 192.5) == 8.0)
        // (193 − 192) / (5 − 1) · 13 = 3.25
        #expect(cases.observe(done: 5, total: 18, at: 193.0) == 3.25)
        #expect(cases.observe(done: 18, total: 18, at: 194.0) == nil)
        var steps = RateEstimate()
        #expect(steps.observe(done: 25, total: 800, at: 5.0) == nil)
        #expect(steps.observe(done: 25, total: 800, at: 6.0) == nil)        // no step since: no rate
        // (85 − 5) / (400 − 25) · 400 = 85.333…
        let eta = steps.observe(done: 400, total: 800, at: 85.0)
        #expect(abs(try #require(eta) - (85.0 + 1.0 / 3)) < 1e-12)
    }

    @Test("A real subprocess's count reaches the caller while it runs, in order, ending with its last line; a quiet one gives none")
    func fromSubprocess() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("method-progress-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seen = Mutex<[MethodProgress]>([])
        let script = "for i in 1 2 3; do echo \"demo step $i/3 loss 0.$i\" >&2; sleep 1.3; done; echo done >&2"
        let outcome = try Subprocess.run(["/bin/sh", "-c", script], environment: [:], directory: folder, log: folder + "/train.log",
                                         timeLimit: 60, progress: { p in seen.withLock { $0.append(p) } })
        #expect(outcome.succeeded)
        let counts = seen.withLock { $0 }.map(\.done)
        #expect(counts.last == 3)
        #expect(counts == counts.sorted() && Set(counts).count == counts.count, "each change once, in order: \(counts)")
        #expect(counts.count >= 2, "seen while running, not only at the end: \(counts)")
        #expect(seen.withLock { $0 }.allSatisfy { $0.label == "step" && $0.total == 3 })

        let quiet = Mutex(0)
        _ = try Subprocess.run(["/bin/sh", "-c", "echo training; sleep 1.2; echo trained"], environment: [:], directory: folder,
                               log: folder + "/quiet.log", timeLimit: 60, progress: { _ in quiet.withLock { $0 += 1 } })
        #expect(quiet.withLock { $0 } == 0)
    }
}
