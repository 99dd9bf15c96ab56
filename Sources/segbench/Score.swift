import ArgumentParser
import Foundation
import Harness
import Metrics
import NIfTI
import Store

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score predictions against references: one pair of files, or a folder of each.",
        discussion: """
            Files must be label maps (.nii or .nii.gz) on the same voxel grid. Every label found in \
            either map is scored unless --labels names them; --region adds a set of labels scored as \
            one mask.

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
              segbench score ref.nii.gz pred.nii.gz --region wt=1,2,3 --region tc=1,3 --region et=3 --format json
              segbench score labelsTs/ predictions/ --labels 1,2,3 --db results.sqlite --method unet --method-version 2
              segbench score ref.nii.gz pred.nii.gz --region wt=1,2,3 --region tc=1,3 --region et=3 --labels 1,2,3 \\
                  --lesion-wise --panoptic iou          (BraTS 2023's lesion-wise Dice and HD95, panoptica's PQ)
            """
    )

    @Argument(help: "The reference (ground-truth) label map, or a folder of them.")
    var reference: String

    @Argument(help: "The predicted label map, or a folder of them.")
    var prediction: String

    @Option(help: ArgumentHelp("Labels to score, comma-separated (default: every label in either map).", valueName: "1,2,3"))
    var labels: String?

    @Option(help: ArgumentHelp("A region scored as one mask, NAME=LABELS; repeat for more.", valueName: "wt=1,2,4"))
    var region: [String] = []

    @Option(help: ArgumentHelp("NSD tolerances in millimetres, comma-separated.", valueName: "1,2"))
    var tolerance: String = "1,2"

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
        _ = try parsedStructures()
        _ = try parsedTolerances()
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
            ScoringOptions(structures: try parsedStructures(), addingPresentLabels: labels == nil, tolerances: try parsedTolerances(),
                           extended: more.extended)
        }
    }

    func parsedTolerances() throws -> [Double] { try parseTolerances(tolerance) }

    func parsedStructures() throws -> [Structure]? {
        var structures: [Structure] = []
        if let labels {
            structures += try parseLabelList(labels, option: "--labels").map(Structure.label)
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
        if let labels {
            let values = structures.filter { !$0.isRegion }.map(\.name)
            if let repeated = values.first(where: { value in values.count { $0 == value } > 1 }) {
                throw ValidationError("--labels \(labels): label \(repeated) is given twice")
            }
        }
        return labels == nil && region.isEmpty ? nil : structures
    }

    func parseLabelList(_ text: String, option: String) throws -> [UInt8] {
        let values = text.split(separator: ",").map { UInt8($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! > 0 }) else {
            throw ValidationError("\(option) takes label values 1...255 separated by commas (got '\(text)')")
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
            let tolerances = try parsedTolerances()
            // Regions without --labels are scored next to every label present.
            let scores = try Evaluator.score(reference: reference, prediction: prediction, structures: try parsedStructures(),
                                             addingPresentLabels: labels == nil, tolerances: tolerances, extended: more.extended)
            let scored = clock.now
            print(format.scoreFormat.render(scores, tolerances: tolerances), terminator: "")
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

/// `--tolerance 1,2`: NSD tolerances in millimetres.
func parseTolerances(_ text: String) throws -> [Double] {
    let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else {
        throw ValidationError("--tolerance takes non-negative millimetres separated by commas, e.g. 1,2 (got '\(text)')")
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
