import Foundation

/// Mutants for a differential fuzz, made by a Python script in batches.
///
/// The script is called as `SCRIPT batch CORPUS FOLDER SEED FIRST COUNT` and writes mutants
/// FIRST..FIRST+COUNT-1 of run SEED, with its oracle's reading of each, into FOLDER (so one
/// mutant is replayed alone with FIRST = its index, COUNT = 1). While the Swift side checks one
/// batch the script already writes the next, so both cores work; a checked batch is deleted.
public struct FuzzBatches {
    public var python: String
    public var script: String
    public var corpus: String
    public var seed: Int
    /// Mutants in all; the first has index `start`.
    public var total: Int
    public var start: Int
    public var batchSize: Int

    /// `python` is a path, or a name looked up on PATH (`python3`).
    public init(python: String = "python3", script: String, corpus: String, seed: Int, total: Int, start: Int = 0, batchSize: Int) {
        self.python = python
        self.script = script
        self.corpus = corpus
        self.seed = seed
        self.total = total
        self.start = start
        self.batchSize = max(1, min(total, batchSize))
    }

    /// Writes a run's figures as sorted, indented JSON to `path` (a long run's `*_FUZZ_REPORT`).
    public static func writeFigures<Figures: Encodable>(_ figures: Figures, to path: String?) throws {
        guard let path else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(figures).write(to: URL(fileURLWithPath: path))
    }

    public struct DriverFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Calls `check(index, folder)` for every mutant, in index order, then `afterBatch()`.
    public func run(check: (Int, String) -> Void, afterBatch: () -> Void = {}) throws {
        let work = NSTemporaryDirectory() + "segbench-fuzz-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        func launch(_ batch: Int) throws -> (process: Process, folder: String, first: Int, count: Int) {
            let folder = "\(work)/\(batch)"
            let first = start + batch * batchSize, count = min(batchSize, total - batch * batchSize)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python.contains("/") ? python : "/usr/bin/env")
            process.arguments = (python.contains("/") ? [] : [python]) + [script, "batch", corpus, folder, String(seed), String(first), String(count)]
            try process.run()
            return (process, folder, first, count)
        }
        let batches = (total + batchSize - 1) / batchSize
        guard batches > 0 else { return }
        var next = try launch(0)
        for batch in 0..<batches {
            let current = next
            current.process.waitUntilExit()
            guard current.process.terminationStatus == 0 else {
                throw DriverFailed(description: "\(script) failed on batch \(batch) (mutants \(current.first)..<\(current.first + current.count))")
            }
            if batch + 1 < batches { next = try launch(batch + 1) }
            for i in current.first..<(current.first + current.count) { check(i, current.folder) }
            try? FileManager.default.removeItem(atPath: current.folder)
            afterBatch()
        }
    }
}
