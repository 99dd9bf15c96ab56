import Foundation

/// The JSON a `command` method reads, one file per call. Keys are snake_case; paths absolute.
/// `docs/methods.md` shows a complete example of each.
enum Manifest {
    struct Label: Codable, Hashable {
        var name: String
        var value: Int
        /// The organ or region in words, as a clinician writes it ("right kidney").
        var displayName: String
    }

    /// One call's manifest: what every step shares, and its cases (`TrainCase`, `PredictCase`
    /// or `InteractCase`).
    struct Document<Case: Codable>: Codable {
        /// `train`, `predict` or `interact`.
        var step: String
        var method: String
        var split: String
        var `protocol`: String
        var labelSpace: String
        /// Interaction round (interact only; absent otherwise).
        var round: Int?
        /// The values to learn or to write: label maps hold these, background 0.
        var labels: [Label]
        /// The organ names as text, in label order.
        var organs: [String]
        /// Where training writes checkpoints; predict and interact read the same folder.
        var modelFolder: String
        var cases: [Case]
        /// The run's training seed (`--seed`, methods.json's `seeds`); absent when none was
        /// given, and then the method uses its own. Every step of a seeded run carries it.
        var seed: Int? = nil
    }

    /// `train`: a case with its label map.
    struct TrainCase: Codable {
        var `case`: String
        var dataset: String
        var subject: String
        /// Channel name → NIfTI image.
        var images: [String: String]
        /// A NIfTI label map in `labels`' values, on the grid of the images.
        var label: String
        /// The labels this case's ground truth annotates; others are unknown, not background.
        var annotated: [String]
        var acquisition: [String: String]
    }

    /// `predict`: a case without labels, and where its prediction goes.
    struct PredictCase: Codable {
        var `case`: String
        var dataset: String
        var subject: String
        var images: [String: String]
        var acquisition: [String: String]
        /// Write the prediction here: NIfTI, the grid of the first image, values from `labels`.
        var output: String
        /// Optionally write free text to keep with the prediction here (JSON).
        var sidecar: String
        /// Under the prompted protocol: per structure present in the case, a box and a point.
        var prompts: [String: Prompt]?
    }

    /// A box around a structure (voxel indices, inclusive, jittered) and one voxel inside it.
    /// Prompts are keyed by the split's structures, which may be regions (BraTS's "wt"), so
    /// `labels` names the manifest's labels whose union the structure is (["ncr", "edema",
    /// "enhancing"]); without it a method could not tell what to write for a region's box.
    struct Prompt: Codable, Hashable {
        var boxVoxels: [[Int]]
        var pointVoxel: [Int]
        var boxJitterMm: Double
        var labels: [String]
    }

    /// `interact`: per case the previous prediction and a correction in plain words.
    struct InteractCase: Codable {
        var `case`: String
        var dataset: String
        var images: [String: String]
        var previousPrediction: String
        var correction: String
        var output: String
        var sidecar: String
    }

    static func write<T: Encodable>(_ manifest: T, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
