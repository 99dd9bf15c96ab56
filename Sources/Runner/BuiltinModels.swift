import Baselines
import Catalog
import Foundation
import NIfTI

/// The builtin baselines behind one interface: fit on the training cases and keep the model as
/// JSON in the run's folder; load it and predict one image.
enum BuiltinModels {
    /// Bumped whenever a baseline's algorithm changes what it predicts: a new version, new runs.
    static func version(_ baseline: BuiltinBaseline) -> String {
        switch baseline {
        case .probabilisticAtlas: "atlas-1"
        case .intensityModel: "intensity-1"
        }
    }

    static func fit(_ baseline: BuiltinBaseline, cases: [TrainingCase], labels: [UInt8], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data: Data = switch baseline {
        case .probabilisticAtlas: try encoder.encode(ProbabilisticAtlas.fit(cases, labels: labels))
        case .intensityModel: try encoder.encode(IntensityModel.fit(cases, labels: labels))
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func load(_ baseline: BuiltinBaseline, from path: String) throws -> any Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw RunError("\(path): the trained model is missing") }
        do {
            switch baseline {
            case .probabilisticAtlas: return try JSONDecoder().decode(ProbabilisticAtlas.self, from: data)
            case .intensityModel: return try JSONDecoder().decode(IntensityModel.self, from: data)
            }
        } catch {
            throw RunError("\(path): not a trained \(baseline.rawValue) model (\(error)); delete it to train again")
        }
    }
}
