import Fixtures
import Foundation
import Metrics
import NIfTI
import Testing

@Suite("Analytic cases")
struct AnalyticCases {
    @Test("a shift of k slices along the coarse axis gives HD = k × that spacing", arguments: [1, 2, 3])
    func coarseShift(k: Int) throws {
        var ref = Shapes.empty(Shape(40, 40, 24), spacing: Spacing(0.8, 0.8, 2.5))
        Shapes.paintEllipsoid(&ref, label: 1, centre: [16, 16, 30], radii: [8, 8, 20])
        let s = try scoreOne(ref, Shapes.shifted(ref, by: [0, 0, k]))
        expectClose(s.hd, Double(k) * 2.5, 1e-12)
        expectClose(s.referenceToPrediction?.max, Double(k) * 2.5, 1e-12)
    }

    @Test("nested cubes: outer corners are √3·m from the inner ones, inner faces m from the outer")
    func nestedCubes() throws {
        var inner = Shapes.empty(Shape(30, 30, 30), spacing: Spacing(1.5, 1.5, 1.5)), outer = inner
        Shapes.paintBox(&inner, label: 1, lower: [10, 10, 10], upper: [20, 20, 20])
        Shapes.paintBox(&outer, label: 1, lower: [8, 8, 8], upper: [22, 22, 22])
        let s = try scoreOne(outer, inner)
        expectClose(s.predictionToReference?.max, 2 * 1.5, 1e-12)
        expectClose(s.hd, 2 * 3.0.squareRoot() * 1.5, 1e-12)
        expectClose(s.dice, 2.0 * 1000 / Double(1000 + 14 * 14 * 14), 1e-12)
    }

    @Test("a structure touching the image edge has the edge as its surface")
    func imageEdge() throws {
        var ref = Shapes.empty(Shape(20, 20, 20), spacing: Spacing(2, 1, 1)), pred = ref
        Shapes.paintBox(&ref, label: 1, lower: [0, 0, 0], upper: [5, 20, 20])
        Shapes.paintBox(&pred, label: 1, lower: [0, 0, 0], upper: [6, 20, 20])
        let s = try scoreOne(ref, pred)
        // Every border voxel of both slabs is on an image face or on the x face; only the x faces differ, by 2 mm.
        #expect(s.hd == 2)
        #expect(s.referenceToPrediction?.count == 5 * 20 * 20 - 3 * 18 * 18)
    }

    @Test("labels come from either map unless given; a label absent from both is not applicable")
    func labelDiscovery() throws {
        var ref = Shapes.empty(Shape(10, 10, 10)), pred = ref
        ref[1, 1, 1] = 3
        pred[5, 5, 5] = 7
        #expect(try score(ref, pred).map(\.structure.name) == ["3", "7"])
        #expect(try score(ref, pred, labels: [9])[0].state == .notApplicable)
    }

    @Test("two maps on different grids are refused with both geometries")
    func gridMismatch() throws {
        let a = Shapes.empty(Shape(10, 10, 10)), b = Shapes.empty(Shape(10, 10, 11)), c = Shapes.empty(Shape(10, 10, 10), spacing: Spacing(1, 1, 1.2))
        for other in [b, c] {
            let error = #expect(throws: GridMismatch.self) { try score(a, other) }
            #expect(error?.description.contains("reference:") == true && error?.description.contains("prediction:") == true)
        }
    }

    @Test("a far false-positive island is measured exactly (point-tree fallback)")
    func farIsland() throws {
        var ref = Shapes.empty(Shape(200, 60, 20), spacing: Spacing(0.8, 0.8, 2.5))
        Shapes.paintBox(&ref, label: 1, lower: [5, 5, 5], upper: [15, 15, 15])
        var pred = ref
        pred[190, 50, 10] = 1   // (175, 35, −4) voxels from the nearest reference corner (14, 14, 14)... in mm:
        let s = try scoreOne(ref, pred)
        let dx = Double(190 - 14) * 0.8, dy = Double(50 - 14) * 0.8, dz = Double(10 - 10) * 2.5
        expectClose(s.hd, (dx * dx + dy * dy + dz * dz).squareRoot(), 1e-12)
    }

    @Test("JSON output: the documented keys, null where undefined")
    func json() throws {
        var ref = Shapes.empty(Shape(8, 8, 8)), pred = ref
        ref[2, 2, 2] = 1
        pred[2, 2, 3] = 1
        ref[6, 6, 6] = 2
        let scores = try score(ref, pred, tolerances: [1])
        let text = ScoreFormat.json.render(scores, tolerances: [1])
        let objects = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(objects.count == 2)
        for key in ["label", "state", "tp", "fp", "fn", "n_ref", "n_pred", "dice", "iou", "hd", "hd95", "assd", "nsd",
                    "hd95_pooled", "masd", "nsd_voxel", "hd95_surfel", "ref_to_pred", "pred_to_ref"] {
            #expect(objects[0][key] != nil, "missing \(key)")
        }
        // Face-adjacent voxels share four surfel corners (distance 0), the other four are 1 mm away.
        #expect(objects[0]["hd"] as? Double == 1 && (objects[0]["nsd"] as? [String: Double])?["1"] == 1)
        #expect(objects[1]["state"] as? String == "missed" && objects[1]["hd95"] is NSNull && objects[1]["dice"] as? Double == 0)
    }
}

@Suite("Surfel areas")
struct SurfelAreaCases {
    @Test("a flat face of an anisotropic grid has the area of the face it covers")
    func flatFace() throws {
        // Two slabs differing by one slice: NSD at a tolerance below the slice thickness counts only
        // the image-face surfels, whose area ratio follows from the face areas alone.
        var ref = Shapes.empty(Shape(10, 10, 10), spacing: Spacing(0.5, 0.7, 3)), pred = ref
        Shapes.paintBox(&ref, label: 1, lower: [0, 0, 0], upper: [10, 10, 4])
        Shapes.paintBox(&pred, label: 1, lower: [0, 0, 0], upper: [10, 10, 4])
        let s = try scoreOne(ref, pred)
        #expect(s.nsd?[1] == 1 && s.variants?.hd95Surfel == 0)
    }
}
