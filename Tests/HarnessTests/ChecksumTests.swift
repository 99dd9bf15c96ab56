import Foundation
import Harness
import Testing

@Suite("Checksums")
struct ChecksumTests {
    @Test("SHA-256 of files: FIPS 180-2's \"abc\", an empty file, and a file over several read chunks")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segbench-checksum-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        #expect(Checksum.file(try file("abc", Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Checksum.file(try file("empty", [])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // python3 -c "import hashlib; print(hashlib.sha256(bytes(i%251 for i in range(3*2**20+7))).hexdigest())"
        let large = (0..<(3 << 20) + 7).map { UInt8($0 % 251) }
        #expect(Checksum.file(try file("large", large)) == "f578a61853ca2f4272dba551bd868420e22302fbb6d6dfc0cc80da1d2c7b779f")
        #expect(Checksum.file(folder.appendingPathComponent("missing").path) == nil)
    }
}
