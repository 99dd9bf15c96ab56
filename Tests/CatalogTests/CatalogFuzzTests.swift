import Catalog
import Fixtures
import Foundation
import Testing

/// Differential fuzz of the datasets.json and methods.json readers against Python's json read
/// strictly (issue 20, part 7).
///
/// `scripts/fuzz-json.py batch` mutates the committed seed corpus (`FuzzCorpus/`: the shipped
/// documents and a small one of each kind) with a fixed seed and records Python's reading of each
/// mutant. For every mutant, `Catalog.load` or `MethodCatalog.load` must either refuse it with a
/// `CatalogError` naming the file, or accept a document Python accepts and read its label spaces,
/// label maps, split names (or methods' kinds and versions) as Python reads them. Accepting a
/// document Python refuses (a key given twice, NaN, invalid UTF-8) is a failure; so is a crash or
/// a hang, which ends the test process.
///
/// The bounded run in the suite checks 3,000 mutants. A long run (release build, see
/// docs/reliability.md): `JSON_FUZZ_EXECS=1000000 JSON_FUZZ_SEED=7 swift test -c release --filter CatalogFuzzTests`
/// (`JSON_FUZZ_REPORT=path` writes the figures as JSON; `JSON_FUZZ_START=i` replays from mutant i). The driver needs only python3.
@Suite("datasets.json and methods.json differential fuzz")
struct CatalogFuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Figures: Codable {
        var seed = 0, executions = 0, datasets = 0, methods = 0, accepted = 0, refused = 0, refusedByPython = 0
        var mismatches = 0, seconds = 0.0
        var examples: [String] = []
    }

    @Test("mutated datasets.json and methods.json are refused by name or read as Python reads them")
    func differential() throws {
        let environment = ProcessInfo.processInfo.environment
        let total = Int(environment["JSON_FUZZ_EXECS"] ?? "") ?? 3000
        let seed = Int(environment["JSON_FUZZ_SEED"] ?? "") ?? 20
        let start = Int(environment["JSON_FUZZ_START"] ?? "") ?? 0  // replay from a given mutant
        let batches = FuzzBatches(script: Self.root.appendingPathComponent("scripts/fuzz-json.py").path,
                                  corpus: Self.root.appendingPathComponent("Tests/CatalogTests/FuzzCorpus").path,
                                  seed: seed, total: total, start: start, batchSize: 5000)
        var figures = Figures(seed: seed)
        let clock = Date()
        try batches.run(check: { check(index: $0, folder: $1, figures: &figures) }, afterBatch: {
            guard total > 20_000 else { return }
            FileHandle.standardError.write(Data("JSON fuzz progress: \(figures.executions) mutants, \(figures.accepted) accepted, \(figures.refused) refused, \(figures.mismatches) mismatches, \(Int(Date().timeIntervalSince(clock))) s\n".utf8))
        })
        figures.seconds = Date().timeIntervalSince(clock)
        print("JSON fuzz: seed \(seed), \(figures.executions) mutants (\(figures.datasets) datasets.json, \(figures.methods) methods.json), \(figures.accepted) accepted and read as Python reads them, \(figures.refused) refused by name (\(figures.refusedByPython) refused by Python too), \(figures.mismatches) mismatches, \(String(format: "%.0f", Double(figures.executions) / figures.seconds)) mutants/s")
        try FuzzBatches.writeFigures(figures, to: environment["JSON_FUZZ_REPORT"])
        #expect(figures.executions == total)
        #expect(figures.mismatches == 0, "\(figures.examples.joined(separator: "\n"))")
    }

    func check(index: Int, folder: String, figures: inout Figures) {
        let datasetsPath = "\(folder)/\(index).datasets.json", methodsPath = "\(folder)/\(index).methods.json"
        let isDatasets = FileManager.default.fileExists(atPath: datasetsPath)
        let path = isDatasets ? datasetsPath : methodsPath
        func mismatch(_ why: String) {
            figures.mismatches += 1
            if figures.examples.count < 10 { figures.examples.append("#\(index) (\(isDatasets ? "datasets" : "methods")): \(why)") }
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(index).oracle.json")),
              let oracle = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return mismatch("no oracle record")
        }
        figures.executions += 1
        if isDatasets { figures.datasets += 1 } else { figures.methods += 1 }
        let pythonReads = oracle["valid"] as? Bool == true
        do {
            var digest: [String: Any] = isDatasets ? Self.digest(try Catalog.load(path)) : Self.digest(try MethodCatalog.load(path))
            figures.accepted += 1
            guard pythonReads else { return mismatch("accepted a document Python's strict json refuses") }
            guard let expected = oracle["digest"] as? [String: Any] else { return mismatch("accepted a document of the wrong shape") }
            // A label map is compared where the document gives one (CHAOS's comes from its decoders).
            if var datasets = digest["datasets"] as? [String: [String: Any]], let given = expected["datasets"] as? [String: [String: Any]] {
                for (name, entry) in given where entry["label_map"] == nil { datasets[name]?["label_map"] = nil }
                digest["datasets"] = datasets
            }
            if !NSDictionary(dictionary: expected).isEqual(to: digest) { mismatch("read \(digest), Python read \(expected)") }
        } catch let error as CatalogError {
            figures.refused += 1
            if !pythonReads { figures.refusedByPython += 1 }
            if error.file != path || error.issues.isEmpty { mismatch("refused without naming the file: \(error)") }
        } catch {
            mismatch("refused with an error that is not a CatalogError: \(error)")
        }
    }

    /// What the Python driver's `digest` computes, from SegBench's reading.
    static func digest(_ catalog: Catalog) -> [String: Any] {
        [
            "label_spaces": catalog.labelSpaces.mapValues { $0.labels },
            "datasets": catalog.datasets.mapValues { d -> [String: Any] in
                ["label_space": d.labelSpace, "label_map": Dictionary(uniqueKeysWithValues: d.labelMap.map { (String($0.key), $0.value) })]
            },
            "splits": catalog.splits.keys.sorted(),
        ]
    }

    static func digest(_ methods: MethodCatalog) -> [String: Any] {
        ["methods": methods.methods.mapValues { ["kind": $0.kind.name, "version": $0.version] }]
    }
}
