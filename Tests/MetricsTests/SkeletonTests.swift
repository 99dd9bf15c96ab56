import Foundation
import Metrics
import Testing

/// `Skeleton.lee` against scikit-image's 3D `skeletonize` (Lee, Kashyap & Chu 1994).
///
/// Fixtures/skeletons.bin holds 251 masks (11 hand-made: a voxel, a line, a full and an empty
/// volume, a box, and 3D arrays with one axis of length 1; then 240 seeded random unions of
/// ellipsoids, tubes, tori, smoothed-noise blobs, thin plates and boxes, some with cavities and
/// speckle, from 5×5×5 to 40×48×32) and their skeletons, produced with scikit-image 0.26.0
/// (numpy 2.4.6) by
///
///     /work/oracles/skel-venv/bin/python Tests/oracles/skeleton_oracle.py \
///         --out Tests/MetricsTests/Fixtures/skeletons.bin --seed 20240611 --count 240
///
/// (the script's docstring gives the file layout). Every case must match bit for bit.
/// `SKELETON_FIXTURE=/path/file.bin swift test --filter Skeleton` checks another file of that
/// layout instead (e.g. one made with another seed and `--count 2000`).
///
/// Timing: `SKELETON_TIMING=/some/dir swift test -c release --filter SkeletonTests/timing` thins a
/// 64×64×48 tube mask and a 120×120×90 blob, prints the times, and writes both masks and
/// skeletons there (`<name>.mask`, `<name>.skel`: one byte per voxel, x-fastest) for a check
/// against skimage.
@Suite("Skeleton (Lee 1994, as scikit-image's skeletonize)")
struct SkeletonTests {
    struct Volume {
        var nx: Int, ny: Int, nz: Int
        var voxels: [Bool]
        init(_ nx: Int, _ ny: Int, _ nz: Int) {
            self.nx = nx; self.ny = ny; self.nz = nz
            voxels = [Bool](repeating: false, count: nx * ny * nz)
        }
        subscript(i: Int, j: Int, k: Int) -> Bool {
            get { voxels[i + nx * (j + ny * k)] }
            set { voxels[i + nx * (j + ny * k)] = newValue }
        }
        var skeleton: [Bool] { Skeleton.lee(voxels, nx: nx, ny: ny, nz: nz) }
    }

    @Test("a single voxel is its own skeleton")
    func singleVoxel() {
        for (nx, ny, nz) in [(1, 1, 1), (5, 5, 5), (4, 6, 1), (1, 3, 7)] {
            var v = Volume(nx, ny, nz)
            v[nx / 2, ny / 2, nz / 2] = true
            #expect(v.skeleton == v.voxels, "\(nx)×\(ny)×\(nz)")
        }
    }

    @Test("a one-voxel-thick line stays whole, along any axis or diagonal")
    func thinLines() {
        let n = 9
        for direction in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (1, 1, 1), (1, -1, 1)] {
            var v = Volume(n, n, n)
            for t in 1..<(n - 1) {
                let (a, b, c) = direction
                v[a == 0 ? 4 : (a > 0 ? t : n - 1 - t), b == 0 ? 4 : (b > 0 ? t : n - 1 - t), c == 0 ? 4 : t] = true
            }
            #expect(v.skeleton == v.voxels, "direction \(direction)")
        }
    }

    @Test("a solid box thins to a non-empty subset of itself")
    func solidBox() {
        var v = Volume(14, 11, 9)
        for i in 2..<12 { for j in 2..<9 { for k in 2..<7 { v[i, j, k] = true } } }
        let skeleton = v.skeleton
        let kept = skeleton.filter { $0 }.count
        #expect(kept > 0 && kept < v.voxels.filter { $0 }.count)
        #expect(zip(skeleton, v.voxels).allSatisfy { !$0 || $1 })
    }

    @Test("empty and degenerate shapes")
    func degenerate() {
        #expect(Skeleton.lee([], nx: 0, ny: 4, nz: 4).isEmpty)
        let empty = [Bool](repeating: false, count: 60)
        #expect(Skeleton.lee(empty, nx: 3, ny: 4, nz: 5) == empty)
    }

    @Test("bit-exact with skimage on the fixture's 251 masks")
    func againstSkimage() throws {
        let override = ProcessInfo.processInfo.environment["SKELETON_FIXTURE"]
        let url = override.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Fixtures/skeletons.bin")
        let cases = try Self.readFixture(Data(contentsOf: url))
        if override == nil { #expect(cases.count == 251) }
        var mismatched: [String] = []
        for (index, c) in cases.enumerated() {
            let got = Skeleton.lee(c.mask, nx: c.nx, ny: c.ny, nz: c.nz)
            if got != c.skeleton {
                let differ = zip(got, c.skeleton).filter { $0 != $1 }.count
                mismatched.append("#\(index) \(c.nx)×\(c.ny)×\(c.nz): \(differ) voxels differ")
            }
        }
        #expect(mismatched.isEmpty, "\(mismatched.count) of \(cases.count): \(mismatched.prefix(10))")
    }

    @Test("timing: a 64×64×48 tube mask and a 120×120×90 blob",
          .enabled(if: ProcessInfo.processInfo.environment["SKELETON_TIMING"] != nil))
    func timing() throws {
        let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SKELETON_TIMING"]!)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, volume) in [("tube", Self.tubes()), ("blob", Self.blob())] {
            let clock = ContinuousClock()
            var skeleton: [Bool] = []
            var times: [Duration] = []
            for _ in 0..<5 {
                times.append(clock.measure { skeleton = volume.skeleton })
            }
            let best = times.min()!
            print("skeleton \(name) \(volume.nx)×\(volume.ny)×\(volume.nz): \(volume.voxels.filter { $0 }.count) voxels -> \(skeleton.filter { $0 }.count); best of 5 \(best), all \(times)")
            try Data(volume.voxels.map { $0 ? 1 : 0 }).write(to: dir.appendingPathComponent("\(name).mask"))
            try Data(skeleton.map { $0 ? 1 : 0 }).write(to: dir.appendingPathComponent("\(name).skel"))
        }
    }

    /// Three tubes of radius 2.5 to 4 winding through a 64×64×48 volume: a helix, a bent pipe
    /// and a ring, two of them touching.
    static func tubes() -> Volume {
        var v = Volume(64, 64, 48)
        var centres: [(Double, Double, Double, Double)] = []
        for t in stride(from: 0.0, through: 1.0, by: 0.002) {
            let a = t * 4 * Double.pi
            centres.append((32 + 18 * cos(a), 32 + 18 * sin(a), 6 + 36 * t, 3.5))
            centres.append((8 + 48 * t, 10 + 40 * t * t, 24 + 10 * sin(3 * a), 2.5))
            centres.append((32 + 12 * cos(2 * a), 20, 24 + 12 * sin(2 * a), 4))
        }
        for (cx, cy, cz, r) in centres {
            for k in max(0, Int(cz - r))...min(47, Int(cz + r) + 1) {
                for j in max(0, Int(cy - r))...min(63, Int(cy + r) + 1) {
                    for i in max(0, Int(cx - r))...min(63, Int(cx + r) + 1) {
                        let d = (Double(i) - cx) * (Double(i) - cx) + (Double(j) - cy) * (Double(j) - cy) + (Double(k) - cz) * (Double(k) - cz)
                        if d <= r * r { v[i, j, k] = true }
                    }
                }
            }
        }
        return v
    }

    /// A lumpy 120×120×90 blob: a large ellipsoid with bumps and a tunnel through it.
    static func blob() -> Volume {
        var v = Volume(120, 120, 90)
        for k in 0..<90 {
            for j in 0..<120 {
                for i in 0..<120 {
                    let x = (Double(i) - 60) / 52, y = (Double(j) - 60) / 46, z = (Double(k) - 45) / 38
                    let bump = 0.12 * sin(5 * x + 1) * cos(4 * y) * sin(3 * z + 0.5)
                    let tunnel = (Double(i) - 60) * (Double(i) - 60) + (Double(k) - 40) * (Double(k) - 40) < 64
                    if x * x + y * y + z * z <= 1 + bump && !tunnel { v[i, j, k] = true }
                }
            }
        }
        return v
    }

    struct Case { var nx: Int, ny: Int, nz: Int, mask: [Bool], skeleton: [Bool] }

    static func readFixture(_ data: Data) throws -> [Case] {
        struct Malformed: Error {}
        let bytes = [UInt8](data)
        var at = 0
        func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard at + n <= bytes.count else { throw Malformed() }
            defer { at += n }
            return bytes[at..<(at + n)]
        }
        func uint(_ width: Int) throws -> Int {
            try take(width).reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        func bits(_ count: Int) throws -> [Bool] {
            let raw = Array(try take((count + 7) / 8))
            return (0..<count).map { raw[$0 >> 3] >> ($0 & 7) & 1 == 1 }
        }
        guard Array(try take(4)) == Array("SKL1".utf8) else { throw Malformed() }
        let count = try uint(4)
        var cases: [Case] = []
        for _ in 0..<count {
            let nx = try uint(2), ny = try uint(2), nz = try uint(2)
            let foreground = try uint(4), kept = try uint(4)
            let mask = try bits(nx * ny * nz)
            let keptBits = try bits(foreground)
            guard mask.filter({ $0 }).count == foreground, keptBits.filter({ $0 }).count == kept else { throw Malformed() }
            var skeleton = [Bool](repeating: false, count: mask.count)
            var next = 0
            for v in mask.indices where mask[v] {
                skeleton[v] = keptBits[next]
                next += 1
            }
            cases.append(Case(nx: nx, ny: ny, nz: nz, mask: mask, skeleton: skeleton))
        }
        guard at == bytes.count else { throw Malformed() }
        return cases
    }
}
