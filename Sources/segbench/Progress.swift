import Foundation
import Harness
import Synchronization

/// Progress of a long job on stderr: a bar with counts, failures and ETA on a terminal, plain
/// lines (at most one every few seconds, and the last) when stderr is a file or a pipe.
///
///     scoring ██████████░░░░░░░░░░  21/40 cases · 1 failed · 4.2 s · ETA 3.8 s
final class Progress: Sendable {
    let title: String
    let total: Int
    let isTerminal = isatty(STDERR_FILENO) == 1
    let start = ContinuousClock.now
    private let state = Mutex(State())

    struct State {
        var done = 0
        var failed = 0
        var lastLine = ContinuousClock.now
        var lastPercent = 0
    }

    init(_ title: String, total: Int) {
        self.title = title
        self.total = total
        if total > 0 { draw(State()) }
    }

    /// One more item finished.
    func advance(failed: Bool = false) {
        state.withLock { s in
            s.done += 1
            if failed { s.failed += 1 }
            let now = ContinuousClock.now
            let percent = s.done * 100 / max(total, 1)
            // Plain lines: every 10 %, or every 5 s, whichever comes first.
            if isTerminal || s.done == total || percent / 10 > s.lastPercent / 10 || now - s.lastLine > .seconds(5) {
                draw(s)
                s.lastLine = now
                s.lastPercent = percent
            }
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if isTerminal && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func draw(_ s: State) {
        let elapsed = (ContinuousClock.now - start).seconds
        var text = "\(s.done)/\(total) cases"
        if s.failed > 0 { text += " · \(s.failed) failed" }
        text += " · " + Progress.duration(elapsed)
        if s.done > 0 && s.done < total {
            text += " · ETA " + Progress.duration(elapsed / Double(s.done) * Double(total - s.done))
        }
        let line: String
        if isTerminal {
            let width = 24, filled = total == 0 ? width : s.done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            line = "\r\u{1B}[2K\(title) \(bar) \(text)"
        } else {
            line = "\(title): \(text)\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1f s", seconds) : String(format: "%d min %02d s", Int(seconds) / 60, Int(seconds) % 60)
    }
}
