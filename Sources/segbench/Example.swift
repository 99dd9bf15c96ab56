import ArgumentParser
import Fixtures
import Foundation
import NIfTI

struct Example: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "example",
        abstract: "Write an example reference/prediction pair to score.",
        discussion: """
            abdomen: a CT-like pair with eight organs (0.8×0.8×2.5 mm at --scale 1: 512×512×200); \
            brain: a BraTS-like pair (240×240×155, 1 mm; necrosis 1, edema 2, enhancing tumour 3). \
            Each prediction is wrong in a known way: shifts, dilations, a far false-positive island. \
            lesions: --count multi-lesion BraTS-like pairs (72×72×56) in FOLDER/case00 … with \
            missed, merged, split, sub-threshold and false-positive lesions, for lesion-wise scoring.
            """
    )

    @Argument(help: "Folder to write reference.nii.gz and prediction.nii.gz into (created if missing).")
    var folder: String

    @Option(help: "abdomen, brain, edges (one edge case per label on an anisotropic grid) or lesions.")
    var anatomy: Anatomy = .abdomen

    @Option(help: "How many pairs to write (lesions only).")
    var count: Int = LesionCases.standardCount

    @Option(help: "Grid size relative to the full CT size (abdomen only).")
    var scale: Double = 0.5

    enum Anatomy: String, ExpressibleByArgument, CaseIterable { case abdomen, brain, edges, lesions }

    func run() throws {
        switch anatomy {
        case .abdomen: try write(ExamplePairs.abdomen(scale: scale), to: folder)
        case .brain: try write(ExamplePairs.brain(), to: folder)
        case .edges: try write(ExamplePairs.anisotropicEdgeCases(), to: folder)
        case .lesions:
            guard count > 0 else { throw ValidationError("--count must be at least 1") }
            for index in 0..<count {
                try write(LesionCases.pair(index), to: folder + "/" + LesionCases.folderName(index))
            }
        }
    }

    private func write(_ pair: (reference: LabelMap, prediction: LabelMap), to folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try NIfTI.write(pair.reference, to: folder + "/reference.nii.gz")
            try NIfTI.write(pair.prediction, to: folder + "/prediction.nii.gz")
        } catch let error as NIfTIError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("\(folder): cannot create the folder (\(error.localizedDescription))")
        }
        print("wrote \(folder)/reference.nii.gz and \(folder)/prediction.nii.gz (\(pair.reference.geometry.shape), \(pair.reference.spacing) mm)")
    }
}
