import Fixtures
import Foundation
import Store
import Synchronization
import Testing

/// The store as commands meet it: several `segbench score --db` at once on a new file, a damaged
/// file, and a store in a folder the user cannot write.
@Suite("segbench and its store, as subprocesses")
struct StoreCommandTests {
    @Test("Three `score --db` processes creating one new store at once all succeed, and store each case once (3 rounds)")
    func concurrentCreation() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        for round in 0..<3 {
            let db = fixture.root + "/new-\(round).sqlite"
            let outcomes = Mutex<[ScoreCommandTests.Outcome]>([])
            DispatchQueue.concurrentPerform(iterations: 3) { i in
                let outcome = try? ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db,
                                                              "--jobs", "1", "--out", fixture.root + "/summary-\(round)-\(i).json"])
                outcomes.withLock { $0.append(outcome ?? .init(status: -1, stdout: "", stderr: "could not start")) }
            }
            for outcome in outcomes.withLock({ $0 }) { #expect(outcome.status == 0, "\(outcome.stderr)") }
            let store = try ResultStore(path: db, access: .readOnly)
            let runs = try store.runs()
            #expect(runs.count == 1)
            #expect(try store.results(run: runs[0].id).map(\.caseDescription.name).sorted() == ["case_a", "case_b", "case_c", "case_d"])
        }
    }

    @Test("A damaged store is refused by path before anything is written, by `score --db` and as a `merge` source")
    func damagedStore() throws {
        let fixture = try FolderFixture()
        defer { fixture.remove() }
        let db = fixture.root + "/results.sqlite", target = fixture.root + "/merged.sqlite"
        let first = try ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--out", fixture.root + "/s.json"])
        #expect(first.status == 0, "\(first.stderr)")
        try StoreDamage.damageAnIndexPage(db)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: db))

        let again = try ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--method", "other",
                                                    "--out", fixture.root + "/s.json"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("\(db): the file is damaged (SQLite's quick_check: "), "\(again.stderr)")
        let merge = try ScoreCommandTests.segbench(["merge", db, "--into", target])
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("\(db): the file is damaged"), "\(merge.stderr)")
        #expect(try ResultStore(path: target, access: .readOnly).runs().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == damaged)
    }

    @Test("A store in a read-only folder is listed and exported, and left byte for byte as it was")
    func readOnlyFolder() throws {
        let fixture = try FolderFixture()
        defer {
            chmod(fixture.root + "/archive", 0o755)
            fixture.remove()
        }
        let archive = fixture.root + "/archive", db = archive + "/results.sqlite"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        let first = try ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--out", fixture.root + "/s.json"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(chmod(db, 0o444) == 0 && chmod(archive, 0o555) == 0 && chmod(fixture.root, 0o755) == 0)

        // root writes through any permission: run as `nobody` then, as a user without write access would.
        let asUser = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let list = try ScoreCommandTests.segbench(["runs", "list", "--db", db], prefix: asUser)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("predictions"))
        let export = try ScoreCommandTests.segbench(["export", "--db", db, "--format", "csv"], prefix: asUser)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.split(separator: "\n").count == 9)  // the header, then both structures of each of the four cases (the two failed ones included)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive) == ["results.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}

@Suite("segbench score on files that are not regular files")
struct SpecialFileTests {
    @Test("A FIFO and a link to /dev/zero in the folders cost their cases, named; nothing hangs (with --db, which checksums every prediction)")
    func fifoAndDevZero() throws {
        let fixture = try FolderFixture(onlyCleanCases: true)
        defer { fixture.remove() }
        #expect(mkfifo(fixture.predictions + "/case_a.nii.gz.tmp", 0o644) == 0)
        try FileManager.default.removeItem(atPath: fixture.predictions + "/case_a.nii.gz")
        try FileManager.default.moveItem(atPath: fixture.predictions + "/case_a.nii.gz.tmp", toPath: fixture.predictions + "/case_a.nii.gz")
        try FileManager.default.removeItem(atPath: fixture.references + "/case_b.nii.gz")
        try FileManager.default.createSymbolicLink(atPath: fixture.references + "/case_b.nii.gz", withDestinationPath: "/dev/zero")
        let db = fixture.root + "/results.sqlite"
        let outcome = try ScoreCommandTests.segbench(["score", fixture.references, fixture.predictions, "--db", db, "--format", "csv",
                                                      "--out", fixture.root + "/summary.json"], timeLimit: 60)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("unreadable_prediction: \(fixture.predictions)/case_a.nii.gz"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("unreadable_reference: \(fixture.references)/case_b.nii.gz"), "\(outcome.stderr)")
    }
}
