import Foundation
import Store
import Testing
@testable import Reports

/// Versions of `unet` on split `toy` (liver = label 1, spleen = 2), fifteen cases:
/// - v1: every case liver Dice 0.90 / HD95 2, spleen 0.80 / 3.
/// - v2: 0.005 worse everywhere (below the 0.02 threshold), and liver of c03, c07, c11 at 0.60
///   with HD95 9: exactly these three regress. c13 is not run, c14 fails, c15 has other inputs.
/// - v3: v2 with liver back to 0.95 everywhere.
/// - v2 again (checkpoint `bbb2`): the same version string with another checkpoint, run with v2
///   on split `third` only.
enum RegressionStore {
    static let regressed: Set<String> = ["c03", "c07", "c11"]

    static func make(at path: String) throws -> ResultStore {
        try? FileManager.default.removeItem(atPath: path)
        let store = try ResultStore(path: path)
        let options = #"{"structures":[{"name":"liver","labels":[1],"region":false},{"name":"spleen","labels":[2],"region":false}],"tolerances":[1]}"#
        func version(_ v: String, _ checkpoint: String) -> MethodVersion {
            MethodVersion(name: "unet", kind: "command", version: v, configurationChecksum: "cfg", checkpointChecksum: checkpoint)
        }
        func run(_ v: MethodVersion, split: String = "toy", day: Int, _ scores: (String) -> (liver: (Double, Double), spleen: (Double, Double))?) throws {
            let id = try store.beginRun(RunDescription(method: v, split: split, dataset: "TOY", options: options, optionsChecksum: "o", segbenchVersion: "t", host: "h"),
                                        at: Date(timeIntervalSince1970: 1_800_000_000 + Double(day) * 86_400))
            for c in 1...15 {
                let name = String(format: "c%02d", c)
                if v.version == "2" && name == "c13" { continue }
                let input = v.version == "2" && name == "c15" ? "changed" : "in-\(name)"
                let description = CaseDescription(dataset: "TOY", name: name, subject: name, referencePath: "/r/\(name)", referenceChecksum: "r-\(name)",
                                                  shape: [10, 10, 10], spacing: [1, 1, 1], labelVoxels: [1: 100, 2: 50], acquisition: #"{"modality":"CT"}"#)
                let outcome: CaseResult.Outcome
                if let s = scores(name) {
                    outcome = .scores([("liver", 1, s.liver), ("spleen", 2, s.spleen)].map { structure, label, value in
                        ScoreRecord(structure: structure, labels: [label], state: "scored", tp: 1, fp: 1, fn: 1, nReference: 1, nPrediction: 1,
                                    metrics: ["dice": value.0, "hd95": value.1])
                    })
                } else {
                    outcome = .failure(FailureRecord(kind: "method_failed", message: "exit 1", exitStatus: 1))
                }
                try store.record(CaseResult(caseDescription: description, predictionPath: nil, predictionChecksum: nil, seconds: 0, outcome: outcome, inputChecksum: input), run: id)
            }
        }
        try run(version("1", "aaa1"), day: 1) { _ in ((0.90, 2), (0.80, 3)) }
        let v2: (String) -> (liver: (Double, Double), spleen: (Double, Double))? = { name in
            name == "c14" ? nil : (regressed.contains(name) ? (0.60, 9) : (0.895, 2), (0.795, 3))
        }
        try run(version("2", "aaa2"), day: 2, v2)
        try run(version("3", "aaa3"), day: 3) { name in v2(name).map { ((0.95, 2), $0.spleen) } ?? ((0.95, 2), (0.795, 3)) }
        try run(version("2", "aaa2"), split: "third", day: 4, v2)
        try run(version("2", "bbb2"), split: "third", day: 5) { _ in ((0.5, 5), (0.5, 5)) }
        return store
    }
}

@Suite("segbench compare and history: regressions between versions", .serialized)
struct CompareTests {
    static let path = temporaryFolder("compare") + "/regression.sqlite"
    static let store = try! RegressionStore.make(at: path)

    func comparison(_ before: String, _ after: String) throws -> Comparison {
        let data = try ReportData(store: Self.store, path: Self.path, splits: ["toy"], methods: ["unet"])
        let index = { (v: String) in data.methods.firstIndex { $0.version.version == v }! }
        return Comparison(aggregator: Aggregator(data: data, resamples: 0), before: index(before), after: index(after), splits: ["toy"])
    }

    @Test("A report shows each method's newest version by default: on toy v3 (day 3); over toy and third the bbb2 checkpoint of v2 (day 5), which never ran on toy")
    func latestVersion() throws {
        let toy = try ReportData(store: Self.store, path: Self.path, splits: ["toy"], versions: .latest)
        #expect(toy.methods.map(\.version.checkpointChecksum) == ["aaa3"])
        #expect(toy.methods.map(\.label) == ["unet"])
        let both = try ReportData(store: Self.store, path: Self.path, splits: ["toy", "third"], versions: .latest)
        #expect(both.methods.map(\.version.checkpointChecksum) == ["bbb2"])
        #expect(both.runs["toy"]?.isEmpty ?? true)  // bbb2 never ran on toy: an empty cell, not an older version
        let all = try ReportData(store: Self.store, path: Self.path, splits: ["toy"], versions: .all)
        #expect(all.methods.map(\.version.version) == ["1", "2", "3"])
    }

    @Test("Exactly the cases that got worse are flagged, worst first; unpaired cases carry their reason")
    func flagged() throws {
        let c = try comparison("1", "2")
        #expect(Set(c.regressedCases.map(\.caseName)) == RegressionStore.regressed)
        #expect(c.regressedCases.allSatisfy { $0.structure == "liver" && $0.diceAfter == 0.60 && $0.hd95After == 9 })
        #expect(c.unpaired.map { "\($0.caseName): \($0.reason)" } == [
            "c13: not run by unet 2", "c14: failed in unet 2: method_failed", "c15: different input (in-c15 vs changed)",
        ])
        #expect(c.newFailures.map(\.caseName) == ["c14"])
        // Liver: 12 paired cases all worse (9 by 0.005, 3 by 0.30): exhaustive sign test p = 2/4096,
        // ×5 by Holm (five lines have a p; spleen HD95 did not move). Δ = −(9·0.005 + 3·0.30)/12.
        let liver = try #require(c.lines.first { $0.structure == "liver" && $0.metric == "dice" })
        #expect(liver.n == 12 && abs(liver.delta + 0.07875) < 1e-12)
        #expect(abs(liver.p! - 2.0 / 4096) < 1e-15 && abs(liver.adjustedP! - 5 * 2.0 / 4096) < 1e-15)
        // Significant and beyond 0.02: liver and the mean; spleen (−0.005) is significant but small.
        #expect(Set(c.significantRegressions.map { "\($0.structure) \($0.metric)" }) == ["liver dice", "mean dice"])
        // After = 0.82125 (82.125 % and a ratio of 0.9125, both just below the half in binary, so
        // printed 82.12 and 0.912); Holm p = 10/4096.
        #expect(c.markdown(policy: .segbench).contains("| toy | liver | dice | 12 | 90.00 | 82.12 | -7.88 | 0.912 | 0.00244 | **regressed** |"))
    }

    @Test("The Markdown opens with what changed (counts beyond the thresholds, the largest changes) and folds every line and the regressed cases")
    func summaryFirst() throws {
        let markdown = try comparison("1", "2").markdown(policy: .segbench)
        // By hand from the store's values (12 paired cases): liver Dice 0.90 → 0.82125 (−3.9
        // thresholds), the mean Dice 0.85 → 0.808125 (−2.1), liver HD95 2 → 3.75 mm (+1.75 mm,
        // −1.75 thresholds); spleen Dice −0.005, spleen HD95 0 and the mean HD95 +0.875 mm stay
        // within. Holm p: liver and mean Dice 5 · 2/4096; liver HD95's sign test on its 3 non-zero
        // differences 2/8, ×2 by Holm = 0.5.
        let summary = "**What changed**: of 6 lines (split × structure × metric, the per-case mean as a structure), 3 moved beyond the thresholds (Dice 2 points, HD95 1 mm): "
            + "0 better, 3 worse, 2 of them significantly (Holm p < 0.05); 3 within them. 3 cases beyond the thresholds, 1 new failure, 3 cases not compared."
        #expect(markdown.contains(summary))
        let largest = ["| toy | liver | dice | 12 | 90.00 | 82.12 | -7.88 | 0.00244 | worse |",
                       "| toy | mean | dice | 12 | 85.00 | 80.81 | -4.19 | 0.00244 | worse |",
                       "| toy | liver | hd95 | 12 | 2.00 | 3.75 | +1.75 | 0.5 | worse |"]
        let at = largest.map { markdown.range(of: $0)?.lowerBound }
        #expect(at.allSatisfy { $0 != nil }, "\(markdown)")
        let everyLine = try #require(markdown.range(of: "<details><summary>Every line (6)</summary>\n\n| split |"))
        #expect(at.compactMap { $0 }.sorted() == at.compactMap { $0 } && at.compactMap { $0 }.allSatisfy { $0 < everyLine.lowerBound })
        #expect(markdown.range(of: summary)!.lowerBound < everyLine.lowerBound)
        #expect(markdown.contains("<details><summary>3 cases, worst Dice change first</summary>"))
        #expect(markdown.components(separatedBy: "<details>").count == markdown.components(separatedBy: "</details>").count)
        // Rendered (GitHub's renderer, as on the report page): the folded tables are tables.
        let html = ReportPage(markdown: markdown).html()
        #expect(html.contains("<details><summary>Every line (6)</summary>\n<div class=\"table-scroll\">\n<table>"))
        #expect(html.components(separatedBy: "<table>").count - 1 == 3)
        // Nothing moved: the summary says so and lists no changes.
        let none = try comparison("2", "2").summary()
        #expect(none.contains("0 moved beyond the thresholds") && !none.contains("largest"))
    }

    @Test("Exit status: 3 on a regression, 0 on an improvement or with --fail-on never, 64 for usage, and the shared version string is named")
    func exitStatus() throws {
        let binary = try segbenchBinary(), db = Self.path
        let worse = try run(binary, ["compare", "unet@1", "unet@2#aaa", "--db", db])
        #expect(worse.status == 3, "\(worse.err)")
        #expect(worse.err.contains("2 significant regression(s)") && worse.err.contains("1 new failure(s)"))
        #expect(worse.out.contains("| toy | c03 | liver | 90.00 | 60.00 | -30.00 | 2.00 | 9.00 |"))
        #expect(try run(binary, ["compare", "unet@2#aaa", "unet@3", "--db", db]).status == 0)
        #expect(try run(binary, ["compare", "unet@1", "unet@2#aaa", "--db", db, "--fail-on", "never"]).status == 0)
        #expect(try run(binary, ["compare", "unet@1", "unet@2#aaa", "--db", db, "--fail-on", "new-failures"]).status == 3)
        let json = try run(binary, ["compare", "unet@1", "unet@2#aaa", "--db", db, "--format", "json", "--fail-on", "never"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["regressed_cases"] as? [[String: Any]])?.count == 3)
        let ambiguous = try run(binary, ["compare", "unet@1", "unet@2", "--db", db])
        #expect(ambiguous.status == 64 && ambiguous.err.contains("unet@2#aaa2") && ambiguous.err.contains("unet@2#bbb2"))
        #expect(try run(binary, ["compare", "unet@1", "unet@9", "--db", db]).status == 64)
        #expect(try run(binary, ["compare", "unet@1", "unet@2#aaa", "--db", db, "--fail-on", "sometimes"]).status == 64)
        // The same string with two checkpoints: different versions, and the report says so.
        let notBoth = try run(binary, ["compare", "unet@2#aaa", "unet@2#bbb", "--db", db, "--split", "toy"])
        #expect(notBoth.status == 1 && notBoth.err.contains("split toy was not run by both"))
        let same = try run(binary, ["compare", "unet@2#aaa", "unet@2#bbb", "--db", db])
        #expect(same.status == 3 && same.out.contains("share the version string 2 but not their checkpoints"))
        #expect(same.out.contains("checkpoint `aaa2`") && same.out.contains("checkpoint `bbb2`"))
        // Stored in the order 1, 2#aaa2, 3, 2#bbb2: latest is 2#bbb2, previous is 3.
        let previous = try run(binary, ["compare", "unet@previous", "unet@3", "--db", db])
        #expect(previous.status == 64 && previous.err.contains("are the same version"), "\(previous.err)")
        let latest = try run(binary, ["compare", "unet@2#aaa", "unet@latest", "--db", db, "--split", "third", "--fail-on", "never"])
        #expect(latest.status == 0 && latest.out.contains("checkpoint `bbb2`"), "\(latest.err)")
    }

    @Test("History of three versions: the table marks the drop and the gain, the plot renders")
    func history() throws {
        let data = try ReportData(store: Self.store, path: Self.path, splits: ["toy"], methods: ["unet"])
        let history = History(aggregator: Aggregator(data: data, resamples: 200), split: "toy")
        #expect(history.points.map(\.method.version.version) == ["1", "2", "3"])
        #expect(history.points.map(\.significant) == [false, true, true])
        let table = history.markdown
        #expect(table.contains("▼ significant drop") && table.contains("▲ significant gain"))
        let folder = temporaryFolder("history")
        let written = try Gnuplot().render(history.figure(name: "history"), into: folder)
        #expect(try #require(readRGB(written[0])).width > 0)
        // Its data is a CSV beside the script, not inline: v1's mean is (0.90 + 0.80) / 2 = 85 %
        // (every case alike, so its interval is that point), and v2 and v3 are the significant changes.
        let csv = try String(contentsOfFile: folder + "/history.csv", encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(csv.first == ["x", "mean", "ci_low", "ci_high", "significant", "version", "checkpoint"])
        #expect(csv.count == 4 && csv.dropFirst().map { $0[4] } == ["0", "1", "1"] && csv.dropFirst().map { $0[5] } == ["1", "2", "3"])
        #expect(abs((Double(csv[1][1]) ?? .nan) - 85) < 1e-9 && abs((Double(csv[1][2]) ?? .nan) - 85) < 1e-9, "\(csv[1])")
        let script = try String(contentsOfFile: folder + "/history.gp", encoding: .utf8)
        #expect(script.contains("'history.csv'") && !script.contains("$history"))
        let cli = try run(try segbenchBinary(), ["history", "unet", "--split", "toy", "--db", Self.path, "--out", folder + "/cli", "--bootstrap", "100"])
        #expect(cli.status == 0 && cli.out.contains("▼ significant drop"))
        #expect(FileManager.default.fileExists(atPath: folder + "/cli/history_dice_toy.pdf"))
    }
}
