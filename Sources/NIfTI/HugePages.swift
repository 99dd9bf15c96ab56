#if canImport(Glibc)
import Glibc
#endif

/// Large fresh buffers backed by 2 MB pages.
///
/// A CT label map is 52 MB. Written into fresh memory, it costs the kernel 13,000 page faults of
/// 4 KB, each zeroing a page and charging it to the process's memory cgroup; on this project's
/// machine kind that was a third of reading a CT pair (docs/performance.md). Debian's kernel
/// gives transparent huge pages only to memory that asks for them (`madvise` mode), so SegBench
/// asks, for the buffers it is about to fill whole: 26 faults of 2 MB instead.
public enum HugePages {
    /// Smaller buffers are left alone: the advice is a system call, and a buffer under two huge
    /// pages holds at most one whole one.
    static let minimumBytes = 4 << 20

    /// Advises the 2 MB-aligned interior of `count` bytes at `start`, before the first write.
    /// Only advice: where the kernel has no huge page to give, the buffer gets small pages.
    public static func advise(_ start: UnsafeMutableRawPointer, count: Int) {
        #if os(Linux)
        let huge = 2 << 20
        guard count >= minimumBytes else { return }
        let begin = (Int(bitPattern: start) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: start) + count) & ~(huge - 1)
        guard end > begin, let aligned = UnsafeMutableRawPointer(bitPattern: begin) else { return }
        _ = madvise(aligned, end - begin, MADV_HUGEPAGE)
        #endif
    }

    /// `count` zero bytes, in huge pages when large: `[UInt8](repeating: 0, count:)` without
    /// the 4 KB page faults.
    public static func zeroedBytes(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress, count > 0 {
                advise(base, count: count)
                base.initialize(repeating: 0, count: count)
            }
            initialized = count
        }
    }
}
