import NIfTI

/// Reference/prediction pairs shaped like the cases SegBench is built for: organ-like
/// ellipsoids on an anisotropic CT grid, and a nested brain tumour on a 1 mm MR grid, each
/// prediction wrong in a known way (a shift, a dilation, a missed and a spurious structure).
public enum ExamplePairs {
    /// An abdominal CT-like pair: `scale` 1 is 512×512×200 at 0.8×0.8×2.5 mm with eight organs
    /// (the size of the speed targets); smaller scales shrink the grid, not the anatomy.
    public static func abdomen(scale: Double = 1) -> (reference: LabelMap, prediction: LabelMap) {
        let shape = Shape(Int(512 * scale), Int(512 * scale), Int(200 * scale))
        let spacing = Spacing(0.8 / scale, 0.8 / scale, 2.5 / scale)
        var reference = Shapes.empty(shape, spacing: spacing)
        // label, centre (mm), semi-axes (mm): liver, spleen, kidneys, stomach, pancreas, aorta, gallbladder
        let organs: [(UInt8, [Double], [Double])] = [
            (1, [140, 170, 250], [85, 70, 75]), (2, [300, 230, 260], [45, 30, 55]),
            (3, [150, 275, 200], [25, 30, 50]), (4, [270, 285, 200], [25, 30, 50]),
            (5, [265, 150, 300], [55, 40, 50]), (6, [215, 228, 232], [60, 15, 15]),
            (7, [205, 262, 250], [11, 11, 150]), (8, [165, 125, 205], [15, 18, 30]),
        ]
        for (label, centre, radii) in organs { Shapes.paintEllipsoid(&reference, label: label, centre: centre, radii: radii) }
        var prediction = Shapes.empty(shape, spacing: spacing)
        for (label, centre, radii) in organs {
            switch label {
            case 1: Shapes.paintEllipsoid(&prediction, label: 1, centre: centre, radii: radii.map { $0 + 1.5 })
            case 2: Shapes.paintEllipsoid(&prediction, label: 2, centre: [centre[0] + 1.6, centre[1], centre[2] + 2.5], radii: radii)
            case 3: Shapes.paintEllipsoid(&prediction, label: 3, centre: centre, radii: radii.map { $0 - 1 })
            case 6: Shapes.paintEllipsoid(&prediction, label: 6, centre: [centre[0] - 6, centre[1], centre[2]], radii: [radii[0] * 0.7, radii[1], radii[2]])
            case 7: Shapes.paintEllipsoid(&prediction, label: 7, centre: [centre[0], centre[1], centre[2] - 5], radii: radii)
            default: Shapes.paintEllipsoid(&prediction, label: label, centre: centre, radii: radii.map { $0 * 1.05 })
            }
        }
        // a false-positive island of "liver" far from the liver
        Shapes.paintEllipsoid(&prediction, label: 1, centre: [350, 80, 100], radii: [7, 7, 7])
        return (reference, prediction)
    }

    /// A BraTS-like pair, 240×240×155 at 1 mm: necrosis 1, edema 2, enhancing tumour 3.
    public static func brain() -> (reference: LabelMap, prediction: LabelMap) {
        let shape = Shape(240, 240, 155)
        var reference = Shapes.empty(shape)
        Shapes.paintEllipsoid(&reference, label: 2, centre: [118, 132, 80], radii: [36, 30, 28])
        Shapes.paintEllipsoid(&reference, label: 3, centre: [122, 129, 80], radii: [18, 16, 15])
        Shapes.paintEllipsoid(&reference, label: 1, centre: [123, 129, 81], radii: [9, 8, 8])
        var prediction = Shapes.empty(shape)
        Shapes.paintEllipsoid(&prediction, label: 2, centre: [119, 132, 79], radii: [35, 31, 27])
        Shapes.paintEllipsoid(&prediction, label: 3, centre: [122, 129, 80], radii: [19, 17, 16])
        Shapes.paintEllipsoid(&prediction, label: 1, centre: [124, 129, 82], radii: [9, 8, 8])
        Shapes.paintEllipsoid(&prediction, label: 3, centre: [60, 60, 100], radii: [3, 3, 3])
        return (reference, prediction)
    }
}

extension ExamplePairs {
    /// The `aniso_multi` case of the peers' `make_cases.py synthetic`, rebuilt voxel for voxel:
    /// 128×128×48 at 0.8×0.8×2.5 mm with one edge case per label — 1 shifted 2 voxels along x,
    /// 2 dilated by one voxel, 3 missed, 4 spurious, 5 absent from both, 6 one voxel against one
    /// voxel two slices away, 7 a slab on the image edge grown by two voxels.
    public static func anisotropicEdgeCases() -> (reference: LabelMap, prediction: LabelMap) {
        let shape = Shape(128, 128, 48), spacing = Spacing(0.8, 0.8, 2.5)
        var reference = Shapes.empty(shape, spacing: spacing), prediction = Shapes.empty(shape, spacing: spacing)
        var sphere = Shapes.empty(shape, spacing: spacing)
        Shapes.paintEllipsoid(&sphere, label: 1, centre: [32, 32, 60], radii: [12, 12, 12])
        let moved = Shapes.shifted(sphere, by: [2, 0, 0])
        var ellipsoid = Shapes.empty(shape, spacing: spacing)
        Shapes.paintEllipsoid(&ellipsoid, label: 2, centre: [70, 72, 60], radii: [20, 12, 15])
        let grown = Shapes.dilated(ellipsoid, label: 2)
        for i in reference.voxels.indices {
            if sphere.voxels[i] == 1 { reference.voxels[i] = 1 }
            if ellipsoid.voxels[i] == 2 { reference.voxels[i] = 2 }
            if moved.voxels[i] == 1 { prediction.voxels[i] = 1 }
            if grown.voxels[i] == 2 { prediction.voxels[i] = 2 }
        }
        Shapes.paintEllipsoid(&reference, label: 3, centre: [30, 80, 60], radii: [6, 6, 7.5])
        Shapes.paintEllipsoid(&prediction, label: 4, centre: [80, 20, 80], radii: [4, 4, 5])
        reference[100, 20, 10] = 6
        prediction[100, 20, 12] = 6
        Shapes.paintBox(&reference, label: 7, lower: [0, 100, 30], upper: [10, 120, 40])
        Shapes.paintBox(&prediction, label: 7, lower: [0, 100, 30], upper: [12, 120, 40])
        return (reference, prediction)
    }
}
