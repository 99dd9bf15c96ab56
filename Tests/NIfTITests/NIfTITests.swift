import CNIfTI
import Fixtures
import Foundation
import NIfTI
import Testing

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "segbench-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

/// Writes a NIfTI file through libnifti directly, with any datatype, for the reader's tests.
func writeRaw<T>(_ values: [T], datatype: Int32, shape: [Int64], spacing: [Double] = [1, 1, 1], to path: String,
                 configure: (UnsafeMutablePointer<nifti_image>) -> Void = { _ in }) {
    var dims: [Int64] = [Int64(shape.count)] + shape + [Int64](repeating: 1, count: 7 - shape.count)
    let image = nifti_make_new_nim(&dims, datatype, 0)!
    cnifti_set_spacing(image, spacing[0], spacing[1], spacing[2])
    configure(image)
    nifti_set_filenames(image, path, 0, 1)
    values.withUnsafeBufferPointer { image.pointee.data = UnsafeMutableRawPointer(mutating: $0.baseAddress) }
    nifti_image_write(image)
    image.pointee.data = nil
    nifti_image_free(image)
}

@Suite("NIfTI reading and writing")
struct NIfTITests {
    @Test("a label map survives write and read with its geometry", arguments: ["map.nii", "map.nii.gz"])
    func roundTrip(name: String) throws {
        let folder = TemporaryFolder()
        var map = Shapes.empty(Shape(20, 16, 8), spacing: Spacing(0.8, 0.9, 2.5))
        Shapes.paintEllipsoid(&map, label: 3, centre: [8, 7, 10], radii: [5, 4, 6])
        map[0, 0, 0] = 255
        let affine = Affine(rows: [[-0.8, 0, 0, 90], [0, 0.9, 0, -120], [0, 0, 2.5, -40], [0, 0, 0, 1]])
        map.geometry = Geometry(shape: map.shape, spacing: map.spacing, affine: affine,
                                transforms: Transforms(qformCode: 1, qform: affine, sformCode: 2, sform: affine))
        try NIfTI.write(map, to: folder.file(name))
        let back = try NIfTI.readLabels(folder.file(name))
        #expect(back.voxels == map.voxels)
        #expect(back.geometry.shape == map.shape)
        #expect(back.geometry.isSameGrid(as: map.geometry))
        #expect(back.geometry.orientation == "LAS")
        #expect(try NIfTI.readHeader(folder.file(name)).datatype == .uint8)
    }

    @Test("int16 label maps and NIfTI-2 files")
    func int16AndNIfTI2() throws {
        let folder = TemporaryFolder()
        let geometry = Geometry(shape: Shape(4, 3, 2), spacing: Spacing(1, 2, 3))
        let values: [Int16] = (0..<24).map { Int16($0 % 5) }
        try NIfTI.write(Volume(geometry: geometry, voxels: values), to: folder.file("two.nii.gz"), format: .nifti2)
        let header = try NIfTI.readHeader(folder.file("two.nii.gz"))
        #expect(header.version == 2)
        #expect(header.datatype == .int16)
        #expect(try NIfTI.readLabels(folder.file("two.nii.gz")).voxels == values.map { UInt8($0) })
    }

    @Test("every integer and real datatype reads", arguments: [
        (DT_UINT8, 1), (DT_INT8, 1), (DT_UINT16, 2), (DT_INT16, 2), (DT_UINT32, 4), (DT_INT32, 4),
        (DT_UINT64, 8), (DT_INT64, 8), (DT_FLOAT32, 4), (DT_FLOAT64, 8),
    ] as [(Int32, Int)])
    func datatypes(datatype: Int32, size: Int) throws {
        let folder = TemporaryFolder()
        let values: [UInt8] = [0, 1, 2, 7, 0, 3]
        var bytes = [UInt8](repeating: 0, count: values.count * size)
        for (i, v) in values.enumerated() {
            switch datatype {
            case DT_FLOAT32: withUnsafeBytes(of: Float(v)) { for b in 0..<4 { bytes[i * 4 + b] = $0[b] } }
            case DT_FLOAT64: withUnsafeBytes(of: Double(v)) { for b in 0..<8 { bytes[i * 8 + b] = $0[b] } }
            default: bytes[i * size] = v  // little-endian integer
            }
        }
        writeRaw(bytes, datatype: datatype, shape: [3, 2, 1], to: folder.file("t.nii"))
        #expect(try NIfTI.readLabels(folder.file("t.nii")).voxels == values)
        #expect(try NIfTI.read(folder.file("t.nii"), as: Float.self).voxels == values.map(Float.init))
    }

    @Test("a float label map is accepted when integral and refused with the first bad voxel otherwise")
    func floatLabels() throws {
        let folder = TemporaryFolder()
        writeRaw([Float](arrayLiteral: 0, 1, 2, 3), datatype: DT_FLOAT32, shape: [2, 2, 1], to: folder.file("ok.nii.gz"))
        #expect(try NIfTI.readLabels(folder.file("ok.nii.gz")).voxels == [0, 1, 2, 3])
        writeRaw([Float](arrayLiteral: 0, 1, 2.5, 3), datatype: DT_FLOAT32, shape: [2, 2, 1], to: folder.file("bad.nii.gz"))
        let error = #expect(throws: NIfTIError.self) { try NIfTI.readLabels(folder.file("bad.nii.gz")) }
        #expect(error?.problem == .nonIntegralLabel(value: 2.5, voxel: [0, 1, 0]))
        #expect(error?.description.hasPrefix(folder.file("bad.nii.gz")) == true)
        writeRaw([Int16](arrayLiteral: 0, 300, 0, 0), datatype: DT_INT16, shape: [2, 2, 1], to: folder.file("big.nii"))
        let range = #expect(throws: NIfTIError.self) { try NIfTI.readLabels(folder.file("big.nii")) }
        #expect(range?.problem == .labelOutOfRange(value: 300, voxel: [1, 0, 0], range: "0...255"))
    }

    @Test("4D images read as channels")
    func channels() throws {
        let folder = TemporaryFolder()
        let values: [Float] = (0..<24).map(Float.init)
        writeRaw(values, datatype: DT_FLOAT32, shape: [3, 2, 2, 2], to: folder.file("four.nii.gz"))
        let image = try NIfTI.read(folder.file("four.nii.gz"), as: Float.self)
        #expect(image.channels == 2)
        #expect(image.channel(1).voxels == Array(values[12...]))
    }

    @Test("scl_slope and scl_inter are applied to intensities; a label map with a scaling is refused")
    func scaling() throws {
        let folder = TemporaryFolder()
        writeRaw([Int16](arrayLiteral: 0, 2, 4, 6), datatype: DT_INT16, shape: [4, 1, 1], to: folder.file("s.nii")) {
            $0.pointee.scl_slope = 0.5; $0.pointee.scl_inter = 10
        }
        #expect(try NIfTI.read(folder.file("s.nii"), as: Float.self).voxels == [10, 11, 12, 13])
        let error = #expect(throws: NIfTIError.self) { try NIfTI.readLabels(folder.file("s.nii")) }
        #expect(error?.reason.contains("scl_slope = 0.5, scl_inter = 10") == true)
    }

    @Test("spacing honours xyz_units; the affine is the sform, else the qform, else nibabel's fallback")
    func geometry() throws {
        let folder = TemporaryFolder()
        writeRaw([UInt8](repeating: 0, count: 8), datatype: DT_UINT8, shape: [2, 2, 2], spacing: [0.001, 0.002, 0.003],
                 to: folder.file("m.nii")) { $0.pointee.xyz_units = NIFTI_UNITS_METER }
        let metres = try NIfTI.readHeader(folder.file("m.nii")).geometry
        #expect(abs(metres.spacing.x - 1) < 1e-6 && abs(metres.spacing.z - 3) < 1e-6)  // pixdim is float32
        // No transform codes: nibabel's base affine, x flipped and centred.
        writeRaw([UInt8](repeating: 0, count: 8), datatype: DT_UINT8, shape: [2, 2, 2], spacing: [2, 3, 4],
                 to: folder.file("none.nii")) { $0.pointee.qform_code = 0; $0.pointee.sform_code = 0 }
        let fallback = try NIfTI.readHeader(folder.file("none.nii")).geometry.affine
        #expect(fallback.rows[0] == [-2, 0, 0, 1] && fallback.rows[1] == [0, 3, 0, -1.5] && fallback.rows[2] == [0, 0, 4, -2])
        // A qform-only header (code 1): LPS-oriented.
        let lps = Affine(rows: [[-1, 0, 0, 5], [0, -1, 0, 6], [0, 0, 1, 7], [0, 0, 0, 1]])
        let geometry = Geometry(shape: Shape(2, 2, 2), spacing: Spacing(1, 1, 1), affine: lps,
                                transforms: Transforms(qformCode: 1, qform: lps, sformCode: 0, sform: lps))
        try NIfTI.write(LabelMap(geometry: geometry, repeating: 0), to: folder.file("q.nii.gz"))
        let q = try NIfTI.readHeader(folder.file("q.nii.gz")).geometry
        #expect(q.orientation == "LPS")
        #expect(q.affine.rows[0][3] == 5 && q.affine.rows[1][3] == 6)
    }

    @Test("bad files give one clear message naming the file")
    func badFiles() throws {
        let folder = TemporaryFolder()
        func problem(_ path: String) -> NIfTIError.Problem? {
            do { _ = try NIfTI.readLabels(path); return nil } catch let error as NIfTIError {
                #expect(error.description.hasPrefix(path + ": "))
                return error.problem
            } catch { return nil }
        }
        #expect(problem(folder.file("absent.nii.gz")) == .missing)
        #expect(problem(folder.path) == .isDirectory)

        FileManager.default.createFile(atPath: folder.file("text.nii"), contents: Data(String(repeating: "not an image ", count: 40).utf8))
        guard case .notNIfTI = problem(folder.file("text.nii")) else { Issue.record("text file accepted"); return }

        // A good gzip file cut in half: its stream ends early.
        var map = Shapes.empty(Shape(64, 64, 32))
        for i in map.voxels.indices { map.voxels[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 13) }
        try NIfTI.write(map, to: folder.file("whole.nii.gz"))
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder.file("whole.nii.gz")))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: folder.file("cut.nii.gz")))
        guard case .truncated = problem(folder.file("cut.nii.gz")) else { Issue.record("truncated gzip accepted"); return }

        // An uncompressed file missing its last voxels.
        try NIfTI.write(map, to: folder.file("whole.nii"))
        let raw = try Data(contentsOf: URL(fileURLWithPath: folder.file("whole.nii")))
        try raw.prefix(raw.count - 100).write(to: URL(fileURLWithPath: folder.file("short.nii")))
        guard case .truncated(let why) = problem(folder.file("short.nii")) else { Issue.record("short file accepted"); return }
        #expect(why.contains("131072"))

        // A header cut inside itself.
        try raw.prefix(200).write(to: URL(fileURLWithPath: folder.file("header.nii")))
        guard case .truncated = problem(folder.file("header.nii")) else { Issue.record("cut header accepted"); return }

        // A header claiming more voxels than memory: refused before any allocation.
        var huge = raw.prefix(352)
        huge.replaceSubrange(42..<48, with: [0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F])  // dim[1...3] = 32767
        huge.replaceSubrange(48..<50, with: [0xFF, 0x7F])                           // dim[4] = 32767
        huge[40] = 4
        try huge.write(to: URL(fileURLWithPath: folder.file("huge.nii")))
        guard case .tooLarge(let size) = problem(folder.file("huge.nii")) else { Issue.record("huge header accepted"); return }
        #expect(size.contains("more than this machine"))

        // An unknown datatype code.
        var unknown = raw
        unknown.replaceSubrange(70..<72, with: [0xE7, 0x03])  // 999
        try unknown.write(to: URL(fileURLWithPath: folder.file("dtype.nii")))
        #expect(problem(folder.file("dtype.nii")) == .unsupportedDatatype(code: 999, name: "unknown"))

        // Complex data is NIfTI but not an image SegBench scores.
        writeRaw([Float](repeating: 0, count: 8), datatype: DT_COMPLEX64, shape: [2, 2, 1], to: folder.file("complex.nii"))
        #expect(problem(folder.file("complex.nii")) == .unsupportedDatatype(code: 32, name: "COMPLEX64"))
    }

    @Test("a write into a missing folder fails with the reason, leaving nothing behind")
    func failedWrite() throws {
        let folder = TemporaryFolder()
        let map = Shapes.empty(Shape(2, 2, 2))
        let error = #expect(throws: NIfTIError.self) { try NIfTI.write(map, to: folder.file("no/such/folder/x.nii.gz")) }
        #expect(error?.reason.contains("does not exist") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
