import Foundation

/// One case of a folder pair: its reference, and its prediction if there is one.
public struct CasePair: Sendable, Hashable {
    public var name: String
    public var reference: String
    public var prediction: String?
    /// Set when the case cannot be paired unambiguously (two files for one case name).
    public var problem: String?
}

/// Which files of a reference folder and a prediction folder belong together.
///
/// Files pair by case name, nnU-Net's convention: `CASE.nii.gz` (or `CASE.nii`) in both folders.
/// Image files named `CASE_0000.nii.gz` (a four-digit channel suffix) and anything that is not
/// NIfTI (`summary.json`, `plans.json`, …) are ignored, so a prediction folder straight out of
/// `nnUNetv2_predict` pairs as it is.
public struct FolderPairing: Sendable {
    /// One entry per reference case, in case-name order; `prediction` is `nil` when missing.
    public var pairs: [CasePair]
    /// Predictions whose case has no reference: listed, never scored.
    public var predictionsWithoutReference: [String]
    /// Files skipped in either folder (channel images, non-NIfTI files).
    public var ignored: [String]

    public static let endings = [".nii.gz", ".nii"]

    /// - Throws: `FolderError` naming the folder when it is missing, not a folder, or holds no
    ///   reference label maps.
    public static func pair(referenceFolder: String, predictionFolder: String) throws -> FolderPairing {
        let references = try listing(referenceFolder)
        let predictions = try listing(predictionFolder)
        guard !references.cases.isEmpty else {
            throw FolderError(path: referenceFolder, reason: "holds no reference label maps (CASE.nii.gz or CASE.nii)")
        }
        let pairs = references.cases.keys.sorted().map { name -> CasePair in
            let refs = references.cases[name]!, preds = predictions.cases[name] ?? []
            var problem: String?
            if refs.count > 1 { problem = "two reference files for case \(name): \(refs.joined(separator: ", "))" }
            if preds.count > 1 { problem = "two prediction files for case \(name): \(preds.joined(separator: ", "))" }
            return CasePair(name: name, reference: refs[0], prediction: preds.first, problem: problem)
        }
        let extra = predictions.cases.keys.filter { references.cases[$0] == nil }.sorted().flatMap { predictions.cases[$0]! }
        return FolderPairing(pairs: pairs, predictionsWithoutReference: extra, ignored: references.ignored + predictions.ignored)
    }

    /// The case name of a file, or `nil` when it is not a label map: `BraTS_001.nii.gz` → `BraTS_001`.
    public static func caseName(_ fileName: String) -> String? {
        guard let ending = endings.first(where: { fileName.hasSuffix($0) }) else { return nil }
        let name = String(fileName.dropLast(ending.count))
        guard !name.isEmpty, !isChannelImage(name) else { return nil }
        return name
    }

    /// `CASE_0000`: nnU-Net's image naming, a channel index of exactly four digits.
    static func isChannelImage(_ name: String) -> Bool {
        let parts = name.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count > 1, let last = parts.last else { return false }
        return last.count == 4 && last.allSatisfy(\.isASCIIDigit)
    }

    /// Whether `path` exists and is a folder.
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func listing(_ folder: String) throws -> (cases: [String: [String]], ignored: [String]) {
        guard FileManager.default.fileExists(atPath: folder) else { throw FolderError(path: folder, reason: "no such folder") }
        guard isFolder(folder) else { throw FolderError(path: folder, reason: "not a folder") }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw FolderError(path: folder, reason: "cannot be listed (\(error.localizedDescription))")
        }
        var cases: [String: [String]] = [:], ignored: [String] = []
        for file in names.sorted() where !file.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(file)
            if let name = caseName(file) { cases[name, default: []].append(path) } else { ignored.append(path) }
        }
        return (cases, ignored)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A folder that cannot be used, named by its path.
public struct FolderError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
