import Crypto
import Foundation
import NIfTI

/// SHA-256 checksums, hex-encoded: of files (references, predictions, checkpoints) and of the
/// canonical text of configurations. They are how a stored number is traced to the exact inputs
/// that produced it, and how two runs are known to have scored the same files.
public enum Checksum {
    /// The file's SHA-256, read in 1 MiB chunks; `nil` if it cannot be read or is not a regular
    /// file (after following links): opening a FIFO waits for a writer forever, and `/dev/zero`
    /// never ends, so a checksum of either would hang whatever asked for it.
    public static func file(_ path: String) -> String? {
        guard (try? FileCheck.regularFile(path)) != nil else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            // End of file is `nil` on Linux and empty data on Apple platforms.
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            return nil
        }
        return hex(hasher.finalize())
    }

    public static func text(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
