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
        // | split | method | version | `configuration` | `checkpoint` | `trained` | run | seed | started | SegBench | inputs |
        let rows = text.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.count == 13 && $0[4].hasPrefix("`") }
        try #require(!rows.isEmpty, "no provenance rows in \(readme)")
        var checked: Set<String> = []
        for row in rows {
            let (name, configuration, checkpoint, segbench) = (row[2], row[4].trimmingCharacters(in: ["`"]), row[5].trimmingCharacters(in: ["`"]), row[10])
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
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in scripts {
            let figure = String(name.dropLast(3))
            let script = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // The contours are `FIGURE_contours.csv` (a vertex a line, `role` reference or
            // prediction), the images `FIGURE_image_rowN.csv`, one a row of panels. Every row
            // drawn must have reference contours, read by Python's csv module (which skips the
            // blank lines between paths), and the script must plot them.
            let contours = folder.appendingPathComponent(figure + "_contours.csv").path
            #expect(script.contains("'\(figure)_contours.csv'"), "\(name) does not read \(figure)_contours.csv")
            let rows = Set(files.filter { $0.hasPrefix(figure + "_image_row") && $0.hasSuffix(".csv") }
                .map { String($0.dropFirst((figure + "_image_row").count).dropLast(4)) })
            #expect(!rows.isEmpty, "\(figure) has no image CSV")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import csv, sys; print(' '.join(sorted({r['row'] for r in csv.DictReader(open(sys.argv[1], newline='')) if r['role'] == 'reference'})))", contours]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let withReference = Set(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init))
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && withReference == rows, "\(figure): rows \(rows.sorted()) drawn, reference contours in rows \(withReference.sorted()) of \(contours)")
        }
    }

    @Test("The committed store and its kept predictions re-render the committed report: every section, every figure, byte for byte")
    func committedReportRerenders() throws {
        let reports = repositoryRoot.appendingPathComponent("Reports")
        let readme = try String(contentsOf: reports.appendingPathComponent("README.md"), encoding: .utf8)
        // The first line names the report's splits in the main job's order: "# SegBench report: a, b, …".
        let title = try #require(readme.split(separator: "\n").first.map(String.init))
        let splits = title.replacingOccurrences(of: "# SegBench report: ", with: "").components(separatedBy: ", ")
        try #require(splits.count >= 2, "no splits in \(title)")
        // A clone's layout, as the main job leaves it: the store in Reports/ beside the kept
        // predictions and regressions.md, the phantoms (seed 2026, `segbench phantoms`'s default)
        // in .segbench/phantoms and ingest's CHAOS conversions in .segbench/work/ingest: the
        // store's case index names them relative to Reports/.
        let root = temporaryPath("segbench-rerender"), out = root + "/Reports"
        try FileManager.default.createDirectory(atPath: root + "/.segbench/work", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/.segbench/phantoms", withDestinationPath: phantomRoot.root)
        try FileManager.default.createSymbolicLink(atPath: root + "/.segbench/work/ingest", withDestinationPath: ingestedPhantoms.work)
        // A copy of the store (reading must not touch the committed one) and of what the report reads beside it.
        for name in ["results.sqlite", "predictions", "regressions.md"] {
            try FileManager.default.copyItem(atPath: reports.appendingPathComponent(name).path, toPath: out + "/" + name)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try segbenchBinary())
        process.currentDirectoryURL = repositoryRoot
        process.arguments = ["report"] + splits.flatMap { ["--split", $0] } + ["--db", out + "/results.sqlite", "--out", out,
                                                                              "--cell", "mean-ci", "--baseline", "sam_decoder",
                                                                              "--mechanism", "causal_sam_llm:sam_decoder_style:LAD",
                                                                              "--contrast", "zeus_early:zeus:early against late fusion",
                                                                              "--contrast", "zeus_hybrid:zeus:hybrid against late fusion"]  // as scripts/main.sh
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "segbench report failed: \(stderr)")
        for name in ["README.md", "report.html", "leaderboards.tex", "scores.csv"] {
            let committed = try Data(contentsOf: reports.appendingPathComponent(name)), made = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            #expect(committed == made, "Reports/\(name) differs from what its store re-renders: run scripts/main.sh and commit Reports/")
        }
        let committedFigures = try FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent("figures").path).sorted()
        let madeFigures = try FileManager.default.contentsOfDirectory(atPath: out + "/figures").sorted()
        #expect(committedFigures == madeFigures, "figures only committed: \(Set(committedFigures).subtracting(madeFigures).sorted()); only made: \(Set(madeFigures).subtracting(committedFigures).sorted())")
        for name in committedFigures where madeFigures.contains(name) && (name.hasSuffix(".gp") || name.hasSuffix(".svg") || name.hasSuffix(".png")) {
            let committed = try Data(contentsOf: reports.appendingPathComponent("figures/" + name))
            #expect(committed == (try Data(contentsOf: URL(fileURLWithPath: out + "/figures/" + name))), "Reports/figures/\(name) differs from its re-render")
        }
        // Every figure the README shows exists.
        for line in readme.split(separator: "\n") where line.hasPrefix("![") {
            guard let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")") else { continue }
            let path = String(line[line.index(after: open)..<close])
            #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent(path).path), "README.md shows \(path), which is not committed")
        }
    }
}
