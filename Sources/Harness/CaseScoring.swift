import Foundation
import Metrics
import NIfTI
import Store

/// What to score in every case, and how.
public struct ScoringOptions: Sendable, Hashable {
    /// Labels and regions to score; `nil` scores every label present in either map.
    public var structures: [Structure]?
    /// Score every present label as well as `structures` (regions given without labels).
    public var addingPresentLabels: Bool
    /// NSD tolerances (mm).
    public var tolerances: [Double]
    /// Lesion-wise, instance, clDice and boundary-IoU metrics to add.
    public var extended: ExtendedMetrics
    /// nnU-Net's ignore label (dataset.json's `ignore`): voxels where the reference holds it are
    /// left out of both maps before scoring.
    public var ignoreLabel: UInt8?
    /// Move a prediction stored with its axes permuted or flipped onto the reference's grid.
    public var reorientPrediction: Bool
    /// Names shown beside the structures (dataset.json's), by `Structure.name`; display only.
    public var names: [String: String]

    public init(structures: [Structure]? = nil, addingPresentLabels: Bool = false, tolerances: [Double] = [1, 2],
                extended: ExtendedMetrics = .none, ignoreLabel: UInt8? = nil, reorientPrediction: Bool = false,
                names: [String: String] = [:]) {
        self.structures = structures
        self.addingPresentLabels = addingPresentLabels
        self.tolerances = tolerances
        self.extended = extended
        self.ignoreLabel = ignoreLabel
        self.reorientPrediction = reorientPrediction
        self.names = names
    }

    /// The options as canonical JSON text: stored with the run, and checksummed to tell runs apart.
    /// `extended` appears only when it asks for something, so the runs that ask for nothing keep
    /// the checksum they had before the extended metrics existed.
    public var canonicalJSON: String {
        var members: [(String, JSONValue)] = [("structures", structures.map(Self.json) ?? .null), ("adding_present_labels", .bool(addingPresentLabels)),
                                              ("tolerances", .array(tolerances.map(JSONValue.number)))]
        if !extended.isEmpty { members.append(("extended", extended.json)) }
        // Each only when asked for, so earlier runs keep their checksums; names change no score.
        if let ignoreLabel { members.append(("ignore_label", .integer(Int(ignoreLabel)))) }
        if reorientPrediction { members.append(("reorient_prediction", .bool(true))) }
        return JSONValue.object(members).render()
    }

    /// Structures as a run's options record them (`RunExport.StoredRun.options` reads them back):
    /// `[{"name": "wt", "labels": [1, 2, 3], "region": true}, …]`.
    public static func json(_ structures: [Structure]) -> JSONValue {
        .array(structures.map { s in
            .object([("name", .string(s.name)), ("labels", .array(s.labels.map { .integer(Int($0)) })), ("region", .bool(s.isRegion))])
        })
    }
}

/// Scores one case of a folder pair: reads both files, checks their grids, scores, and turns
/// every way that can fail into a failure record that names the files, never a thrown error.
public enum CaseScoring {
    /// Failure kinds, as stored and reported.
    public enum Failure: String, Sendable, CaseIterable {
        case missingPrediction = "missing_prediction"
        case unreadableReference = "unreadable_reference"
        case unreadablePrediction = "unreadable_prediction"
        case gridMismatch = "grid_mismatch"
        case ambiguousFiles = "ambiguous_files"
    }

    public static func score(_ pair: CasePair, dataset: String, options: ScoringOptions) -> CaseResult {
        var timing = CaseTiming()
        return score(pair, dataset: dataset, options: options, timing: &timing)
    }

    /// As `score(_:dataset:options:)`, adding where the time went to `timing`.
    public static func score(_ pair: CasePair, dataset: String, options: ScoringOptions, timing: inout CaseTiming) -> CaseResult {
        let clock = ContinuousClock(), start = clock.now
        var description = CaseDescription(dataset: dataset, name: pair.name, referencePath: pair.reference,
                                          referenceChecksum: Checksum.file(pair.reference) ?? "unreadable")
        let predictionChecksum = pair.prediction.flatMap(Checksum.file)
        var lap = clock.now
        timing.checksum += (lap - start).seconds
        // A reoriented prediction says so in its sidecar, the free text stored with a prediction.
        var sidecar: String?
        func result(_ outcome: CaseResult.Outcome) -> CaseResult {
            CaseResult(caseDescription: description, predictionPath: pair.prediction, predictionChecksum: predictionChecksum,
                       sidecar: sidecar, seconds: (clock.now - start).seconds, outcome: outcome)
        }
        func failure(_ kind: Failure, _ message: String) -> CaseResult {
            result(.failure(FailureRecord(kind: kind.rawValue, message: message)))
        }

        // Both files at once when there are two to read: decompression is most of the reading.
        let reads = pair.problem == nil ? pair.prediction.map { NIfTI.readLabelPair(pair.reference, $0) } : nil
        let reference: LabelMap
        do { reference = try reads?.0.get() ?? NIfTI.readLabels(pair.reference) } catch {
            return failure(.unreadableReference, "\(error)")
        }
        description.shape = [reference.shape.x, reference.shape.y, reference.shape.z]
        description.spacing = [reference.spacing.x, reference.spacing.y, reference.spacing.z]

        // A failed case keeps its reference's label counts: a report can then penalise exactly
        // the structures the reference holds, without reading the volume again.
        func referenceCounts() -> [Int: Int] {
            Dictionary(uniqueKeysWithValues: reference.labelVoxelCounts().map { (Int($0.key), $0.value) })
        }
        if let problem = pair.problem {
            description.labelVoxels = referenceCounts()
            return failure(.ambiguousFiles, problem)
        }
        guard let predictionPath = pair.prediction else {
            description.labelVoxels = referenceCounts()
            return failure(.missingPrediction, "\(pair.reference): no prediction for case \(pair.name)")
        }
        let prediction: LabelMap
        do { prediction = try reads?.1.get() ?? NIfTI.readLabels(predictionPath) } catch {
            description.labelVoxels = referenceCounts()
            return failure(.unreadablePrediction, "\(error)")
        }
        timing.read += (clock.now - lap).seconds
        lap = clock.now
        defer { timing.metrics += (clock.now - lap).seconds }
        do {
            let prepared = try PairPreparation.prepare(reference: reference, prediction: prediction, options: options)
            if let note = prepared.reoriented { sidecar = PairPreparation.sidecar(reoriented: note) }
            let scores = try Evaluator.score(reference: prepared.reference, prediction: prepared.prediction, structures: options.structures,
                                             addingPresentLabels: options.addingPresentLabels, tolerances: options.tolerances,
                                             extended: options.extended)
            // Every label present is scored unless --labels chose some; either way the scored
            // labels' reference counts are the ones that matter to a report.
            description.labelVoxels = Dictionary(uniqueKeysWithValues: scores.filter { !$0.structure.isRegion && $0.counts.reference > 0 }
                .map { (Int($0.structure.labels[0]), $0.counts.reference) })
            return result(.scores(scores.map { ScoreRecord($0, tolerances: options.tolerances, ignoredVoxels: prepared.ignoredVoxels) }))
        } catch let mismatch as GridMismatch {
            description.labelVoxels = referenceCounts()
            return failure(.gridMismatch, "\(pair.reference) and \(predictionPath): \(mismatch.description)")
        } catch {
            return failure(.unreadablePrediction, "\(predictionPath): \(error)")
        }
    }
}

/// Seconds spent per step, summed over the cases a worker scored.
public struct CaseTiming: Sendable {
    /// SHA-256 of both files.
    public var checksum = 0.0
    /// Reading, gunzipping and decoding both label maps.
    public var read = 0.0
    /// The metrics core.
    public var metrics = 0.0
    public init() {}

    public static func + (a: CaseTiming, b: CaseTiming) -> CaseTiming {
        var sum = a
        sum.checksum += b.checksum
        sum.read += b.read
        sum.metrics += b.metrics
        return sum
    }
}

extension ScoreRecord {
    /// A structure's scores as stored: counts, state, and every defined metric by name.
    /// `ignoredVoxels` (nnU-Net's ignore label) is kept as the metric `ignored_voxel_count`, so
    /// that summary.json's TN leaves those voxels out as nnU-Net's does.
    public init(_ s: StructureScore, tolerances: [Double], ignoredVoxels: Int? = nil) {
        var metrics: [String: Double] = [:]
        for (name, value) in s.metricValues(tolerances: tolerances) { if let value { metrics[name] = value } }
        if let ignoredVoxels { metrics[ScoreRecord.ignoredVoxelCount] = Double(ignoredVoxels) }
        var lesions: [LesionRecord] = []
        if let l = s.lesionWise {
            lesions += l.lesions.enumerated().map { n, lesion in
                LesionRecord(kind: .lesion, number: n + 1, voxels: lesion.voxels, volume: lesion.volume, counted: lesion.counted,
                             matchedComponents: lesion.matchedComponents, dice: lesion.dice, hd95: lesion.hd95)
            }
            lesions += l.falsePositives.enumerated().map { n, component in
                LesionRecord(kind: .falsePositive, number: n + 1, voxels: component.voxels, volume: component.volume, counted: true,
                             matchedComponents: 0, dice: 0, hd95: l.definition.hd95Penalty)
            }
        }
        self.init(structure: s.structure.name, labels: s.structure.labels.map(Int.init), state: s.state.rawValue,
                  tp: s.counts.tp, fp: s.counts.fp, fn: s.counts.fn, nReference: s.counts.reference, nPrediction: s.counts.prediction,
                  metrics: metrics, lesions: lesions)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension ScoreRecord {
    /// The stored metric that holds a case's voxels under nnU-Net's ignore label.
    public static let ignoredVoxelCount = "ignored_voxel_count"
}

/// What is done to a pair before it is scored, the same for a pair of files and for a folder's
/// cases: a prediction on the reference's grid up to a permutation or flip of axes is moved onto
/// it (only when asked), and nnU-Net's ignore label is taken out of both maps.
public enum PairPreparation {
    public struct Prepared: Sendable {
        public var reference: LabelMap
        public var prediction: LabelMap
        /// "LAS → RAS: …" when the prediction was reoriented.
        public var reoriented: String?
        /// Voxels under the ignore label, when there is one.
        public var ignoredVoxels: Int?
    }

    /// The sidecar of a reoriented prediction, and what it says back.
    public static func sidecar(reoriented: String) -> String {
        JSONValue.object([("reoriented_prediction", .string(reoriented))]).render()
    }

    public static func reorientation(inSidecar sidecar: String?) -> String? {
        guard let data = sidecar?.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        return object["reoriented_prediction"] as? String
    }

    /// - Throws: `GridMismatch` when the grids differ and cannot (or may not) be reoriented.
    public static func prepare(reference: LabelMap, prediction: LabelMap, options: ScoringOptions) throws -> Prepared {
        var prepared = Prepared(reference: reference, prediction: prediction)
        if !reference.geometry.isSameGrid(as: prediction.geometry) {
            guard let r = Reorientation.between(source: prediction.geometry, target: reference.geometry), !r.isIdentity else {
                throw GridMismatch(reference: reference.geometry, prediction: prediction.geometry)
            }
            guard options.reorientPrediction else {
                throw GridMismatch(reference: reference.geometry, prediction: prediction.geometry, reorientable: r.description)
            }
            prepared.prediction = r.apply(prediction)
            prepared.reoriented = r.description
        }
        if let ignore = options.ignoreLabel {
            // nnU-Net: use_mask = reference != ignore, applied to TP, FP, FN and TN alike.
            var ignored = 0
            prepared.reference.voxels.withUnsafeMutableBufferPointer { ref in
                prepared.prediction.voxels.withUnsafeMutableBufferPointer { pred in
                    for i in 0..<ref.count {
                        if ref[i] == ignore { ref[i] = 0; pred[i] = 0; ignored += 1 } else if pred[i] == ignore { pred[i] = 0 }
                    }
                }
            }
            prepared.ignoredVoxels = ignored
        }
        return prepared
    }
}
