import Foundation
import Harness
import Store
import Runner
import Synchronization

/// Progress of a long job on stderr: a bar with counts, failures and ETA on a terminal, plain
/// lines (at most one every few seconds, and the last) when stderr is a file or a pipe.
///
///     scoring ██████████░░░░░░░░░░  21/40 cases · 1 failed · 4.2 s · ETA 3.8 s
///     unet train ████████░░░░░░░░░░  step 400/800 · 1 min 25 s · ETA 1 min 26 s
///
/// The ETA of a bar that first waits (the cases of a run, after its training) comes from the rate
/// since its first count (`RateEstimate`), so it does not promise an hour after a training; a bar
/// whose work starts with it (a folder, an ingest) takes the rate from its start.
final class Progress: Sendable {
    let title: String
    let total: Int
    /// "21/40 cases", "step 400/800".
    let counter: @Sendable (_ done: Int, _ total: Int) -> String
    /// Plain lines: one every 10 %, or after this long without one, whichever comes first.
    let plainInterval: Duration
    let isTerminal = isatty(STDERR_FILENO) == 1
    /// Where the bar's elapsed time counts from.
    let start: ContinuousClock.Instant
    private let state = Mutex(State())

    struct State {
        var done = 0
        var failed = 0
        var estimate = RateEstimate()
        var eta: Double?
        var lastLine = ContinuousClock.now
        var lastPercent = 0
        /// On a terminal: the bar is the current line (nothing was printed after it).
        var onLine = false
    }

    /// - Parameters:
    ///   - drawNow: draw the empty bar at once; otherwise it first shows with its first item.
    ///   - start: where its elapsed time counts from (a method's bar: the start of its call).
    init(_ title: String, total: Int, drawNow: Bool = true, start: ContinuousClock.Instant = .now,
         plainInterval: Duration = .seconds(5), counter: @escaping @Sendable (Int, Int) -> String = { "\($0)/\($1) cases" }) {
        self.title = title
        self.start = start
        self.total = total
        self.plainInterval = plainInterval
        self.counter = counter
        // A bar drawn at once counts work that starts at once (scoring a folder, ingesting): its
        // rate counts from the start, 0 items at 0 s, where parallel workers' first cases land
        // together. A bar that first waits (cases after a training, a method's own count) counts
        // from its first item.
        guard drawNow else { return }
        state.withLock { s in
            _ = s.estimate.observe(done: 0, total: total, at: 0)
            if total > 0 { draw(&s) }
        }
    }

    /// The count so far.
    var done: Int { state.withLock { $0.done } }

    /// One more item finished.
    func advance(failed: Bool = false) {
        state.withLock { s in
            update(&s, done: s.done + 1, failed: failed ? s.failed + 1 : s.failed)
        }
    }

    /// The count is now `done` (a method's own count).
    func set(done: Int) {
        state.withLock { s in update(&s, done: min(done, total), failed: s.failed) }
    }

    private func update(_ s: inout State, done: Int, failed: Int) {
        s.done = done
        s.failed = failed
        let now = ContinuousClock.now
        s.eta = s.estimate.observe(done: done, total: total, at: (now - start).seconds)
        let percent = s.done * 100 / max(total, 1)
        if isTerminal || s.done == total || percent / 10 > s.lastPercent / 10 || now - s.lastLine > plainInterval {
            draw(&s)
            s.lastLine = now
            s.lastPercent = percent
        }
    }

    /// Before other output: on a terminal, ends the bar's line so that the output starts on a
    /// line of its own; the bar is drawn again below it at its next change.
    func interrupt() {
        state.withLock { s in
            if s.onLine { FileHandle.standardError.write(Data("\n".utf8)) }
            s.onLine = false
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() { interrupt() }

    private func draw(_ s: inout State) {
        let elapsed = (ContinuousClock.now - start).seconds
        var text = counter(s.done, total)
        if s.failed > 0 { text += " · \(s.failed) failed" }
        text += " · " + Progress.duration(elapsed)
        if let eta = s.eta, s.done < total { text += " · ETA " + Progress.duration(eta) }
        let line: String
        if isTerminal {
            let width = 24, filled = total == 0 ? width : s.done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            line = "\r\u{1B}[2K\(title) \(bar) \(text)"
            s.onLine = true
        } else {
            line = "\(title): \(text)\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1f s", seconds) : String(format: "%d min %02d s", Int(seconds) / 60, Int(seconds) % 60)
    }
}

/// The bars of one run: the cases stored, and a command method's own count in each of its steps
/// (training's steps, prediction's cases). One bar at a time holds the terminal's last line; any
/// other output first ends it.
final class RunProgress: Sendable {
    private let bars = Mutex<(cases: Progress?, method: (step: String, label: String, bar: Progress)?, stageStart: ContinuousClock.Instant)>((nil, nil, .now))
    let method: String

    init(method: String) { self.method = method }

    /// The case bar: drawn with its first case, since a command method first trains and predicts.
    func planned(_ title: String, todo: Int) {
        bars.withLock { $0.cases = Progress(title, total: todo, drawNow: false) }
    }

    /// A stage line ("training unet on 12 cases", "predict call (18 cases)").
    func stage(_ text: String) {
        bars.withLock { b in
            b.cases?.interrupt()
            b.method?.bar.finish()
            b.method = nil
            b.stageStart = .now
        }
        printError(text)
    }

    func methodProgress(step: String, _ progress: MethodProgress) {
        bars.withLock { b in
            // A new bar for a new count: another step, total or word, or a count that went back
            // (a second phase of one call: reading 4/4, then the pool's copies 1/4).
            if b.method == nil || b.method!.step != step || b.method!.bar.total != progress.total || b.method!.label != progress.label
                || progress.done < b.method!.bar.done {
                b.cases?.interrupt()
                b.method?.bar.finish()
                let label = progress.label
                // A training's plain lines every 10 % only: a log of two lanes stays readable.
                let bar = Progress("\(method) \(step)", total: progress.total, drawNow: false, start: b.stageStart,
                                   plainInterval: .seconds(3600)) { done, total in
                    label == step ? "\(done)/\(total)" : "\(label) \(done)/\(total)"
                }
                b.method = (step, progress.label, bar)
            }
            b.method!.bar.set(done: progress.done)
        }
    }

    func finished(_ result: CaseResult) {
        bars.withLock { b in
            b.method?.bar.finish()
            b.method = nil
            b.cases?.advance(failed: result.failure != nil)
        }
    }

    func finish() {
        bars.withLock { b in
            b.method?.bar.finish()
            b.cases?.finish()
        }
    }
}
