import Baselines
import Catalog
import Foundation
import Metrics
import NIfTI
import Store
import Testing

@Suite("Builtin baselines on the phantoms")
struct BaselineTests {
    let catalog = try! Catalog.load(repositoryCatalog)

    /// core4 in the abdomen space's values: liver 1, spleen 2, right kidney 3, left kidney 4.
    static let core4: [UInt8] = [1, 2, 3, 4]

    /// A case's image and its label map in the abdomen space's values, core4 only.
    func load(_ entry: IndexedCase) throws -> TrainingCase {
        let dataset = catalog.datasets[entry.dataset]!, space = catalog.labelSpaces["abdomen"]!
        let toSpace: [UInt8] = (0..<256).map { native in
            let value = dataset.labelMap[native].flatMap { space.labels[$0] }.map { UInt8($0) } ?? 0
            return Self.core4.contains(value) ? value : 0
        }
        var labels = try NIfTI.readLabels(entry.label)
        labels.voxels = labels.voxels.map { toSpace[Int($0)] }
        return TrainingCase(image: try NIfTI.read(entry.images["0"]!, as: Float.self), labels: labels)
    }

    func meanDice(_ model: some Baseline, _ cases: [TrainingCase]) throws -> [Double] {
        let structures = Self.core4.map { Structure.label($0) }
        var sums = [Double](repeating: 0, count: 4)
        for c in cases {
            let scores = try Evaluator.score(reference: c.labels, prediction: model.predict(c.image), structures: structures)
            for (n, s) in scores.enumerated() { sums[n] += s.dice ?? 0 }
        }
        return sums.map { $0 / Double(cases.count) }
    }

    @Test("Fitted on BTCV CT: both hold in distribution; on CHAOS T2-SPIR the intensity model collapses, the atlas does not")
    func shift() throws {
        let root = phantomRoot.root
        let control = try catalog.resolve("id_btcv", root: root), shifted = try catalog.resolve("xmod_btcvct_to_chaost2", root: root)
        let index = Dictionary(uniqueKeysWithValues: try ingestedPhantoms.store.indexedCases().map { ($0.name, $0) })
        let train = try control.train.map { try load(index[$0.id]!) }
        let heldOut = try control.test.map { try load(index[$0.id]!) }, target = try shifted.test.map { try load(index[$0.id]!) }

        let atlas = try ProbabilisticAtlas.fit(train, labels: Self.core4)
        let intensity = try IntensityModel.fit(train, labels: Self.core4)
        let atlasIn = try meanDice(atlas, heldOut), atlasOut = try meanDice(atlas, target)
        let intensityIn = try meanDice(intensity, heldOut), intensityOut = try meanDice(intensity, target)
        // Liver (index 0): the organ every abdominal split scores.
        #expect(atlasIn[0] > 0.7 && intensityIn[0] > 0.6, "in distribution: atlas \(atlasIn), intensity \(intensityIn)")
        #expect(intensityOut[0] < 0.2, "intensity model on CHAOS T2-SPIR: \(intensityOut)")
        #expect(atlasOut[0] > 0.5, "atlas on CHAOS T2-SPIR: \(atlasOut)")
    }

    @Test("A trained model survives encoding, as the runner keeps it between runs")
    func codable() throws {
        let c = try load(try ingestedPhantoms.store.indexedCases(dataset: "BTCV")[0])
        let model = try IntensityModel.fit([c], labels: Self.core4)
        #expect(try JSONDecoder().decode(IntensityModel.self, from: JSONEncoder().encode(model)) == model)
    }
}
