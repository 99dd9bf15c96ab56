import Catalog
import Foundation
import Harness
import Metrics
import NIfTI
import Phantoms
import Testing

/// A fresh path under the temporary folder (nothing is created there).
func temporaryPath(_ prefix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
}

/// One phantom data root for the whole suite (written once, read by every test).
let phantomRoot: (root: String, manifest: PhantomManifest) = {
    let root = temporaryPath("segbench-phantoms")
    let catalog = try! Catalog.load(repositoryCatalog)
    return (root, try! PhantomGenerator.write(to: root, catalog: catalog, seed: 2026))
}()

@Suite("Discovery, splits and domain shift on the phantoms")
struct PhantomCatalogTests {
    let catalog = try! Catalog.load(repositoryCatalog)

    @Test("Every control trains on what its split trains on, with the same labels: the drop compares one model on two domains")
    func controlsShareTheModel() throws {
        var checked = 0
        for (name, split) in catalog.splits {
            guard let controlName = split.control else { continue }
            let control = try #require(catalog.splits[controlName], "\(name): control \(controlName)")
            #expect(control.train == split.train, "\(name) and its control \(controlName) train on different cases")
            #expect(control.labelGroup == split.labelGroup, "\(name) (\(split.labelGroup)) and its control \(controlName) (\(control.labelGroup))")
            checked += 1
        }
        #expect(checked == 8)  // the seven supervised OOD splits and the few-shot one
    }

    @Test("Discovery finds exactly the generator's cases, with their non-contiguous ids, subjects and acquisition fields")
    func discovery() throws {
        let (root, manifest) = phantomRoot
        for name in ["BTCV", "AMOS", "BraTS2021"] {
            let cases = try CaseDiscovery.cases(of: catalog.datasets[name]!, in: catalog, root: root)
            #expect(cases.map(\.id) == manifest.datasets[name]!.map(\.id), "\(name)")
        }
        let btcv = try CaseDiscovery.cases(of: catalog.datasets["BTCV"]!, in: catalog, root: root)
        #expect(btcv.map(\.id).contains("btcv_0021") && !btcv.map(\.id).contains("btcv_0011"))
        #expect(btcv[0].images == ["0": "RawData/Training/img/img0001.nii.gz"] && btcv[0].label == "RawData/Training/label/label0001.nii.gz")
        #expect(btcv[0].acquisition["modality"] == AcquisitionValue(value: "CT", provenance: "documented-global"))

        // AMOS: modality from the id (inferred), scanner model from the metadata CSV.
        let amos = Dictionary(uniqueKeysWithValues: try CaseDiscovery.cases(of: catalog.datasets["AMOS"]!, in: catalog, root: root).map { ($0.id, $0) })
        #expect(amos["amos_0507"]?.acquisition["modality"] == AcquisitionValue(value: "MR", provenance: "inferred"))
        #expect(amos["amos_0001"]?.acquisition["model"] == AcquisitionValue(value: "Aquilion ONE", provenance: "csv"))
        #expect(amos["amos_0038"]?.officialSplit == "validation" && amos["amos_0024"]?.officialSplit == "train")
        #expect(manifest.datasets["AMOS"]!.first { $0.id == "amos_0004" }?.model == amos["amos_0004"]?.acquisition["model"]?.value)

        // BraTS 2021: four channels per case, in its own folder.
        let brats = try CaseDiscovery.cases(of: catalog.datasets["BraTS2021"]!, in: catalog, root: root)
        #expect(brats[0].images["1"] == "BraTS2021_00000/BraTS2021_00000_t1ce.nii.gz")
        // The census has only BraTS 2021's values: 1, 2, 4 (never 3).
        #expect(Set(manifest.datasets["BraTS2021"]!.flatMap { $0.census.keys }) == ["1", "2", "4"])
    }

    @Test("Split filters and hold-outs select the cases they should; no subject on both sides")
    func splits() throws {
        let root = phantomRoot.root
        // 26 AMOS CT cases on three scanners (14, 6, 6); the hold-out keeps round(0.57 · 14) = 8 Aquilion cases aside.
        let scanner = try catalog.resolve("xscan_amos_ct_aquilion", root: root)
        #expect(scanner.train.count == 6 && scanner.train.allSatisfy { $0.acquisition["model"]?.value == "Aquilion ONE" })
        #expect(scanner.test.count == 12 && scanner.test.allSatisfy { $0.acquisition["model"]?.value != "Aquilion ONE" })
        let control = try catalog.resolve("id_amos_aquilion", root: root)
        #expect(control.train.map(\.id) == scanner.train.map(\.id))
        #expect(control.test.count == 8 && Set(control.test.map(\.subject)).isDisjoint(with: control.train.map(\.subject)))

        // BTCV: 20 subjects, round(0.4 · 20) = 8 held out; the cross-site split trains on the same 12.
        let id = try catalog.resolve("id_btcv", root: root), xmod = try catalog.resolve("xmod_amosct_to_amosmr", root: root)
        #expect(id.train.count == 12 && id.test.count == 8)
        #expect(try catalog.resolve("xsite_btcv_to_amosct", root: root).train.map(\.id) == id.train.map(\.id))
        #expect(xmod.test.count == 12 && xmod.test.allSatisfy { $0.acquisition["modality"]?.value == "MR" })
        #expect(xmod.structures.count == 12)
        // The same seed gives the same hold-out on every run and machine.
        #expect(id.test.map(\.id) == (try catalog.resolve("id_btcv", root: root)).test.map(\.id))

        // CHAOS: three MR series per patient, and the subject (never the series) is the unit.
        let t1 = try catalog.resolve("xmod_ct_to_chaost1", root: root)
        #expect(t1.test.count == 36 && Set(t1.test.map(\.subject)).count == 18)
        let fromT2 = try catalog.resolve("xmod_chaost2_to_btcvct", root: root), t2Control = try catalog.resolve("id_chaost2", root: root)
        #expect(fromT2.train.allSatisfy { $0.collection == "t2_spir" } && fromT2.train.map(\.id) == t2Control.train.map(\.id))
        #expect(fromT2.train.count + t2Control.test.count == 18 && fromT2.test.count == 20)
        #expect(Set(t2Control.test.map(\.subject)).isDisjoint(with: t2Control.train.map(\.subject)))

        let brats = try catalog.resolve("xanat_abdomen_to_brats", root: root)
        #expect(brats.test.count == 20 && brats.structures.map(\.name) == ["wt", "tc", "et"])
        #expect(brats.structures[1].labels == ["ncr", "enhancing"])
    }

    @Test("Every split has the power issue 22 asks: ≥ 12 test subjects, ≥ 6 per target domain, ≥ 8 held out in distribution")
    func power() throws {
        let root = phantomRoot.root
        for name in catalog.splits.keys.sorted() {
            let split = try catalog.resolve(name, root: root)
            let subjects = Set(split.test.map(\.subject))
            if split.split.type == "in_distribution" {
                #expect(subjects.count >= 8, "\(name): \(subjects.count) held-out subjects")
                continue
            }
            #expect(subjects.count >= 12, "\(name): \(subjects.count) test subjects")
            // A domain: the dataset and what the acquisition says of modality, sequence and scanner.
            let domains = Dictionary(grouping: split.test) { c in
                ([c.dataset] + ["modality", "sequence", "model"].compactMap { c.acquisition[$0]?.value }).joined(separator: " / ")
            }
            for (domain, cases) in domains {
                #expect(Set(cases.map(\.subject)).count >= 6, "\(name): \(domain) has \(Set(cases.map(\.subject)).count) subjects")
            }
        }
        // CHAOS T1-DUAL is one case with both echoes as channels.
        let dual = try catalog.resolve("id_chaost1dual", root: root)
        #expect(dual.train.allSatisfy { $0.images.count == 2 } && dual.test.count == 8)
    }

    @Test("The domain shift is real: an intensity model fitted on BTCV CT holds on held-out BTCV and fails on AMOS MR")
    func domainShift() throws {
        let root = phantomRoot.root
        let split = try catalog.resolve("id_btcv", root: root), target = try catalog.resolve("xmod_amosct_to_amosmr", root: root)
        let btcv = catalog.datasets["BTCV"]!, amos = catalog.datasets["AMOS"]!
        // The liver: native 6 in both BTCV and AMOS.
        let model = try IntensityRangeModel.fit(split.train.map { (root + "/" + $0.images["0"]!, root + "/" + $0.label) }, label: 6)
        func meanDice(_ cases: [CatalogCase]) throws -> Double {
            try cases.map { c in
                let image = try NIfTI.read(root + "/" + c.images["0"]!, as: Float.self)
                let reference = try NIfTI.readLabels(root + "/" + c.label)
                let prediction = model.predict(image)
                let binary = LabelMap(geometry: reference.geometry, voxels: reference.voxels.map { $0 == 6 ? 6 : 0 })
                return try Evaluator.score(reference: binary, prediction: prediction, structures: [.label(6)])[0].dice ?? 0
            }.reduce(0, +) / Double(cases.count)
        }
        #expect(btcv.labelMap[6] == "liver" && amos.labelMap[6] == "liver")
        let inDistribution = try meanDice(split.test), outOfDistribution = try meanDice(target.test)
        // A crude model (liver, spleen and soft tissue overlap in CT numbers), but the same model
        // on MR finds almost nothing: T1 livers are bright where CT livers are mid-grey.
        #expect(inDistribution > 0.5, "held-out BTCV liver Dice \(inDistribution)")
        #expect(outOfDistribution < 0.1, "AMOS MR liver Dice \(outOfDistribution)")
    }
}

/// The simplest segmenter there is: the training liver's intensity range (its 2nd to 98th
/// percentile), restricted to the world box (RAS mm) that held the liver in any training case,
/// so it applies to grids of any spacing and orientation.
struct IntensityRangeModel {
    var low: Float, high: Float
    var box: (lower: SIMD3<Double>, upper: SIMD3<Double>)
    var label: UInt8

    static func world(_ geometry: Geometry, _ c: [Int]) -> SIMD3<Double> {
        geometry.world(SIMD3(Double(c[0]), Double(c[1]), Double(c[2])))
    }

    static func fit(_ cases: [(image: String, label: String)], label: UInt8) throws -> IntensityRangeModel {
        var values: [Float] = []
        var lower = SIMD3<Double>(repeating: .infinity), upper = SIMD3<Double>(repeating: -.infinity)
        for (imagePath, labelPath) in cases {
            let image = try NIfTI.read(imagePath, as: Float.self), labels = try NIfTI.readLabels(labelPath)
            for index in labels.voxels.indices where labels.voxels[index] == label {
                values.append(image.voxels[index])
                let p = Self.world(labels.geometry, labels.coordinates(ofIndex: index))
                lower = pointwiseMin(lower, p)
                upper = pointwiseMax(upper, p)
            }
        }
        values.sort()
        return IntensityRangeModel(low: values[values.count / 50], high: values[values.count * 49 / 50], box: (lower, upper), label: label)
    }

    func predict(_ image: Volume<Float>) -> LabelMap {
        var out = LabelMap(geometry: image.geometry, repeating: 0)
        for index in image.voxels.indices where image.voxels[index] >= low && image.voxels[index] <= high {
            let p = Self.world(image.geometry, image.coordinates(ofIndex: index))
            if all(p .>= box.lower) && all(p .<= box.upper) { out.voxels[index] = label }
        }
        return out
    }
}
