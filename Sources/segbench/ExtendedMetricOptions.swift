import ArgumentParser
import Metrics

/// `segbench score`'s options for the metrics beyond the voxel level.
struct ExtendedMetricOptions: ParsableArguments {
    @Flag(help: "Lesion-wise Dice and HD95 per structure, as BraTS 2023 scores them, with each lesion listed.")
    var lesionWise = false

    @Option(help: ArgumentHelp("Lesion-wise: leave out reference lesions of at most this volume (BraTS GLI: 50; MET: 2).", valueName: "mm³"))
    var lesionThreshold: Double = LesionWiseDefinition.brats2023.volumeThreshold

    @Option(help: ArgumentHelp("Lesion-wise: dilations that merge nearby lesions and catch their predictions (BraTS GLI: 3; MEN, MET: 1).", valueName: "n"))
    var lesionDilation: Int = LesionWiseDefinition.brats2023.dilation

    @Option(help: ArgumentHelp("Lesion-wise: the HD95 of a missed lesion or a false positive.", valueName: "mm"))
    var lesionPenalty: Double = LesionWiseDefinition.brats2023.hd95Penalty

    @Option(help: ArgumentHelp("Lesion-wise: which voxels touch: 6 (faces), 18 (edges) or 26 (corners, BraTS).", valueName: "6|18|26"))
    var connectivity: Int = LesionWiseDefinition.brats2023.connectivity.rawValue

    @Option(help: ArgumentHelp("Panoptic quality (PQ, RQ, SQ) of 26-connected instances, matched at IoU ≥ 0.5: greedy (iou) or maximum bipartite.", valueName: "iou|bipartite"))
    var panoptic: InstanceMatching?

    @Flag(help: "clDice (centreline Dice) of every scored structure, for tubular ones.")
    var cldice = false

    @Option(help: ArgumentHelp("Boundary IoU with bands of this width around each border.", valueName: "mm"))
    var boundaryIou: Double?

    func validate() throws {
        guard Connectivity(rawValue: connectivity) != nil else { throw ValidationError("--connectivity takes 6, 18 or 26 (got \(connectivity))") }
        guard lesionThreshold >= 0, lesionThreshold.isFinite else { throw ValidationError("--lesion-threshold takes a volume ≥ 0 in mm³ (got \(lesionThreshold))") }
        guard lesionDilation >= 0 else { throw ValidationError("--lesion-dilation takes a count ≥ 0 (got \(lesionDilation))") }
        guard lesionPenalty >= 0, lesionPenalty.isFinite else { throw ValidationError("--lesion-penalty takes a distance ≥ 0 in mm (got \(lesionPenalty))") }
        if let width = boundaryIou, !(width > 0 && width.isFinite) { throw ValidationError("--boundary-iou takes a band width > 0 in mm (got \(width))") }
    }

    var extended: ExtendedMetrics {
        ExtendedMetrics(
            lesionWise: lesionWise ? LesionWiseDefinition(volumeThreshold: lesionThreshold, dilation: lesionDilation,
                                                          connectivity: Connectivity(rawValue: connectivity) ?? .vertices, hd95Penalty: lesionPenalty) : nil,
            panoptic: panoptic, centreline: cldice ? [] : nil, boundaryWidth: boundaryIou)
    }
}

extension InstanceMatching: ExpressibleByArgument {}
