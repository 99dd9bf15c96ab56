import CNIfTI
import Foundation

extension NIfTI {
    /// The header format to write.
    public enum Format: Sendable { case nifti1, nifti2 }

    /// Writes a volume with its geometry (shape, spacing in mm, the qform and sform with their
    /// codes, so a prediction written on a reference's geometry lies on the reference's grid).
    /// `.nii.gz` names are gzip-compressed.
    ///
    /// libnifti's `nifti_image_write` returns nothing and reports failures on stderr only, so
    /// the file is written under a temporary name, its header read back and compared, and only
    /// then renamed into place: a failed write never leaves a half-written file at `path`.
    public static func write<Scalar: NIfTIScalar>(_ volume: Volume<Scalar>, to path: String, format: Format = .nifti1) throws {
        _ = quietLibrary
        let url = URL(fileURLWithPath: path)
        guard path.hasSuffix(".nii") || path.hasSuffix(".nii.gz") else {
            throw NIfTIError(path: path, problem: .writeFailed("the name must end in .nii or .nii.gz"))
        }
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NIfTIError(path: path, problem: .writeFailed("the folder \(folder) does not exist"))
        }
        let suffix = path.hasSuffix(".nii.gz") ? ".nii.gz" : ".nii"
        let temporary = folder + "/." + url.lastPathComponent + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" + suffix

        let shape = volume.geometry.shape
        let dims: [Int64] = [volume.channels > 1 ? 4 : 3, Int64(shape.x), Int64(shape.y), Int64(shape.z),
                             Int64(volume.channels), 1, 1, 1]
        guard let image = dims.withUnsafeBufferPointer({ nifti_make_new_nim($0.baseAddress, Int32(Scalar.datatype.rawValue), 0) }) else {
            throw NIfTIError(path: path, problem: .writeFailed("libnifti could not make a header for \(shape)"))
        }
        defer { image.pointee.data = nil; nifti_image_free(image) }
        let spacing = volume.geometry.spacing
        cnifti_set_spacing(image, spacing.x, spacing.y, spacing.z)
        let transforms = volume.geometry.transforms
        let qform = transforms.qform.elements, sform = transforms.sform.elements
        cnifti_set_orientation(image, qform, Int32(transforms.qformCode), sform, Int32(transforms.sformCode))
        image.pointee.scl_slope = 1
        image.pointee.scl_inter = 0

        guard nifti_set_filenames(image, temporary, 0, 1) == 0 else {
            throw NIfTIError(path: path, problem: .writeFailed("libnifti refused the file name"))
        }
        volume.voxels.withUnsafeBufferPointer { buffer in
            image.pointee.data = UnsafeMutableRawPointer(mutating: buffer.baseAddress)
            if format == .nifti2 { _ = cnifti_write_nifti2(image, temporary) } else { nifti_image_write(image) }
            image.pointee.data = nil
        }

        // Read back whole, voxels and gzip check included: libnifti's writer reports no error, and
        // on a full disk it leaves a file cut inside its voxels whose header still reads.
        let written: Header
        do { written = try withLoadedData(temporary, check: { _ in }) { _, header in header } } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw NIfTIError(path: path, problem: .writeFailed("the file could not be read back (disk full or not writable?)"))
        }
        guard written.geometry.shape == shape, written.channels == volume.channels, written.datatype == Scalar.datatype,
              written.version == (format == .nifti2 ? 2 : 1) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw NIfTIError(path: path, problem: .writeFailed(
                "read back as \(written.geometry.shape)×\(written.channels) \(written.datatype.name) NIfTI-\(written.version)"))
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw NIfTIError(path: path, problem: .writeFailed(why))
        }
    }
}
