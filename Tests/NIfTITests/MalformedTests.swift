import CNIfTI
import Foundation
import NIfTI
import Testing

/// Malformed headers and files that libnifti read silently wrong (issue 20, part 2 and 3): each is
/// refused naming the file and the field, or read exactly as nibabel 5 reads it.
///
/// Every case patches the committed seed `FuzzCorpus/n1_u8_rot.nii` (NIfTI-1, uint8, 5×4×3,
/// vox_offset 352, sform_code 2 and qform_code 1, pixdim 0.8 1.5 2.5). The nibabel values were made
/// with nibabel 5.4.2 by the script `Tests/NIfTITests/nibabel-references.py` (run it with
/// `Methods/.venv/bin/python Tests/NIfTITests/nibabel-references.py`), which applies the same patches.
@Suite("NIfTI: malformed files are refused or read as nibabel reads them")
struct MalformedTests {
    static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus/n1_u8_rot.nii").path
    // nibabel: np.asarray(nib.load(base).dataobj).ravel(order='F')[:6] == [4, 0, 3, 3, 2, 2]
    static let firstVoxels: [UInt8] = [4, 0, 3, 3, 2, 2]
    // nibabel: nib.load(base).affine[:3]
    static let affine: [[Double]] = [[0, -1.5, 0, 10], [Double(Float(0.8)), 0, 0, -20], [0, 0, 2.5, 5]]

    enum Field { case f32(Int, Float), i16(Int, Int16), bytes(Int, [UInt8]) }

    /// The seed with fields overwritten (little-endian), written to `name` in `folder`.
    func patched(_ folder: TemporaryFolder, _ name: String, _ fields: [Field]) throws -> String {
        var data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.base)))
        for field in fields {
            switch field {
            case .f32(let at, let v): withUnsafeBytes(of: v.bitPattern.littleEndian) { data.replaceSubrange(at..<(at + 4), with: $0) }
            case .i16(let at, let v): withUnsafeBytes(of: v.littleEndian) { data.replaceSubrange(at..<(at + 2), with: $0) }
            case .bytes(let at, let b): data.replaceSubrange(at..<(at + b.count), with: b)
            }
        }
        let path = folder.file(name)
        try Data(data).write(to: URL(fileURLWithPath: path))
        return path
    }

    func refusal(_ path: String, _ read: (String) throws -> Any = { try NIfTI.readLabels($0) }) -> NIfTIError? {
        do { _ = try read(path); Issue.record("\(path) was read"); return nil } catch let error as NIfTIError {
            #expect(error.description.hasPrefix(path + ": "))
            return error
        } catch { Issue.record("not a NIfTIError: \(error)"); return nil }
    }

    @Test("the seed reads as nibabel reads it")
    func seed() throws {
        let map = try NIfTI.readLabels(Self.base)
        #expect(Array(map.voxels.prefix(6)) == Self.firstVoxels)
        #expect(map.geometry.affine.rows.prefix(3).elementsEqual(Self.affine))
        #expect(map.geometry.spacing == Spacing(Double(Float(0.8)), 1.5, 2.5))
    }

    // vox_offset 348: libnifti read from byte 348, every voxel shifted by 4 (Dice 0.43 on
    // identical maps). nibabel: HeaderDataError "vox offset 348 too low for single file nifti1".
    // vox_offset 0: nibabel reads the header bytes as voxels (first voxel 92 = sizeof_hdr's low
    // byte). NaN: nibabel "ValueError cannot convert float NaN to integer". 4096 (past the end):
    // nibabel "OSError Expected 60 bytes, got 0 bytes".
    @Test("vox_offset below 352, not whole, not finite or past the end is refused by name",
          arguments: [Float(348), 0, 351, 352.5, .nan, .infinity, -400])
    func voxOffset(value: Float) throws {
        let folder = TemporaryFolder()
        let path = try patched(folder, "o.nii", [.f32(108, value)])
        let error = try #require(refusal(path))
        #expect(error.reason.contains("vox_offset"))
        #expect(refusal(path, { try NIfTI.read($0, as: Float.self) }) != nil)
        #expect(refusal(path, { try NIfTI.readHeader($0) }) != nil)
    }

    @Test("vox_offset past the end of the file is refused as truncated, gzip too")
    func voxOffsetPastEnd() throws {
        let folder = TemporaryFolder()
        let path = try patched(folder, "o.nii", [.f32(108, 4096)])
        guard case .truncated(let why)? = refusal(path)?.problem else { Issue.record("not truncated"); return }
        #expect(why.contains("offset 4096"))
        let gz = folder.file("o.nii.gz")
        try gzip(path, to: gz)
        guard case .truncated? = refusal(gz)?.problem else { Issue.record("gz not truncated"); return }
    }

    @Test("a larger vox_offset is honoured: the voxels are read from there, as nibabel reads them")
    func voxOffsetHonoured() throws {
        // The seed's voxels moved to byte 368 (16 bytes of extension padding): nibabel reads the
        // same first voxels [4, 0, 3, 3, 2, 2] from vox_offset 368.
        let folder = TemporaryFolder()
        var data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.base)))
        data.insert(contentsOf: [UInt8](repeating: 0, count: 16), at: 352)
        withUnsafeBytes(of: Float(368).bitPattern.littleEndian) { data.replaceSubrange(108..<112, with: $0) }
        try Data(data).write(to: URL(fileURLWithPath: folder.file("o.nii")))
        #expect(Array(try NIfTI.readLabels(folder.file("o.nii")).voxels.prefix(6)) == Self.firstVoxels)
    }

    @Test("NaN and ±inf voxels of a float label map are refused naming the voxel; images keep them")
    func nonFiniteVoxels() throws {
        let folder = TemporaryFolder()
        for (name, bad) in [("nan", Float.nan), ("inf", .infinity), ("minf", -.infinity)] {
            // libnifti's loader turned each into 0 (background) without a word.
            writeRaw([0, 1, bad, 3] as [Float], datatype: DT_FLOAT32, shape: [2, 2, 1], to: folder.file("\(name).nii.gz"))
            let error = try #require(refusal(folder.file("\(name).nii.gz")))
            guard case .nonFiniteLabel(let value, let voxel) = error.problem else { Issue.record("\(error)"); continue }
            #expect(voxel == [0, 1, 0])
            #expect(value.isNaN == bad.isNaN && (bad.isNaN || value == Double(bad)))
            #expect(error.reason.contains("voxel (0, 1, 0)"))
            // nibabel's get_fdata keeps them: [0, 1, nan, 3]
            let image = try NIfTI.read(folder.file("\(name).nii.gz"), as: Float.self)
            #expect(image.voxels[2].isNaN == bad.isNaN && (bad.isNaN || image.voxels[2] == bad))
        }
    }

    @Test("a label map with several volumes is refused; an image keeps them as channels")
    func fourD() throws {
        let folder = TemporaryFolder()
        // dim = [4, 5, 4, 1, 3]: nibabel reads shape (5, 4, 1, 3), three volumes.
        let path = try patched(folder, "four.nii", [.i16(40, 4), .i16(46, 1), .i16(48, 3)])
        guard case .multipleVolumes(let why)? = refusal(path)?.problem else { Issue.record("4-D label map read"); return }
        #expect(why.hasPrefix("3 volumes"))
        let image = try NIfTI.read(path, as: Float.self)
        #expect(image.channels == 3)
        #expect(image.voxels.prefix(6).map { UInt8($0) } == Self.firstVoxels)
        // A fourth dimension of one volume is one volume: dim = [4, 5, 4, 3, 1].
        let one = try patched(folder, "one.nii", [.i16(40, 4), .i16(48, 1)])
        #expect(try NIfTI.readLabels(one).channels == 1)
    }

    // nibabel: a NaN srow_x[0] with sform_code 2 gives affine[0][0] = nan; a NaN quatern_b with
    // sform_code 0 gives a 3×3 of nan. Both are refused; a NaN quatern_b while the sform is in use
    // plays no part (nibabel's affine is the sform) and the file reads, its qform dropped.
    @Test("non-finite transforms in use are refused naming the field")
    func nonFiniteTransforms() throws {
        let folder = TemporaryFolder()
        let sform = try patched(folder, "s.nii", [.f32(280, .nan)])
        #expect(refusal(sform)?.reason.contains("srow_x[0] = nan") == true)
        let srowZ = try patched(folder, "sz.nii", [.f32(324, .infinity)])
        #expect(refusal(srowZ)?.reason.contains("srow_z[3] = inf") == true)
        let qform = try patched(folder, "q.nii", [.i16(254, 0), .f32(256, .nan)])
        #expect(refusal(qform)?.reason.contains("quatern_b = nan") == true)
        let offset = try patched(folder, "qo.nii", [.i16(254, 0), .f32(272, -.infinity)])
        #expect(refusal(offset)?.reason.contains("qoffset_y = -inf") == true)
        let unused = try patched(folder, "u.nii", [.f32(256, .nan)])
        let map = try NIfTI.readLabels(unused)
        #expect(map.geometry.affine.rows.prefix(3).elementsEqual(Self.affine))
        #expect(map.geometry.transforms.qformCode == 0)
    }

    // nibabel resets an invalid sform_code (7) to 0 and uses the qform:
    // affine[:3] = [[2.738283383099801e-08, -1.4999999999999991, 0, 10],
    //               [0.8000000119209285, 5.134281266805374e-08, 0, -20], [0, 0, 2.5, 5]]
    @Test("an invalid sform_code is reset to 0 and the qform used, as nibabel does")
    func invalidCode() throws {
        let folder = TemporaryFolder()
        let path = try patched(folder, "c.nii", [.i16(254, 7)])
        let rows = try NIfTI.readLabels(path).geometry.affine.rows
        let nibabel: [[Double]] = [[2.738283383099801e-08, -1.4999999999999991, 0, 10],
                                   [0.8000000119209285, 5.134281266805374e-08, 0, -20], [0, 0, 2.5, 5]]
        for r in 0..<3 { for c in 0..<4 { #expect(abs(rows[r][c] - nibabel[r][c]) < 1e-9) } }
    }

    // nibabel takes a 0 pixdim as 1 mm (zooms (1.0, 1.5, 2.5)) and keeps a NaN one (zooms
    // (0.8, nan, 2.5)); SegBench refuses both. A negative pixdim counts by its magnitude in both.
    @Test("zero or non-finite pixdim of a spatial axis is refused naming pixdim[i]")
    func pixdim() throws {
        let folder = TemporaryFolder()
        #expect(refusal(try patched(folder, "z.nii", [.f32(80, 0)]))?.reason.contains("pixdim[1] = 0") == true)
        #expect(refusal(try patched(folder, "n.nii", [.f32(84, .nan)]))?.reason.contains("pixdim[2] = nan") == true)
        #expect(refusal(try patched(folder, "i.nii", [.f32(88, .infinity)]))?.reason.contains("pixdim[3] = inf") == true)
        let negative = try NIfTI.readLabels(try patched(folder, "m.nii", [.f32(80, -0.8)]))
        #expect(negative.geometry.spacing.x == Double(Float(0.8)))  // nibabel zooms (0.8, 1.5, 2.5)
        // A 2-D image (dim[0] = 2) with pixdim[3] = 0 is fine: axis 3 does not exist.
        let flat = try NIfTI.readLabels(try patched(folder, "2d.nii", [.i16(40, 2), .i16(46, 1), .f32(88, 0)]))
        #expect(flat.geometry.shape == Shape(5, 4, 1))
    }

    // nibabel's get_fdata: slope 2 → [8, 0, 6, 6, 2·2, ...]; slope NaN or 0 (intercept 5) → no
    // scaling, [4, 0, 3, 3, 2, 2].
    @Test("a label map with a non-identity scaling is refused; slope 0 or NaN means no scaling")
    func scaling() throws {
        let folder = TemporaryFolder()
        let doubled = try patched(folder, "two.nii", [.f32(112, 2), .f32(116, 0)])
        #expect(refusal(doubled)?.reason.contains("scl_slope = 2, scl_inter = 0") == true)
        #expect(try NIfTI.read(doubled, as: Float.self).voxels.prefix(6).elementsEqual([8, 0, 6, 6, 4, 4]))
        for (name, slope) in [("nan.nii", Float.nan), ("zero.nii", 0)] {
            let path = try patched(folder, name, [.f32(112, slope), .f32(116, 5)])
            #expect(Array(try NIfTI.readLabels(path).voxels.prefix(6)) == Self.firstVoxels)
            // Before: a NaN slope was applied to intensities, every voxel NaN.
            #expect(try NIfTI.read(path, as: Float.self).voxels.prefix(6).elementsEqual([4, 0, 3, 3, 2, 2]))
        }
        let badIntercept = try patched(folder, "bi.nii", [.f32(112, 1), .f32(116, .infinity)])
        #expect(refusal(badIntercept, { try NIfTI.read($0, as: Float.self) })?.reason.contains("scl_inter = inf") == true)
    }

    // nibabel: ImageFileError 'Cannot work out file type' for a .nii without magic.
    @Test("ANALYZE 7.5 and .hdr/.img pairs are refused naming the format")
    func analyze() throws {
        let folder = TemporaryFolder()
        let noMagic = try patched(folder, "a.nii", [.bytes(344, [0, 0, 0, 0])])
        guard case .unsupportedFormat(let why)? = refusal(noMagic)?.problem else { Issue.record("ANALYZE read"); return }
        #expect(why.contains("ANALYZE 7.5"))
        // A NIfTI-1 pair written by libnifti: x.hdr + x.img, magic "ni1".
        writeRaw([UInt8](repeating: 1, count: 8), datatype: DT_UINT8, shape: [2, 2, 2], to: folder.file("x.hdr"))
        #expect(FileManager.default.fileExists(atPath: folder.file("x.img")))
        guard case .unsupportedFormat(let pair)? = refusal(folder.file("x.hdr"))?.problem else { Issue.record("pair read"); return }
        #expect(pair.contains(".hdr/.img"))
    }

    @Test("only regular files are read: FIFOs, devices and broken links are named, without hanging")
    func regularFilesOnly() throws {
        let folder = TemporaryFolder()
        let fifo = folder.file("pipe.nii")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(refusal(fifo)?.problem == .notRegularFile("is a FIFO (named pipe)"))
        #expect(refusal(fifo)?.reason.contains("not a regular file") == true)
        let zero = folder.file("zero.nii.gz")
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        #expect(refusal(zero)?.problem == .notRegularFile("is a character device"))
        let loop = folder.file("loop.nii")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(refusal(loop)?.reason.contains("symlink loop") == true)
        let dangling = folder.file("dangling.nii")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.file("gone.nii"))
        #expect(refusal(dangling)?.reason == "dangling symlink → \(folder.file("gone.nii")) (the target does not exist)")
        // A link to a good file reads.
        let good = folder.file("good.nii")
        try FileManager.default.createSymbolicLink(atPath: good, withDestinationPath: Self.base)
        #expect(try NIfTI.readLabels(good).voxels.count == 60)
        // A name that reached SegBench through a lossy UTF-8 decoding (U+FFFD) says so.
        let mangled = folder.file("case_\u{FFFD}.nii")
        #expect(refusal(mangled)?.reason.contains("not valid UTF-8") == true)
        #expect(refusal(folder.file("absent.nii"))?.problem == .missing)
    }

    func gzip(_ path: String, to out: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c '\(path)' > '\(out)'"]
        try process.run(); process.waitUntilExit()
    }
}
