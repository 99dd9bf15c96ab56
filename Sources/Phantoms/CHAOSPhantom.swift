import Catalog
import Foundation
import NIfTI
import SourceFormats

/// CHAOS as it is published: DICOM series (through dcmtk's `dump2dcm`) and ground truth as one
/// grey PNG per slice.
///
/// - CT: `Train_Sets/CT/{patient}/DICOM_anon/i{NNNN},0000b.dcm` and `Ground/liver_GT_{NNN}.png`,
///   liver only (255), files ordered from the top slice down.
/// - MR: `Train_Sets/MR/{patient}/T1DUAL/DICOM_anon/{InPhase,OutPhase}/IMG-….dcm` with one
///   `T1DUAL/Ground` stack for both phases, and `T2SPIR/DICOM_anon` with its own `Ground`; grey
///   levels 63 liver, 126 right kidney, 189 left kidney, 252 spleen; files ordered bottom up.
///   The ground-truth PNGs carry the in-phase files' names, so the opposed phase pairs by rank.
///
/// PNG pixel (row, column) is DICOM pixel (row, column) of the slice at the same rank.
enum CHAOSPhantom {
    static let mrGrey: [String: UInt8] = ["liver": 63, "kidney_right": 126, "kidney_left": 189, "spleen": 252]
    static let ctGrey: [String: UInt8] = ["liver": 255]

    static func write(_ job: PhantomGenerator.Job, dataset: Dataset, size: PhantomSize, files: PhantomFiles,
                      rng: inout SeededGenerator) throws -> [PhantomManifest.Case] {
        let patient = "\(job.number)"
        let (body, organs) = AbdomenAnatomy.subject(&rng)
        // The manifest counts labels as ingest will store them: CHAOS's map onto the label space.
        let value = dataset.labelValues
        func census(_ tissue: [UInt8], _ names: [String], _ grey: [String: UInt8], _ geometry: Geometry) -> [String: Int] {
            let code = names.map { grey[$0] == nil ? 0 : value[$0] ?? 0 }
            return LabelMap(geometry: geometry, voxels: tissue.map { code[Int($0)] }).labelCensus()
        }
        let uid = UIDs(seed: rng.next())

        if job.split == "CT" {
            let scanner = job.scanner!
            let geometry = Render.grid(scanner, size: size)
            let (tissue, names) = Render.abdomen(body, organs, on: geometry)
            let image = Render.image(tissue, names: names, geometry: geometry, scanner: scanner, rng: &rng)
            let folder = "Train_Sets/CT/\(patient)"
            let series = Series(geometry: geometry, topDown: true, dicomName: { String(format: "i%04d,0000b.dcm", $0) },
                                pngName: { String(format: "liver_GT_%03d.png", $0) })
            try series.writeDICOM(image, scanner: scanner, patient: "ct\(patient)", uid: uid, number: 2, extra: { _ in },
                                  folder: try files.path("\(folder)/DICOM_anon/x"))
            try series.writePNG(tissue, names: names, grey: ctGrey, folder: try files.path("\(folder)/Ground/x"))
            return [PhantomManifest.Case(id: "chaos_ct_\(patient)", model: scanner.model, census: census(tissue, names, ctGrey, geometry))]
        }

        let folder = "Train_Sets/MR/\(patient)"
        // T1-DUAL: one acquisition, two echoes (opposed phase at 2.3 ms, in phase at 4.6 ms at 1.5 T).
        let t1 = Render.grid(Scanners.chaosT1InPhase, size: size)
        let (t1Tissue, names) = Render.abdomen(body, organs, on: t1)
        let inPhase = Render.image(t1Tissue, names: names, geometry: t1, scanner: Scanners.chaosT1InPhase, rng: &rng)
        let opposed = Render.image(t1Tissue, names: names, geometry: t1, scanner: Scanners.chaosT1OpposedPhase, rng: &rng)
        let inSeries = Series(geometry: t1, topDown: false, dicomName: { String(format: "IMG-0004-%05d.dcm", 2 * $0 + 2) },
                              pngName: { String(format: "IMG-0004-%05d.png", 2 * $0 + 2) })
        var outSeries = inSeries
        outSeries.dicomName = { String(format: "IMG-0004-%05d.dcm", 2 * $0 + 1) }
        try inSeries.writeDICOM(inPhase, scanner: Scanners.chaosT1InPhase, patient: "mr\(patient)", uid: uid, number: 4,
                                extra: { $0.set("0018,0081", "DS", 4.6) }, folder: try files.path("\(folder)/T1DUAL/DICOM_anon/InPhase/x"))
        try outSeries.writeDICOM(opposed, scanner: Scanners.chaosT1OpposedPhase, patient: "mr\(patient)", uid: uid, number: 5,
                                 extra: { $0.set("0018,0081", "DS", 2.3) }, folder: try files.path("\(folder)/T1DUAL/DICOM_anon/OutPhase/x"))
        try inSeries.writePNG(t1Tissue, names: names, grey: mrGrey, folder: try files.path("\(folder)/T1DUAL/Ground/x"))

        let t2 = Render.grid(Scanners.chaosT2Spir, size: size)
        let (t2Tissue, t2Names) = Render.abdomen(body, organs, on: t2)
        let t2Image = Render.image(t2Tissue, names: t2Names, geometry: t2, scanner: Scanners.chaosT2Spir, rng: &rng)
        let t2Series = Series(geometry: t2, topDown: false, dicomName: { String(format: "IMG-0002-%05d.dcm", $0 + 1) },
                              pngName: { String(format: "IMG-0002-%05d.png", $0 + 1) })
        try t2Series.writeDICOM(t2Image, scanner: Scanners.chaosT2Spir, patient: "mr\(patient)", uid: uid, number: 2,
                                extra: { $0.set("0018,0081", "DS", 70) }, folder: try files.path("\(folder)/T2SPIR/DICOM_anon/x"))
        try t2Series.writePNG(t2Tissue, names: t2Names, grey: mrGrey, folder: try files.path("\(folder)/T2SPIR/Ground/x"))

        let t1Census = census(t1Tissue, names, mrGrey, t1)
        return [PhantomManifest.Case(id: "chaos_mr_\(patient)_t1in", model: "Achieva", census: t1Census),
                PhantomManifest.Case(id: "chaos_mr_\(patient)_t1out", model: "Achieva", census: t1Census),
                // T1-DUAL as one case with both echoes as channels (datasets.json's t1_dual).
                PhantomManifest.Case(id: "chaos_mr_\(patient)_t1dual", model: "Achieva", census: t1Census),
                PhantomManifest.Case(id: "chaos_mr_\(patient)_t2spir", model: "Achieva", census: census(t2Tissue, t2Names, mrGrey, t2))]
    }

    /// Deterministic DICOM UIDs under the UUID-derived root `2.25` (PS3.5 B.2).
    struct UIDs {
        var seed: UInt64
        func callAsFunction(_ part: String) -> String {
            var g = SeededGenerator.forPart(part, seed: seed)
            return "2.25.\(g.next())\(g.next() % 1_000_000)"
        }
    }

    /// One series laid out as slices: which voxel slice each file holds, and the file names.
    struct Series {
        var geometry: Geometry
        /// Whether file 0 is the most superior slice (CHAOS CT) or the most inferior (CHAOS MR).
        var topDown: Bool
        var dicomName: (Int) -> String
        var pngName: (Int) -> String

        func slice(ofFile s: Int) -> Int { topDown ? geometry.shape.z - 1 - s : s }

        /// DICOM pixel (row, column) of voxel slice k is voxel (column, ny − 1 − row, k): rows run
        /// posterior (LPS +y), columns towards the patient's left (LPS +x), like the anatomy's x.
        func pixels<T>(_ voxels: [T], slice k: Int, _ transform: (T) -> UInt16) -> [UInt16] {
            let n = geometry.shape
            var out = [UInt16](repeating: 0, count: n.x * n.y)
            for row in 0..<n.y { for column in 0..<n.x {
                out[row * n.x + column] = transform(voxels[column + n.x * (n.y - 1 - row + n.y * k)])
            } }
            return out
        }

        /// ImagePositionPatient: the LPS position of pixel (0, 0), voxel (0, ny − 1, k).
        func position(slice k: Int) -> [Double] {
            let ras = geometry.world(SIMD3(0, Double(geometry.shape.y - 1), Double(k)))
            return [-ras.x, -ras.y, ras.z]
        }

        func writeDICOM(_ image: Volume<Int16>, scanner: ScannerModel, patient: String, uid: UIDs, number: Int,
                        extra: (inout DICOMSlice) -> Void, folder: String) throws {
            let directory = (folder as NSString).deletingLastPathComponent
            let ct = scanner.modality == "CT"
            let n = geometry.shape, s = geometry.spacing
            for file in 0..<n.z {
                let k = slice(ofFile: file)
                // CT is stored unsigned with a rescale intercept of −1024, as scanners do.
                var dicom = DICOMSlice(rows: n.y, columns: n.x, pixels: pixels(image.voxels, slice: k) {
                    UInt16(clamping: Int($0) + (ct ? 1024 : 0))
                })
                dicom.set("0008,0016", "UI", ct ? "1.2.840.10008.5.1.4.1.1.2" : "1.2.840.10008.5.1.4.1.1.4")
                dicom.set("0008,0018", "UI", uid("\(patient)/\(number)/\(file)"))
                dicom.set("0008,0060", "CS", scanner.modality)
                dicom.set("0008,0070", "LO", scanner.manufacturer)
                dicom.set("0008,1090", "LO", scanner.model)
                dicom.set("0010,0020", "LO", patient)
                dicom.set("0018,0050", "DS", s.z)
                if !ct { dicom.set("0018,0087", "DS", 1.5) }
                dicom.set("0020,000d", "UI", uid("\(patient)/study"))
                dicom.set("0020,000e", "UI", uid("\(patient)/\(number)"))
                dicom.set("0020,0011", "IS", number)
                dicom.set("0020,0013", "IS", file + 1)
                let p = position(slice: k)
                dicom.set("0020,0032", "DS", p[0], p[1], p[2])
                dicom.set("0020,0037", "DS", 1, 0, 0, 0, 1, 0)
                dicom.set("0028,0030", "DS", s.y, s.x)
                if ct {
                    dicom.set("0028,1052", "DS", -1024)
                    dicom.set("0028,1053", "DS", 1)
                }
                extra(&dicom)
                try dicom.write(to: (directory as NSString).appendingPathComponent(dicomName(file)))
            }
        }

        func writePNG(_ tissue: [UInt8], names: [String], grey: [String: UInt8], folder: String) throws {
            let directory = (folder as NSString).deletingLastPathComponent
            let code = names.map { grey[$0] ?? 0 }
            let n = geometry.shape
            for file in 0..<n.z {
                let values = pixels(tissue, slice: slice(ofFile: file)) { UInt16(code[Int($0)]) }
                try PNGSlice(width: n.x, height: n.y, pixels: values.map { UInt8($0) })
                    .write(to: (directory as NSString).appendingPathComponent(pngName(file)))
            }
        }
    }
}
