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

    public init(structures: [Structure]? = nil, addingPresentLabels: Bool = false, tolerances: [Double] = [1, 2],
                extended: ExtendedMetrics = .none) {
        self.structures = structures
        self.addingPresentLabels = addingPresentLabels
        self.tolerances = tolerances
        self.extended = extended
    }

    /// The options as canonical JSON text: stored with the run, and checksummed to tell runs apart.
    /// `extended` appears only when it asks for something, so the runs that ask for nothing keep
    /// the checksum they had before the extended metrics existed.
    public var canonicalJSON: String {
        var members: [(String, JSONValue)] = [("structures", structures.map(Self.json) ?? .null), ("adding_present_labels", .bool(addingPresentLabels)),
                                              ("tolerances", .array(tolerances.map(JSONValue.number)))]
        if !extended.isEmpty { members.append(("extended", extended.json)) }
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
        func result(_ outcome: CaseResult.Outcome) -> CaseResult {
            CaseResult(caseDescription: description, predictionPath: pair.prediction, predictionChecksum: predictionChecksum,
                       seconds: (clock.now - start).seconds, outcome: outcome)
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
            let scores = try Evaluator.score(reference: reference, prediction: prediction, structures: options.structures,
                                             addingPresentLabels: options.addingPresentLabels, tolerances: options.tolerances,
                                             extended: options.extended)
            // Every label present is scored unless --labels chose some; either way the scored
            // labels' reference counts are the ones that matter to a report.
            description.labelVoxels = Dictionary(uniqueKeysWithValues: scores.filter { !$0.structure.isRegion && $0.counts.reference > 0 }
                .map { (Int($0.structure.labels[0]), $0.counts.reference) })
            return result(.scores(scores.map { ScoreRecord($0, tolerances: options.tolerances) }))
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
    public init(_ s: StructureScore, tolerances: [Double]) {
        var metrics: [String: Double] = [:]
        for (name, value) in s.metricValues(tolerances: tolerances) { if let value { metrics[name] = value } }
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
