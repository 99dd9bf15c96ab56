import Fixtures
import Foundation
import NIfTI
import Testing

/// Differential fuzz of the NIfTI reader against nibabel 5 (issue 20, part 7).
///
/// `scripts/fuzz-nifti.py batch` mutates the committed seed corpus (`FuzzCorpus/`, made by
/// `scripts/fuzz-nifti.py seeds`) with a fixed seed and records nibabel's reading of each mutant.
/// For every mutant, `NIfTI.readLabels` and `NIfTI.read(_:as: Double.self)` must either refuse it
/// with a `NIfTIError` naming the file, or agree with nibabel: the same shape, volumes, spacing (to
/// 1e-6 relative) and affine (each column to 1e-6 of its scale, see `closeAffine`) and the same voxels
/// (labels exactly, reals to 1e-6 relative).
/// Accepting a file nibabel refuses is a failure too.
///
/// The bounded run in the suite checks 1,500 mutants (about 10 s). A long run:
/// `NIFTI_FUZZ_EXECS=1000000 NIFTI_FUZZ_SEED=7 swift test --skip-build --filter FuzzTests`
/// (`NIFTI_FUZZ_REPORT=path` writes the figures as JSON). Python: `SEGBENCH_NIBABEL_PYTHON`, else
/// `Methods/.venv/bin/python` (Methods/setup.sh; it pins nibabel 5.4.2).
@Suite("NIfTI differential fuzz against nibabel")
struct FuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Figures: Codable {
        var seed = 0, executions = 0, readsChecked = 0, refusedBySegBench = 0, refusedByBoth = 0, agreed = 0
        var mismatches = 0, seconds = 0.0
        var examples: [String] = []
    }

    @Test("mutated NIfTI files are refused or read exactly as nibabel reads them")
    func differential() throws {
        let environment = ProcessInfo.processInfo.environment
        let python = environment["SEGBENCH_NIBABEL_PYTHON"] ?? Self.root.appendingPathComponent("Methods/.venv/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python),
                     "no Python with nibabel: run Methods/setup.sh (scripts/test.sh does) or set SEGBENCH_NIBABEL_PYTHON")
        let total = Int(environment["NIFTI_FUZZ_EXECS"] ?? "") ?? 1500
        let seed = Int(environment["NIFTI_FUZZ_SEED"] ?? "") ?? 20
        let offset = Int(environment["NIFTI_FUZZ_START"] ?? "") ?? 0  // replay from a given mutant
        let batches = FuzzBatches(python: python, script: Self.root.appendingPathComponent("scripts/fuzz-nifti.py").path,
                                  corpus: Self.root.appendingPathComponent("Tests/NIfTITests/FuzzCorpus").path,
                                  seed: seed, total: total, start: offset, batchSize: 2000)
        var figures = Figures(seed: seed)
        let clock = Date()
        var reported = 0
        try batches.run(check: { check(index: $0, folder: $1, figures: &figures) }, afterBatch: {
            guard total > 10_000 else { return }  // a long run: its figures so far, in case it is stopped
            let seconds = Date().timeIntervalSince(clock)
            FileHandle.standardError.write(Data("NIfTI fuzz progress: \(figures.executions) mutants, \(figures.agreed) reads agreed, \(figures.refusedBySegBench) refused, \(figures.mismatches) mismatches, \(Int(seconds)) s\n".utf8))
            for example in figures.examples.dropFirst(reported) { FileHandle.standardError.write(Data("  \(example)\n".utf8)) }
            reported = figures.examples.count
        })
        figures.seconds = Date().timeIntervalSince(clock)
        let summary = "NIfTI fuzz: seed \(seed), \(figures.executions) mutants (\(figures.readsChecked) reads), \(figures.agreed) reads agreed with nibabel, \(figures.refusedBySegBench) refused by SegBench (\(figures.refusedByBoth) refused by nibabel too), \(figures.mismatches) mismatches, \(String(format: "%.0f", Double(figures.executions) / figures.seconds)) mutants/s"
        print(summary)
        try FuzzBatches.writeFigures(figures, to: environment["NIFTI_FUZZ_REPORT"])
        #expect(figures.executions == total)
        #expect(figures.mismatches == 0, "\(figures.examples.joined(separator: "\n"))")
    }

    func check(index: Int, folder: String, figures: inout Figures) {
        guard let json = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(index).json")),
              let oracle = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let file = oracle["file"] as? String else {
            figures.mismatches += 1; figures.examples.append("#\(index): no oracle record"); return
        }
        figures.executions += 1
        let nibabelReads = oracle["ok"] as? Bool == true
        let seedFile = oracle["seed_file"] as? String ?? "?"
        func mismatch(_ why: String) {
            figures.mismatches += 1
            if figures.examples.count < 30 { figures.examples.append("#\(index) (from \(seedFile)): \(why)") }
        }
        func refused(_ error: any Error) -> Bool {
            figures.refusedBySegBench += 1
            if !nibabelReads { figures.refusedByBoth += 1 }
            guard let error = error as? NIfTIError, error.path == file, error.description.hasPrefix(file + ": ") else {
                mismatch("refused without a NIfTIError naming the file: \(error)")
                return true
            }
            return true
        }
        func sameGeometry(_ geometry: Geometry, channels: Int) -> String? {
            let shape = (oracle["shape"] as? [Int]) ?? []
            if shape != [geometry.shape.x, geometry.shape.y, geometry.shape.z] { return "shape \(geometry.shape) vs nibabel \(shape)" }
            if (oracle["channels"] as? Int) != channels { return "volumes \(channels) vs nibabel \(oracle["channels"] ?? "?")" }
            let spacing = number(oracle["spacing"]), affine = number(oracle["affine"])
            let ours = [geometry.spacing.x, geometry.spacing.y, geometry.spacing.z]
            if !close(ours, spacing) { return "spacing \(ours) vs nibabel \(spacing)" }
            let mine = Array(geometry.affine.elements.prefix(12))
            if !closeAffine(mine, affine) { return "affine \(mine) vs nibabel \(affine)" }
            return nil
        }

        figures.readsChecked += 1
        do {
            let labels = try NIfTI.readLabels(file)
            if !nibabelReads { mismatch("readLabels accepted a file nibabel refuses (\(oracle["error"] ?? ""))") }
            else if oracle["labels"] as? Bool != true { mismatch("readLabels accepted values nibabel reads as non-labels (non-whole, outside 0...255 or several volumes)") }
            else if let why = sameGeometry(labels.geometry, channels: labels.channels) { mismatch("readLabels: \(why)") }
            else if let expected = FileManager.default.contents(atPath: "\(folder)/\(index).labels"), [UInt8](expected) == labels.voxels {
                figures.agreed += 1
            } else { mismatch("readLabels: voxels differ from nibabel's") }
        } catch { _ = refused(error) }

        figures.readsChecked += 1
        do {
            let image = try NIfTI.read(file, as: Double.self)
            if !nibabelReads { mismatch("read(as: Double) accepted a file nibabel refuses (\(oracle["error"] ?? ""))") }
            else if let why = sameGeometry(image.geometry, channels: image.channels) { mismatch("read(as: Double): \(why)") }
            else if let expected = FileManager.default.contents(atPath: "\(folder)/\(index).f64") {
                let values = expected.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
                if close(image.voxels, values) { figures.agreed += 1 } else { mismatch("read(as: Double): voxels differ from nibabel's get_fdata()") }
            } else { mismatch("read(as: Double): nibabel's voxels missing") }
        } catch { _ = refused(error) }
    }

    func number(_ value: Any?) -> [Double] {
        ((value as? [Any]) ?? []).map { item in
            if let d = item as? Double { return d }
            if let n = item as? NSNumber { return n.doubleValue }
            switch item as? String { case "inf": return .infinity; case "-inf": return -.infinity; default: return .nan }
        }
    }

    /// Row-major 3×4 affines, each column to 1e-6 of its own scale (the column's largest entry, at
    /// least 1): nibabel builds the qform in long double, SegBench in double, so an entry that
    /// cancels to nearly 0 beside one of 1e121 (a fuzzed pixdim) differs in its own digits while
    /// the matrices agree to 1e-16 of their scale.
    func closeAffine(_ a: [Double], _ b: [Double]) -> Bool {
        guard a.count == 12, b.count == 12 else { return false }
        for column in 0..<4 {
            let pairs = (0..<3).map { (a[$0 * 4 + column], b[$0 * 4 + column]) }
            if pairs.contains(where: { $0.0.isNaN || $0.1.isNaN }) { return false }
            let scale = pairs.map { max(abs($0.0), abs($0.1)) }.max()!
            for (x, y) in pairs where x != y && !(abs(x - y) <= 1e-6 * max(1, scale)) { return false }
        }
        return true
    }

    func close(_ a: [Double], _ b: [Double]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if x.isNaN || y.isNaN { if x.isNaN && y.isNaN { continue } else { return false } }
            if x == y { continue }
            if abs(x - y) > 1e-6 * max(1, abs(x), abs(y)) { return false }
        }
        return true
    }
}
