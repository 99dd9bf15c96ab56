import Foundation
import NIfTI

/// One case of a folder pair: its reference, and its prediction if there is one.
public struct CasePair: Sendable, Hashable {
    public var name: String
    public var reference: String
    public var prediction: String?
    /// Set when the case cannot be paired unambiguously (two files for one case name).
    public var problem: String?
}

/// A file of either folder that is not part of any pair, and why.
public struct UnpairedFile: Sendable, Hashable, CustomStringConvertible {
    public enum Folder: String, Sendable { case reference, prediction }

    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// Not named `*.nii.gz` or `*.nii` (`plans.json`, an earlier `summary.json`).
        case notNIfTI
        /// A name starting with a dot (`.DS_Store`, an editor's swap file).
        case hidden
        /// A folder inside the folder.
        case folder
        /// `CASE_0000.nii.gz` in the prediction folder, where `CASE` is a reference case and
        /// `CASE_0000` is not: nnU-Net's naming of an image channel.
        case channelImage(ofCase: String)
        /// A label map in the prediction folder whose case the reference folder does not hold.
        case noReference

        public var description: String {
            switch self {
            case .notNIfTI: "not a NIfTI file (.nii.gz or .nii)"
            case .hidden: "a hidden file"
            case .folder: "a folder"
            case .channelImage(let name): "an image channel of case \(name) (nnU-Net's CASE_0000 naming)"
            case .noReference: "a prediction without a reference"
            }
        }
    }

    public var path: String
    public var folder: Folder
    public var reason: Reason

    public var description: String { "\((path as NSString).lastPathComponent) (\(folder.rawValue) folder): \(reason)" }
}

/// Which files of a reference folder and a prediction folder belong together.
///
/// The reference folder decides what a case is: every `NAME.nii.gz` (or `NAME.nii`) in it is
/// the case `NAME`, whatever its name looks like (`amos_0001`, `FLARE22_Tr_0001`, `case_00000`,
/// `BraTS-GLI-00000-000`, `s0011`). A prediction file pairs with the reference case of the same
/// name. nnU-Net's image naming is recognised only where it cannot be a case: a prediction file
/// `X_dddd` (four digits) is a channel image when `X` is a reference case and `X_dddd` is not.
/// Every file that pairs with nothing is kept in ``unpaired`` with its reason, never dropped
/// in silence.
public struct FolderPairing: Sendable {
    /// One entry per reference case, in case-name order; `prediction` is `nil` when missing.
    public var pairs: [CasePair]
    /// Every file of either folder that is in no pair, with its reason, in path order.
    public var unpaired: [UnpairedFile]

    /// Predictions whose case has no reference: listed, never scored.
    public var predictionsWithoutReference: [String] {
        unpaired.filter { $0.reason == .noReference }.map(\.path)
    }

    public static let endings = [".nii.gz", ".nii"]

    /// - Throws: `FolderError` naming the folder when it is missing, not a folder, or holds no
    ///   reference label maps.
    /// `fileEnding` (dataset.json's `file_ending`, e.g. `.nii.gz`) narrows the label maps to the
    /// files with that ending, as nnU-Net lists them.
    public static func pair(referenceFolder: String, predictionFolder: String, fileEnding: String? = nil) throws -> FolderPairing {
        let endings = fileEnding.map { [$0] } ?? endings
        let references = try listing(referenceFolder, as: .reference, endings: endings)
        let predictions = try listing(predictionFolder, as: .prediction, endings: endings)
        guard !references.labelMaps.isEmpty else {
            throw FolderError(path: referenceFolder, reason: "holds no reference label maps (\(endings.map { "NAME" + $0 }.joined(separator: " or ")))"
                              + foreignContents(referenceFolder, references.unpaired))
        }
        var unpaired = references.unpaired + predictions.unpaired
        var predictionsByCase: [String: [String]] = [:]
        for (name, paths) in predictions.labelMaps {
            if references.labelMaps[name] != nil {
                predictionsByCase[name] = paths
            } else if let owner = channelOwner(name), references.labelMaps[owner] != nil {
                unpaired += paths.map { UnpairedFile(path: $0, folder: .prediction, reason: .channelImage(ofCase: owner)) }
            } else {
                unpaired += paths.map { UnpairedFile(path: $0, folder: .prediction, reason: .noReference) }
            }
        }
        let pairs = references.labelMaps.keys.sorted().map { name -> CasePair in
            let refs = references.labelMaps[name]!, preds = predictionsByCase[name] ?? []
            var problem: String?
            if refs.count > 1 { problem = "two reference files for case \(name): \(refs.joined(separator: ", "))" }
            if preds.count > 1 { problem = "two prediction files for case \(name): \(preds.joined(separator: ", "))" }
            return CasePair(name: name, reference: refs[0], prediction: preds.first, problem: problem)
        }
        return FolderPairing(pairs: pairs, unpaired: unpaired.sorted { ($0.folder.rawValue, $0.path) < ($1.folder.rawValue, $1.path) })
    }

    /// The case name of a NIfTI file name, or `nil` when it is not one: `amos_0001.nii.gz` → `amos_0001`.
    public static func labelMapName(_ fileName: String, endings: [String] = endings) -> String? {
        guard let ending = endings.first(where: { fileName.hasSuffix($0) }) else { return nil }
        let name = String(fileName.dropLast(ending.count))
        return name.isEmpty ? nil : name
    }

    /// `X` of `X_dddd` (nnU-Net's channel suffix: exactly four digits after the last underscore),
    /// or `nil` when the name has no such suffix.
    static func channelOwner(_ name: String) -> String? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let suffix = name[name.index(after: underscore)...]
        guard suffix.count == 4, suffix.allSatisfy(\.isASCIIDigit), underscore > name.startIndex else { return nil }
        return String(name[..<underscore])
    }

    /// Whether `path` exists and is a folder.
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The folder's NIfTI files by name, and everything else with its reason.
    static func listing(_ folder: String, as side: UnpairedFile.Folder, endings: [String] = endings) throws
        -> (labelMaps: [String: [String]], unpaired: [UnpairedFile]) {
        guard FileManager.default.fileExists(atPath: folder) else { throw FolderError(path: folder, reason: "no such folder") }
        guard isFolder(folder) else { throw FolderError(path: folder, reason: "not a folder") }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw FolderError(path: folder, reason: "cannot be listed (\(error.localizedDescription))")
        }
        var labelMaps: [String: [String]] = [:], unpaired: [UnpairedFile] = []
        for file in names.sorted() {
            let path = (folder as NSString).appendingPathComponent(file)
            if file.hasPrefix(".") {
                unpaired.append(UnpairedFile(path: path, folder: side, reason: .hidden))
            } else if isFolder(path) {
                unpaired.append(UnpairedFile(path: path, folder: side, reason: .folder))
            } else if let name = labelMapName(file, endings: endings) {
                // Anything else with a NIfTI name (a FIFO, a dangling link) is a case: its reader names the fault.
                labelMaps[name, default: []].append(path)
            } else {
                unpaired.append(UnpairedFile(path: path, folder: side, reason: .notNIfTI))
            }
        }
        return (labelMaps, unpaired)
    }
}

extension FolderPairing {
    /// Why a folder with no label maps has none, when it holds a format SegBench does not read:
    /// a DICOM series, or files of another format (the first one's advice).
    static func foreignContents(_ folder: String, _ unpaired: [UnpairedFile]) -> String {
        if ForeignFormat.isDICOMFolder(folder) { return "; it is " + ForeignFormat.dicomFolderAdvice }
        let files = unpaired.filter { $0.reason == .notNIfTI }
        for file in files {
            if let format = ForeignFormat.identify(file: file.path) {
                let count = files.count { ForeignFormat.identify(file: $0.path) == format }
                return "; \((file.path as NSString).lastPathComponent)\(count > 1 ? " (and \(count - 1) more)" : "") is " + format.advice
            }
        }
        return ""
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
