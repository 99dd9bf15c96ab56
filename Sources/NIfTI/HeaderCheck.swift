import CNIfTI

/// Reads the first bytes of a file (decompressing gzip) and says what is wrong with them,
/// before libnifti sees the file. libnifti rejects a bad header with a message on stderr only.
///
/// Layout facts used (nifti1.h, nifti2.h): `sizeof_hdr` is the first int32, 348 for NIfTI-1
/// (and ANALYZE 7.5) and 540 for NIfTI-2, in the file's byte order. NIfTI-1 keeps `dim[8]`
/// as int16 at byte 40 and `datatype` as int16 at byte 70; NIfTI-2 keeps `datatype` as int16 at
/// byte 12 and `dim[8]` as int64 at byte 16.
enum HeaderCheck {
    static func inspect(_ path: String) throws {
        var bytes = [UInt8](repeating: 0, count: 540)
        let got = Int(bytes.withUnsafeMutableBufferPointer { cnifti_peek(path, $0.baseAddress, 540) })
        if got < 0 { throw NIfTIError(path: path, problem: .unreadable("cannot open")) }
        if got == 0 { throw NIfTIError(path: path, problem: .notNIfTI("the file is empty (or not a readable gzip stream)")) }
        if got < 4 { throw NIfTIError(path: path, problem: .truncated("the header ends after \(got) bytes")) }

        let little = read(bytes, at: 0, size: 4, swapped: false)
        let big = read(bytes, at: 0, size: 4, swapped: true)
        let swapped: Bool
        let version: Int
        switch (little, big) {
        case (348, _): (swapped, version) = (false, 1)
        case (540, _): (swapped, version) = (false, 2)
        case (_, 348): (swapped, version) = (true, 1)
        case (_, 540): (swapped, version) = (true, 2)
        default:
            throw NIfTIError(path: path, problem: .notNIfTI(
                "its first four bytes give a header size of \(little); NIfTI-1 headers have 348, NIfTI-2 headers 540"))
        }
        let headerSize = version == 1 ? 348 : 540
        if got < headerSize {
            throw NIfTIError(path: path, problem: .truncated("the NIfTI-\(version) header needs \(headerSize) bytes, the file ends after \(got)"))
        }
        let datatypeCode = read(bytes, at: version == 1 ? 70 : 12, size: 2, swapped: swapped)
        if Datatype(rawValue: datatypeCode) == nil {
            throw NIfTIError(path: path, problem: .unsupportedDatatype(code: datatypeCode, name: "unknown"))
        }
        let dimOffset = version == 1 ? 40 : 16, dimSize = version == 1 ? 2 : 8
        let dims = (0..<8).map { read(bytes, at: dimOffset + $0 * dimSize, size: dimSize, swapped: swapped) }
        guard (1...7).contains(dims[0]) else {
            throw NIfTIError(path: path, problem: .invalidHeader("dim[0] = \(dims[0]); it must give 1 to 7 dimensions"))
        }
        for axis in 1...dims[0] where dims[axis] < 1 {
            throw NIfTIError(path: path, problem: .invalidHeader("dim[\(axis)] = \(dims[axis]); every dimension needs at least one voxel"))
        }
    }

    /// A signed integer of `size` bytes at `offset`.
    static func read(_ bytes: [UInt8], at offset: Int, size: Int, swapped: Bool) -> Int {
        var value: UInt64 = 0
        for i in 0..<size {
            let byte = UInt64(bytes[offset + (swapped ? i : size - 1 - i)])
            value = value << 8 | byte
        }
        // sign-extend
        let shift = UInt64(64 - 8 * size)
        return Int(Int64(bitPattern: value << shift) >> Int64(shift))
    }
}
