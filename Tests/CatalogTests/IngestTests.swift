import Catalog
import Foundation
import Harness
import Ingest
import Metrics
import NIfTI
import Phantoms
import SourceFormats
import Store
import Testing

/// The phantom root ingested once for the suite: every dataset, into one store.
let ingestedPhantoms: (store: ResultStore, work: String) = {
    let catalog = try! Catalog.load(repositoryCatalog)
    let folder = temporaryPath("segbench-ingest")
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try! ResultStore(path: folder + "/results.sqlite")
    for name in catalog.datasets.keys.sorted() {
        let cases = try! DatasetIngest.run(dataset: catalog.datasets[name]!, catalog: catalog, root: phantomRoot.root, work: folder + "/work")
        try! store.replaceIndex(dataset: name, with: cases)
    }
    return (store, folder + "/work")
}()

/// A scratch data root holding copies of some phantom files or folders, to break on purpose.
func scratchRoot(copying files: [String]) throws -> String {
    let root = temporaryPath("segbench-scratch")
    for file in files {
        let target = root + "/" + file
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: phantomRoot.root + "/" + file, toPath: target)
    }
    return root
}

@Suite("Ingest of the phantoms and of broken data")
struct IngestTests {
    let catalog = try! Catalog.load(repositoryCatalog)

    @Test("Ingest reproduces the generator's manifest: every case, its label census, its scanner; no problems")
    func manifest() throws {
        let (store, _) = ingestedPhantoms
        let manifest = phantomRoot.manifest
        for (dataset, expected) in manifest.datasets {
            let indexed = try store.indexedCases(dataset: dataset)
            #expect(indexed.map(\.name) == expected.map(\.id), "\(dataset)")
            for (c, e) in zip(indexed, expected) {
                #expect(c.labelVoxels == e.census, "\(c.name)")
                #expect(c.problems.isEmpty, "\(c.problems)")
                if !e.model.isEmpty && dataset != "BTCV" { #expect(c.acquisition["model"]?.value == e.model, "\(c.name)") }
            }
        }
        // CHAOS: 6 CT and 18 MR patients, three MR series each read as four cases (T1-DUAL's
        // echoes alone and together); the scanner comes from the DICOM tag.
        let chaos = try store.indexedCases(dataset: "CHAOS")
        #expect(chaos.count == 6 + 18 * 4 && Set(chaos.map(\.subject)).count == 24)
        let dual = try #require(chaos.first { $0.name == "chaos_mr_1_t1dual" })
        #expect(dual.images.keys.sorted() == ["0", "1"] && dual.labelVoxels == chaos.first { $0.name == "chaos_mr_1_t1in" }?.labelVoxels)
        let ct = try #require(chaos.first { $0.name == "chaos_ct_1" })
        #expect(ct.acquisition["model"] == IndexedCase.Acquisition(value: "SecuraCT", provenance: "dicom-tag"))
        #expect(ct.annotated == ["liver"] && ct.labelVoxels.keys.sorted() == ["1"])
        #expect(ct.images["0"]!.hasSuffix("CHAOS/chaos_ct_1/image_0000.nii.gz") && ct.files.count == 2 * 36)
        // The empty-label census: the generator leaves out a gallbladder now and then.
        let btcv = try store.indexedCases(dataset: "BTCV")
        let noGallbladder = expectedCases(manifest, "BTCV") { $0.census["4"] == nil }
        #expect(!noGallbladder.isEmpty && btcv.filter { $0.emptyLabels == ["gallbladder"] }.map(\.name) == noGallbladder)
        // BraTS 2023: 13 cases of 12 subjects (two timepoints of one).
        #expect(Set(try store.indexedCases(dataset: "BraTS2023").map(\.subject)).count == 12)
    }

    func expectedCases(_ m: PhantomManifest, _ dataset: String, _ where: (PhantomManifest.Case) -> Bool) -> [String] {
        m.datasets[dataset]!.filter(`where`).map(\.id)
    }

    @Test("Two runs with one seed write identical files: every checksum in the index agrees, DICOM and PNG included")
    func deterministic() throws {
        let root = temporaryPath("segbench-phantoms")
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try PhantomGenerator.write(to: root, catalog: catalog, seed: 2026, only: ["BTCV", "CHAOS"])
        for name in ["BTCV", "CHAOS"] {
            let again = try DatasetIngest.run(dataset: catalog.datasets[name]!, catalog: catalog, root: root, work: root + "/work")
            let first = try ingestedPhantoms.store.indexedCases(dataset: name)
            #expect(again.map(\.name) == first.map(\.name))
            for (a, b) in zip(again, first) {
                #expect(!a.files.isEmpty && a.files == b.files, "\(a.name)")
            }
        }
    }

    @Test("Re-ingesting replaces a dataset's index: same rows, no duplicates")
    func reingest() throws {
        let (store, work) = ingestedPhantoms
        let before = try store.indexedCases(dataset: "BraTS2021")
        let again = try DatasetIngest.run(dataset: catalog.datasets["BraTS2021"]!, catalog: catalog, root: phantomRoot.root, work: work)
        try store.replaceIndex(dataset: "BraTS2021", with: again)
        let after = try store.indexedCases(dataset: "BraTS2021")
        #expect(after.count == before.count && after.map(\.files) == before.map(\.files))
    }

    @Test("CHAOS grey levels decode by nnU-Net's ranges (55,70], (110,135], (175,200], (240,255]")
    func greyLevels() throws {
        let decoder = try #require(catalog.datasets["CHAOS"]?.decoders["mr_png"])
        // Values from nnU-Net's convert_MR_seg (research notes §1.3): 63, 126, 189, 252 and the range edges.
        let expected: [Int: String?] = [63: "liver", 126: "kidney_right", 189: "kidney_left", 252: "spleen",
                                         55: nil, 56: "liver", 70: "liver", 71: nil, 110: nil, 135: "kidney_right", 240: nil, 255: "spleen"]
        for (grey, name) in expected { #expect(decoder.name(ofGrey: grey) == name, "grey \(grey)") }
        #expect(catalog.datasets["CHAOS"]?.decoders["ct_png"]?.name(ofGrey: 255) == "liver")
    }

    @Test("PNG stacks land on the DICOM grid: by name and by rank alike, and on the image's liver")
    func placement() throws {
        let work = ingestedPhantoms.work
        // T1 in phase pairs its PNGs by name, opposed phase by rank: one label stack, two routes, one result.
        let inPhase = try NIfTI.readLabels(work + "/CHAOS/chaos_mr_2_t1in/label.nii.gz")
        let opposed = try NIfTI.readLabels(work + "/CHAOS/chaos_mr_2_t1out/label.nii.gz")
        #expect(inPhase.voxels == opposed.voxels && inPhase.geometry.isSameGrid(as: opposed.geometry))
        // CT patient 1 is on the SecuraCT model: liver 62 HU + 10 HU calibration offset, noise σ = 24 HU.
        // Labels placed wrongly (a flipped row order, an off-by-one slice) would average other tissue.
        let image = try NIfTI.read(work + "/CHAOS/chaos_ct_1/image_0000.nii.gz", as: Double.self)
        let liver = try NIfTI.readLabels(work + "/CHAOS/chaos_ct_1/label.nii.gz")
        let inside = liver.voxels.indices.filter { liver.voxels[$0] == 1 }.map { image.voxels[$0] }
        let mean = inside.reduce(0, +) / Double(inside.count)
        #expect(abs(mean - 72) < 2, "mean CT number in the liver label: \(mean)")
    }

    @Test("Slice order: DICOM files whose name order is not their position order are refused for rank pairing")
    func sliceOrder() throws {
        let ct = "Train_Sets/CT/2"
        let root = try scratchRoot(copying: [ct])
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Swap the names of the 4th and 11th slices.
        let folder = root + "/" + ct + "/DICOM_anon"
        try FileManager.default.moveItem(atPath: folder + "/i0003,0000b.dcm", toPath: folder + "/swap.dcm")
        try FileManager.default.moveItem(atPath: folder + "/i0010,0000b.dcm", toPath: folder + "/i0003,0000b.dcm")
        try FileManager.default.moveItem(atPath: folder + "/swap.dcm", toPath: folder + "/i0010,0000b.dcm")
        let cases = try DatasetIngest.run(dataset: catalog.datasets["CHAOS"]!, catalog: catalog, root: root, work: root + "/work")
        #expect(cases.count == 1)
        let problem = try #require(cases.first?.problems.first)
        #expect(problem.hasPrefix(root + "/" + ct + "/Ground: ") && problem.contains("do not run monotonically"), "\(problem)")
    }

    @Test("A label value outside the map, a grid mismatch and flipped kidneys are problems naming the file")
    func brokenCases() throws {
        // BraTS 2021 with a 2023-style label map (3 for enhancing): the classic mix-up.
        let brats = "BraTS2021_00002/BraTS2021_00002"
        let bratsFiles = ["_t1", "_t1ce", "_t2", "_flair", "_seg"].map { "\(brats)\($0).nii.gz" }
        let root = try scratchRoot(copying: bratsFiles + ["RawData/Training/img/img0003.nii.gz", "RawData/Training/label/label0003.nii.gz"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var seg = try NIfTI.readLabels(root + "/" + bratsFiles[4])
        let enhancing = seg.voxels.filter { $0 == 4 }.count
        seg.voxels = seg.voxels.map { $0 == 4 ? 3 : $0 }
        try NIfTI.write(seg, to: root + "/" + bratsFiles[4])
        // The FLAIR channel resampled to another grid.
        let flair = try NIfTI.read(root + "/" + bratsFiles[3], as: Int16.self)
        let g = flair.geometry
        let cropped = Geometry(shape: Shape(g.shape.x - 1, g.shape.y, g.shape.z), spacing: g.spacing)
        try NIfTI.write(Volume<Int16>(geometry: cropped, repeating: 0), to: root + "/" + bratsFiles[3])

        let problems = try DatasetIngest.run(dataset: catalog.datasets["BraTS2021"]!, catalog: catalog, root: root, work: root + "/work")[0].problems
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains("\(root)/\(bratsFiles[4]): label value 3 (\(enhancing) voxels) is not in BraTS2021's label_map (1 ncr, 2 edema, 4 enhancing)"))
        #expect(problems.contains { $0.hasPrefix("\(root)/\(bratsFiles[3]) (channel 3) and \(root)/\(bratsFiles[4]) lie on different grids") })

        // BTCV with its label map mirrored left–right but the affine kept: kidneys swap sides.
        let labelPath = root + "/RawData/Training/label/label0003.nii.gz"
        var label = try NIfTI.readLabels(labelPath)
        let n = label.geometry.shape
        label.voxels = label.voxels.indices.map { index in
            let i = index % n.x
            return label.voxels[index - i + (n.x - 1 - i)]
        }
        try NIfTI.write(label, to: labelPath)
        let btcv = try DatasetIngest.run(dataset: catalog.datasets["BTCV"]!, catalog: catalog, root: root, work: root + "/work")[0].problems
        #expect(btcv.count == 1 && btcv[0].hasPrefix("\(labelPath): the right kidney's centroid lies on the patient's left"), "\(btcv)")
    }

    @Test("The shift is real on CHAOS too: a liver model fitted on BTCV CT fails on CHAOS T2-SPIR")
    func chaosShift() throws {
        let root = phantomRoot.root
        let control = try catalog.resolve("id_btcv", root: root), shifted = try catalog.resolve("xmod_btcvct_to_chaost2", root: root)
        let index = Dictionary(uniqueKeysWithValues: try ingestedPhantoms.store.indexedCases().map { ($0.name, $0) })
        let model = try IntensityRangeModel.fit(control.train.map { (index[$0.id]!.images["0"]!, index[$0.id]!.label) }, label: 6)
        func meanLiverDice(_ cases: [CatalogCase], liver: UInt8) throws -> Double {
            try cases.map { c in
                let entry = index[c.id]!
                let reference = try NIfTI.readLabels(entry.label)
                let prediction = model.predict(try NIfTI.read(entry.images["0"]!, as: Float.self))
                let binary = LabelMap(geometry: reference.geometry, voxels: reference.voxels.map { $0 == liver ? 6 : 0 })
                return try Evaluator.score(reference: binary, prediction: prediction, structures: [.label(6)])[0].dice ?? 0
            }.reduce(0, +) / Double(cases.count)
        }
        #expect(shifted.test.count == 18 && shifted.test.allSatisfy { $0.collection == "t2_spir" })
        let inDistribution = try meanLiverDice(control.test, liver: 6), outOfDistribution = try meanLiverDice(shifted.test, liver: 1)
        #expect(inDistribution > 0.5, "held-out BTCV liver Dice \(inDistribution)")
        #expect(outOfDistribution < 0.1, "CHAOS T2-SPIR liver Dice \(outOfDistribution)")
    }
}

@Suite("CHAOS PNG slices that are not regular files")
struct PNGSpecialFileTests {
    @Test("A FIFO in place of a PNG slice is refused by name, not waited on")
    func fifo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slice-\(UUID().uuidString).png").path
        #expect(mkfifo(path, 0o644) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SourceFormatError.self) { try PNGSlice.read(path) }
        do { _ = try PNGSlice.read(path) } catch {
            #expect("\(error)" == "\(path): is a FIFO (named pipe), not a regular file; SegBench reads only regular files")
        }
    }
}
