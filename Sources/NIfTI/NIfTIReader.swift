import CNIfTI
import Foundation

/// Reading and writing NIfTI-1 and NIfTI-2 files (`.nii`, `.nii.gz`) through nifticlib.
///
/// libnifti reports problems only as text on stderr. SegBench silences it (debug level 0) and
/// finds the reason itself: it checks the file before handing it over (exists, header bytes,
/// datatype, dimensions against the machine's memory, file length) and, when a data read still
/// fails, counts what the file actually holds. Every error names the file.
///
/// ```swift
/// let reference = try NIfTI.readLabels("case_001.nii.gz")      // Volume<UInt8>
/// let image = try NIfTI.read("case_001_0000.nii.gz", as: Float.self)
/// try NIfTI.write(prediction, to: "pred/case_001.nii.gz")       // geometry from the volume
/// ```
public enum NIfTI {
    /// What a header says, without the voxels.
    public struct Header: Sendable {
        public var geometry: Geometry
        public var channels: Int
        public var datatype: Datatype
        /// 1 or 2: the header format on disk.
        public var version: Int
        /// `scl_slope` and `scl_inter`; a slope of 0 means no scaling.
        public var scaleSlope: Double
        public var scaleIntercept: Double
        /// Byte offset of the voxel data in the (decompressed) file.
        public var dataOffset: Int
    }

    /// Reads only the header.
    public static func readHeader(_ path: String) throws -> Header {
        let image = try openHeader(path)
        defer { nifti_image_free(image) }
        return try header(of: image, path: path)
    }

    /// Reads a label map: every value must be a whole number in 0...255. A float file is
    /// accepted when all its values are integral (many tools save labels as FLOAT32).
    public static func readLabels(_ path: String) throws -> LabelMap {
        try withLoadedImage(path) { image, header in
            let n = header.geometry.voxelCount * header.channels
            let raw = UnsafeRawPointer(image.pointee.data!)
            let voxels: [UInt8]
            if header.datatype == .uint8 {
                voxels = Array(UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: n))
            } else {
                switch decodeLabels(raw, header.datatype, count: n) {
                case .success(let decoded): voxels = decoded
                case .failure(let bad):
                    let voxel = Volume<UInt8>.voxelCoordinates(bad.index, geometry: header.geometry, channels: header.channels)
                    if bad.value.rounded() != bad.value || !bad.value.isFinite {
                        throw NIfTIError(path: path, problem: .nonIntegralLabel(value: bad.value, voxel: voxel))
                    }
                    throw NIfTIError(path: path, problem: .labelOutOfRange(value: bad.value, voxel: voxel, range: "0...255"))
                }
            }
            return Volume(geometry: header.geometry, channels: header.channels, voxels: voxels)
        }
    }

    /// Reads an image converting every voxel to `Scalar`; for real-valued targets the header's
    /// `scl_slope`/`scl_inter` are applied (libnifti does not), integer targets are clamped.
    public static func read<Scalar: NIfTIScalar>(_ path: String, as type: Scalar.Type) throws -> Volume<Scalar> {
        try withLoadedImage(path) { image, header in
            let n = header.geometry.voxelCount * header.channels
            let raw = UnsafeRawPointer(image.pointee.data!)
            let scaled = Scalar.datatype == .float32 || Scalar.datatype == .float64
            let slope = scaled && header.scaleSlope != 0 ? header.scaleSlope : 1
            let intercept = scaled && header.scaleSlope != 0 ? header.scaleIntercept : 0
            let voxels: [Scalar] = decode(raw, header.datatype, count: n) { Scalar(clamping: $0 * slope + intercept) }
            return Volume(geometry: header.geometry, channels: header.channels, voxels: voxels)
        }
    }

    // MARK: - Opening and checking

    /// libnifti's messages go to stderr with no way to capture them per call; SegBench explains
    /// failures itself, so the library is kept quiet. Set once, before any read (the setting is
    /// process-global and libnifti is otherwise thread-compatible).
    static let quietLibrary: Void = { nifti_set_debug_level(0) }()

    static func openHeader(_ path: String) throws -> UnsafeMutablePointer<nifti_image> {
        _ = quietLibrary
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NIfTIError(path: path, problem: .missing)
        }
        if isDirectory.boolValue { throw NIfTIError(path: path, problem: .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw NIfTIError(path: path, problem: .unreadable("permission denied"))
        }
        // Check the header bytes first: libnifti accepts some damaged headers silently and
        // rejects others without saying why.
        try HeaderCheck.inspect(path)
        guard let image = nifti_image_read(path, 0) else {
            throw NIfTIError(path: path, problem: .notNIfTI("libnifti could not parse the header"))
        }
        return image
    }

    static func header(of image: UnsafeMutablePointer<nifti_image>, path: String) throws -> Header {
        let nim = image.pointee
        let code = Int(nim.datatype)
        guard let datatype = Datatype(rawValue: code) else {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: code, name: "unknown"))
        }
        let ndim = Int(cnifti_dim(image, 0))
        guard (1...7).contains(ndim) else { throw NIfTIError(path: path, problem: .invalidHeader("dim[0] = \(ndim), expected 1...7")) }
        var dims = [Int](repeating: 1, count: 8)
        for axis in 1...ndim {
            let d = Int(cnifti_dim(image, Int32(axis)))
            guard d >= 1 else { throw NIfTIError(path: path, problem: .invalidHeader("dim[\(axis)] = \(d)")) }
            dims[axis] = d
        }
        let unit: Double
        switch Int(nim.xyz_units) & 0x07 {
        case Int(NIFTI_UNITS_METER): unit = 1000
        case Int(NIFTI_UNITS_MICRON): unit = 0.001
        default: unit = 1  // mm, or unset (nibabel and every viewer assume mm)
        }
        let pixdim = (1...3).map { axis -> Double in
            let p = abs(cnifti_pixdim(image, Int32(axis)))
            return (axis <= ndim && p > 0 ? p : 1) * unit
        }
        let shape = Shape(dims[1], dims[2], dims[3])
        let spacing = Spacing(pixdim[0], pixdim[1], pixdim[2])
        func matrix(_ element: (UnsafePointer<nifti_image>, Int32, Int32) -> Double) -> Affine {
            Affine(rows: (0..<4).map { r in (0..<4).map { c in element(image, Int32(r), Int32(c)) } })
        }
        let transforms = Transforms(qformCode: Int(nim.qform_code), qform: matrix(cnifti_qto_xyz),
                                    sformCode: Int(nim.sform_code), sform: matrix(cnifti_sto_xyz))
        let geometry = Geometry(shape: shape, spacing: spacing,
                                affine: transforms.bestAffine(shape: shape, spacing: spacing), transforms: transforms)
        let version = Int(cnifti_header_version(path))
        return Header(geometry: geometry, channels: dims[4...7].reduce(1, *), datatype: datatype,
                      version: version == 2 ? 2 : 1, scaleSlope: Double(nim.scl_slope),
                      scaleIntercept: Double(nim.scl_inter), dataOffset: Int(nim.iname_offset))
    }

    /// Opens, checks, loads the voxels and hands the loaded image to `body`.
    static func withLoadedImage<T>(_ path: String, _ body: (UnsafeMutablePointer<nifti_image>, Header) throws -> T) throws -> T {
        let image = try openHeader(path)
        defer { nifti_image_free(image) }
        let header = try header(of: image, path: path)
        guard header.datatype.isSupported else {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: header.datatype.rawValue, name: header.datatype.name))
        }
        let bytes = try dataSize(header, path: path)
        // An uncompressed file's length is known: refuse a short one before reading.
        if !path.hasSuffix(".gz"), let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size < header.dataOffset + bytes {
            throw NIfTIError(path: path, problem: .truncated(
                "the header needs \(bytes) bytes of voxel data from offset \(header.dataOffset), the file has \(max(0, size - header.dataOffset))"))
        }
        guard nifti_image_load(image) == 0, image.pointee.data != nil else {
            let found = cnifti_count_bytes(path, Int64(header.dataOffset), Int64(bytes))
            if found >= 0 && found < bytes {
                throw NIfTIError(path: path, problem: .truncated(
                    "the header needs \(bytes) bytes of voxel data, the \(path.hasSuffix(".gz") ? "decompressed stream" : "file") ends after \(found)"))
            }
            throw NIfTIError(path: path, problem: .unreadable("libnifti could not load the voxel data"))
        }
        return try body(image, header)
    }

    /// Bytes of voxel data the header declares, refused when larger than this machine's memory
    /// (a corrupt or hostile header can claim terabytes; allocating first would kill the process).
    static func dataSize(_ header: Header, path: String) throws -> Int {
        let shape = header.geometry.shape
        var total = header.datatype.size
        for factor in [shape.x, shape.y, shape.z, header.channels] {
            let (product, overflow) = total.multipliedReportingOverflow(by: factor)
            guard !overflow else {
                throw NIfTIError(path: path, problem: .tooLarge("the header declares \(shape)×\(header.channels) voxels, more than can be addressed"))
            }
            total = product
        }
        let memory = physicalMemory()
        if total > memory {
            throw NIfTIError(path: path, problem: .tooLarge(
                "the header declares \(shape)×\(header.channels) voxels of \(header.datatype.name) = \(gigabytes(total)), more than this machine's \(gigabytes(memory)) of memory"))
        }
        return total
    }

    static func physicalMemory() -> Int {
        Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func gigabytes(_ bytes: Int) -> String { String(format: "%.1f GB", Double(bytes) / 1e9) }
}

extension Volume {
    /// `(i, j, k)` of a linear index, with the channel appended for 4D images.
    static func voxelCoordinates(_ index: Int, geometry: Geometry, channels: Int) -> [Int] {
        let n = geometry.voxelCount, nx = geometry.shape.x, ny = geometry.shape.y
        let within = index % n
        let ijk = [within % nx, (within / nx) % ny, within / (nx * ny)]
        return channels > 1 ? ijk + [index / n] : ijk
    }
}
