import ArgumentParser
import Foundation
import Harness
import Metrics
import NIfTI
import Store
import Synchronization

/// The options of `segbench score` that only folders take.
struct FolderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Cases scored at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Where to write nnU-Net's summary.json (default: PRED_DIR/summary.json, as nnU-Net).", valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("Also store every case's rows in this SQLite file (created if needed).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("The method's name in the store (default: the prediction folder's name).", valueName: "name"))
    var method: String?

    @Option(help: ArgumentHelp("The method's version in the store.", valueName: "version"))
    var methodVersion: String = "unversioned"

    @Option(help: ArgumentHelp("The dataset's name in the store (default: the reference folder's name).", valueName: "name"))
    var dataset: String?

    @Option(help: ArgumentHelp("The split's name in the store (default: the dataset's name).", valueName: "name"))
    var split: String?

    /// The folder-only options given on the command line, for a clear message when files are scored.
    var optionsGiven: [String] {
        [(jobs != nil, "--jobs"), (out != nil, "--out"), (db != nil, "--db"), (method != nil, "--method"),
         (methodVersion != "unversioned", "--method-version"), (dataset != nil, "--dataset"), (split != nil, "--split")]
            .filter(\.0).map(\.1)
    }
}

extension Score {
    func scoreFolders() throws {
        for path in [reference, prediction] where !FolderPairing.isFolder(path) {
            throw CommandFailure("\(path): not a folder (scoring folders needs a folder of references and a folder of predictions)")
        }
        let clock = ContinuousClock(), start = clock.now
        let options = try scoringOptions
        let fileEnding = try nnunetDataset()?.fileEnding
        if let fileEnding, !FolderPairing.endings.contains(fileEnding) {
            let format = ForeignFormat.identify(path: "x" + fileEnding, bytes: [])
            throw CommandFailure("\(datasetJson!): file_ending \(fileEnding): "
                                 + (format.map { "\(fileEnding) is " + $0.advice } ?? "SegBench reads NIfTI-1/2 (.nii, .nii.gz)"))
        }
        let pairing: FolderPairing
        do { pairing = try FolderPairing.pair(referenceFolder: reference, predictionFolder: prediction, fileEnding: fileEnding) } catch let error as FolderError {
            throw CommandFailure(error.description)
        }
        let dataset = folder.dataset ?? folderName(reference)
        let jobs = folder.jobs ?? ProcessInfo.processInfo.activeProcessorCount

        // The store: open it, find or start this run, and skip what it already holds.
        let stored = try folder.db.map { try openRun(at: $0, pairing: pairing, dataset: dataset, options: options) }
        let finished = stored?.finished ?? []
        let todo = pairing.pairs.filter { !finished.contains($0.name) }
        var plan = "\(pairing.pairs.count) cases"
        if !finished.isEmpty { plan += ", \(finished.count) already stored, \(todo.count) to score" }
        printError("\(reference) ↔ \(prediction): \(plan), \(jobs) jobs")
        if !pairing.unpaired.isEmpty {
            printError("not scored: \(pairing.unpaired.count) file(s) in no pair")
            for file in pairing.unpaired { printError("  \(file)") }
        }

        let progress = Progress("scoring", total: todo.count)
        let storeErrors = Mutex<(seconds: Double, first: String?)>((0, nil))
        let scored = FolderScoring.run(todo, dataset: dataset, options: options, jobs: jobs) { result in
            if let stored {
                let t = ContinuousClock.now
                do { try stored.store.record(result, run: stored.run) } catch {
                    storeErrors.withLock { if $0.first == nil { $0.first = "\(error)" } }
                }
                storeErrors.withLock { $0.seconds += (ContinuousClock.now - t).seconds }
            }
            progress.advance(failed: result.failure != nil)
        }
        progress.finish()
        let storing = storeErrors.withLock { $0 }
        if let message = storing.first { throw CommandFailure("\(folder.db!): could not store results: \(message)") }

        // The summary covers every case of the run, those stored earlier included.
        var results = scored.results
        if let stored {
            do {
                try stored.store.finishRun(stored.run)
                results = try stored.store.results(run: stored.run)
            } catch { throw CommandFailure("\(error)") }
        }
        let summary = NNUNetSummary(results, options: options, unpaired: pairing.unpaired)
        let written = clock.now
        let out = folder.out ?? (prediction as NSString).appendingPathComponent("summary.json")
        do { try summary.text.write(toFile: out, atomically: true, encoding: .utf8) } catch {
            throw CommandFailure("\(out): cannot write the summary (\(error.localizedDescription))")
        }
        let summaryTime = (clock.now - written).seconds

        switch format {
        case .table: print(FolderReport.table(summary, tolerances: options.tolerances), terminator: "")
        case .json: print(summary.document.render())
        case .csv: print(FolderReport.csv(results, options: options), terminator: "")
        }
        for r in results { if let f = r.failure { printError("\(f.kind): \(f.message)") } }
        for r in results {
            if let note = PairPreparation.reorientation(inSidecar: r.sidecar) {
                printError("\(r.caseDescription.name): prediction reoriented onto the reference grid: \(note)")
            }
        }
        var outputs = "summary: \(out)"
        if let stored { outputs += "; store: \(stored.store.path) (run \(stored.run))" }
        printError(outputs)
        if timings {
            let t = scored.timing, wall = (clock.now - start).seconds
            printError(String(format: "wall %.2f s on %d jobs for %d cases; summed over workers: checksums %.2f s, reading %.2f s, metrics %.2f s; storing %.3f s; summary %.3f s",
                              wall, jobs, todo.count, t.checksum, t.read, t.metrics, storing.seconds, summaryTime))
        }
    }

    /// The store, and this run in it: the prediction files' checksums make the method version,
    /// so a changed prediction is a new version, never a silent overwrite.
    func openRun(at path: String, pairing: FolderPairing, dataset: String, options: ScoringOptions) throws
        -> (store: ResultStore, run: Int64, finished: Set<String>) {
        let predictions = pairing.pairs.compactMap(\.prediction)
        let checksums = parallelMap(predictions.count) { Checksum.file(predictions[$0]) ?? "unreadable" }
        let listing = zip(predictions, checksums).map { "\(fileName($0)) \($1)" }.joined(separator: "\n")
        let method = MethodVersion(name: folder.method ?? folderName(prediction), kind: "predictions", version: folder.methodVersion,
                                   configurationChecksum: Checksum.text(""), checkpointChecksum: Checksum.text(listing))
        let description = RunDescription(method: method, split: folder.split ?? dataset, dataset: dataset, options: options.canonicalJSON,
                                         optionsChecksum: Checksum.text(options.canonicalJSON), segbenchVersion: HarnessInfo.segbenchVersion,
                                         host: ProcessInfo.processInfo.hostName)
        do {
            let store = try ResultStore(path: path)
            let run = try store.beginRun(description)
            try store.setPlannedCases(pairing.pairs.count, run: run)
            return (store, run, try store.finishedCaseNames(run: run))
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }

    func folderName(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
    }

    func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }
}
