import Foundation
import Testing
@testable import Reports

/// The `segbench` binary built next to the test bundle.
func segbenchBinary() throws -> String {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
        .map { $0.appendingPathComponent("segbench").path }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "segbench not built next to the tests")
}

/// Runs a program; returns its exit status, stdout and stderr.
func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let errData = Thread.detachedRead(err)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData(), as: UTF8.self))
}

extension Thread {
    /// Reads a pipe to its end on another thread; the closure waits for it.
    static func detachedRead(_ pipe: Pipe) -> () -> Data {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var data = Data()
        Thread.detachNewThread {
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        return {
            done.wait()
            return data
        }
    }
}

@Suite("segbench report: the folder, the HTML page in a browser, bad input", .serialized)
struct ReportCommandTests {
    @Test("A report folder from a store: README with definitions and figures, LaTeX, CSV, and an HTML page Chromium renders")
    func folder() throws {
        let work = temporaryFolder("command")
        let db = work + "/toy.sqlite"
        _ = try ToyStore.make(at: db)
        let out = work + "/report"
        // A folder with no datasets.json: the split is one the catalog does not know.
        let result = try run(try segbenchBinary(), ["report", "--split", "toy", "--db", db, "--out", out, "--format", "md,tex,csv,html",
                                                     "--figures", "png,pdf", "--bootstrap", "200"], in: work)
        #expect(result.status == 0, "\(result.err)")
        let readme = try String(contentsOfFile: out + "/README.md", encoding: .utf8)
        for expected in ["## Definitions", "**Policy `segbench`**", "**HD95**", "per structure over cases, then over structures",
                         "![box_dice](figures/box_dice.png)", "| A | **87.50 ± 6.45** |", "3/5 (1 failed)", "## Provenance", "seed 0"] {
            #expect(readme.contains(expected), "README.md lacks \(expected)")
        }
        let latex = try String(contentsOfFile: out + "/leaderboards.tex", encoding: .utf8)
        #expect(latex.contains("\\textbf{87.50 $\\pm$ 6.45}") && latex.contains("\\bottomrule"))
        let csv = try String(contentsOfFile: out + "/scores.csv", encoding: .utf8)
        #expect(csv.hasPrefix(ScoreTableCSV.header) && csv.contains("toy,A,1,liver,dice,segbench,4,0.875,"))
        #expect(FileManager.default.fileExists(atPath: out + "/figures/box_dice.pdf"))

        // The page opens in a browser with its figures: a headless Chromium screenshot shows the
        // box plot's method colours (the figures are inline data) and the tables' text.
        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is missing: scripts/setup.sh installs Debian's chromium")
        let shot = work + "/page.png"
        let chromium = try run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,4000",
                                         "--screenshot=\(shot)", "file://\(out)/report.html"])
        #expect(chromium.status == 0, "\(chromium.err)")
        let page = try #require(readRGB(shot), "no screenshot")
        #expect(page.width == 1280 && page.height == 4000)
        // Method A's colour, as the box plot's script names it (methods.json's palette order).
        let script = try String(contentsOfFile: out + "/figures/box_dice.gp", encoding: .utf8)
        let colourA = try #require(script.range(of: "array colour[3] = [\"").map { String(script[$0.upperBound...].prefix(7)) })
        #expect(pixels(near: colourA, in: page) > 200, "the figures are not on the page")
        #expect(pixels(near: "#222222", in: page) > 2000, "no text on the page")
    }

    @Test("The index links regressions.md near its top when the folder holds one (the main job writes it there first), and not otherwise")
    func regressionsLink() throws {
        let work = temporaryFolder("companions")
        var request = ReportRequest(splits: [SplitInfo(name: "toy", type: "unknown", title: "toy")])
        request.formats = [.md, .html]
        request.figureFormats = []
        let writer = ReportWriter(aggregator: Aggregator(data: try ToyStore.data(work + "/toy.sqlite"), resamples: 0), request: request)
        let link = "[regressions.md](regressions.md)"
        try writer.write(to: work + "/plain")
        #expect(!(try String(contentsOfFile: work + "/plain/README.md", encoding: .utf8)).contains("regressions.md"))
        #expect(!(try String(contentsOfFile: work + "/plain/report.html", encoding: .utf8)).contains("regressions.md"))

        try FileManager.default.createDirectory(atPath: work + "/linked", withIntermediateDirectories: true)
        try "# Regressions against the previous run\n".write(toFile: work + "/linked/regressions.md", atomically: true, encoding: .utf8)
        try writer.write(to: work + "/linked")
        let readme = try String(contentsOfFile: work + "/linked/README.md", encoding: .utf8)
        // Under the title, before the first section.
        let lines = readme.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains(link) }, "README.md does not link regressions.md")
        #expect(at < lines.firstIndex(of: "## Definitions")!)
        #expect(readme.components(separatedBy: link).count == 2, "linked once")
        #expect(try String(contentsOfFile: work + "/linked/report.html", encoding: .utf8).contains("<a href=\"regressions.md\">regressions.md</a>"))
    }

    @Test("Bad input: an unknown split names the store and what it holds; a bad policy is a usage error")
    func badInput() throws {
        let work = temporaryFolder("command-bad")
        let db = work + "/toy.sqlite"
        _ = try ToyStore.make(at: db)
        let unknown = try run(try segbenchBinary(), ["report", "--split", "nope", "--db", db, "--out", work + "/r"], in: work)
        #expect(unknown.status != 0)
        #expect(unknown.err.contains("\(db): no runs of split nope") && unknown.err.contains("toy"))
        #expect(!FileManager.default.fileExists(atPath: work + "/r/README.md"))
        let policy = try run(try segbenchBinary(), ["report", "--split", "toy", "--db", db, "--policy", "strict"], in: work)
        #expect(policy.status == 64 && policy.err.contains("Unknown policy 'strict'"))
        let missing = try run(try segbenchBinary(), ["report", "--split", "toy", "--db", work + "/absent.sqlite"], in: work)
        #expect(missing.status != 0 && missing.err.contains("absent.sqlite: no such store"))
    }
}
