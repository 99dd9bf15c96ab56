import Catalog
import Foundation
import Metrics
import NIfTI

/// What the generator wrote: per dataset, each case with its scanner and label census, so that
/// ingest can be checked against it.
public struct PhantomManifest: Sendable, Codable, Equatable {
    public struct Case: Sendable, Codable, Equatable {
        public var id: String
        public var model: String
        /// Native label value → voxels.
        public var census: [String: Int]
    }
    public var seed: UInt64
    public var size: String
    public var datasets: [String: [Case]]
}

/// `segbench phantoms`: small synthetic versions of the datasets, written in their real
/// published layouts, so that discovery, ingest and the whole pipeline run on them unchanged.
///
/// Every case gets its own generator derived from (seed, dataset, case), so a case is the same
/// whatever else is generated and in whatever order the workers finish.
public enum PhantomGenerator {
    struct Job: Sendable {
        var dataset: String
        var number: Int
        /// The CT or NIfTI-MR scanner; CHAOS MR uses its own three series, BraTS none.
        var scanner: ScannerModel?
        /// AMOS's folder suffix (`Tr`, `Va`); BraTS 2023's timepoint.
        var split: String = ""
    }

    /// The cases the generator writes: enough for a benchmark with power (issue 22: every test set
    /// ≥ 12 subjects, every target domain ≥ 6, every in-distribution hold-out ≥ 8, with the
    /// hold-out fractions of datasets.json), with the real datasets' quirks (non-contiguous ids,
    /// validation folders, several series or timepoints per subject).
    static let plan: [Job] = {
        // BTCV's training ids are not contiguous (1–10, 21–40).
        var jobs = (Array(1...10) + Array(21...30)).map { Job(dataset: "BTCV", number: $0, scanner: Scanners.ctBTCV) }
        // AMOS: CT ids ≤ 500 on three scanners (14 Aquilion ONE, 6 Brilliance16, 6 SOMATOM Force:
        // of each block of 13, 7, 3 and 3), MR ids > 500 on two; the last ones in the validation folders.
        let ctIDs = [1, 4, 5, 6, 8, 9, 10, 14, 15, 16, 19, 21, 24, 25, 27, 29, 30, 33, 34, 36, 38, 40, 41, 44, 45, 47]
        jobs += ctIDs.enumerated().map { n, id in
            Job(dataset: "AMOS", number: id, scanner: Scanners.amosCT[n % 13 < 7 ? 0 : n % 13 < 10 ? 1 : 2], split: n >= 20 ? "Va" : "Tr")
        }
        let mrIDs = [507, 508, 511, 512, 514, 515, 517, 518, 520, 522, 523, 525]
        jobs += mrIDs.enumerated().map { n, id in Job(dataset: "AMOS", number: id, scanner: Scanners.amosMR[n % 2], split: n >= 10 ? "Va" : "Tr") }
        // CHAOS: CT and MR patients are different people with overlapping folder numbers.
        jobs += [1, 2, 5, 6, 8, 10].enumerated().map { n, id in Job(dataset: "CHAOS", number: id, scanner: Scanners.chaosCT[n % 3], split: "CT") }
        jobs += [1, 2, 3, 5, 8, 10, 13, 15, 19, 20, 21, 22, 31, 32, 33, 34, 36, 37].map { Job(dataset: "CHAOS", number: $0, scanner: nil, split: "MR") }
        jobs += [0, 2, 3, 5, 6, 8, 9, 11, 12, 14, 17, 18, 19, 20, 21, 22, 24, 25, 26, 28].map { Job(dataset: "BraTS2021", number: $0) }
        // BraTS 2023 GLI: subjects 2021 does not have (its new cases), so that a 2021 → 2023 split
        // shares no subject; subject 4 has two timepoints.
        let gli: [(Int, String)] = [(1, "000"), (4, "000"), (4, "001"), (7, "000"), (10, "000"), (13, "000"), (15, "000"),
                                    (16, "000"), (23, "000"), (27, "000"), (29, "000"), (30, "000"), (31, "000")]
        jobs += gli.map { Job(dataset: "BraTS2023", number: $0.0, split: $0.1) }
        return jobs
    }()

    /// - Parameter only: the datasets to write (default: all that the generator knows).
    public static func write(to root: String, catalog: Catalog, size: PhantomSize = .small, seed: UInt64 = 2026,
                             only: Set<String>? = nil, progress: @Sendable (String) -> Void = { _ in }) throws -> PhantomManifest {
        let jobs = plan.filter { only?.contains($0.dataset) ?? true }
        let outcomes = parallelMap(jobs.count) { n in
            Result { () throws -> [PhantomManifest.Case] in
                let written = try make(jobs[n], root: root, catalog: catalog, size: size, seed: seed)
                progress("\(jobs[n].dataset) \(written.map(\.id).joined(separator: ", "))")
                return written
            }
        }
        let cases: [[PhantomManifest.Case]]
        do { cases = try outcomes.map { try $0.get() } } catch {
            throw DiscoveryError(path: root, reason: "cannot write the phantoms: \(error)")
        }
        if jobs.contains(where: { $0.dataset == "AMOS" }) { try writeAMOSMetadata(jobs, root: root) }

        var datasets: [String: [PhantomManifest.Case]] = [:]
        for (job, written) in zip(jobs, cases) { datasets[job.dataset, default: []] += written }
        let manifest = PhantomManifest(seed: seed, size: size.rawValue, datasets: datasets.mapValues { $0.sorted { $0.id < $1.id } })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: (root as NSString).appendingPathComponent("phantom-manifest.json")))
        return manifest
    }

    static func make(_ job: Job, root: String, catalog: Catalog, size: PhantomSize, seed: UInt64) throws -> [PhantomManifest.Case] {
        var rng = SeededGenerator.forPart("\(job.dataset)/\(job.split)/\(job.number)", seed: seed)
        guard let dataset = catalog.datasets[job.dataset] else { throw DiscoveryError(path: catalog.source, reason: "no dataset \(job.dataset)") }
        let native = dataset.labelValues
        let out = PhantomFiles(root: root)

        switch job.dataset {
        case "BraTS2021", "BraTS2023":
            let subject = BrainAnatomy.subject(&rng)
            let s = 1.5 * size.spacingScale
            let f = BrainAnatomy.field
            let geometry = Geometry(shape: Shape(Int(f.x / s), Int(f.y / s), Int(f.z / s)), spacing: Spacing(s, s, s))
            let (labels, channels) = brain(subject, geometry: geometry, native: native,
                                           site: job.dataset == "BraTS2021" ? .brats2021 : .brats2023, rng: &rng)
            let id = String(format: "%05d", job.number)
            let (name, suffixes) = job.dataset == "BraTS2021"
                ? ("BraTS2021_\(id)", ["_t1", "_t1ce", "_t2", "_flair", "_seg"])
                : ("BraTS-GLI-\(id)-\(job.split)", ["-t1n", "-t1c", "-t2w", "-t2f", "-seg"])
            for (suffix, volume) in zip(suffixes, channels) { try NIfTI.write(volume, to: try out.path("\(name)/\(name)\(suffix).nii.gz")) }
            let labelMap = LabelMap(geometry: geometry, voxels: labels)
            try NIfTI.write(labelMap, to: try out.path("\(name)/\(name)\(suffixes[4]).nii.gz"))
            return [PhantomManifest.Case(id: name, model: "", census: labelMap.labelCensus())]
        case "CHAOS":
            return try CHAOSPhantom.write(job, dataset: dataset, size: size, files: out, rng: &rng)
        default:
            let scanner = job.scanner!
            let geometry = Render.grid(scanner, size: size)
            let (body, organs) = AbdomenAnatomy.subject(&rng)
            // BTCV and AMOS annotate different organs; the others are simply not labelled.
            let (tissue, names) = Render.abdomen(body, organs, on: geometry)
            let code = names.map { native[$0] ?? 0 }   // air, fat and body tissue are background
            let labels = tissue.map { code[Int($0)] }
            let image = Render.image(tissue, names: names, geometry: geometry, scanner: scanner, rng: &rng)
            let n = String(format: "%04d", job.number)
            let (imagePath, labelPath, id) = job.dataset == "BTCV"
                ? ("RawData/Training/img/img\(n).nii.gz", "RawData/Training/label/label\(n).nii.gz", "btcv_\(n)")
                : ("images\(job.split)/amos_\(n).nii.gz", "labels\(job.split)/amos_\(n).nii.gz", "amos_\(n)")
            try NIfTI.write(image, to: try out.path(imagePath))
            let labelMap = LabelMap(geometry: geometry, voxels: labels)
            try NIfTI.write(labelMap, to: try out.path(labelPath))
            return [PhantomManifest.Case(id: id, model: scanner.model, census: labelMap.labelCensus())]
        }
    }

    /// How a collection's scanners and protocols render the same tissue: per channel, a gain (MR
    /// has no absolute unit) and the relative noise. BraTS 2023's new cases come from other sites
    /// than 2021's, so a model trained on 2021 meets other contrasts and more noise there (the
    /// shift of `xsite_brats2021_to_brats2023`).
    struct BrainSite: Sendable {
        var gains: [Double]
        var noise: Double
        static let brats2021 = BrainSite(gains: [1, 1, 1, 1], noise: 0.04)
        static let brats2023 = BrainSite(gains: [1.15, 0.85, 1.1, 0.8], noise: 0.07)
    }

    /// Four co-registered channels and the BraTS 2021 labels (1 necrosis, 2 edema, 4 enhancing).
    static func brain(_ s: BrainAnatomy.Subject, geometry: Geometry, native: [String: UInt8], site: BrainSite,
                      rng: inout SeededGenerator) -> ([UInt8], [Volume<Int16>]) {
        // Tissue means per channel: T1, T1Gd, T2, FLAIR (the same sequences in both BraTS namings).
        let means: [String: [Double]] = [
            "wm": [300, 310, 95, 150], "gm": [220, 230, 150, 185], "csf": [70, 75, 420, 40],
            "edema": [185, 190, 310, 410], "enhancing": [205, 520, 230, 300], "ncr": [95, 110, 360, 150], "outside": [0, 0, 0, 0],
        ]
        let n = geometry.shape, sp = geometry.spacing
        var labels = [UInt8](repeating: 0, count: geometry.voxelCount)
        var channels = (0..<4).map { _ in [Int16](repeating: 0, count: geometry.voxelCount) }
        var index = 0
        for k in 0..<n.z { for j in 0..<n.y { for i in 0..<n.x {
            defer { index += 1 }
            let p = SIMD3(Double(i) * sp.x, Double(j) * sp.y, Double(k) * sp.z)
            guard s.brain.contains(p) else { continue }   // skull-stripped: zero outside the brain
            var tissue = s.ventricles.contains(p) ? "csf" : s.whiteMatter.contains(p) ? "wm" : "gm"
            if s.necrosis.contains(p) { tissue = "ncr" } else if s.tumour.contains(p) { tissue = "enhancing" } else if s.edema.contains(p) { tissue = "edema" }
            labels[index] = native[tissue] ?? 0
            for c in 0..<4 {
                channels[c][index] = Int16(clamping: Int((site.gains[c] * means[tissue]![c] * (1 + site.noise * rng.normal())).rounded()))
            }
        } } }
        return (labels, channels.map { Volume(geometry: geometry, voxels: $0) })
    }

    /// AMOS's `labeled_data_meta_0000_0599.csv`, with the columns its loaders read.
    static func writeAMOSMetadata(_ jobs: [Job], root: String) throws {
        var lines = ["amos_id,Patient's Birth Date,Patient's Sex,Patient's Age,Manufacturer's Model Name,Manufacturer,Acquisition Date,Site"]
        for job in jobs where job.dataset == "AMOS" {
            let s = job.scanner!
            let site = s.model == "Aquilion ONE" || s.model == "Ingenia" ? "Longgang District Central Hospital" : "Longgang District People's Hospital"
            let age = 30 + (job.number * 7) % 50
            lines.append("\(job.number),19\(70 + age % 30)0101,\(job.number % 2 == 0 ? "F" : "M"),0\(age)Y,\(s.model),\(s.manufacturer),20210\(1 + job.number % 9)15,\"\(site)\"")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: (root as NSString).appendingPathComponent("labeled_data_meta_0000_0599.csv"),
                                                         atomically: true, encoding: .utf8)
    }
}

/// Paths under the phantom root, with their folders made on the way.
struct PhantomFiles: Sendable {
    var root: String
    func path(_ relative: String) throws -> String {
        let full = (root as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return full
    }
}
