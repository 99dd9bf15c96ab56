import Foundation

/// How far a method's step has come, as the method itself says on its standard error: the
/// newest line that holds a word followed by `done/total`, such as the reference methods'
///
///     unet (standard) step 400/800 segmentation 0.112 (85 s, eta 86 s)
///     predict 3/18 chaos_mr_15_t2spir (1 s, eta 5 s)
///
/// A training of several minutes otherwise shows nothing between "training unet on 12 cases"
/// and its predictions; with this the run shows a bar with the method's count and an ETA.
/// A method that prints no such line just has no bar: nothing in the contract requires one
/// (docs/methods.md, "Progress").
public struct MethodProgress: Sendable, Hashable {
    /// The word before the count: "step", "predict", "epoch".
    public var label: String
    public var done: Int
    public var total: Int

    public init(label: String, done: Int, total: Int) {
        self.label = label
        self.done = done
        self.total = total
    }

    /// The first `word done/total` of a line, where the word is letters and `0 ≤ done ≤ total`,
    /// `total > 0`; nil when the line has none ("segmentation 0.112", "2026/12" do not count).
    public static func parse(line: some StringProtocol) -> MethodProgress? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        for (previous, word) in zip(words, words.dropFirst()) {
            guard previous.allSatisfy(\.isLetter) else { continue }
            // "3/18," or "3/18:" still count: the count is the word's leading digits and slash.
            let parts = word.prefix(while: { $0.isASCII && ($0.isNumber || $0 == "/") })
                .split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let done = Int(parts[0]), let total = Int(parts[1]),
                  total > 0, done <= total else { continue }
            return MethodProgress(label: String(previous), done: done, total: total)
        }
        return nil
    }

    /// The newest progress line of a log's text (its last lines), if any: the last line may be
    /// half written, so a line counts only once its newline is there.
    public static func latest(in text: String) -> MethodProgress? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()   // after the last newline: unfinished, or empty
        return lines.reversed().lazy.compactMap { parse(line: $0) }.first
    }
}

/// The ETA of a count that advances in steps, from the rate since its first step was seen (not
/// since the work began: a case bar that waits minutes for a training and then fills in a second
/// would otherwise promise an hour).
///
/// `eta = (now − t₀) / (done − done₀) · (total − done)`, where `(t₀, done₀)` is the first
/// observation; nil until the count has moved past it.
public struct RateEstimate: Sendable {
    private var first: (seconds: Double, done: Int)?

    public init() {}

    /// Notes `done` at `seconds` (any clock that only goes forward) and returns the ETA in seconds.
    public mutating func observe(done: Int, total: Int, at seconds: Double) -> Double? {
        guard let first else {
            self.first = (seconds, done)
            return nil
        }
        guard done > first.done, done < total else { return nil }
        return (seconds - first.seconds) / Double(done - first.done) * Double(total - done)
    }
}
