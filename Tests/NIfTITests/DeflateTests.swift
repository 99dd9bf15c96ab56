import CNIfTI
import Fixtures
import Foundation
@testable import NIfTI
import Testing

/// `.nii.gz` through libdeflate (issue 25): read in one call per gzip member from the file's bytes in
/// memory, written in one call. zlib (znzlib) stays the fallback for every stream libdeflate does not
/// decompress whole, so each damaged file gets the message it got before. These tests compare the two
/// paths (`libdeflate: false` is the znzlib path alone) outcome for outcome: the same voxels and
/// geometry, or the same error, word for word.
@Suite("NIfTI .nii.gz through libdeflate, zlib as the fallback")
struct DeflateTests {
    /// What a read gives: the error's text, or the volume (shape, volumes, spacing, affine, voxels).
    func outcome(_ path: String, libdeflate: Bool) -> [String] {
        func describe<T>(_ read: () throws -> Volume<T>) -> String {
            do {
                let volume = try read()
                return "\(volume.geometry.shape) ×\(volume.channels) \(volume.geometry.spacing) \(volume.geometry.affine.elements) \(volume.voxels.count) \(volume.voxels.map { "\($0)" }.joined(separator: ",").hashValue)"
            } catch { return "\(type(of: error)): \(error)" }
        }
        return [describe { try NIfTI.readLabels(path, libdeflate: libdeflate) },
                describe { try NIfTI.read(path, as: Double.self, libdeflate: libdeflate) }]
    }

    /// Whether the libdeflate path read the file (rather than leaving it to zlib).
    func readByLibdeflate(_ path: String) -> Bool {
        (try? NIfTI.withDecompressedFile(path, check: { _ in }) { _, _ in true }) == true
    }

    func gzip(_ bytes: [UInt8], to path: String) throws {
        let plain = path + ".plain"
        try Data(bytes).write(to: URL(fileURLWithPath: plain))
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c -n '\(plain)' > '\(path)'"]
        try process.run(); process.waitUntilExit()
    }

    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    func sample(_ shape: Shape = Shape(64, 48, 20)) -> LabelMap {
        var map = Shapes.empty(shape, spacing: Spacing(0.8, 0.9, 2.5))
        Shapes.paintEllipsoid(&map, label: 3, centre: [30, 20, 25], radii: [20, 15, 20])
        Shapes.paintEllipsoid(&map, label: 7, centre: [20, 30, 20], radii: [8, 9, 10])
        return map
    }

    @Test("a written .nii.gz holds, decompressed, the bytes libnifti writes to a .nii", arguments: [false, true])
    func writtenBytes(nifti2: Bool) throws {
        let folder = TemporaryFolder()
        let format: NIfTI.Format = nifti2 ? .nifti2 : .nifti1
        let map = sample()
        let affine = Affine(rows: [[-0.8, 0, 0, 90], [0, 0.9, 0, -120], [0, 0, 2.5, -40], [0, 0, 0, 1]])
        var oblique = map
        oblique.geometry = Geometry(shape: map.shape, spacing: map.spacing, affine: affine,
                                    transforms: Transforms(qformCode: 1, qform: affine, sformCode: 2, sform: affine))
        let int16 = Volume(geometry: map.geometry, voxels: map.voxels.map { Int16($0) * 300 - 5 })
        let floats = Volume(geometry: map.geometry, channels: 2, voxels: (map.voxels + map.voxels.reversed()).map { Float($0) / 3 })
        func check<T: NIfTIScalar>(_ volume: Volume<T>, _ name: String) throws {
            try NIfTI.write(volume, to: folder.file(name + ".nii"), format: format)
            try NIfTI.write(volume, to: folder.file(name + ".nii.gz"), format: format)
            let plain = try bytes(folder.file(name + ".nii"))
            var unpacked = [UInt8](repeating: 0, count: plain.count + 1)
            let got = unpacked.withUnsafeMutableBytes { cnifti_read_bytes(folder.file(name + ".nii.gz"), 1, 0, $0.baseAddress, Int64($0.count)) }
            #expect(Int(got) == plain.count && Array(unpacked.prefix(plain.count)) == plain, "\(name) NIfTI-\(nifti2 ? 2 : 1)")
            #expect(readByLibdeflate(folder.file(name + ".nii.gz")))
            #expect(outcome(folder.file(name + ".nii.gz"), libdeflate: true) == outcome(folder.file(name + ".nii.gz"), libdeflate: false))
            #expect(outcome(folder.file(name + ".nii.gz"), libdeflate: true).map { $0.replacingOccurrences(of: ".nii.gz", with: ".nii") }
                    == outcome(folder.file(name + ".nii"), libdeflate: true))
        }
        try check(map, "u8")
        try check(oblique, "oblique")
        try check(int16, "i16")
        try check(floats, "f32")
    }

    @Test("gzip's own .nii.gz (and libnifti's, through znzlib) read through libdeflate")
    func otherWriters() throws {
        let folder = TemporaryFolder()
        try NIfTI.write(sample(), to: folder.file("a.nii"))
        try gzip(try bytes(folder.file("a.nii")), to: folder.file("gzip.nii.gz"))
        writeRaw([Float](arrayLiteral: 0, 1, 2, 3), datatype: DT_FLOAT32, shape: [2, 2, 1], to: folder.file("libnifti.nii.gz"))
        for name in ["gzip.nii.gz", "libnifti.nii.gz"] {
            #expect(readByLibdeflate(folder.file(name)), "\(name)")
            #expect(outcome(folder.file(name), libdeflate: true) == outcome(folder.file(name), libdeflate: false))
        }
        #expect(outcome(folder.file("gzip.nii.gz"), libdeflate: true) == outcome(folder.file("a.nii"), libdeflate: true))
    }

    @Test("a multi-member .nii.gz reads as its concatenated members; ISIZE (the last member's) only sizes the first try")
    func multiMember() throws {
        let folder = TemporaryFolder()
        try NIfTI.write(sample(), to: folder.file("a.nii"))
        let plain = try bytes(folder.file("a.nii"))
        // Members of very different sizes: the last one's ISIZE (1 byte, then 100) is far too small.
        for cuts in [[plain.count - 1], [200, plain.count - 100], [100, 352, 5000, 30_000]] {
            var joined: [UInt8] = []
            var from = 0
            for (i, to) in (cuts + [plain.count]).enumerated() {
                try gzip(Array(plain[from..<to]), to: folder.file("part\(i).gz"))
                joined += try bytes(folder.file("part\(i).gz"))
                from = to
            }
            try Data(joined).write(to: URL(fileURLWithPath: folder.file("multi.nii.gz")))
            #expect(readByLibdeflate(folder.file("multi.nii.gz")))
            #expect(outcome(folder.file("multi.nii.gz"), libdeflate: true) == outcome(folder.file("a.nii"), libdeflate: true), "\(cuts)")
            // znzlib's path refuses it (its length check compares the whole stream with the last
            // member's ISIZE); nibabel (Python's gzip) reads all members, as libdeflate does.
            #expect(outcome(folder.file("multi.nii.gz"), libdeflate: false).allSatisfy { $0.hasSuffix("damaged after the voxel data (its CRC-32 or length check fails))") })
        }
    }

    @Test("a header declaring more than memory is refused by name, without allocating; a lying ISIZE allocates nothing big")
    func hostile() throws {
        let folder = TemporaryFolder()
        try NIfTI.write(sample(Shape(8, 8, 8)), to: folder.file("a.nii"))
        var plain = try bytes(folder.file("a.nii"))
        plain.replaceSubrange(42..<48, with: [0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F])  // dim[1...3] = 32767
        plain.replaceSubrange(48..<50, with: [0xFF, 0x7F])                           // dim[4] = 32767
        plain[40] = 4
        try gzip(plain, to: folder.file("huge.nii.gz"))
        let error = #expect(throws: NIfTIError.self) { try NIfTI.readLabels(folder.file("huge.nii.gz")) }
        guard case .tooLarge(let why)? = error?.problem else { Issue.record("\(String(describing: error))"); return }
        #expect(why.contains("more than this machine"))
        #expect(outcome(folder.file("huge.nii.gz"), libdeflate: true) == outcome(folder.file("huge.nii.gz"), libdeflate: false))

        // 1000×1000×1000 declared (1 GB, within memory), 512 voxels stored, ISIZE patched to 4 GiB - 1:
        // the stream is damaged (its length check fails) and zlib says so; nothing of 1 or 4 GB is allocated.
        let declared = try bytes(folder.file("a.nii"))
        var big = declared
        for axis in 0..<3 { big.replaceSubrange((42 + 2 * axis)..<(44 + 2 * axis), with: [0xE8, 0x03]) }
        try gzip(big, to: folder.file("big.nii.gz"))
        let truncated = outcome(folder.file("big.nii.gz"), libdeflate: true)
        #expect(truncated == outcome(folder.file("big.nii.gz"), libdeflate: false))
        #expect(truncated[0].contains("the header needs 1000000000 bytes of voxel data from offset 352, the decompressed stream ends after 512"))
        var lying = try bytes(folder.file("big.nii.gz"))
        lying.replaceSubrange((lying.count - 4)..., with: [0xFF, 0xFF, 0xFF, 0xFF])
        try Data(lying).write(to: URL(fileURLWithPath: folder.file("lying.nii.gz")))
        #expect(!readByLibdeflate(folder.file("lying.nii.gz")))
        #expect(outcome(folder.file("lying.nii.gz"), libdeflate: true) == outcome(folder.file("lying.nii.gz"), libdeflate: false))
    }

    @Test("damaged streams (cut, flipped bits, patched trailers, trailing bytes, header CRC) read as zlib reads them")
    func damaged() throws {
        let folder = TemporaryFolder()
        var map = sample(Shape(40, 30, 12))
        for i in stride(from: 0, to: map.voxels.count, by: 7) { map.voxels[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 13) % 9 }
        try NIfTI.write(map, to: folder.file("good.nii.gz"))
        let good = try bytes(folder.file("good.nii.gz"))
        var variants: [(String, [UInt8])] = []
        for cut in Set([1, 2, 10, 17, 18, 19, 30, 100, good.count / 3, good.count / 2, good.count - 9, good.count - 8, good.count - 5, good.count - 4, good.count - 1]) {
            variants.append(("cut\(cut)", Array(good.prefix(cut))))
        }
        let positions = Set([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, good.count - 8, good.count - 5, good.count - 4, good.count - 1]
                            + Array(stride(from: 14, to: good.count - 8, by: max(1, good.count / 70))))
        for at in positions.sorted() {
            for bit in [0, 3, 7] {
                var flipped = good
                flipped[at] ^= UInt8(1 << bit)
                variants.append(("flip\(at).\(bit)", flipped))
            }
        }
        variants.append(("zeros", good + [UInt8](repeating: 0, count: 10)))
        variants.append(("garbage", good + Array("not gzip".utf8)))
        variants.append(("magic", good + [0x1f, 0x8b]))
        variants.append(("header crc", { var b = good; b[3] |= 0x02; return b }()))
        try NIfTI.write(map, to: folder.file("plain.nii"))
        variants.append(("uncompressed under .gz", try bytes(folder.file("plain.nii"))))
        variants.append(("empty", []))
        for (name, content) in variants {
            let path = folder.file("v.nii.gz")
            try Data(content).write(to: URL(fileURLWithPath: path))
            let (fast, zlib) = (outcome(path, libdeflate: true), outcome(path, libdeflate: false))
            #expect(fast.map { $0.replacingOccurrences(of: path, with: "") } == zlib.map { $0.replacingOccurrences(of: path, with: "") }, "\(name)")
        }
    }

    /// The fuzz corpus's mutants (FuzzTests), `.nii.gz` ones: both paths give the same outcome.
    @Test("fuzz mutants: libdeflate's path and zlib's give the same voxels or the same error")
    func fuzzMutants() throws {
        let environment = ProcessInfo.processInfo.environment
        let root = FuzzTests.root
        let python = environment["SEGBENCH_NIBABEL_PYTHON"] ?? root.appendingPathComponent("Methods/.venv/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python),
                     "no Python with nibabel: run Methods/setup.sh (scripts/test.sh does) or set SEGBENCH_NIBABEL_PYTHON")
        let total = Int(environment["NIFTI_DEFLATE_FUZZ_EXECS"] ?? "") ?? 1500
        let batches = FuzzBatches(python: python, script: root.appendingPathComponent("scripts/fuzz-nifti.py").path,
                                  corpus: root.appendingPathComponent("Tests/NIfTITests/FuzzCorpus").path,
                                  seed: 25, total: total, batchSize: 1000)
        var compressed = 0, fast = 0, differing: [String] = []
        try batches.run(check: { index, folder in
            let path = "\(folder)/\(index).nii.gz"
            guard FileManager.default.fileExists(atPath: path) else { return }
            compressed += 1
            if readByLibdeflate(path) { fast += 1 }
            let (a, b) = (outcome(path, libdeflate: true), outcome(path, libdeflate: false))
            if a != b, differing.count < 20 { differing.append("#\(index): \(a) vs zlib \(b)") }
        })
        print("libdeflate fuzz: \(compressed) .nii.gz mutants of \(total), \(fast) read by libdeflate, \(differing.count) differ")
        #expect(compressed > total / 10)
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
    }
}
