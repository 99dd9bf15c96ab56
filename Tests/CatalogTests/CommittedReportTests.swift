import Catalog
import Foundation
import Harness
@testable import Runner
import Testing

/// The committed `Reports/` is what the README shows a visitor: it must come from the code that
/// sits beside it. Its provenance table lists, per run, the method version with the checksums of
/// its methods.json entry and of its checkpoints (for the reference methods, the `Methods/`
/// package's files); a change to either is a new version that the committed report does not hold.
@Suite("The committed Reports/ comes from the current code")
struct CommittedReportTests {
    @Test("Every method version in Reports/README.md's provenance is what methods.json and Methods/ make today, under this SegBench version")
    func provenanceMatchesTheCode() throws {
        let readme = repositoryRoot.appendingPathComponent("Reports/README.md").path
        let text = try #require(try? String(contentsOfFile: readme, encoding: .utf8), "Reports/README.md is missing: scripts/main.sh writes it")
        let methods = try MethodCatalog.load(repositoryRoot.appendingPathComponent("methods.json").path)
        // | split | method | version | `configuration` | `checkpoint` | `trained` | run | started | SegBench | inputs |
        let rows = text.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.count == 12 && $0[4].hasPrefix("`") }
        try #require(!rows.isEmpty, "no provenance rows in \(readme)")
        var checked: Set<String> = []
        for row in rows {
            let (name, configuration, checkpoint, segbench) = (row[2], row[4].trimmingCharacters(in: ["`"]), row[5].trimmingCharacters(in: ["`"]), row[9])
            #expect(segbench == HarnessInfo.segbenchVersion, "\(name) on \(row[1]) was run by SegBench \(segbench); this is \(HarnessInfo.segbenchVersion)")
            guard !checked.contains(name) else { continue }
            checked.insert(name)
            let current = try MethodVersioning.version(of: try methods.method(name), testCases: [])
            #expect(current.configurationChecksum.hasPrefix(configuration) && current.checkpointChecksum.hasPrefix(checkpoint),
                    "\(name): Reports/README.md holds configuration \(configuration), checkpoint \(checkpoint); the code makes \(current.configurationChecksum.prefix(12)), \(current.checkpointChecksum.prefix(12)). Run scripts/main.sh and commit Reports/.")
        }
        #expect(checked.isSuperset(of: ["atlas", "unet", "sam_decoder", "causal_sam_llm", "zeus"]), "\(checked.sorted())")
    }

    @Test("Every overlay of the committed report draws the reference's contours (BraTS's regions were drawn as nothing)")
    func overlaysDrawTheReference() throws {
        let folder = repositoryRoot.appendingPathComponent("Reports/figures")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("overlay_") && $0.hasSuffix(".gp") }
        try #require(scripts.count >= 8, "\(scripts.count) overlay scripts in \(folder.path)")
        for name in scripts {
            let script = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // Each row writes its reference contours as datablocks `$rowN_ref_STRUCTURE`.
            #expect(script.contains("_ref_"), "\(name) draws no reference contour")
        }
    }
}
