import Foundation

/// The image formats of the field that SegBench does not read, recognised by their first bytes
/// (or, for a folder, by the DICOM files in it), so that a user given one is told what it is and
/// how to convert it, instead of what its first four bytes would mean as a NIfTI header.
public enum ForeignFormat: String, Sendable, CaseIterable {
    case nrrd = "NRRD"
    case metaImage = "MetaImage"
    case zip = "zip archive"
    case dicom = "DICOM"
    case numpy = "NumPy .npy"

    /// What SegBench reads, said after every refusal.
    static let reads = "SegBench reads NIfTI-1/2 (.nii, .nii.gz)"

    /// The format of a file from its first bytes and its name; nil when it is none of these.
    public static func identify(path: String, bytes: ArraySlice<UInt8>) -> ForeignFormat? {
        let head = Array(bytes.prefix(512))
        func starts(_ text: String) -> Bool { head.starts(with: Array(text.utf8)) }
        let name = path.lowercased()
        if starts("NRRD000") { return .nrrd }
        if head.starts(with: [0x93] + Array("NUMPY".utf8)) { return .numpy }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.count >= 132, Array(head[128..<132]) == Array("DICM".utf8) { return .dicom }
        // MetaImage has a text header of KEY = VALUE lines, usually opening with ObjectType or NDims.
        if starts("ObjectType") || starts("NDims") || name.hasSuffix(".mha") || name.hasSuffix(".mhd") { return .metaImage }
        if name.hasSuffix(".nrrd") || name.hasSuffix(".nhdr") { return .nrrd }
        if name.hasSuffix(".npy") { return .numpy }
        if name.hasSuffix(".zip") { return .zip }
        if name.hasSuffix(".dcm") { return .dicom }
        return nil
    }

    /// The format of a file on disk from its first bytes as stored (no decompression).
    public static func identify(file path: String) -> ForeignFormat? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: 512)) ?? Data()
        return identify(path: path, bytes: ArraySlice(bytes))
    }

    /// Whether a folder holds DICOM files (a series): a file with the DICM mark at byte 128.
    public static func isDICOMFolder(_ path: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        for name in names.sorted().prefix(20) {
            let file = (path as NSString).appendingPathComponent(name)
            guard let handle = FileHandle(forReadingAtPath: file) else { continue }
            let bytes = (try? handle.read(upToCount: 132)) ?? Data()
            try? handle.close()
            if bytes.count == 132, Array(bytes[128..<132]) == Array("DICM".utf8) { return true }
        }
        return false
    }

    /// The sentence that replaces the header-size error: what the file is and how to convert it.
    public var advice: String {
        switch self {
        case .nrrd:
            return "an NRRD file; \(Self.reads): convert with e.g. `c3d in.nrrd -o out.nii.gz` or SimpleITK "
                + "(`sitk.WriteImage(sitk.ReadImage('in.nrrd'), 'out.nii.gz')`)"
        case .metaImage:
            return "a MetaImage file (.mha/.mhd); \(Self.reads): convert with e.g. `c3d in.mha -o out.nii.gz` or SimpleITK "
                + "(`sitk.WriteImage(sitk.ReadImage('in.mha'), 'out.nii.gz')`)"
        case .zip:
            return "a zip archive; \(Self.reads): unpack it first (`unzip in.zip`) and give the .nii or .nii.gz inside"
        case .dicom:
            return "a DICOM file; \(Self.reads): convert its series folder with e.g. `dcm2niix -z y -o OUT_DIR SERIES_DIR` "
                + "(a DICOM SEG or RTSTRUCT with `dcmqi` or `rt_utils`)"
        case .numpy:
            return "a NumPy .npy array, which has no voxel spacing or orientation; \(Self.reads): save it with its reference's "
                + "affine, e.g. `nib.save(nib.Nifti1Image(np.load('in.npy').astype(np.uint8), ref.affine), 'out.nii.gz')`"
        }
    }

    /// The advice for a folder of DICOM files.
    public static let dicomFolderAdvice = "a folder of DICOM files (a series); \(reads): convert it with e.g. "
        + "`dcm2niix -z y -o OUT_DIR \"$FOLDER\"` and give the .nii.gz it writes"
}
