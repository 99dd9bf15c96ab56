import CNIfTI

/// The header fields SegBench uses, parsed from the file's own bytes (gzip decompressed) before
/// libnifti sees the file, and checked: libnifti accepts some damaged headers silently (it reads
/// voxels from byte 348 when `vox_offset` is too small, turns NaN voxels into 0, treats a NaN
/// sform as valid) and rejects others without saying why.
///
/// Layout (nifti1.h, nifti2.h), in the file's byte order, which `sizeof_hdr` gives:
///
/// | field | NIfTI-1 | NIfTI-2 |
/// |---|---|---|
/// | sizeof_hdr | int32 @0 = 348 | int32 @0 = 540 |
/// | magic | 4 bytes @344 `n+1\0` | 8 bytes @4 `n+2\0\r\n\x1a\n` |
/// | dim[8] | int16 @40 | int64 @16 |
/// | datatype | int16 @70 | int16 @12 |
/// | pixdim[8] | float32 @76 | float64 @104 |
/// | vox_offset | float32 @108 | int64 @168 |
/// | scl_slope, scl_inter | float32 @112, @116 | float64 @176, @184 |
/// | xyzt_units | uint8 @123 | int32 @500 |
/// | qform_code, sform_code | int16 @252, @254 | int32 @344, @348 |
/// | quatern_b,c,d, qoffset_x,y,z | float32 @256...276 | float64 @352...392 |
/// | srow_x, srow_y, srow_z | float32[4] @280, @296, @312 | float64[4] @400, @432, @464 |
struct RawHeader {
    var version: Int
    var swapped: Bool
    var dims: [Int]          // dim[0...7]
    var datatypeCode: Int
    var pixdim: [Double]     // pixdim[0...7]
    var voxOffset: Double
    var sclSlope: Double
    var sclInter: Double
    var xyzUnits: Int
    var qformCode: Int
    var sformCode: Int
    var quatern: [Double]    // b, c, d
    var qoffset: [Double]    // x, y, z
    var srow: [[Double]]     // srow_x, srow_y, srow_z, 4 each

    /// The smallest `vox_offset` of a single-file image: the header and the 4-byte extension flag.
    var minimumOffset: Int { version == 1 ? 352 : 544 }
}

enum HeaderCheck {
    /// Where the file's (decompressed) bytes come from: the file itself, read through znzlib, or
    /// the file's bytes already in memory (a `.nii.gz` that libdeflate decompressed, or the start
    /// of one). Either way the same checks run on the same bytes, with the same messages.
    enum Source {
        case file(compressed: Bool)
        case memory(UnsafeRawBufferPointer)

        /// Reads up to `buffer.count` bytes from `offset` into `buffer`: how many were read, or
        /// -1 when the file cannot be opened (from `offset` 0; cnifti_peek), -2 on a read error.
        func read(_ path: String, at offset: Int, into buffer: inout [UInt8]) -> Int {
            switch self {
            case .file(let compressed):
                let flag: Int32 = compressed ? 1 : 0
                return buffer.withUnsafeMutableBytes { out in
                    offset == 0
                        ? Int(cnifti_peek(path, out.baseAddress?.assumingMemoryBound(to: UInt8.self), Int64(out.count), flag))
                        : Int(cnifti_read_bytes(path, flag, Int64(offset), out.baseAddress, Int64(out.count)))
                }
            case .memory(let bytes):
                let got = max(0, min(buffer.count, bytes.count - offset))
                if got > 0 { buffer.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + got)])) } }
                return got
            }
        }
    }

    /// Reads and checks the header bytes; throws naming the file and the field.
    static func inspect(_ path: String) throws -> RawHeader {
        try inspect(path, from: .file(compressed: path.hasSuffix(".gz")))
    }

    /// The same checks on the file's decompressed bytes in memory (`bytes` holds the whole file).
    static func inspect(_ path: String, bytes: UnsafeRawBufferPointer) throws -> RawHeader {
        try inspect(path, from: .memory(bytes))
    }

    static func inspect(_ path: String, from source: Source) throws -> RawHeader {
        let (header, extensions) = try fields(path, from: source)
        if extensions { try walkExtensions(path, header: header, from: source) }
        return header
    }

    /// The checks of the header's own bytes (the first 544), and whether the extension flag after
    /// the header asks for `walkExtensions`. A `.memory` source needs only these 544 bytes here.
    static func fields(_ path: String, from source: Source) throws -> (header: RawHeader, extensions: Bool) {
        var bytes = [UInt8](repeating: 0, count: 544)
        let got = source.read(path, at: 0, into: &bytes)
        if got < 0 { throw NIfTIError(path: path, problem: .unreadable("cannot open")) }
        if got == 0 {
            // A .gz name on something that is no gzip stream: it may still be a format we can name.
            if let foreign = ForeignFormat.identify(file: path) { throw NIfTIError(path: path, problem: .unsupportedFormat(foreign.advice)) }
            throw NIfTIError(path: path, problem: .notNIfTI("the file is empty (or not a readable gzip stream)"))
        }
        if got < 4 { throw NIfTIError(path: path, problem: .truncated("the header ends after \(got) bytes")) }

        let little = int(bytes, at: 0, size: 4, swapped: false)
        let big = int(bytes, at: 0, size: 4, swapped: true)
        let swapped: Bool
        let version: Int
        switch (little, big) {
        case (348, _): (swapped, version) = (false, 1)
        case (540, _): (swapped, version) = (false, 2)
        case (_, 348): (swapped, version) = (true, 1)
        case (_, 540): (swapped, version) = (true, 2)
        default:
            // Another format of the field (NRRD, MetaImage, a zip, DICOM, .npy): say which and how to convert.
            if let foreign = ForeignFormat.identify(path: path, bytes: bytes[0..<got]) {
                throw NIfTIError(path: path, problem: .unsupportedFormat(foreign.advice))
            }
            throw NIfTIError(path: path, problem: .notNIfTI(
                "its first four bytes give a header size of \(little); NIfTI-1 headers have 348, NIfTI-2 headers 540"))
        }
        let headerSize = version == 1 ? 348 : 540
        if got < headerSize {
            throw NIfTIError(path: path, problem: .truncated("the NIfTI-\(version) header needs \(headerSize) bytes, the file ends after \(got)"))
        }

        // The magic: single-file NIfTI only. A pair (.hdr/.img, magic "ni1") and ANALYZE 7.5 (no
        // magic) are refused by name: their data lives in another file.
        if version == 1 {
            let magic = Array(bytes[344..<348])
            if magic == Array("ni1\0".utf8) {
                throw NIfTIError(path: path, problem: .unsupportedFormat(
                    "a NIfTI-1 header/image pair (.hdr/.img, magic \"ni1\"); SegBench reads single-file NIfTI (.nii, .nii.gz): convert it, e.g. with nibabel or fslchfiletype"))
            }
            if magic != Array("n+1\0".utf8) {
                throw NIfTIError(path: path, problem: .unsupportedFormat(
                    "no NIfTI-1 magic (bytes 344-347 are \(describe(magic))): an ANALYZE 7.5 header or a damaged one; SegBench reads single-file NIfTI-1 and NIfTI-2 (.nii, .nii.gz)"))
            }
        } else {
            let magic = Array(bytes[4..<12])
            let eolZero = magic[4..<8].allSatisfy { $0 == 0 }
            if Array(magic[0..<4]) == Array("ni2\0".utf8) {
                throw NIfTIError(path: path, problem: .unsupportedFormat(
                    "a NIfTI-2 header/image pair (.hdr/.img, magic \"ni2\"); SegBench reads single-file NIfTI (.nii, .nii.gz)"))
            }
            if Array(magic[0..<4]) != Array("n+2\0".utf8) || !(eolZero || Array(magic[4..<8]) == [13, 10, 26, 10]) {
                throw NIfTIError(path: path, problem: .unsupportedFormat(
                    "no NIfTI-2 magic (bytes 4-11 are \(describe(magic)), expected n+2\\0\\r\\n\\x1a\\n)"))
            }
        }

        func i(_ offset: Int, _ size: Int) -> Int { int(bytes, at: offset, size: size, swapped: swapped) }
        func f(_ offset: Int) -> Double { version == 1 ? float32(bytes, at: offset, swapped: swapped) : float64(bytes, at: offset, swapped: swapped) }
        let v1 = version == 1
        let realSize = v1 ? 4 : 8

        let datatypeCode = v1 ? i(70, 2) : i(12, 2)
        guard let datatype = Datatype(rawValue: datatypeCode) else {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: datatypeCode, name: "unknown"))
        }
        // libnifti prints "bad datatype" on stderr, whatever its debug level, for BINARY.
        if datatype == .binary { throw NIfTIError(path: path, problem: .unsupportedDatatype(code: datatypeCode, name: datatype.name)) }
        let dims = (0..<8).map { v1 ? i(40 + $0 * 2, 2) : i(16 + $0 * 8, 8) }
        guard (1...7).contains(dims[0]) else {
            throw NIfTIError(path: path, problem: .invalidHeader("dim[0] = \(dims[0]); it must give 1 to 7 dimensions"))
        }
        for axis in 1...dims[0] where dims[axis] < 1 {
            throw NIfTIError(path: path, problem: .invalidHeader("dim[\(axis)] = \(dims[axis]); every dimension needs at least one voxel"))
        }
        let pixdimAt = v1 ? 76 : 104
        let qAt = v1 ? 256 : 352, sAt = v1 ? 280 : 400
        let header = RawHeader(
            version: version, swapped: swapped, dims: dims, datatypeCode: datatypeCode,
            pixdim: (0..<8).map { f(pixdimAt + $0 * realSize) },
            voxOffset: v1 ? f(108) : Double(i(168, 8)),
            sclSlope: v1 ? f(112) : f(176), sclInter: v1 ? f(116) : f(184),
            xyzUnits: v1 ? Int(bytes[123]) : i(500, 4),
            qformCode: v1 ? i(252, 2) : i(344, 4), sformCode: v1 ? i(254, 2) : i(348, 4),
            quatern: (0..<3).map { f(qAt + $0 * realSize) },
            qoffset: (3..<6).map { f(qAt + $0 * realSize) },
            srow: (0..<3).map { r in (0..<4).map { c in f(sAt + (r * 4 + c) * realSize) } })

        // vox_offset: libnifti reads a single file's voxels from byte 348 when the field is
        // smaller than the header, which shifts every voxel; nibabel refuses below 352 (and
        // reads the header itself as voxels when it is 0). SegBench refuses all of these.
        let offset = header.voxOffset
        guard offset.isFinite, offset.rounded() == offset, offset >= Double(header.minimumOffset), offset < 9.0e18 else {
            throw NIfTIError(path: path, problem: .invalidHeader(
                "vox_offset = \(format(offset)); a single-file NIfTI-\(version) image keeps its voxels at a whole byte offset of at least \(header.minimumOffset)"))
        }
        // Header extensions, when the flag after the header says so: walked as nibabel walks
        // them (each `esize` bytes, at least 8, within the file), which refuses a broken chain.
        return (header, got >= headerSize + 4 && bytes[headerSize] != 0)
    }

    static func walkExtensions(_ path: String, header: RawHeader, from source: Source) throws {
        let start = header.minimumOffset
        var size = Int(header.voxOffset) - start
        guard size >= 16 else { return }
        var region = [UInt8](repeating: 0, count: min(size, 1 << 24))
        let got = source.read(path, at: start, into: &region)
        var position = 0
        func refuse(_ why: String) -> NIfTIError { NIfTIError(path: path, problem: .invalidHeader("header extension at byte \(start + position): \(why)")) }
        while size >= 16 {
            guard position + 8 <= got else { throw refuse("its 8-byte esize/ecode is cut short") }
            let esize = int(region, at: position, size: 4, swapped: header.swapped)
            guard esize >= 8 else { throw refuse("esize = \(esize); an extension has at least its 8 bytes of esize and ecode") }
            // nibabel goes on reading "extensions" to the end of the file (through the voxels)
            // once one overruns vox_offset; SegBench refuses the overrun.
            guard esize <= size else { throw refuse("esize = \(esize) runs past vox_offset = \(Int(header.voxOffset))") }
            guard position + esize <= got else {
                throw refuse(position + esize > region.count ? "extensions longer than 16 MB" : "esize = \(esize), the file ends first")
            }
            position += esize
            size -= esize
        }
    }

    static func describe(_ bytes: [UInt8]) -> String {
        bytes.map { (32..<127).contains($0) ? String(UnicodeScalar($0)) : String(format: "\\x%02x", $0) }.joined()
    }

    /// A signed integer of `size` bytes at `offset`.
    static func int(_ bytes: [UInt8], at offset: Int, size: Int, swapped: Bool) -> Int {
        Int(Int64(bitPattern: unsigned(bytes, at: offset, size: size, swapped: swapped) << UInt64(64 - 8 * size)) >> Int64(64 - 8 * size))
    }

    static func unsigned(_ bytes: [UInt8], at offset: Int, size: Int, swapped: Bool) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<size {
            value = value << 8 | UInt64(bytes[offset + (swapped ? i : size - 1 - i)])
        }
        return value
    }

    static func float32(_ bytes: [UInt8], at offset: Int, swapped: Bool) -> Double {
        Double(Float(bitPattern: UInt32(unsigned(bytes, at: offset, size: 4, swapped: swapped))))
    }

    static func float64(_ bytes: [UInt8], at offset: Int, swapped: Bool) -> Double {
        Double(bitPattern: unsigned(bytes, at: offset, size: 8, swapped: swapped))
    }
}
