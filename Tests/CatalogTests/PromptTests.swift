import Foundation
import Metrics
import NIfTI
@testable import Runner
import Testing

/// The prompted protocol's boxes, as the predict manifest carries them to a method.
@Suite("The simulated clinician's prompts")
struct PromptTests {
    /// Nested cuboids as BraTS's labels in SegBench's space values: edema 2 around ncr 1 around
    /// enhancing 3; the shape is not a cube, so an axis mix-up shows.
    static func nested() -> LabelMap {
        var map = LabelMap(geometry: Geometry(shape: Shape(30, 44, 16), spacing: Spacing(1.5, 1.5, 1.5)), repeating: 0)
        for (value, lo, hi) in [(UInt8(2), (4, 20, 3), (17, 39, 12)), (1, (7, 24, 5), (14, 34, 10)), (3, (9, 27, 6), (12, 31, 8))] {
            for k in lo.2...hi.2 { for j in lo.1...hi.1 { for i in lo.0...hi.0 { map.voxels[i + 30 * (j + 44 * k)] = value } } }
        }
        return map
    }

    @Test("A region's prompt names its labels, and without jitter its box is the region's bounding box in (i, j, k)")
    func regionPromptsNameTheirLabels() throws {
        let structures: [Structure] = [.region("wt", [1, 2, 3]), .region("tc", [1, 3]), .region("et", [3])]
        let prompts = SimulatedClinician.prompts(Self.nested(), structures: structures, labelNames: [1: "ncr", 2: "edema", 3: "enhancing"],
                                                 jitter: 0, seed: 7, caseName: "case")
        #expect(prompts["wt"]?.labels == ["ncr", "edema", "enhancing"])
        #expect(prompts["tc"]?.labels == ["ncr", "enhancing"])
        #expect(prompts["et"]?.labels == ["enhancing"])
        #expect(prompts["wt"]?.boxVoxels == [[4, 20, 3], [17, 39, 12]])
        #expect(prompts["et"]?.boxVoxels == [[9, 27, 6], [12, 31, 8]])

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-prompts-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Manifest.write(prompts, to: path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: [String: Any]])
        #expect(json["tc"]?["labels"] as? [String] == ["ncr", "enhancing"])
        #expect(json["tc"]?["box_voxels"] as? [[Int]] == [[7, 24, 5], [14, 34, 10]])
    }
}
