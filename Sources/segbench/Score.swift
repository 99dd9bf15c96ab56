import ArgumentParser
import Foundation
import Harness
import Metrics
import NIfTI
import Store

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score",
        abstract: "Score predictions against references: one pair of files, or a folder of each.",
        discussion: """
            Files must be label maps (.nii or .nii.gz) on the same voxel grid (--reorient-prediction \
            accepts the same grid with axes permuted or flipped). Every label found in either map is \
            scored unless --labels names them; --region adds a set of labels scored as one mask; \
            --dataset-json takes the labels, regions and names from nnU-Net's dataset.json.

            Folders pair by case name, as nnU-Net does: every NAME.nii.gz (or .nii) in the reference \
            folder is a case, whatever its name (amos_0001 too), and pairs with NAME.nii.gz in the \
            prediction folder. A prediction file X_0000.nii.gz is taken for an image channel only when X \
            is a reference case and X_0000 is not. Every file in no pair is listed with its reason on \
            stderr and in summary.json (segbench.unpaired_files). Cases are scored in parallel and written \
            as nnU-Net's summary.json, extended with HD, HD95, ASSD, NSD and the states. A reference \
            without a prediction is reported as missing_prediction (scored as an empty prediction), \
            never skipped; a prediction without a reference is listed and ignored; a pair on different \
            grids is an error row naming both files, and the other cases go on. With --db the per-case \
            rows go into a SQLite store; running the same command again scores only what is not stored.

            Examples:
              segbench score ref.nii.gz pred.nii.gz
              segbench score labelsTs/ predictions/ --dataset-json dataset.json
              segbench score ref.nii.gz pred.nii.gz --region wt=1,2,3 tc=1,3 et=3 \\
                  --format json
              segbench score labelsTs/ predictions/ --labels 1 2 3 --db results.sqlite \\
                  --method unet --method-version 2
              segbench score ref.nii.gz pred.nii.gz --region wt=1,2,3 tc=1,3 et=3 \\
                  --labels 1 2 3 --lesion-wise --panoptic iou
            (the last: BraTS 2023's lesion-wise Dice and HD95, panoptica's PQ)
            """
    )

    @Argument(help: "The reference (ground-truth) label map, or a folder of them.")
    var reference: String

    @Argument(help: "The predicted label map, or a folder of them.")
    var prediction: String

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Labels to score, space- or comma-separated (default: every label in either map, or dataset.json's).", valueName: "1 2 3"))
    var labels: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("A region scored as one mask, NAME=LABELS; give several or repeat.", valueName: "wt=1,2,4"))
    var region: [String] = []

    @OptionGroup var tolerances: ToleranceOptions

    @Option(help: ArgumentHelp("nnU-Net v2's dataset.json: label names and values, regions, ignore_label, file_ending.", valueName: "path"),
            completion: .file(extensions: ["json"]))
    var datasetJson: String?

    @Flag(help: "When the prediction's grid is the reference's with its axes permuted or flipped, reorient the prediction onto the reference's grid (and say so) instead of refusing it.")
    var reorientPrediction = false

    @Option(help: "Output: table (for people), json (one object per label), csv.")
    var format: OutputFormat = .table

    @Flag(help: "Print how long reading and scoring took, on stderr.")
    var timings = false

    @OptionGroup(title: "Lesion-wise, instance and topology metrics")
    var more: ExtendedMetricOptions

    @OptionGroup(title: "Folders")
    var folder: FolderOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
        var scoreFormat: ScoreFormat { ScoreFormat(rawValue: rawValue)! }
    }

    func validate() throws {
        if datasetJson != nil, !labels.isEmpty || !region.isEmpty {
            throw ValidationError("--dataset-json names the labels and regions to score; leave out --labels and --region")
        }
        _ = try parsedStructures()
        if !isFolderPair {
            if let option = folder.optionsGiven.first {
                throw ValidationError("\(option) applies to folders; \(reference) and \(prediction) are files")
            }
        }
        if let jobs = folder.jobs, jobs < 1 { throw ValidationError("--jobs takes a positive number of workers (got \(jobs))") }
    }

    /// Whether the arguments name folders (either one does; a mix is reported when scoring).
    var isFolderPair: Bool { FolderPairing.isFolder(reference) || FolderPairing.isFolder(prediction) }

    var scoringOptions: ScoringOptions {
        get throws {
            let dataset = try nnunetDataset()
            return ScoringOptions(structures: try dataset?.structures ?? parsedStructures(), addingPresentLabels: dataset == nil && labels.isEmpty,
                                  tolerances: try tolerances.values(), extended: more.extended, ignoreLabel: dataset?.ignoreLabel,
                                  reorientPrediction: reorientPrediction, names: dataset?.names ?? [:])
        }
    }

    /// --dataset-json, read as nnU-Net reads it.
    func nnunetDataset() throws -> NNUNetDataset? {
        guard let datasetJson else { return nil }
        do { return try NNUNetDataset.load(datasetJson) } catch let error as NNUNetDatasetError { throw CommandFailure(error.description) }
    }


    /// --labels as one text, for messages ("" when not given).
    var labelsText: String { ListOption.values(labels).joined(separator: ",") }

    func parsedStructures() throws -> [Structure]? {
        var structures: [Structure] = []
        if !labels.isEmpty {
            structures += try parseLabelList(labelsText, option: "--labels").map(Structure.label)
        }
        for spec in region {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--region takes NAME=LABELS, e.g. wt=1,2,4 (got '\(spec)')")
            }
            let labels = try parseLabelList(parts[1], option: "--region \(parts[0])")
            guard UInt8(parts[0]) == nil else {
                throw ValidationError("--region \(spec): a region's name cannot be a label value (label \(parts[0]) is scored under that name)")
            }
            let new = Structure.region(parts[0], labels)
            // Each structure is one row of the store and one key of summary.json (a region's key
            // is its label tuple): two with one name or one label set would collide after scoring.
            if let twin = structures.first(where: { $0.isRegion && ($0.name == new.name || $0.labels == new.labels) }) {
                throw ValidationError(twin.name == new.name
                    ? "--region \(new.name) is given twice (\(twin) and \(new)); give each region a name of its own"
                    : "--region \(new.name) and --region \(twin.name) are the same labels (\(new.labels.map(String.init).joined(separator: ",")))")
            }
            structures.append(new)
        }
        if !labels.isEmpty {
            let values = structures.filter { !$0.isRegion }.map(\.name)
            if let repeated = values.first(where: { value in values.count { $0 == value } > 1 }) {
                throw ValidationError("--labels \(labelsText): label \(repeated) is given twice")
            }
        }
        return labels.isEmpty && region.isEmpty ? nil : structures
    }

    func parseLabelList(_ text: String, option: String) throws -> [UInt8] {
        let values = text.split(separator: ",").map { UInt8($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! > 0 }) else {
            throw ValidationError("\(option) takes label values 1...255 separated by spaces or commas (got '\(text)')")
        }
        return values.map { $0! }
    }

    func run() throws {
        if isFolderPair { return try scoreFolders() }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            // Both files at once; the reference's error, if any, is reported first.
            let (referenceRead, predictionRead) = NIfTI.readLabelPair(self.reference, self.prediction)
            let reference = try referenceRead.get()
            let prediction = try predictionRead.get()
            let read = clock.now
            let options = try scoringOptions
            let prepared = try PairPreparation.prepare(reference: reference, prediction: prediction, options: options)
            if let note = prepared.reoriented { printError("\(self.prediction): prediction reoriented onto the reference grid: \(note)") }
            // Regions without --labels are scored next to every label present.
            let scores = try Evaluator.score(reference: prepared.reference, prediction: prepared.prediction, structures: options.structures,
                                             addingPresentLabels: options.addingPresentLabels, tolerances: options.tolerances, extended: options.extended)
            let scored = clock.now
            print(format.scoreFormat.render(scores, tolerances: options.tolerances, names: options.names), terminator: "")
            if timings {
                printError("read \(ms(read - start)) ms, metrics \(ms(scored - read)) ms")
            }
        } catch let error as NIfTIError {
            throw CommandFailure(error.description)
        } catch let error as GridMismatch {
            throw CommandFailure("\(self.reference) and \(self.prediction): \(error.description)")
        }
    }

    func ms(_ d: Duration) -> String {
        String(format: "%.1f", d.seconds * 1000)
    }
}

/// `--tolerances 1 2` or `--tolerances 1,2`: NSD tolerances in millimetres.
func parseTolerances(_ given: [String]) throws -> [Double] {
    let text = ListOption.values(given).joined(separator: ",")
    let values = ListOption.values(given).map { Double($0) }
    guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else {
        throw ValidationError("--tolerances takes non-negative millimetres separated by spaces or commas, e.g. 1 2 (got '\(text)')")
    }
    return values.map { $0! }
}

/// One line on stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// A failure the user can act on: printed as one clear message, exit status 1, no stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
