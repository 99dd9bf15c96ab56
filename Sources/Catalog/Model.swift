/// The catalog: what datasets.json describes, as plain values.
///
/// ```swift
/// let catalog = try Catalog.load("datasets.json")
/// let cases = try CaseDiscovery.cases(of: catalog.datasets["BTCV"]!, root: "/data")
/// let split = try catalog.resolve("xmod_btcvct_to_chaost2", root: "/data")
/// print(split.train.count, split.test.count)
/// ```
public struct Catalog: Sendable {
    public var labelSpaces: [String: LabelSpace]
    public var datasets: [String: Dataset]
    public var holdouts: [String: Holdout]
    public var splits: [String: Split]
    /// Where the catalog was read from (for messages).
    public var source: String

    public init(labelSpaces: [String: LabelSpace], datasets: [String: Dataset], holdouts: [String: Holdout], splits: [String: Split], source: String) {
        self.labelSpaces = labelSpaces
        self.datasets = datasets
        self.holdouts = holdouts
        self.splits = splits
        self.source = source
    }
}

/// A label space shared by several datasets: names, values, groups and regions.
public struct LabelSpace: Sendable {
    public var name: String
    public var labels: [String: Int]
    public var displayNames: [String: String]
    public var synonyms: [String: [String]]
    /// A region is a set of labels scored as one mask (BraTS WT, TC, ET).
    public var regions: [String: [String]]
    /// Named lists of labels or regions to score together (`core4`, `shared12`, BraTS `regions`).
    public var groups: [String: [String]]
    public var colors: [String: String]

    /// The name a person reads: the display name, else the canonical name.
    public func displayName(_ name: String) -> String { displayNames[name] ?? name.replacingOccurrences(of: "_", with: " ") }
}

/// One published dataset, in its real layout under a data root.
public struct Dataset: Sendable {
    public var name: String
    public var description: String
    public var anatomy: String
    /// `nifti` or `dicom+png`.
    public var sourceFormat: String
    public var channelNames: [String: String]
    public var labelSpace: String
    /// Native label value → name in the label space (NIfTI label maps). Where ground truth is
    /// decoded (CHAOS PNG grey levels), ingest writes label maps in the label space's values,
    /// so the map is the identity on the decoded names.
    public var labelMap: [Int: String]
    /// The inverse of `labelMap`: label name → native value (the lowest, where two values share
    /// a name).
    public var labelValues: [String: UInt8] {
        Dictionary(labelMap.map { ($0.value, UInt8($0.key)) }, uniquingKeysWith: min)
    }
    /// How non-NIfTI ground truth decodes (CHAOS PNG grey levels).
    public var decoders: [String: LabelDecoder]
    public var metadataCSV: MetadataCSV?
    public var collections: [Collection]
    /// The metrics beyond the voxel level that runs testing on this dataset compute (a
    /// challenge's lesion-wise rules, for one); `nil`: none.
    public var extendedMetrics: ExtendedMetricsSpec? = nil
}

/// `"extended_metrics"` of a dataset, as written: the same members as a run's options record
/// (`{"lesion_wise": {"volume_threshold_mm3": 50, "dilation": 3, "connectivity": 26,
/// "hd95_penalty_mm": 374}, "panoptic": "iou", "cldice": ["aorta"], "boundary_iou_mm": 1}`).
public struct ExtendedMetricsSpec: Sendable, Hashable {
    public struct LesionWise: Sendable, Hashable {
        public var volumeThreshold: Double
        public var dilation: Int
        public var connectivity: Int
        public var hd95Penalty: Double
    }
    public var lesionWise: LesionWise?
    /// `iou` or `bipartite`.
    public var panoptic: String?
    /// Structure names (labels or regions of the label space).
    public var centreline: [String]?
    public var boundaryWidth: Double?
}

/// A group of cases that share one layout: `RawData/Training/img/img{id}.nii.gz` and its label.
public struct Collection: Sendable {
    public var name: String
    public var officialSplit: String
    /// Patterns over the placeholders of the layout (`btcv_{id}`, `chaos_mr_{patient}`).
    public var caseID: String
    public var subject: String
    /// Per channel index: a file or a DICOM series folder, as a pattern relative to the root.
    public var images: [String: ImageSource]
    public var label: LabelSource
    /// The labels this collection's ground truth annotates; others are not scored, never counted as background.
    public var annotated: Annotated
    public var acquisition: [String: AcquisitionRule]
}

public enum ImageSource: Sendable, Hashable {
    case file(String)
    case dicomSeries(String)
    public var pattern: String {
        switch self { case .file(let p), .dicomSeries(let p): p }
    }
}

public enum LabelSource: Sendable, Hashable {
    case file(String)
    /// One PNG per slice in a folder, decoded with a named decoder, stacked in the given order.
    case pngStack(folder: String, decoder: String, sliceOrder: String)
    public var pattern: String {
        switch self { case .file(let p): p; case .pngStack(let folder, _, _): folder }
    }
}

public enum Annotated: Sendable, Hashable {
    /// Every label of the dataset's label map.
    case allMapped
    case names([String])
}

/// Where one acquisition field's value comes from, and how sure that is.
public struct AcquisitionRule: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case value(String)
        /// A value by range of the numeric case id (AMOS: id ≤ 500 is CT).
        case idRanges([IDRange])
        /// A DICOM tag read at ingest, `0008,1090`.
        case dicomTag(String)
    }
    public var source: Source
    /// `csv`, `dicom-tag`, `folder`, `documented-global` or `inferred`.
    public var provenance: String
}

public struct IDRange: Sendable, Hashable {
    public var min: Int?
    public var max: Int?
    public var value: String
}

/// Grey level ranges `(lo, hi]` → label names.
public struct LabelDecoder: Sendable, Hashable {
    public var ranges: [String: ClosedRange<Int>]

    /// The label name of a grey level, or nil for background. `(lo, hi]` is `lo+1...hi`.
    public func name(ofGrey grey: Int) -> String? {
        ranges.first { $0.value.contains(grey) }?.key
    }
}

/// A CSV beside the data that fills acquisition fields per case (AMOS's metadata table).
public struct MetadataCSV: Sendable, Hashable {
    public var path: String
    /// The column holding the numeric case id.
    public var key: String
    /// Acquisition field → column.
    public var fields: [String: String]
}

/// A seeded, subject-level hold-out of part of a dataset: the in-distribution control.
public struct Holdout: Sendable, Hashable {
    public var name: String
    public var dataset: String
    public var filters: [Filter]
    public var fraction: Double
    public var seed: UInt64
}

/// A condition on a case field: `acquisition.model` in or not in a list of values.
public struct Filter: Sendable, Hashable {
    public var field: String
    public var values: [String]
    public var negated: Bool
}

/// Cases chosen from one dataset.
public struct Selection: Sendable, Hashable {
    public enum Part: String, Sendable { case rest, heldOut = "held_out" }
    public var dataset: String
    public var filters: [Filter]
    public var holdout: String?
    public var part: Part
}

public struct Split: Sendable {
    public enum TrainingProtocol: Sendable, Hashable {
        case supervised
        /// Target labels outside the training label space: each test case comes with prompts.
        case prompted(boxJitterMillimetres: Double, seed: UInt64)
        /// `shots` labelled target subjects (seeded choice) move from the test side to training.
        case fewShot(shots: Int, seed: UInt64)

        public var name: String {
            switch self { case .supervised: "supervised"; case .prompted: "prompted"; case .fewShot(let k, _): "few_shot \(k)" }
        }
    }

    public var name: String
    /// `cross_modality`, `cross_scanner`, `cross_site`, `cross_anatomy`, `in_distribution`.
    public var type: String
    public var trainingProtocol: TrainingProtocol
    public var labelSpace: String
    public var labelGroup: String
    public var train: [Selection]
    public var test: [Selection]
    /// The in-distribution split whose score this split's drop is measured from.
    public var control: String?
    public var precedent: String
}

/// The acquisition fields a split may filter on.
public enum AcquisitionField {
    public static let all = ["modality", "sequence", "manufacturer", "model", "site", "field_strength_T", "contrast_phase", "sex", "age"]
    public static let provenances = ["csv", "dicom-tag", "folder", "documented-global", "inferred"]
}
