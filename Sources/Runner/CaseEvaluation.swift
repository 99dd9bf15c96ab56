import Catalog
import Foundation
import Harness
import Metrics
import NIfTI
import Store

/// Checks one prediction and scores it: every way it can be wrong becomes a failure record that
/// names the file, never a thrown error, so one bad case costs only itself.
///
/// Checks, in order: the reference reads; the prediction exists (else the method's exit status
/// and the end of its log say why); it reads as NIfTI; its values are all among the method's
/// output labels; it lies on the case's grid. Both maps then go into the label space and the
/// split's structures that the case annotates are scored.
struct CaseEvaluation: Sendable {
    let plan: RunPlan

    /// Failure kinds a run stores, besides `CaseScoring`'s.
    enum Failure: String {
        case methodFailed = "method_failed"
        case timeout
        case labelsOutOfRange = "labels_out_of_range"
        case sidecarTooLarge = "sidecar_too_large"
        case unreadableSidecar = "unreadable_sidecar"
    }

    /// The most a sidecar may hold: it is stored whole with the case, or the case fails.
    static let sidecarLimit = 65_536

    /// A method's sidecar: absent, its text, or why it cannot be stored (too large, not a
    /// regular file, not UTF-8). Never cut: a cut JSON is no JSON.
    enum Sidecar: Sendable {
        case none
        case text(String)
        case refused(kind: String, message: String)

        var text: String? { if case .text(let t) = self { t } else { nil } }

        /// Two sidecars made into one (an interacted case's), unless either is refused.
        func combined(with other: Sidecar, _ merge: (String?, String?) -> String) -> Sidecar {
            if case .refused = self { return self }
            if case .refused = other { return other }
            return .text(merge(text, other.text))
        }
    }

    /// The method's values into the space: its declared output labels, or the space's own.
    var predictionTranslation: LabelTranslation {
        let outputs = plan.method.outputLabels ?? Dictionary(uniqueKeysWithValues: plan.labels.map { ($0.name, Int($0.value)) })
        return .outputs(outputs, space: plan.space)
    }

    func referenceTranslation(_ c: PlannedCase) -> LabelTranslation {
        LabelTranslation.dataset(plan.datasets[c.entry.dataset]!, values: plan.labels.valuesByName)
    }

    /// The reference in space values (only the labels the split scores).
    func reference(_ c: PlannedCase) throws -> LabelMap {
        referenceTranslation(c).apply(try NIfTI.readLabels(c.entry.label)).map
    }

    func describe(_ c: PlannedCase) -> CaseDescription {
        let acquisition = JSONValue.object(c.entry.acquisition.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.value)) })
        return CaseDescription(dataset: c.entry.dataset, name: c.name, subject: c.entry.subject, referencePath: c.entry.label,
                               referenceChecksum: Checksum.file(c.entry.label) ?? "unreadable", acquisition: acquisition.render(style: .init(indentWidth: 0)))
    }

    /// - Parameters:
    ///   - prediction: where the prediction should be.
    ///   - call: the method call that should have written it (command methods).
    func evaluate(_ c: PlannedCase, prediction: String, call: Subprocess.Outcome?, sidecar file: Sidecar, timing: inout CaseTiming) -> CaseResult {
        let sidecar = file.text
        let clock = ContinuousClock(), start = clock.now
        var description = describe(c)
        var predictionChecksum: String?
        timing.checksum += (clock.now - start).seconds
        func result(_ outcome: CaseResult.Outcome) -> CaseResult {
            CaseResult(caseDescription: description, predictionPath: prediction, predictionChecksum: predictionChecksum, sidecar: sidecar,
                       seconds: (clock.now - start).seconds, outcome: outcome, inputChecksum: c.inputChecksum)
        }
        func failure(_ kind: String, _ message: String) -> CaseResult {
            let failedCall = call.flatMap { $0.succeeded ? nil : $0 }
            return result(.failure(FailureRecord(kind: kind, message: message, exitStatus: call?.exitStatus, stderrTail: failedCall?.stderrTail ?? call?.stderrTail)))
        }

        var lap = clock.now
        let reference: LabelMap
        do { reference = try self.reference(c) } catch { return failure(CaseScoring.Failure.unreadableReference.rawValue, "\(error)") }
        description.shape = [reference.shape.x, reference.shape.y, reference.shape.z]
        description.spacing = [reference.spacing.x, reference.spacing.y, reference.spacing.z]
        description.labelVoxels = Dictionary(uniqueKeysWithValues: reference.labelVoxelCounts().map { (Int($0.key), $0.value) })

        let method = plan.method.name
        guard FileManager.default.fileExists(atPath: prediction) else {
            if let call, call.timedOut {
                return failure(Failure.timeout.rawValue, "\(method) was \(call.explanation) before writing \(prediction)")
            }
            if let call, !call.succeeded {
                return failure(Failure.methodFailed.rawValue, "\(method) \(call.explanation) before writing \(prediction)")
            }
            let after = call.map { " (it \($0.explanation))" } ?? ""
            return failure(CaseScoring.Failure.missingPrediction.rawValue, "\(prediction): no prediction for case \(c.name) from \(method)\(after)")
        }
        if case .refused(let kind, let message) = file { return failure(kind, message) }
        predictionChecksum = Checksum.file(prediction)
        let raw: LabelMap
        do { raw = try NIfTI.readLabels(prediction) } catch {
            return failure(CaseScoring.Failure.unreadablePrediction.rawValue, "\(error)")
        }
        let (mapped, unknown) = predictionTranslation.apply(raw)
        timing.read += (clock.now - lap).seconds
        if !unknown.isEmpty {
            let found = unknown.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value) voxels)" }.joined(separator: ", ")
            let declared = (plan.method.outputLabels.map { $0.sorted { $0.value < $1.value }.map { "\($0.key) \($0.value)" } }
                ?? plan.labels.map { "\($0.name) \($0.value)" }).joined(separator: ", ")
            return failure(Failure.labelsOutOfRange.rawValue, "\(prediction): label value(s) \(found) are not among \(method)'s output labels (\(declared))")
        }
        lap = clock.now
        defer { timing.metrics += (clock.now - lap).seconds }
        do {
            let scores = try Evaluator.score(reference: reference, prediction: mapped, structures: c.structures, tolerances: plan.tolerances,
                                             extended: plan.extended)
            return result(.scores(scores.map { ScoreRecord($0, tolerances: plan.tolerances) }))
        } catch let mismatch as GridMismatch {
            let image = c.images.sorted { $0.key < $1.key }.first?.value ?? c.entry.label
            return failure(CaseScoring.Failure.gridMismatch.rawValue, "\(prediction) is not on the grid of \(image): \(mismatch.description)")
        } catch {
            return failure(CaseScoring.Failure.unreadablePrediction.rawValue, "\(prediction): \(error)")
        }
    }

    /// The sidecar a method wrote next to a prediction, if any: whole, or refused with the file
    /// and the reason (over `sidecarLimit` bytes, not a regular file, not UTF-8 text).
    static func sidecar(at path: String) -> Sidecar {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .refused(kind: Failure.unreadableSidecar.rawValue, message: "\(path): the sidecar is not a regular file")
        }
        guard info.st_size <= sidecarLimit else {
            return .refused(kind: Failure.sidecarTooLarge.rawValue,
                            message: "\(path): the sidecar holds \(info.st_size) bytes, over the \(sidecarLimit) a sidecar may hold "
                                + "(docs/methods.md); it is neither stored nor cut")
        }
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return .none }
        guard let text = String(data: data, encoding: .utf8) else {
            return .refused(kind: Failure.unreadableSidecar.rawValue, message: "\(path): the sidecar is not UTF-8 text")
        }
        return .text(text)
    }
}
