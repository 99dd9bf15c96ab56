import Foundation
import NIfTI

/// The metrics a caller asks for beyond the voxel-level ones, per structure: lesion-wise
/// (BraTS 2023), instance-level (panoptic quality), topological (clDice) and boundary IoU.
///
/// ```swift
/// let scores = try Evaluator.score(reference: ref, prediction: pred, structures: regions,
///                                  extended: ExtendedMetrics(lesionWise: .brats2023, panoptic: .iou))
/// print(scores[0].lesionWise?.dice, scores[0].panoptic?.pq)
/// ```
public struct ExtendedMetrics: Sendable, Hashable {
    public var lesionWise: LesionWiseDefinition?
    public var panoptic: InstanceMatching?
    /// clDice, for the structures named here (`nil`: none; empty: every structure).
    public var centreline: Set<String>?
    /// Boundary IoU band width (mm).
    public var boundaryWidth: Double?

    public init(lesionWise: LesionWiseDefinition? = nil, panoptic: InstanceMatching? = nil,
                centreline: Set<String>? = nil, boundaryWidth: Double? = nil) {
        self.lesionWise = lesionWise
        self.panoptic = panoptic
        self.centreline = centreline
        self.boundaryWidth = boundaryWidth
    }

    public static let none = ExtendedMetrics()

    /// Everything either asks for (`self`'s parameters where both ask for one metric).
    public func union(_ other: ExtendedMetrics) -> ExtendedMetrics {
        ExtendedMetrics(lesionWise: lesionWise ?? other.lesionWise, panoptic: panoptic ?? other.panoptic,
                        centreline: centreline.map { $0.union(other.centreline ?? []) } ?? other.centreline,
                        boundaryWidth: boundaryWidth ?? other.boundaryWidth)
    }
    public var isEmpty: Bool { self == .none }

    func wantsCentreline(_ structure: Structure) -> Bool {
        centreline.map { $0.isEmpty || $0.contains(structure.name) } ?? false
    }

    /// Adds what is asked for to `score`, from the structure's two masks cut out of the maps.
    func apply(to score: inout StructureScore, reference: LabelMap, prediction: LabelMap, box: BoundingBox?) {
        score.extended = self
        let margin = lesionWise.map(LesionWise.margin) ?? 0
        let crop = StructureCrop(reference: reference, prediction: prediction, structure: score.structure, box: box, margin: margin)
        let whole = score
        // The prediction's 26-connected components serve both instance views.
        let predicted = crop.flatMap { c in
            lesionWise?.connectivity == .vertices || panoptic != nil
                ? ConnectedComponents.label(c.prediction, shape: c.shape, connectivity: .vertices) : nil
        }
        if let definition = lesionWise {
            score.lesionWise = crop.map { LesionWise.score($0, definition, whole: whole, predicted: definition.connectivity == .vertices ? predicted : nil) }
                ?? LesionWiseScore(lesions: [], falsePositives: [], definition: definition)
        }
        if let matching = panoptic {
            score.panoptic = crop.map { Panoptic.score($0, matching: matching, whole: whole, predicted: predicted) }
                ?? PanopticScore(referenceInstances: 0, predictionInstances: 0, pairs: [])
        }
        if wantsCentreline(score.structure) { score.centrelineDice = crop.flatMap(CentrelineDice.score) }
        if let width = boundaryWidth { score.boundaryIoU = crop.flatMap { BoundaryIoU.score($0, width: width) } }
    }
}

extension ExtendedMetrics {
    /// As a run's options record it (`ScoringOptions.canonicalJSON`), members in a fixed order:
    /// `{"lesion_wise": {"volume_threshold_mm3": 50, "dilation": 3, "connectivity": 26,
    /// "hd95_penalty_mm": 374}, "panoptic": "iou", "cldice": ["aorta"], "boundary_iou_mm": 1}`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let d = lesionWise {
            members.append(("lesion_wise", .object([
                ("volume_threshold_mm3", .number(d.volumeThreshold)), ("dilation", .integer(d.dilation)),
                ("connectivity", .integer(d.connectivity.rawValue)), ("hd95_penalty_mm", .number(d.hd95Penalty)),
            ])))
        }
        if let panoptic { members.append(("panoptic", .string(panoptic.rawValue))) }
        if let centreline { members.append(("cldice", .array(centreline.sorted().map(JSONValue.string)))) }
        if let boundaryWidth { members.append(("boundary_iou_mm", .number(boundaryWidth))) }
        return .object(members)
    }

    /// Reads `json`'s form back (from `JSONSerialization`'s objects); unknown members are
    /// ignored, a malformed known member gives `nil` for it.
    public init(jsonObject object: [String: Any]) {
        self.init()
        func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }
        if let d = object["lesion_wise"] as? [String: Any] {
            let defaults = LesionWiseDefinition.brats2023
            lesionWise = LesionWiseDefinition(
                volumeThreshold: number(d["volume_threshold_mm3"]) ?? defaults.volumeThreshold,
                dilation: number(d["dilation"]).map { Int($0) } ?? defaults.dilation,
                connectivity: number(d["connectivity"]).flatMap { Connectivity(rawValue: Int($0)) } ?? defaults.connectivity,
                hd95Penalty: number(d["hd95_penalty_mm"]) ?? defaults.hd95Penalty)
        }
        panoptic = (object["panoptic"] as? String).flatMap(InstanceMatching.init(rawValue:))
        centreline = (object["cldice"] as? [Any]).map { Set($0.compactMap { $0 as? String }) }
        boundaryWidth = number(object["boundary_iou_mm"])
    }
}
