import CNIfTI
import Foundation

/// Reading and writing NIfTI-1 and NIfTI-2 files (`.nii`, `.nii.gz`) through nifticlib.
///
/// libnifti reports problems only as text on stderr, and reads some damaged files silently
/// wrong (voxels from byte 348 when `vox_offset` is too small, NaN voxels as 0). SegBench
/// therefore checks the file itself (a regular file, its header bytes field by field, its
/// dimensions against the machine's memory, its length), lets libnifti parse the header as a
/// second opinion, and reads the voxels itself through znzlib from `vox_offset`, as nibabel does.
/// The geometry is computed from the header's own fields exactly as nibabel 5 computes it.
/// Every error names the file.
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
        /// `scl_slope` and `scl_inter` as stored; a slope of 0 or NaN means no scaling (nibabel).
        public var scaleSlope: Double
        public var scaleIntercept: Double
        /// Byte offset of the voxel data in the (decompressed) file.
        public var dataOffset: Int
        /// Whether the file's byte order is the opposite of this machine's.
        var swapped: Bool = false
        /// dim[0...7] as stored.
        var dims: [Int] = []

        /// nibabel's `get_slope_inter`: nil when the slope is 0 or not finite (no scaling).
        var scaling: (slope: Double, intercept: Double)? {
            guard scaleSlope != 0 && scaleSlope.isFinite else { return nil }
            return (scaleSlope, scaleIntercept)
        }
    }

    /// Reads only the header.
    public static func readHeader(_ path: String) throws -> Header {
        let raw = try openHeader(path)
        return try header(of: raw, path: path)
    }

    /// Reads a label map: one volume, every value a whole number in 0...255. A float file is
    /// accepted when all its values are integral (many tools save labels as FLOAT32). A label
    /// map must store its labels unscaled: `scl_slope` 0, NaN or 1 with `scl_inter` 0 (or any
    /// intercept when the slope is 0 or NaN, which nibabel ignores); anything else is refused.
    public static func readLabels(_ path: String) throws -> LabelMap { try readLabels(path, libdeflate: true) }

    /// `libdeflate: false` reads a `.nii.gz` through znzlib only, the fallback path (for tests).
    static func readLabels(_ path: String, libdeflate: Bool) throws -> LabelMap {
        try withLoadedData(path, libdeflate: libdeflate, check: { header in
            if header.channels > 1 {
                throw NIfTIError(path: path, problem: .multipleVolumes(
                    "\(header.channels) volumes (dim[0] = \(header.ndim), dim[4...\(header.ndim)] = \(header.extraDims)); score one volume at a time"))
            }
            if let scaling = header.scaling, scaling.slope != 1 || scaling.intercept != 0 {
                throw NIfTIError(path: path, problem: .invalidHeader(
                    "scl_slope = \(format(scaling.slope)), scl_inter = \(format(scaling.intercept)) scale the stored values; a label map must store its labels unscaled (scl_slope 0 or 1, scl_inter 0)"))
            }
        }) { stored, header in
            let n = header.geometry.voxelCount * header.channels
            let voxels: [UInt8]
            if header.datatype == .uint8 {
                voxels = stored.takeBytes()
            } else {
                switch stored.withVoxels({ decodeLabels($0, header.datatype, count: n) }) {
                case .success(let decoded): voxels = decoded
                case .failure(let bad):
                    let voxel = Volume<UInt8>.voxelCoordinates(bad.index, geometry: header.geometry, channels: header.channels)
                    if !bad.value.isFinite {
                        throw NIfTIError(path: path, problem: .nonFiniteLabel(value: bad.value, voxel: voxel))
                    }
                    if bad.value.rounded() != bad.value {
                        throw NIfTIError(path: path, problem: .nonIntegralLabel(value: bad.value, voxel: voxel))
                    }
                    throw NIfTIError(path: path, problem: .labelOutOfRange(value: bad.value, voxel: voxel, range: "0...255"))
                }
            }
            return Volume(geometry: header.geometry, channels: header.channels, voxels: voxels)
        }
    }

    /// Reads an image converting every voxel to `Scalar`; for real-valued targets the header's
    /// `scl_slope`/`scl_inter` are applied as nibabel applies them (not when the slope is 0 or
    /// NaN; a finite slope with a non-finite intercept is refused, as nibabel refuses it).
    /// Integer targets are clamped. 4D images keep their volumes as channels.
    public static func read<Scalar: NIfTIScalar>(_ path: String, as type: Scalar.Type) throws -> Volume<Scalar> {
        try read(path, as: type, libdeflate: true)
    }

    static func read<Scalar: NIfTIScalar>(_ path: String, as type: Scalar.Type, libdeflate: Bool) throws -> Volume<Scalar> {
        let real = Scalar.datatype == .float32 || Scalar.datatype == .float64
        return try withLoadedData(path, libdeflate: libdeflate, check: { header in
            if real, let scaling = header.scaling, !scaling.intercept.isFinite {
                throw NIfTIError(path: path, problem: .invalidHeader(
                    "scl_slope = \(format(scaling.slope)) with scl_inter = \(scaling.intercept); the intercept must be finite"))
            }
        }) { stored, header in
            let n = header.geometry.voxelCount * header.channels
            let scaling = real ? header.scaling : nil
            let slope = scaling?.slope ?? 1, intercept = scaling?.intercept ?? 0
            let voxels: [Scalar] = stored.withVoxels { raw in
                scaling == nil
                    ? decode(raw, header.datatype, count: n) { Scalar(clamping: $0) }
                    : decode(raw, header.datatype, count: n) { Scalar(clamping: $0 * slope + intercept) }
            }
            return Volume(geometry: header.geometry, channels: header.channels, voxels: voxels)
        }
    }

    // MARK: - Opening and checking

    /// libnifti's messages go to stderr with no way to capture them per call; SegBench explains
    /// failures itself, so the library is kept quiet. Set once, before any read (the setting is
    /// process-global and libnifti is otherwise thread-compatible).
    static let quietLibrary: Void = { nifti_set_debug_level(0) }()

    /// Checks that `path` is a regular file (following symbolic links), checks its header bytes,
    /// and has libnifti parse the header too.
    static func openHeader(_ path: String) throws -> (raw: RawHeader, fileSize: Int) {
        _ = quietLibrary
        let size = try FileCheck.regularFile(path)
        let raw = try HeaderCheck.inspect(path)
        guard let image = nifti_image_read(path, 0) else {
            throw NIfTIError(path: path, problem: .notNIfTI("libnifti could not parse the header"))
        }
        nifti_image_free(image)
        return (raw, size)
    }

    static func header(of opened: (raw: RawHeader, fileSize: Int), path: String) throws -> Header {
        let raw = opened.raw
        let code = raw.datatypeCode
        guard let datatype = Datatype(rawValue: code) else {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: code, name: "unknown"))
        }
        let geometry = try HeaderGeometry.geometry(of: raw, path: path)
        let ndim = raw.dims[0]
        let channels = ndim > 3 ? raw.dims[4...ndim].reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 } : 1
        return Header(geometry: geometry, channels: channels, datatype: datatype, version: raw.version,
                      scaleSlope: raw.sclSlope, scaleIntercept: raw.sclInter, dataOffset: Int(raw.voxOffset),
                      swapped: raw.swapped, dims: raw.dims)
    }

    /// The voxel bytes of a file as read, byte-swapped to this machine's order: a byte array
    /// that holds them from `offset` on (the whole decompressed `.nii.gz`, header first, or only
    /// the voxels). A UInt8 label map takes the array itself as its voxels, so a CT label map's
    /// 52 MB are neither copied nor held twice (docs/performance.md).
    struct StoredVoxels {
        private var storage: [UInt8]
        private let offset: Int, count: Int

        init(storage: [UInt8], offset: Int, count: Int) {
            precondition(offset >= 0 && offset + count <= storage.count, "voxels outside their buffer")
            self.storage = storage; self.offset = offset; self.count = count
        }

        /// The voxels' first byte, for decoding as the header's datatype.
        func withVoxels<T>(_ body: (UnsafeRawPointer) throws -> T) rethrows -> T {
            try storage.withUnsafeBytes { try body($0.baseAddress! + offset) }
        }

        mutating func swapBytes(size: Int) {
            let (offset, count) = (offset, count)
            storage.withUnsafeMutableBytes { NIfTI.swapBytes($0.baseAddress! + offset, count: count / size, size: size) }
        }

        /// The voxel bytes as an array of their own: the header before them is moved out in
        /// place (one pass over memory already touched), and the array handed over.
        mutating func takeBytes() -> [UInt8] {
            var bytes = [UInt8]()
            swap(&bytes, &storage)
            if offset > 0 {
                let (offset, count) = (offset, count)
                bytes.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            }
            bytes.removeLast(bytes.count - count)
            return bytes
        }
    }

    /// Opens and checks the file, runs `check` on its header, reads the voxels as stored
    /// (byte-swapped to this machine's order) and hands them to `body`.
    static func withLoadedData<T>(_ path: String, libdeflate: Bool = true, check: (Header) throws -> Void,
                                  _ body: (inout StoredVoxels, Header) throws -> T) throws -> T {
        if libdeflate, path.hasSuffix(".gz"), let result = try withDecompressedFile(path, check: check, body) { return result }
        let opened = try openHeader(path)
        let (header, bytes) = try checkedHeader(opened, path: path, check: check)
        let compressed = path.hasSuffix(".gz")
        // An uncompressed file's length is known: refuse a short one before reading.
        if !compressed, opened.fileSize < header.dataOffset + bytes {
            throw NIfTIError(path: path, problem: .truncated(
                "the header needs \(bytes) bytes of voxel data from offset \(header.dataOffset), the file has \(max(0, opened.fileSize - header.dataOffset))"))
        }
        var got: Int64 = 0
        let storage = [UInt8](unsafeUninitializedCapacity: max(bytes, 1)) { buffer, initialized in
            got = cnifti_read_data(path, compressed ? 1 : 0, Int64(header.dataOffset), buffer.baseAddress, Int64(bytes))
            initialized = got == Int64(bytes) ? bytes : 0
        }
        switch got {
        case -1: throw NIfTIError(path: path, problem: .unreadable("cannot open"))
        case -2: throw NIfTIError(path: path, problem: .unreadable("the gzip stream is damaged inside the voxel data"))
        case -3: throw NIfTIError(path: path, problem: .unreadable("the gzip stream is damaged after the voxel data (its CRC-32 or length check fails)"))
        case let n where n < Int64(bytes):
            throw NIfTIError(path: path, problem: .truncated(
                "the header needs \(bytes) bytes of voxel data from offset \(header.dataOffset), the \(compressed ? "decompressed stream" : "file") ends after \(max(0, n))"))
        default: break
        }
        var stored = StoredVoxels(storage: storage, offset: 0, count: bytes)
        return try handOver(&stored, header: header, body)
    }

    /// The checks both reading paths make, in this order, once the header's bytes are known:
    /// its geometry, a supported datatype, a data size within memory, then the caller's `check`.
    /// Returns the header and the bytes of voxel data it declares.
    static func checkedHeader(_ opened: (raw: RawHeader, fileSize: Int), path: String,
                              check: (Header) throws -> Void) throws -> (Header, Int) {
        let header = try header(of: opened, path: path)
        guard header.datatype.isSupported else {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: header.datatype.rawValue, name: header.datatype.name))
        }
        let bytes = try dataSize(header, path: path)
        try check(header)
        return (header, bytes)
    }

    /// The voxels as stored, byte-swapped to this machine's order in place, handed to `body`.
    static func handOver<T>(_ voxels: inout StoredVoxels, header: Header,
                            _ body: (inout StoredVoxels, Header) throws -> T) throws -> T {
        if header.swapped { voxels.swapBytes(size: header.datatype.size) }
        return try body(&voxels, header)
    }

    /// `withLoadedData` for a `.nii.gz`, from memory: the file is read once and decompressed by
    /// libdeflate in one call per gzip member; the header is checked from those bytes, libnifti
    /// parses it from them, and the voxels are taken from them at `vox_offset`.
    ///
    /// `nil` whenever libdeflate does not give the whole stream (damaged, cut short, a header
    /// CRC-16, trailing bytes, more bytes than the header declares, not gzip at all): the caller
    /// then reads the file through znzlib as before, so every such file gets the same message as
    /// before. This path throws only once libdeflate has decompressed the whole stream (every
    /// member's CRC-32 and ISIZE checked): then znzlib reads the same bytes without an error, and
    /// the checks run on them in the same order, so what it throws is what the znzlib path throws.
    /// The first 544 bytes are inflated first (zlib, in memory) for the header's declared size,
    /// which caps the buffer before anything is allocated for the voxels.
    static func withDecompressedFile<T>(_ path: String, check: (Header) throws -> Void,
                                        _ body: (inout StoredVoxels, Header) throws -> T) throws -> T? {
        _ = quietLibrary
        let fileSize = try FileCheck.regularFile(path)
        guard fileSize >= 18, fileSize <= physicalMemory(), let compressed = wholeFile(path, size: fileSize) else { return nil }
        return try compressed.withUnsafeBufferPointer { input -> T? in
            let base = input.baseAddress!
            var start = [UInt8](repeating: 0, count: 544)
            let got = Int(start.withUnsafeMutableBufferPointer { cnifti_gunzip_prefix(base, Int64(input.count), $0.baseAddress, 544) })
            // A header refused here is left to the znzlib path too: gzread inflates 16 KB at a time
            // and fails the whole first read when the stream is damaged anywhere in it, so the same
            // header bytes can have given "cannot open" before.
            guard got >= 0, let (raw, extensions) = try? start.withUnsafeBytes({
                try HeaderCheck.fields(path, from: .memory(UnsafeRawBufferPointer(rebasing: $0[0..<got])))
            }) else { return nil }
            // The most the stream may hold: vox_offset and the voxels the header declares. A
            // header beyond memory is refused by name on the znzlib path (dataSize), before reading.
            guard let limit = declaredLength(raw, fileSize: fileSize, path: path) else { return nil }
            // ISIZE, the decompressed length mod 2^32 (not trusted: the buffer grows when short).
            let isize = input.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
            var guess = isize
            if guess < limit, (limit - guess) % (1 << 32) == 0 { guess = limit }  // 4 GiB and more
            // A lead so that the voxels at vox_offset are 16-byte aligned, as the znzlib buffer is.
            let lead = (16 - Int(raw.voxOffset) % 16) % 16
            guard let storage = gunzip(base, count: input.count, guess: guess, limit: limit, lead: lead) else { return nil }
            let length = storage.count - lead
            try storage.withUnsafeBytes { buffer in
                let data = UnsafeRawBufferPointer(rebasing: buffer[lead...])
                if extensions { try HeaderCheck.walkExtensions(path, header: raw, from: .memory(data)) }
                guard cnifti_parse_header(path, data.baseAddress!.assumingMemoryBound(to: UInt8.self), Int64(length)) == 1 else {
                    throw NIfTIError(path: path, problem: .notNIfTI("libnifti could not parse the header"))
                }
            }
            let (header, bytes) = try checkedHeader((raw, fileSize), path: path, check: check)
            let available = max(0, length - header.dataOffset)
            if available < bytes {
                throw NIfTIError(path: path, problem: .truncated(
                    "the header needs \(bytes) bytes of voxel data from offset \(header.dataOffset), the decompressed stream ends after \(available)"))
            }
            var stored = StoredVoxels(storage: storage, offset: lead + header.dataOffset, count: bytes)
            return try handOver(&stored, header: header, body)
        }
    }

    /// The whole decompressed stream, after `lead` unused bytes, in a byte array: libdeflate
    /// writes straight into the array when `guess` bytes hold the stream (its trailer's ISIZE
    /// says so for every single-member file), and into a growing C buffer, copied once, when
    /// they do not. nil when libdeflate does not give the whole stream (see `cnifti_gunzip`).
    static func gunzip(_ input: UnsafePointer<UInt8>, count: Int, guess: Int, limit: Int, lead: Int) -> [UInt8]? {
        let capacity = min(max(guess, 1), max(limit, 1))
        var length = -1
        var grown: UnsafeMutablePointer<UInt8>? = nil
        let direct = [UInt8](unsafeUninitializedCapacity: lead + capacity) { buffer, initialized in
            HugePages.advise(buffer.baseAddress!, count: buffer.count)
            length = Int(cnifti_gunzip(input, Int64(count), Int64(capacity), Int64(limit), Int64(lead), buffer.baseAddress, &grown))
            initialized = length >= 0 && grown == nil ? lead + length : 0
        }
        guard length >= 0 else { return nil }
        guard let grown else { return direct }
        defer { free(grown) }
        return Array(UnsafeBufferPointer(start: grown, count: lead + length))
    }

    /// vox_offset plus the bytes of voxel data a checked header declares (`dataSize`'s count);
    /// nil where the header's geometry or that size would be refused (the znzlib path then says why).
    static func declaredLength(_ raw: RawHeader, fileSize: Int, path: String) -> Int? {
        guard let header = try? header(of: (raw, fileSize), path: path), let bytes = try? dataSize(header, path: path) else { return nil }
        let (length, overflow) = bytes.addingReportingOverflow(header.dataOffset)
        return overflow ? nil : length
    }

    /// A regular file's bytes in one read, or nil when it does not hold `size` bytes now.
    static func wholeFile(_ path: String, size: Int) -> [UInt8]? {
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = max(0, Int(cnifti_read_file(path, buffer.baseAddress, Int64(size + 1))))
        }
        return bytes.count == size ? bytes : nil
    }

    static func swapBytes(_ buffer: UnsafeMutableRawPointer, count: Int, size: Int) {
        guard size > 1 else { return }
        let bytes = buffer.assumingMemoryBound(to: UInt8.self)
        for i in 0..<count {
            var lo = i * size, hi = lo + size - 1
            while lo < hi { let t = bytes[lo]; bytes[lo] = bytes[hi]; bytes[hi] = t; lo += 1; hi -= 1 }
        }
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

extension NIfTI.Header {
    var ndim: Int { dims.first ?? 3 }
    var extraDims: String { dims.count == 8 && ndim >= 4 ? dims[4...ndim].map(String.init).joined(separator: ", ") : "?" }
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
