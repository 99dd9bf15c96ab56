import Foundation

/// A method at one version: the identity every stored number is traced back to.
public struct MethodVersion: Sendable, Hashable, Codable {
    /// The method's name in methods.json, or the name given to a folder of predictions.
    public var name: String
    /// `builtin`, `command` or `predictions`.
    public var kind: String
    /// The method's own version string.
    public var version: String
    /// SHA-256 of the resolved configuration.
    public var configurationChecksum: String
    /// SHA-256 of the checkpoint files, or of the prediction files for a `predictions` method.
    public var checkpointChecksum: String

    public init(name: String, kind: String, version: String, configurationChecksum: String, checkpointChecksum: String) {
        self.name = name
        self.kind = kind
        self.version = version
        self.configurationChecksum = configurationChecksum
        self.checkpointChecksum = checkpointChecksum
    }
}

/// What a run is: a method version on a split under a set of options. Two runs with the same
/// description are the same run; starting it again continues it.
public struct RunDescription: Sendable, Hashable {
    public var method: MethodVersion
    public var split: String
    public var dataset: String
    /// The options that change the numbers (labels, regions, tolerances), as JSON text.
    public var options: String
    public var optionsChecksum: String
    public var segbenchVersion: String
    public var host: String

    public init(method: MethodVersion, split: String, dataset: String, options: String, optionsChecksum: String,
                segbenchVersion: String, host: String) {
        self.method = method
        self.split = split
        self.dataset = dataset
        self.options = options
        self.optionsChecksum = optionsChecksum
        self.segbenchVersion = segbenchVersion
        self.host = host
    }

    /// The member of `options` that holds a run's training seed (absent: the method's own).
    /// The seed lives in the options, not a column of its own, because it makes the run another
    /// run: its checksum is part of the run's identity, as every other option's is.
    public static let trainingSeedKey = "training_seed"

    /// The whole number under `key` in a run's `options` (JSON), nil when absent.
    public static func integerOption(_ key: String, in options: String) -> Int? {
        let object = (try? JSONSerialization.jsonObject(with: Data(options.utf8))) as? [String: Any]
        return (object?[key] as? NSNumber)?.intValue
    }
}

/// A reference case: which file, with which content, on which grid.
public struct CaseDescription: Sendable, Hashable {
    public var dataset: String
    public var name: String
    public var subject: String?
    public var referencePath: String
    public var referenceChecksum: String
    /// Voxels per axis, and millimetres per voxel; `nil` when the reference could not be read.
    public var shape: [Int]?
    public var spacing: [Double]?
    /// Voxel count of every label the reference holds (background excluded).
    public var labelVoxels: [Int: Int]?
    /// Acquisition fields (modality, scanner, …) as JSON text.
    public var acquisition: String?

    /// The image diagonal `√Σ(nᵢ·sᵢ)²` in millimetres (the `segbench` policy's distance for a
    /// miss), summed in axis order as `Geometry.diagonalMillimetres` sums it; nil without a grid.
    public var diagonal: Double? { Self.diagonal(shape: shape, spacing: spacing) }

    static func diagonal(shape: [Int]?, spacing: [Double]?) -> Double? {
        guard let shape, let spacing, shape.count == 3, spacing.count == 3 else { return nil }
        let x = Double(shape[0]) * spacing[0], y = Double(shape[1]) * spacing[1], z = Double(shape[2]) * spacing[2]
        return (x * x + y * y + z * z).squareRoot()
    }

    public init(dataset: String, name: String, subject: String? = nil, referencePath: String, referenceChecksum: String,
                shape: [Int]? = nil, spacing: [Double]? = nil, labelVoxels: [Int: Int]? = nil, acquisition: String? = nil) {
        self.dataset = dataset
        self.name = name
        self.subject = subject
        self.referencePath = referencePath
        self.referenceChecksum = referenceChecksum
        self.shape = shape
        self.spacing = spacing
        self.labelVoxels = labelVoxels
        self.acquisition = acquisition
    }
}

/// The scores of one structure of one case.
public struct ScoreRecord: Sendable, Hashable {
    /// `"3"` for a label, the region's name for a region.
    public var structure: String
    public var labels: [Int]
    /// `scored`, `not_applicable`, `missed` or `spurious`.
    public var state: String
    public var tp: Int, fp: Int, fn: Int
    public var nReference: Int, nPrediction: Int
    /// Every defined metric value by its stored name (`dice`, `hd95`, `nsd@1`, …); undefined
    /// values are absent.
    public var metrics: [String: Double]
    /// Lesion-wise scoring's rows: each reference lesion and each false-positive component
    /// (empty unless the run asked for lesion-wise metrics).
    public var lesions: [LesionRecord]

    public init(structure: String, labels: [Int], state: String, tp: Int, fp: Int, fn: Int,
                nReference: Int, nPrediction: Int, metrics: [String: Double], lesions: [LesionRecord] = []) {
        self.lesions = lesions
        self.structure = structure
        self.labels = labels
        self.state = state
        self.tp = tp
        self.fp = fp
        self.fn = fn
        self.nReference = nReference
        self.nPrediction = nPrediction
        self.metrics = metrics
    }
}

/// One reference lesion, or one predicted component that matched none, of a structure of a
/// case: what lets a report re-aggregate lesion-wise scores under another volume threshold.
public struct LesionRecord: Sendable, Hashable {
    public enum Kind: String, Sendable { case lesion, falsePositive = "false_positive" }
    public var kind: Kind
    /// 1, 2, … within its kind, in the scorer's component order.
    public var number: Int
    public var voxels: Int
    /// mm³.
    public var volume: Double
    /// Above the volume threshold the run scored with (a false positive always counts).
    public var counted: Bool
    /// Predicted components matching the lesion (0: missed; 0 for a false positive).
    public var matchedComponents: Int
    public var dice: Double
    public var hd95: Double

    public init(kind: Kind, number: Int, voxels: Int, volume: Double, counted: Bool, matchedComponents: Int, dice: Double, hd95: Double) {
        self.kind = kind
        self.number = number
        self.voxels = voxels
        self.volume = volume
        self.counted = counted
        self.matchedComponents = matchedComponents
        self.dice = dice
        self.hd95 = hd95
    }
}

/// Why a case has no scores.
public struct FailureRecord: Sendable, Hashable {
    /// A short machine-readable reason: `missing_prediction`, `grid_mismatch`,
    /// `unreadable_prediction`, `unreadable_reference`, `method_failed`, `timeout`, …
    public var kind: String
    /// The message a person reads: names the files and the problem.
    public var message: String
    public var exitStatus: Int?
    public var stderrTail: String?

    public init(kind: String, message: String, exitStatus: Int? = nil, stderrTail: String? = nil) {
        self.kind = kind
        self.message = message
        self.exitStatus = exitStatus
        self.stderrTail = stderrTail
    }
}

/// One finished case of a run: its scores, or its failure.
public struct CaseResult: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case scores([ScoreRecord])
        case failure(FailureRecord)
    }

    public var caseDescription: CaseDescription
    public var predictionPath: String?
    public var predictionChecksum: String?
    /// Free text the method asked to keep with this prediction (its JSON sidecar).
    public var sidecar: String?
    /// Wall time spent on this case (reading, scoring).
    public var seconds: Double
    public var outcome: Outcome
    /// SHA-256 over the case's input files (images and label), when the runner knows them: a
    /// stored case is re-run only when this changes.
    public var inputChecksum: String?
    /// When it was stored (as read back; a new result takes the time it is recorded).
    public var recordedAt: Date?

    public init(caseDescription: CaseDescription, predictionPath: String?, predictionChecksum: String?, sidecar: String? = nil,
                seconds: Double, outcome: Outcome, inputChecksum: String? = nil, recordedAt: Date? = nil) {
        self.caseDescription = caseDescription
        self.predictionPath = predictionPath
        self.predictionChecksum = predictionChecksum
        self.sidecar = sidecar
        self.seconds = seconds
        self.outcome = outcome
        self.inputChecksum = inputChecksum
        self.recordedAt = recordedAt
    }

    public var failure: FailureRecord? {
        if case .failure(let f) = outcome { return f }
        return nil
    }

    public var scores: [ScoreRecord] {
        if case .scores(let s) = outcome { return s }
        return []
    }
}

/// A stored run, as `segbench runs list` shows it.
public struct RunSummary: Sendable, Hashable {
    public var id: Int64
    public var method: MethodVersion
    public var split: String
    public var dataset: String
    public var segbenchVersion: String
    public var host: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var cases: Int
    public var failures: Int
    public var options: String
    public var optionsChecksum: String
    /// SHA-256 of what training wrote, for a method that trained.
    public var trainedChecksum: String?
    /// How many cases the run's plan holds, over all its shards (nil: not recorded).
    public var plannedCases: Int?
    /// What the method reported of its training (`method.json` of its model folder), as written.
    public var trainingReport: String?
    /// The commit of the method's folder when it is a git checkout, and whether the checkout
    /// had changes not committed (nil: not a checkout, or a builtin method).
    public var git: GitState?
    /// Free `key=value` pairs given to `segbench run --tag`.
    public var tags: [String: String] = [:]

    /// The training seed the run was given (`--seed`, methods.json's `seeds`); nil: none.
    public var trainingSeed: Int? { RunDescription.integerOption(RunDescription.trainingSeedKey, in: options) }
    /// Rounds of the simulated clinician's corrections (`--interact-rounds`; 0 when absent).
    public var interactionRounds: Int { RunDescription.integerOption("interaction_rounds", in: options) ?? 0 }

    /// The description this run was started with (what a merge re-creates it from).
    public var description: RunDescription {
        RunDescription(method: method, split: split, dataset: dataset, options: options, optionsChecksum: optionsChecksum,
                       segbenchVersion: segbenchVersion, host: host)
    }
}

/// A label space as a run scored with it: names → values, regions and groups.
public struct LabelSpaceRecord: Sendable, Hashable, Codable {
    public var name: String
    public var labels: [String: Int]
    public var regions: [String: [String]]
    public var groups: [String: [String]]
    public init(name: String, labels: [String: Int], regions: [String: [String]], groups: [String: [String]]) {
        self.name = name
        self.labels = labels
        self.regions = regions
        self.groups = groups
    }
}

/// A dataset as a run read it: its label space and native value → shared name map.
public struct DatasetRecord: Sendable, Hashable, Codable {
    public var name: String
    public var labelSpace: String
    /// Native value (as text, JSON keys) → label name in the space.
    public var labelMap: [String: String]
    public var description: String
    public init(name: String, labelSpace: String, labelMap: [String: String], description: String) {
        self.name = name
        self.labelSpace = labelSpace
        self.labelMap = labelMap
        self.description = description
    }
}

/// Where a method's code came from: its folder's git commit, and whether the checkout had
/// changes not committed when the run started.
public struct GitState: Sendable, Hashable {
    public var commit: String
    public var dirty: Bool
    public init(commit: String, dirty: Bool) {
        self.commit = commit
        self.dirty = dirty
    }
}
