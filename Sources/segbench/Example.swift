import ArgumentParser
import Fixtures
import Foundation
import NIfTI

struct Example: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an example reference/prediction pair to score.",
        discussion: """
            abdomen: a CT-like pair with eight organs (0.8×0.8×2.5 mm at --scale 1: 512×512×200); \
            brain: a BraTS-like pair (240×240×155, 1 mm; necrosis 1, edema 2, enhancing tumour 3). \
            Each prediction is wrong in a known way: shifts, dilations, a far false-positive island.
            """
    )

    @Argument(help: "Folder to write reference.nii.gz and prediction.nii.gz into (created if missing).")
    var folder: String

    @Option(help: "abdomen, brain, or edges (one edge case per label on an anisotropic grid).")
    var anatomy: Anatomy = .abdomen

    @Option(help: "Grid size relative to the full CT size (abdomen only).")
    var scale: Double = 0.5

    enum Anatomy: String, ExpressibleByArgument, CaseIterable { case abdomen, brain, edges }

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(folder): cannot create the folder (\(error.localizedDescription))")
        }
        let pair = switch anatomy {
        case .abdomen: ExamplePairs.abdomen(scale: scale)
        case .brain: ExamplePairs.brain()
        case .edges: ExamplePairs.anisotropicEdgeCases()
        }
        do {
            try NIfTI.write(pair.reference, to: folder + "/reference.nii.gz")
            try NIfTI.write(pair.prediction, to: folder + "/prediction.nii.gz")
        } catch let error as NIfTIError {
            throw CommandFailure(error.description)
        }
        print("wrote \(folder)/reference.nii.gz and \(folder)/prediction.nii.gz (\(pair.reference.geometry.shape), \(pair.reference.spacing) mm)")
    }
}
