import Catalog
import Foundation

/// An ellipsoidal structure in millimetres, in the anatomy frame of the phantoms: x grows
/// towards the patient's left, y anterior, z superior (the grid's LAS affine says so; see
/// `Render.grid`).
struct Blob: Sendable {
    var name: String
    var centre: SIMD3<Double>
    var radii: SIMD3<Double>
    /// Low-frequency boundary wobble: the radius at direction u is scaled by 1 + Σ aᵢ·sin(fᵢ·u + φᵢ).
    var wobble: [(amplitude: Double, frequency: SIMD3<Double>, phase: Double)] = []

    func contains(_ p: SIMD3<Double>) -> Bool {
        let d = (p - centre) / radii
        let r2 = (d * d).sum()
        guard r2 <= 1.5 else { return false }
        var scale = 1.0
        for w in wobble { scale += w.amplitude * sin((w.frequency * d).sum() + w.phase) }
        return r2 <= scale * scale
    }
}

/// Organ-shaped abdominal anatomy, varied per subject: size, position, shape, and now and then a
/// missing gallbladder (after cholecystectomy, as real cohorts have).
enum AbdomenAnatomy {
    /// The field of view (mm) every abdominal phantom covers.
    static let field = SIMD3<Double>(320, 260, 220)

    /// Canonical organ → (centre as a fraction of the field, radii in mm). Painted in this order,
    /// so later (smaller) organs win where two overlap.
    static let organs: [(String, SIMD3<Double>, SIMD3<Double>)] = [
        ("liver", [0.33, 0.55, 0.70], [70, 58, 55]),
        ("stomach", [0.63, 0.62, 0.70], [38, 28, 32]),
        ("spleen", [0.73, 0.40, 0.68], [26, 38, 42]),
        ("kidney_right", [0.36, 0.30, 0.45], [24, 20, 44]),
        ("kidney_left", [0.64, 0.30, 0.48], [24, 20, 44]),
        ("urinary_bladder", [0.50, 0.62, 0.10], [34, 26, 24]),
        ("prostate_uterus", [0.50, 0.50, 0.05], [16, 14, 14]),
        ("pancreas", [0.52, 0.50, 0.50], [44, 10, 12]),
        ("duodenum", [0.44, 0.56, 0.41], [24, 12, 12]),
        ("gallbladder", [0.38, 0.70, 0.56], [13, 13, 22]),
        ("esophagus", [0.52, 0.42, 0.93], [8, 8, 24]),
        ("adrenal_gland_right", [0.40, 0.33, 0.67], [8, 6, 10]),
        ("adrenal_gland_left", [0.60, 0.33, 0.69], [8, 6, 10]),
        ("portal_splenic_vein", [0.52, 0.53, 0.59], [34, 5, 6]),
        ("inferior_vena_cava", [0.44, 0.40, 0.50], [10, 11, 85]),
        ("aorta", [0.52, 0.36, 0.50], [10, 10, 95]),
    ]

    /// The body outline, and every organ of one subject.
    static func subject(_ rng: inout SeededGenerator) -> (body: Blob, organs: [Blob]) {
        let size = rng.uniform(0.9...1.1)
        let body = Blob(name: "body", centre: field * [0.5, 0.5, 0.5], radii: [150 * size, 115 * size, 400])
        var placed: [Blob] = []
        for (name, fraction, radii) in organs {
            if name == "gallbladder" && rng.unit() < 0.15 { continue }
            let jitter = SIMD3(rng.normal(), rng.normal(), rng.normal()) * 6
            let scale = SIMD3(rng.uniform(0.85...1.15), rng.uniform(0.85...1.15), rng.uniform(0.85...1.15)) * size
            let wobble = (0..<3).map { _ in
                (amplitude: rng.uniform(0.03...0.08), frequency: SIMD3(rng.uniform(1...3), rng.uniform(1...3), rng.uniform(1...3)),
                 phase: rng.uniform(0...(2 * .pi)))
            }
            placed.append(Blob(name: name, centre: field * fraction + jitter, radii: radii * scale, wobble: wobble))
        }
        return (body, placed)
    }
}

/// A head with a glioma: brain (white and grey matter, ventricles) and a tumour of edema, an
/// enhancing rim and a necrotic core, placed and sized per subject.
enum BrainAnatomy {
    static let field = SIMD3<Double>(144, 168, 120)

    struct Subject {
        var brain: Blob, whiteMatter: Blob, ventricles: Blob
        var edema: Blob, tumour: Blob, necrosis: Blob
    }

    static func subject(_ rng: inout SeededGenerator) -> Subject {
        let centre = field * 0.5
        let brain = Blob(name: "brain", centre: centre, radii: [62, 76, 54] * rng.uniform(0.93...1.05))
        let side = rng.unit() < 0.5 ? -1.0 : 1.0
        let t = centre + SIMD3(side * rng.uniform(18...32), rng.uniform(-25...25), rng.uniform(-10...15))
        let size = rng.uniform(0.7...1.2)
        func wobbly(_ name: String, _ c: SIMD3<Double>, _ r: SIMD3<Double>, _ rng: inout SeededGenerator) -> Blob {
            Blob(name: name, centre: c, radii: r, wobble: (0..<4).map { _ in
                (amplitude: rng.uniform(0.05...0.12), frequency: SIMD3(rng.uniform(1...4), rng.uniform(1...4), rng.uniform(1...4)),
                 phase: rng.uniform(0...(2 * .pi)))
            })
        }
        return Subject(brain: brain, whiteMatter: Blob(name: "wm", centre: centre, radii: brain.radii * 0.78),
                       ventricles: Blob(name: "csf", centre: centre + [0, 4, 6], radii: [10, 24, 10]),
                       edema: wobbly("edema", t, [26, 28, 24] * size, &rng),
                       tumour: wobbly("tumour", t + [2, -2, 1], [14, 13, 12] * size, &rng),
                       necrosis: wobbly("necrosis", t + [2, -2, 1], [7, 6, 6] * size, &rng))
    }
}
