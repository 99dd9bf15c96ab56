import Catalog
import Foundation
import Runner
import Store
import Testing

/// The repository's folder (Package.swift's).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The repository's methods.json, with a method's steps shortened (`--steps 3 --batch 4`)
/// and its paths (program, working directory, checkpoints) made absolute, written to a folder of the test's: the real entry, run quickly.
func shortenedReferenceMethods(_ names: [String], in folder: String) throws -> String {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("methods.json"))
    let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let all = try #require(document["methods"] as? [String: [String: Any]])
    var methods: [String: Any] = [:]
    for name in names {
        var method = try #require(all[name], "methods.json has no \(name)")
        method["working_directory"] = repositoryRoot.appendingPathComponent("Methods").path
        // Relative paths resolve against methods.json's folder, which is now the test's.
        method["checkpoints"] = (method["checkpoints"] as? [String])?.map { repositoryRoot.appendingPathComponent($0).path }
        for step in ["train", "predict", "interact"] {
            guard var entry = method[step] as? [String: Any], var argv = entry["argv"] as? [String] else { continue }
            argv[0] = repositoryRoot.appendingPathComponent(argv[0]).path
            entry["argv"] = argv + ["--steps", "3", "--batch", "4"]
            method[step] = entry
        }
        methods[name] = method
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/methods.json"
    try JSONSerialization.data(withJSONObject: ["format_version": 1, "methods": methods]).write(to: URL(fileURLWithPath: path))
    return path
}

@Suite("The reference implementations (Methods/) run through segbench run")
struct ReferenceMethodTests {
    @Test("Causal-SAM-LLM is trained, predicts and is corrected by the simulated clinician through the contract; every case is scored and its sidecar names the stand-ins")
    func causalSamLlmThroughTheRunner() throws {
        let python = repositoryRoot.appendingPathComponent("Methods/.venv/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python), "Methods/.venv is missing: run Methods/setup.sh (scripts/test.sh does)")
        let store = try indexedStore("reference-methods")
        let work = (store.path as NSString).deletingLastPathComponent
        let methods = try shortenedReferenceMethods(["causal_sam_llm"], in: work + "/methods")
        let plan = try RunPlan.make(catalog: try Catalog.load(repositoryCatalog), methods: try MethodCatalog.load(methods),
                                    method: "causal_sam_llm", split: "xmod_btcvct_to_chaost2", index: try store.indexedCases(),
                                    work: work + "/work", tolerances: [1, 2], interactionRounds: 1, seed: 7, storePath: store.path)
        let outcome = try Runner(plan: plan, store: store, jobs: 2).run()
        let results = try store.results(run: outcome.run)
        #expect(results.count == 18)
        #expect(results.allSatisfy { $0.failure == nil }, "\(results.compactMap(\.failure).map { "\($0.kind): \($0.message)" })")
        #expect(results.allSatisfy { $0.predictionPath?.contains("/interact-1/") == true })
        for r in results {
            let sidecar = try #require(r.sidecar)
            #expect(sidecar.contains("deterministic report writer"), "\(sidecar.prefix(400))")
            #expect(sidecar.contains("round 1: "))  // the correction SegBench gave
            #expect(sidecar.contains("intervention") && sidecar.contains("film"))  // how the method read it, and what it did
        }
    }
}
